import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { ApiTokenList } from './ApiTokenList';
import { CreateApiTokenForm } from './CreateApiTokenForm';

export function ApiTokensPage() {
  const { t } = useTranslation('tokens');
  return (
    <Stack gap="lg">
      <PageHeader title={t('tokens.title')} />
      <Text>{t('tokens.intro')}</Text>
      <CreateApiTokenForm />
      <ApiTokenList />
    </Stack>
  );
}
