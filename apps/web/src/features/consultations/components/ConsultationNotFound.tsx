import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';

/** "Does not exist" and "not for you" look the same, as the API answers them. */
export function ConsultationNotFound() {
  const { t } = useTranslation('consultations');
  return (
    <Stack>
      <PageHeader title={t('consultations.notFound.title')} />
      <Text>{t('consultations.notFound.body')}</Text>
      <Anchor component={Link} to="/consultations">
        {t('consultations.notFound.back')}
      </Anchor>
    </Stack>
  );
}
