import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { fieldError, type GraphQLProblem } from '../../../errors/graphql-problem';
import { PasswordField } from './PasswordField';

interface PasswordStepProps {
  loading: boolean;
  problem: GraphQLProblem | null;
  onSubmit: (email: string, password: string) => Promise<void>;
}

const FIELDS = ['email', 'password'] as const;

export function PasswordStep({ loading, problem, onSubmit }: PasswordStepProps) {
  const { t } = useTranslation('auth');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit(email.trim(), password);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} formFields={FIELDS} />
        <TextInput
          label={t('auth.fields.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldError(problem, 'email')}
        />
        <PasswordField
          label={t('auth.fields.password')}
          purpose="current"
          value={password}
          onChange={setPassword}
          error={fieldError(problem, 'password')}
        />
        <Anchor component={Link} to="/forgot-password" size="sm">
          {t('auth.signIn.forgotPassword')}
        </Anchor>
        <Button type="submit" loading={loading}>
          {t('auth.signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
