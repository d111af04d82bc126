import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { useViewer } from '../../../viewer/hooks/useViewer';
import { useRemoveMembership } from '../hooks/useRemoveMembership';

interface LeaveOrganizationButtonProps {
  organizationId: string;
  organizationName: string;
}

export function LeaveOrganizationButton({ organizationId, organizationName }: LeaveOrganizationButtonProps) {
  const { t } = useTranslation('organizations');
  const { viewer } = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { remove, loading, problem } = useRemoveMembership('leave');
  const membership = viewer?.memberships.find((entry) => entry.organization.id === organizationId);
  if (!membership) return null;

  const leave = async () => {
    if (!(await remove(membership.id))) return;
    await navigate('/organizations');
    // What this page knew (role, members) no longer applies to the viewer.
    client.cache.evict({ id: client.cache.identify({ __typename: 'Organization', id: organizationId }) });
    client.cache.gc();
  };

  return (
    <>
      <ConfirmButton
        title={t('organizations.leave.title')}
        message={t('organizations.leave.message', { name: organizationName })}
        confirmLabel={t('organizations.leave.confirm')}
        loading={loading}
        onConfirm={leave}
      >
        {t('organizations.leave.button')}
      </ConfirmButton>
      <ProblemAlert problem={problem} />
    </>
  );
}
