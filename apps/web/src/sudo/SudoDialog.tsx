import { Anchor, Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../errors/ProblemAlert';
import type { GraphQLProblem } from '../errors/graphql-problem';
import { useServerForm } from '../forms/useServerForm';

export interface SudoCredentials {
  password: string;
  totpCode: string | null;
  recoveryCode: string | null;
}

interface SudoDialogProps {
  opened: boolean;
  /** The account uses two-factor: the second factor is asked too. */
  mfaEnabled: boolean;
  loading: boolean;
  problem: GraphQLProblem | null;
  onSubmit: (credentials: SudoCredentials) => void;
  onCancel: () => void;
}

/** Asks for the password (and second factor) again before a security change. */
export function SudoDialog({ opened, mfaEnabled, loading, problem, onSubmit, onCancel }: SudoDialogProps) {
  const { t } = useTranslation();
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const { form, inputProps, placedFields } = useServerForm(
    { initialValues: { password: '', totpCode: '', recoveryCode: '' } },
    problem,
  );
  const submit = ({ password, totpCode, recoveryCode }: typeof form.values) =>
    onSubmit({
      password,
      totpCode: mfaEnabled && !useRecoveryCode ? totpCode.trim() : null,
      recoveryCode: mfaEnabled && useRecoveryCode ? recoveryCode.trim() : null,
    });
  const cancel = () => {
    form.reset();
    onCancel();
  };

  return (
    <Modal opened={opened} onClose={cancel} title={t('common.sudo.title')} centered>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <Text size="sm">{t('common.sudo.intro')}</Text>
          <ProblemAlert problem={problem} formFields={placedFields} />
          <PasswordInput
            label={t('common.sudo.password')}
            autoComplete="current-password"
            required
            data-autofocus
            {...inputProps('password')}
          />
          {mfaEnabled && !useRecoveryCode && (
            <TextInput
              label={t('common.sudo.totpCode')}
              autoComplete="one-time-code"
              inputMode="numeric"
              required
              {...inputProps('totpCode')}
            />
          )}
          {mfaEnabled && useRecoveryCode && (
            <TextInput label={t('common.sudo.recoveryCode')} required {...inputProps('recoveryCode')} />
          )}
          {mfaEnabled && (
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => setUseRecoveryCode((on) => !on)}
            >
              {useRecoveryCode ? t('common.sudo.useTotp') : t('common.sudo.useRecoveryCode')}
            </Anchor>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              {t('common.sudo.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('common.sudo.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
