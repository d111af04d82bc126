import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { useViewer } from '../../../viewer/hooks/useViewer';
import { useReturnPath } from '../hooks/useReturnPath';
import { useSignIn } from '../hooks/useSignIn';
import { signUpPath } from '../return-path';
import { PasswordStep } from './PasswordStep';
import { SecondFactorStep } from './SecondFactorStep';

interface Credentials {
  email: string;
  password: string;
}

export function SignInPage() {
  const { t } = useTranslation('auth');
  const { viewer } = useViewer();
  const next = useReturnPath();
  const navigate = useNavigate();
  const { signIn, loading, problem, clearProblem } = useSignIn();
  // Kept in memory only for the second request when the account asks for a second factor.
  const [credentials, setCredentials] = useState<Credentials | null>(null);

  if (viewer && !loading) return <Navigate to={next} replace />;

  const submitPassword = async (email: string, password: string) => {
    const outcome = await signIn({ email, password });
    if (outcome === 'signed-in') await navigate(next, { replace: true });
    if (outcome === 'second-factor-required') {
      clearProblem();
      setCredentials({ email, password });
    }
  };

  const submitSecondFactor = async (secondFactor: { totpCode?: string; recoveryCode?: string }) => {
    if (!credentials) return;
    const outcome = await signIn({ ...credentials, ...secondFactor });
    if (outcome === 'signed-in') await navigate(next, { replace: true });
  };

  const backToPassword = () => {
    clearProblem();
    setCredentials(null);
  };

  return (
    <Stack maw={480} mx="auto">
      <PageHeader title={t('auth.signIn.title')} />
      <Paper withBorder p="lg">
        {credentials ? (
          <SecondFactorStep
            loading={loading}
            problem={problem}
            onSubmit={submitSecondFactor}
            onBack={backToPassword}
          />
        ) : (
          <PasswordStep loading={loading} problem={problem} onSubmit={submitPassword} />
        )}
      </Paper>
      <Text>
        {t('auth.signIn.noAccount')}{' '}
        <Anchor component={Link} to={signUpPath(next)}>
          {t('auth.signIn.signUpLink')}
        </Anchor>
      </Text>
    </Stack>
  );
}
