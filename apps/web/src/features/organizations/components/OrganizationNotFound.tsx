import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';

/**
 * The API answers "does not exist" and "you may not see it" the same way, and so does
 * this page: nothing here reveals whether the organisation exists.
 */
export function OrganizationNotFound() {
  const { t } = useTranslation('organizations');
  return (
    <Stack>
      <PageHeader title={t('organizations.notFound.title')} />
      <Text>{t('organizations.notFound.body')}</Text>
      <Anchor component={Link} to="/organizations">
        {t('organizations.notFound.back')}
      </Anchor>
    </Stack>
  );
}
