import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { useSudo } from '../../../sudo/sudo-context';
import { changeEmailMutation } from '../graphql/change-email.mutation';

/** Asks for a new address; it replaces the current one only when the link mailed to it is opened. */
export function ChangeEmailForm() {
  const { t } = useTranslation('account');
  const withSudo = useSudo();
  const [changeEmail, { loading, error, data }] = useMutation(changeEmailMutation);
  const problem = readGraphQLProblem(error);
  const { form, inputProps, placedFields } = useServerForm({ initialValues: { newEmail: '' } }, problem);

  const submit = async ({ newEmail }: typeof form.values) => {
    const result = await settleMutation(
      withSudo(() => changeEmail({ variables: { input: { newEmail: newEmail.trim() } } })),
    );
    if (result?.data) form.reset();
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack maw={520}>
        {data?.changeEmail && (
          <Alert color="green" variant="light" role="status">
            {t('account.changeEmail.sent')}
          </Alert>
        )}
        <ProblemAlert problem={problem} formFields={placedFields} />
        <TextInput
          type="email"
          label={t('account.changeEmail.newEmail')}
          description={t('account.changeEmail.hint')}
          autoComplete="email"
          required
          maxLength={LIMITS.emailMax}
          {...inputProps('newEmail')}
        />
        <Group>
          <Button type="submit" loading={loading}>
            {t('account.changeEmail.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
