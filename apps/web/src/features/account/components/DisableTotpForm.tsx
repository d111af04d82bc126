import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { fieldError, readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { PasswordField } from '../../auth/components/PasswordField';
import { disableTotpMutation } from '../graphql/disable-totp.mutation';

const FIELDS = ['password', 'code'] as const;

/** Turning the second factor off asks for both factors, so a stolen session alone cannot. */
export function DisableTotpForm() {
  const { t } = useTranslation('account');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  // Returns `Me`, so the cached profile flips to "off" by itself.
  const [disableTotp, { loading, error }] = useMutation(disableTotpMutation);
  const problem = readGraphQLProblem(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await settleMutation(disableTotp({ variables: { input: { password, code: code.replace(/\s+/g, '') } } }));
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack maw={520}>
        <Group gap="xs">
          <Text>{t('account.twoFactor.on')}</Text>
          <Badge color="indigo" variant="light">
            {t('account.twoFactor.onBadge')}
          </Badge>
        </Group>
        <Text>{t('account.twoFactor.disableIntro')}</Text>
        <ProblemAlert problem={problem} formFields={FIELDS} />
        <PasswordField
          label={t('account.twoFactor.password')}
          purpose="current"
          value={password}
          onChange={setPassword}
          error={fieldError(problem, 'password')}
        />
        <TextInput
          label={t('account.twoFactor.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          dir="ltr"
          required
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={fieldError(problem, 'code')}
        />
        <Button type="submit" color="red" loading={loading} w="fit-content">
          {t('account.twoFactor.disable')}
        </Button>
      </Stack>
    </form>
  );
}
