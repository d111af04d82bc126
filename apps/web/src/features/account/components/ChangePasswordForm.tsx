import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { PasswordField } from '../../auth/components/PasswordField';
import { changePasswordMutation } from '../graphql/change-password.mutation';
import { sessionsQuery } from '../graphql/sessions.query';

export function ChangePasswordForm() {
  const { t } = useTranslation('account');
  const [changed, setChanged] = useState(false);
  // The server ends every other session, so the sessions list is read again.
  const [changePassword, { loading, error }] = useMutation(changePasswordMutation, {
    refetchQueries: [sessionsQuery],
  });
  const problem = readGraphQLProblem(error);
  const { form, inputProps, placedFields } = useServerForm(
    {
      initialValues: { currentPassword: '', newPassword: '', confirmation: '' },
      validate: {
        confirmation: (value, values) =>
          value === values.newPassword ? null : t('account.password.mismatch'),
      },
    },
    problem,
  );

  const submit = async ({ currentPassword, newPassword }: typeof form.values) => {
    setChanged(false);
    const result = await settleMutation(
      changePassword({ variables: { input: { currentPassword, newPassword } } }),
    );
    if (result?.data?.changePassword) {
      setChanged(true);
      form.reset();
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack maw={520}>
        <ProblemAlert problem={problem} formFields={placedFields} />
        {changed && (
          <Alert color="blue" variant="light" role="status">
            {t('account.password.changed')}
          </Alert>
        )}
        <PasswordField
          label={t('account.password.current')}
          purpose="current"
          {...inputProps('currentPassword')}
        />
        <PasswordField label={t('account.password.new')} purpose="new" {...inputProps('newPassword')} />
        <PasswordField
          label={t('account.password.confirm')}
          purpose="confirm"
          {...inputProps('confirmation')}
        />
        <Button type="submit" loading={loading} w="fit-content">
          {t('account.password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
