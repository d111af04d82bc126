import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { useViewer } from '../../../viewer/hooks/useViewer';
import { AccountSection } from './AccountSection';
import { ChangeEmailForm } from './ChangeEmailForm';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileForm } from './ProfileForm';
import { SendEmailConfirmationButton } from './SendEmailConfirmationButton';
import { SessionsList } from './SessionsList';
import { TwoFactorSection } from './TwoFactorSection';

export function AccountPage() {
  const { t } = useTranslation('account');
  const { viewer } = useViewer();
  if (!viewer) return <PageLoader />;

  return (
    <Stack gap="xl">
      <PageHeader title={t('account.title')} />
      {!viewer.emailConfirmed && (
        <Alert color="indigo" variant="light" title={t('account.confirmEmail.title')}>
          <Stack gap="xs">
            <Text>{t('account.confirmEmail.why')}</Text>
            <SendEmailConfirmationButton />
          </Stack>
        </Alert>
      )}
      <AccountSection id="profile" title={t('account.profile.title')}>
        <ProfileForm viewer={viewer} />
      </AccountSection>
      <AccountSection id="email" title={t('account.changeEmail.title')}>
        <ChangeEmailForm />
      </AccountSection>
      <AccountSection id="password" title={t('account.password.title')}>
        <ChangePasswordForm />
      </AccountSection>
      <AccountSection id="two-factor" title={t('account.twoFactor.title')}>
        <TwoFactorSection mfaEnabled={viewer.mfaEnabled} />
      </AccountSection>
      <AccountSection id="sessions" title={t('account.sessions.title')}>
        <SessionsList />
      </AccountSection>
    </Stack>
  );
}
