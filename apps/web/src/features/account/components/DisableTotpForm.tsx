import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { PasswordField } from '../../auth/components/PasswordField';
import { disableTotpMutation } from '../graphql/disable-totp.mutation';

/** Turning the second factor off asks for both factors, so a stolen session alone cannot. */
export function DisableTotpForm() {
  const { t } = useTranslation('account');
  // Returns `Me`, so the cached profile flips to "off" by itself.
  const [disableTotp, { loading, error }] = useMutation(disableTotpMutation);
  const problem = readGraphQLProblem(error);
  const { form, inputProps, placedFields } = useServerForm(
    { initialValues: { password: '', code: '' } },
    problem,
  );

  const submit = async ({ password, code }: typeof form.values) => {
    await settleMutation(disableTotp({ variables: { input: { password, code: code.replace(/\s+/g, '') } } }));
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack maw={520}>
        <Group gap="xs">
          <Text>{t('account.twoFactor.on')}</Text>
          <Badge color="indigo" variant="light">
            {t('account.twoFactor.onBadge')}
          </Badge>
        </Group>
        <Text>{t('account.twoFactor.disableIntro')}</Text>
        <ProblemAlert problem={problem} formFields={placedFields} />
        <PasswordField
          label={t('account.twoFactor.password')}
          purpose="current"
          {...inputProps('password')}
        />
        <TextInput
          label={t('account.twoFactor.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          dir="ltr"
          required
          {...inputProps('code')}
        />
        <Button type="submit" color="red" loading={loading} w="fit-content">
          {t('account.twoFactor.disable')}
        </Button>
      </Stack>
    </form>
  );
}
