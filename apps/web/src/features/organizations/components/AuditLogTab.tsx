import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { Code, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuditActionLabel } from '../../../app/audit-actions';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { getFragmentData, graphql } from '../../../gql';
import type { AuditLogTab_AuditEventFragment } from '../../../gql/graphql';
import { DateTimeText } from '../../../ui/DateTimeText';
import { DataTable, type DataColumn } from '../../../ui/list/DataTable';
import { ListState } from '../../../ui/list/ListState';
import { LoadMoreButton } from '../../../ui/list/LoadMoreButton';
import { auditLogQuery } from '../graphql/audit-log.query';

const AuditLogTabFragment = graphql(`
  fragment AuditLogTab_auditEvent on AuditEvent {
    id
    at
    action
    targetType
    targetId
    actor {
      id
      displayName
    }
  }
`);

type AuditEntry = AuditLogTab_AuditEventFragment;

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

  const columns: DataColumn<AuditEntry>[] = [
    {
      key: 'time',
      header: t('organizations.audit.time'),
      cell: (entry) => <DateTimeText value={entry.at} />,
    },
    {
      key: 'actor',
      header: t('organizations.audit.actor'),
      cell: (entry) => entry.actor?.displayName ?? t('organizations.audit.system'),
    },
    {
      key: 'action',
      header: t('organizations.audit.action'),
      cell: (entry) => actionLabel(entry.action) ?? <Code dir="ltr">{entry.action}</Code>,
    },
    {
      key: 'target',
      header: t('organizations.audit.target'),
      cell: (entry) =>
        entry.targetType ? (
          <Code dir="ltr">{entry.targetId ? `${entry.targetType}:${entry.targetId}` : entry.targetType}</Code>
        ) : (
          t('organizations.audit.noTarget')
        ),
    },
  ];

  return (
    <Stack>
      <ListState
        loaded={Boolean(connection)}
        loading={loading}
        problem={readGraphQLProblem(error)}
        isEmpty={connection?.edges.length === 0}
        emptyText={t('organizations.audit.empty')}
      >
        {connection && (
          <>
            <DataTable
              columns={columns}
              rows={connection.edges.map((edge) => getFragmentData(AuditLogTabFragment, edge.node))}
              rowKey={(entry) => entry.id}
              minWidth={720}
            />
            <LoadMoreButton pageInfo={connection.pageInfo} loading={loading} fetchMore={fetchMore} />
          </>
        )}
      </ListState>
    </Stack>
  );
}
