import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Verification is what tells an election official that an organisation is who it says it
 * is, so both states are spelled out in text, never by colour alone.
 */
export function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation('organizations');
  return verified ? (
    <Badge color="blue" variant="light">
      {t('organizations.badges.verified')}
    </Badge>
  ) : (
    <Badge color="gray" variant="light">
      {t('organizations.badges.unverified')}
    </Badge>
  );
}
