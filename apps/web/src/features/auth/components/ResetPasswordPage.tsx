import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { PageHeader } from '../../../ui/PageHeader';
import { resetPasswordMutation } from '../graphql/reset-password.mutation';
import { PasswordField } from './PasswordField';

export function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const token = params.get('token');
  const [resetPassword, { loading, error, data }] = useMutation(resetPasswordMutation);
  const problem = readGraphQLProblem(error);
  const { form, inputProps, placedFields } = useServerForm(
    {
      initialValues: { newPassword: '', confirmation: '' },
      validate: {
        confirmation: (value, values) =>
          value === values.newPassword ? null : t('auth.resetPassword.mismatch'),
      },
    },
    problem,
  );

  const submit = async ({ newPassword }: typeof form.values) => {
    if (!token) return;
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
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack>
          <ProblemAlert problem={problem} formFields={placedFields} />
          <PasswordField label={t('auth.fields.newPassword')} purpose="new" {...inputProps('newPassword')} />
          <PasswordField
            label={t('auth.fields.confirmPassword')}
            purpose="confirm"
            {...inputProps('confirmation')}
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
