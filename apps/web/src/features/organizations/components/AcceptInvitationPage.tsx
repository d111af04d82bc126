import { Alert, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLinkToken } from '../../../routing/link-token';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { useViewer } from '../../../viewer/hooks/useViewer';
import { InvitationPreviewCard } from './InvitationPreviewCard';
import { SignInToAccept } from './SignInToAccept';

export function AcceptInvitationPage() {
  const { t } = useTranslation('organizations');
  const token = useLinkToken();
  const { viewer, loading } = useViewer();

  let body: ReactNode;
  if (!token) {
    body = (
      <Alert color="red" variant="light" role="alert">
        {t('organizations.accept.missingToken')}
      </Alert>
    );
  } else if (loading) {
    body = <PageLoader />;
  } else if (!viewer) {
    body = <SignInToAccept />;
  } else {
    body = <InvitationPreviewCard token={token} viewerEmail={viewer.email} />;
  }

  return (
    <Stack maw={640}>
      <PageHeader title={t('organizations.accept.title')} />
      {body}
    </Stack>
  );
}
