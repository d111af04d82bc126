import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { fieldError, readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { PasswordField } from '../../auth/components/PasswordField';
import { changePasswordMutation } from '../graphql/change-password.mutation';
import { sessionsQuery } from '../graphql/sessions.query';

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm() {
  const { t } = useTranslation('account');
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [changed, setChanged] = useState(false);
  // The server ends every other session, so the sessions list is read again.
  const [changePassword, { loading, error }] = useMutation(changePasswordMutation, {
    refetchQueries: [sessionsQuery],
  });
  const problem = readGraphQLProblem(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    const matches = newPassword === confirmation;
    setMismatch(!matches);
    if (!matches) return;
    const result = await settleMutation(
      changePassword({ variables: { input: { currentPassword, newPassword } } }),
    );
    if (result?.data?.changePassword) {
      setChanged(true);
      setCurrentPassword('');
      setNewPassword('');
      setConfirmation('');
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack maw={520}>
        <ProblemAlert problem={problem} formFields={FIELDS} />
        {changed && (
          <Alert color="blue" variant="light" role="status">
            {t('account.password.changed')}
          </Alert>
        )}
        <PasswordField
          label={t('account.password.current')}
          purpose="current"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={fieldError(problem, 'currentPassword')}
        />
        <PasswordField
          label={t('account.password.new')}
          purpose="new"
          value={newPassword}
          onChange={setNewPassword}
          error={fieldError(problem, 'newPassword')}
        />
        <PasswordField
          label={t('account.password.confirm')}
          purpose="confirm"
          value={confirmation}
          onChange={setConfirmation}
          error={mismatch ? t('account.password.mismatch') : undefined}
        />
        <Button type="submit" loading={loading} w="fit-content">
          {t('account.password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
