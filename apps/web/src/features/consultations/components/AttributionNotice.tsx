import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AttributionRule } from '@ecw/domain';

/** Shown wherever someone writes, so nobody has to guess who will see their organisation's name. */
export function AttributionNotice({ rule }: { rule: AttributionRule }) {
  const { t } = useTranslation('consultations');
  return (
    <Alert variant="light" color={rule === AttributionRule.CHATHAM_HOUSE ? 'teal' : 'gray'} role="note">
      {rule === AttributionRule.CHATHAM_HOUSE
        ? t('consultations.notice.chathamHouse')
        : t('consultations.notice.attributed')}
    </Alert>
  );
}
