import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { type ColumnHeader, DataTable } from '../../../ui/list/DataTable';
import { ListState } from '../../../ui/list/ListState';
import { LoadMoreButton } from '../../../ui/list/LoadMoreButton';
import { useViewer } from '../../../viewer/hooks/useViewer';
import { organizationMembersQuery } from '../graphql/organization-members.query';
import { useRemoveMembership } from '../hooks/useRemoveMembership';
import { MemberRow } from './MemberRow';

export function MembersTab({ organizationId, canManage }: { organizationId: string; canManage: boolean }) {
  const { t } = useTranslation('organizations');
  const { viewer } = useViewer();
  const removal = useRemoveMembership('remove-member');
  const { data, loading, error, fetchMore } = useQuery(organizationMembersQuery, {
    variables: { organizationId, first: LIMITS.pageSizeDefault },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.organization?.members;

  // Each row holds its own role change, so rows render themselves (MemberRow).
  const columns: ColumnHeader[] = [
    { key: 'name', header: t('organizations.members.name') },
    { key: 'role', header: t('organizations.members.role') },
    { key: 'joined', header: t('organizations.members.joined') },
    ...(canManage ? [{ key: 'actions', header: t('organizations.members.actions') }] : []),
  ];

  return (
    <Stack>
      <ListState
        loaded={Boolean(connection)}
        loading={loading}
        problem={readGraphQLProblem(error) ?? removal.problem}
        isEmpty={false}
      >
        {connection && (
          <>
            <Text>{t('organizations.members.count', { count: connection.totalCount })}</Text>
            <DataTable
              columns={columns}
              rows={connection.edges.map((edge) => edge.node)}
              rowKey={(membership) => membership.id}
              minWidth={600}
              renderRow={(membership) => (
                <MemberRow
                  membership={membership}
                  isViewer={membership.user.id === viewer?.user.id}
                  canManage={canManage}
                  removal={removal}
                />
              )}
            />
            <LoadMoreButton pageInfo={connection.pageInfo} loading={loading} fetchMore={fetchMore} />
          </>
        )}
      </ListState>
    </Stack>
  );
}
