import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../ui/PageHeader';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t('common.notFound.title')} />
      <Text>{t('common.notFound.body')}</Text>
      <Anchor component={Link} to="/">
        {t('common.notFound.home')}
      </Anchor>
    </Stack>
  );
}
