import { LIMITS } from '@ecw/domain';
import { Anchor, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { fieldError } from '../../../errors/graphql-problem';
import { useLinkToken } from '../../../routing/link-token';
import { PageHeader } from '../../../ui/PageHeader';
import { useViewer } from '../../../viewer/hooks/useViewer';
import { useReturnPath } from '../hooks/useReturnPath';
import { useSignUp } from '../hooks/useSignUp';
import { signInPath } from '../return-path';
import { PasswordField } from './PasswordField';

const FIELDS = ['email', 'displayName', 'password'] as const;

export function SignUpPage() {
  const { t, i18n } = useTranslation('auth');
  const { viewer } = useViewer();
  const next = useReturnPath();
  const navigate = useNavigate();
  const { signUp, loading, problem } = useSignUp();
  // The one-time link the first start prints in the log makes this account the first platform admin.
  const setupToken = useLinkToken('setup');
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');

  if (viewer && !loading) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const signedUp = await signUp({
      email: email.trim(),
      displayName: displayName.trim(),
      password,
      // The account starts in the language and time zone the person is using right now.
      locale: i18n.resolvedLanguage ?? i18n.language,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      setupToken,
    });
    if (signedUp) await navigate(next, { replace: true });
  };

  return (
    <Stack maw={480} mx="auto">
      <PageHeader title={t('auth.signUp.title')} />
      <Paper withBorder p="lg">
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack>
            <ProblemAlert problem={problem} formFields={FIELDS} />
            <TextInput
              label={t('auth.fields.email')}
              type="email"
              autoComplete="email"
              required
              maxLength={LIMITS.emailMax}
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={fieldError(problem, 'email')}
            />
            <TextInput
              label={t('auth.fields.displayName')}
              description={t('auth.signUp.displayNameHint')}
              autoComplete="name"
              required
              maxLength={LIMITS.displayNameMax}
              value={displayName}
              onChange={(event) => setDisplayName(event.currentTarget.value)}
              error={fieldError(problem, 'displayName')}
            />
            <PasswordField
              label={t('auth.fields.password')}
              purpose="new"
              value={password}
              onChange={setPassword}
              error={fieldError(problem, 'password')}
            />
            <Button type="submit" loading={loading}>
              {t('auth.signUp.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Text>
        {t('auth.signUp.haveAccount')}{' '}
        <Anchor component={Link} to={signInPath(next)}>
          {t('auth.signUp.signInLink')}
        </Anchor>
      </Text>
    </Stack>
  );
}
