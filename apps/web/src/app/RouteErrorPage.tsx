import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../ui/PageHeader';

/**
 * Shown when a screen fails to render or its chunk cannot be fetched (typically after a
 * new release replaced the files); reloading picks up the current version.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Stack p="lg">
      <PageHeader title={t('common.crash.title')} />
      <Alert color="red" variant="light" role="alert">
        {t('common.crash.body')}
      </Alert>
      <Button onClick={() => window.location.reload()} w="fit-content">
        {t('common.crash.reload')}
      </Button>
    </Stack>
  );
}
