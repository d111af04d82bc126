import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuditActionLabel } from '../../../app/audit-actions';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { DateTimeText } from '../../../ui/DateTimeText';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageLoader } from '../../../ui/PageLoader';
import { auditLogQuery } from '../graphql/audit-log.query';

/** Who did what, when, with actions named in the reader's language; targets are the API's identifiers. */
export function AuditLogTab({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('organizations');
  const actionLabel = useAuditActionLabel();
  const { data, loading, error, fetchMore } = useQuery(auditLogQuery, {
    variables: { organizationId, first: LIMITS.pageSizeDefault },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.auditLog;

  if (!connection && loading) return <PageLoader />;

  const loadMore = () => {
    if (connection?.pageInfo.endCursor)
      void fetchMore({ variables: { after: connection.pageInfo.endCursor } });
  };

  return (
    <Stack>
      <ProblemAlert problem={readGraphQLProblem(error)} />
      {connection && connection.edges.length === 0 && <Text>{t('organizations.audit.empty')}</Text>}
      {connection && connection.edges.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('organizations.audit.time')}</Table.Th>
                  <Table.Th scope="col">{t('organizations.audit.actor')}</Table.Th>
                  <Table.Th scope="col">{t('organizations.audit.action')}</Table.Th>
                  <Table.Th scope="col">{t('organizations.audit.target')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connection.edges.map(({ node }) => (
                  <Table.Tr key={node.id}>
                    <Table.Td>
                      <DateTimeText value={node.at} />
                    </Table.Td>
                    <Table.Td>{node.actor?.displayName ?? t('organizations.audit.system')}</Table.Td>
                    <Table.Td>{actionLabel(node.action) ?? <Code dir="ltr">{node.action}</Code>}</Table.Td>
                    <Table.Td>
                      {node.targetType ? (
                        <Code dir="ltr">
                          {node.targetId ? `${node.targetType}:${node.targetId}` : node.targetType}
                        </Code>
                      ) : (
                        t('organizations.audit.noTarget')
                      )}
                    </Table.Td>
                  </Table.Tr>
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
