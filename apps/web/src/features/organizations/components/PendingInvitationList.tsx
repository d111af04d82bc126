import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { getFragmentData, graphql } from '../../../gql';
import type { PendingInvitationList_InvitationFragment } from '../../../gql/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DateTimeText } from '../../../ui/DateTimeText';
import { DataTable, type DataColumn } from '../../../ui/list/DataTable';
import { ListState } from '../../../ui/list/ListState';
import { pendingInvitationsQuery } from '../graphql/pending-invitations.query';
import { revokeInvitationMutation } from '../graphql/revoke-invitation.mutation';
import { RoleLabel } from './RoleLabel';

const PendingInvitationListFragment = graphql(`
  fragment PendingInvitationList_invitation on PendingInvitation {
    id
    email
    role
    expiresAt
    createdAt
  }
`);

type Invitation = PendingInvitationList_InvitationFragment;

export function PendingInvitationList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('organizations');
  const { data, loading, error } = useQuery(pendingInvitationsQuery, {
    variables: { organizationId },
    fetchPolicy: 'cache-and-network',
  });
  const [revoke, revoking] = useMutation(revokeInvitationMutation, {
    refetchQueries: [pendingInvitationsQuery],
    awaitRefetchQueries: true,
  });
  const invitations = getFragmentData(PendingInvitationListFragment, data?.pendingInvitations) ?? [];

  const columns: DataColumn<Invitation>[] = [
    {
      key: 'email',
      header: t('organizations.pending.email'),
      rowHeader: true,
      dir: 'ltr',
      cell: (invitation) => invitation.email,
    },
    {
      key: 'role',
      header: t('organizations.pending.role'),
      cell: (invitation) => <RoleLabel role={invitation.role} />,
    },
    {
      key: 'sent',
      header: t('organizations.pending.sent'),
      cell: (invitation) => <DateTimeText value={invitation.createdAt} />,
    },
    {
      key: 'expires',
      header: t('organizations.pending.expires'),
      cell: (invitation) => <DateTimeText value={invitation.expiresAt} />,
    },
    {
      key: 'actions',
      header: t('organizations.pending.actions'),
      cell: (invitation) => (
        <ConfirmButton
          size="xs"
          aria-label={t('organizations.pending.revokeNamed', { email: invitation.email })}
          title={t('organizations.pending.revokeTitle')}
          message={t('organizations.pending.revokeMessage', { email: invitation.email })}
          confirmLabel={t('organizations.pending.revoke')}
          loading={revoking.loading}
          onConfirm={() => settleMutation(revoke({ variables: { input: { id: invitation.id } } }))}
        >
          {t('organizations.pending.revoke')}
        </ConfirmButton>
      ),
    },
  ];

  return (
    <Stack component="section" aria-labelledby="pending-heading">
      <Title order={2} size="h3" id="pending-heading">
        {t('organizations.pending.title')}
      </Title>
      <ListState
        loaded={Boolean(data)}
        loading={loading}
        problem={readGraphQLProblem(error ?? revoking.error)}
        isEmpty={invitations.length === 0}
        emptyText={t('organizations.pending.empty')}
      >
        <DataTable
          columns={columns}
          rows={invitations}
          rowKey={(invitation) => invitation.id}
          minWidth={600}
        />
      </ListState>
    </Stack>
  );
}
