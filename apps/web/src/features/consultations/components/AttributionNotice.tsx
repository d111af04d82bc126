import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AttributionRule } from '@ecw/domain';

/**
 * Shown wherever someone writes, so nobody has to guess who will see their organisation's name. The
 * convenor is told what the rule does for it: its own words read "The convenor", which every
 * participant can tie to the organisation that convened (the participants' protection is not its).
 */
export function AttributionNotice({
  rule,
  asConvenor = false,
}: {
  rule: AttributionRule;
  asConvenor?: boolean;
}) {
  const { t } = useTranslation('consultations');
  const text =
    rule === AttributionRule.ATTRIBUTED
      ? t('consultations.notice.attributed')
      : asConvenor
        ? t('consultations.notice.chathamHouseConvenor')
        : t('consultations.notice.chathamHouse');
  return (
    <Alert variant="light" color={rule === AttributionRule.CHATHAM_HOUSE ? 'teal' : 'gray'} role="note">
      {text}
    </Alert>
  );
}
