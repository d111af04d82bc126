import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyableSecret } from '../../../ui/CopyableSecret';

export function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation('account');
  return (
    <Stack maw={520}>
      <Alert color="indigo" variant="light" role="status" title={t('account.twoFactor.enabledTitle')}>
        {t('account.twoFactor.recoveryWarning')}
      </Alert>
      <CopyableSecret label={t('account.twoFactor.recoveryCodes')} value={codes.join('\n')} />
      <Button onClick={onDone} w="fit-content">
        {t('account.twoFactor.recoverySaved')}
      </Button>
    </Stack>
  );
}
