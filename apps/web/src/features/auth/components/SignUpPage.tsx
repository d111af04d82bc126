import { LIMITS } from '@ecw/domain';
import { Anchor, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
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
  const navigate = useNavigate();
  const { signUp, loading, problem } = useSignUp();
  const { form, inputProps, placedFields } = useServerForm(
    { initialValues: { email: '', displayName: '', password: '' } },
    problem,
  );

  if (viewer && !loading) return <Navigate to={next} replace />;

  const submit = async ({ email, displayName, password }: typeof form.values) => {
    const signedUp = await signUp({
      email: email.trim(),
      displayName: displayName.trim(),
      password,
      // The account starts in the language and time zone the person is using right now.
      locale: i18n.resolvedLanguage ?? i18n.language,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    if (signedUp) await navigate(next, { replace: true });
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
