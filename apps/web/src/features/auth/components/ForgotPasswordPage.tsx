import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { PageHeader } from '../../../ui/PageHeader';
import { requestPasswordResetMutation } from '../graphql/request-password-reset.mutation';

export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  const [requestReset, { loading, error, data }] = useMutation(requestPasswordResetMutation);
  const problem = readGraphQLProblem(error);
  const { form, inputProps, placedFields } = useServerForm({ initialValues: { email: '' } }, problem);

  const submit = async ({ email }: typeof form.values) => {
    await settleMutation(requestReset({ variables: { input: { email: email.trim() } } }));
  };

  return (
    <Stack maw={480} mx="auto">
      <PageHeader title={t('auth.forgotPassword.title')} />
      <Paper withBorder p="lg">
        {data ? (
          // The same answer whether or not the address has an account: nobody can use
          // this form to find out who is registered.
          <Alert color="blue" variant="light" role="status">
            {t('auth.forgotPassword.sent')}
          </Alert>
        ) : (
          <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
            <Stack>
              <Text>{t('auth.forgotPassword.intro')}</Text>
              <ProblemAlert problem={problem} formFields={placedFields} />
              <TextInput
                label={t('auth.fields.email')}
                type="email"
                autoComplete="email"
                required
                {...inputProps('email')}
              />
              <Button type="submit" loading={loading}>
                {t('auth.forgotPassword.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
      <Anchor component={Link} to="/sign-in">
        {t('auth.forgotPassword.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
