import { LIMITS } from '@ecw/domain';
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { useLinkToken } from '../../../routing/link-token';
import { useServerForm } from '../../../forms/useServerForm';
import { PageHeader } from '../../../ui/PageHeader';
import { useViewer } from '../../../viewer/hooks/useViewer';
import { useReturnPath } from '../hooks/useReturnPath';
import { useSignUp } from '../hooks/useSignUp';
import { signInPath } from '../return-path';
import { PasswordField } from './PasswordField';

export function SignUpPage() {
  const { t, i18n } = useTranslation('auth');
  const { viewer } = useViewer();
  const next = useReturnPath();
  const { signUp, loading, problem } = useSignUp();
  // With mail configured the server signs nobody in at sign-up: the address is confirmed first.
  const [checkInbox, setCheckInbox] = useState(false);
  // The one-time link the first start prints in the log makes this account the first platform admin.
  const setupToken = useLinkToken('setup');
  const { form, inputProps, placedFields } = useServerForm(
    { initialValues: { email: '', displayName: '', password: '' } },
    problem,
  );

  if (viewer && !loading) return <Navigate to={next} replace />;
  if (checkInbox) return <CheckInbox next={next} />;

  const submit = async ({ email, displayName, password }: typeof form.values) => {
    const signedUp = await signUp({
      email: email.trim(),
      displayName: displayName.trim(),
      password,
      // The account starts in the language and time zone the person is using right now.
      locale: i18n.resolvedLanguage ?? i18n.language,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      setupToken,
    });
    // Signed in (no mail configured): the viewer appears and the page moves on to `next`.
    if (signedUp) setCheckInbox(true);
  };

  return (
    <Stack maw={480} mx="auto">
      <PageHeader title={t('auth.signUp.title')} />
      <Paper withBorder p="lg">
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack>
            <ProblemAlert problem={problem} formFields={placedFields} />
            <TextInput
              label={t('auth.fields.email')}
              type="email"
              autoComplete="email"
              required
              maxLength={LIMITS.emailMax}
              {...inputProps('email')}
            />
            <TextInput
              label={t('auth.fields.displayName')}
              description={t('auth.signUp.displayNameHint')}
              autoComplete="name"
              required
              maxLength={LIMITS.displayNameMax}
              {...inputProps('displayName')}
            />
            <PasswordField label={t('auth.fields.password')} purpose="new" {...inputProps('password')} />
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

function CheckInbox({ next }: { next: string }) {
  const { t } = useTranslation('auth');
  return (
    <Stack maw={480} mx="auto">
      <PageHeader title={t('auth.signUp.checkInboxTitle')} />
      <Alert color="blue">{t('auth.signUp.checkInbox')}</Alert>
      <Anchor component={Link} to={signInPath(next)}>
        {t('auth.signUp.signInLink')}
      </Anchor>
    </Stack>
  );
}
