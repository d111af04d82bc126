import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import type { GraphQLProblem } from '../../../errors/graphql-problem';
import { useServerForm } from '../../../forms/useServerForm';
import { PasswordField } from './PasswordField';

interface PasswordStepProps {
  loading: boolean;
  problem: GraphQLProblem | null;
  onSubmit: (email: string, password: string) => Promise<void>;
}

export function PasswordStep({ loading, problem, onSubmit }: PasswordStepProps) {
  const { t } = useTranslation('auth');
  const { form, inputProps, placedFields } = useServerForm(
    { initialValues: { email: '', password: '' } },
    problem,
  );

  return (
    <form onSubmit={form.onSubmit(({ email, password }) => void onSubmit(email.trim(), password))} noValidate>
      <Stack>
        <ProblemAlert problem={problem} formFields={placedFields} />
        <TextInput
          label={t('auth.fields.email')}
          type="email"
          autoComplete="email"
          required
          {...inputProps('email')}
        />
        <PasswordField label={t('auth.fields.password')} purpose="current" {...inputProps('password')} />
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
