import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOR = { FRESH: 'green', STALE: 'red', UNVERIFIED: 'yellow' } as const;

/** FRESH / STALE / UNVERIFIED at a glance: colour and word (never colour alone). */
export function FreshnessBadge({ status }: { status: keyof typeof COLOR }) {
  const { t } = useTranslation('planning');
  return (
    <Badge color={COLOR[status]} variant="light">
      {t(`planning.freshness.${status}`)}
    </Badge>
  );
}
