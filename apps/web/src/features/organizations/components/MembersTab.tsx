import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageLoader } from '../../../ui/PageLoader';
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

  if (!connection && loading) return <PageLoader />;

  const loadMore = () => {
    if (connection?.pageInfo.endCursor)
      void fetchMore({ variables: { after: connection.pageInfo.endCursor } });
  };

  return (
    <Stack>
      <ProblemAlert problem={readGraphQLProblem(error) ?? removal.problem} />
      {connection && (
        <>
          <Text>{t('organizations.members.count', { count: connection.totalCount })}</Text>
          <Table.ScrollContainer minWidth={600}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('organizations.members.name')}</Table.Th>
                  <Table.Th scope="col">{t('organizations.members.role')}</Table.Th>
                  <Table.Th scope="col">{t('organizations.members.joined')}</Table.Th>
                  {canManage && <Table.Th scope="col">{t('organizations.members.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connection.edges.map(({ node }) => (
                  <MemberRow
                    key={node.id}
                    membership={node}
                    isViewer={node.user.id === viewer?.user.id}
                    canManage={canManage}
                    removal={removal}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMoreButton
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={loading}
            onLoadMore={loadMore}
          />
        </>
      )}
    </Stack>
  );
}
