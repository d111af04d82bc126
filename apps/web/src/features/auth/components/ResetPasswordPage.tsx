import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, Stack } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { fieldError, readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useLinkToken } from '../../../routing/link-token';
import { PageHeader } from '../../../ui/PageHeader';
import { resetPasswordMutation } from '../graphql/reset-password.mutation';
import { PasswordField } from './PasswordField';

const FIELDS = ['newPassword'] as const;

export function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  const token = useLinkToken();
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [resetPassword, { loading, error, data }] = useMutation(resetPasswordMutation);
  const problem = readGraphQLProblem(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!token) return;
    const matches = newPassword === confirmation;
    setMismatch(!matches);
    if (!matches) return;
    await settleMutation(resetPassword({ variables: { input: { token, newPassword } } }));
  };

  let body: ReactNode;
  if (!token) {
    body = (
      <Alert color="red" variant="light" role="alert">
        {t('auth.resetPassword.missingToken')}{' '}
        <Anchor component={Link} to="/forgot-password">
          {t('auth.resetPassword.requestNewLink')}
        </Anchor>
      </Alert>
    );
  } else if (data?.resetPassword) {
    body = (
      <Alert color="blue" variant="light" role="status">
        {t('auth.resetPassword.done')}{' '}
        <Anchor component={Link} to="/sign-in">
          {t('auth.resetPassword.signInLink')}
        </Anchor>
      </Alert>
    );
  } else {
    body = (
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <ProblemAlert problem={problem} formFields={FIELDS} />
          <PasswordField
            label={t('auth.fields.newPassword')}
            purpose="new"
            value={newPassword}
            onChange={setNewPassword}
            error={fieldError(problem, 'newPassword')}
          />
          <PasswordField
            label={t('auth.fields.confirmPassword')}
            purpose="confirm"
            value={confirmation}
            onChange={setConfirmation}
            error={mismatch ? t('auth.resetPassword.mismatch') : undefined}
          />
          <Button type="submit" loading={loading}>
            {t('auth.resetPassword.submit')}
          </Button>
        </Stack>
      </form>
    );
  }

  return (
    <Stack maw={480} mx="auto">
      <PageHeader title={t('auth.resetPassword.title')} />
      <Paper withBorder p="lg">
        {body}
      </Paper>
    </Stack>
  );
}
