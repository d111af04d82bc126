import { useQuery } from '@apollo/client/react';
import { ConsultationStanding } from '@ecw/domain';
import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { DateTimeText } from '../../../ui/DateTimeText';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { LoadMoreButton } from '../../../ui/list/LoadMoreButton';
import { consultationsQuery } from '../graphql/consultations.query';
import { enumMember } from '../hooks/useBriefFilter';
import {
  LISTED_STATUSES,
  toConsultationFilter,
  useConsultationListFilter,
} from '../hooks/useConsultationListFilter';

const ALL = 'ALL' as const;
const PAGE_SIZE = 50;

/** The consultations the viewer convenes or is invited to, narrowed to either side and by status. */
export function ConsultationListPage() {
  const { t } = useTranslation('consultations');
  const [filter, setFilter] = useConsultationListFilter();
  const apiFilter = toConsultationFilter(filter);
  // Each filter is its own list in the cache (`consultations: connectionPagination(['filter'])`), read
  // from its first page; "Load more" appends the next.
  const { data, loading, error, fetchMore } = useQuery(consultationsQuery, {
    variables: { first: PAGE_SIZE, filter: apiFilter },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.consultations;
  const edges = connection?.edges ?? [];
  return (
    <Stack>
      <PageHeader title={t('consultations.list.title')}>
        <Button component={Link} to="/consultations/new">
          {t('consultations.create.title')}
        </Button>
      </PageHeader>
      <Group>
        <SegmentedControl
          value={filter.standing ?? ALL}
          onChange={(value) => setFilter({ ...filter, standing: enumMember(ConsultationStanding, value) })}
          data={[ALL, ...Object.values(ConsultationStanding)].map((name) => ({
            value: name,
            label: t(`consultations.standing.${name}`),
          }))}
          aria-label={t('consultations.list.standingFilter')}
        />
        <SegmentedControl
          value={filter.status ?? ALL}
          onChange={(value) =>
            setFilter({ ...filter, status: LISTED_STATUSES.find((status) => status === value) ?? null })
          }
          data={[ALL, ...LISTED_STATUSES].map((name) => ({
            value: name,
            label: t(`consultations.status.${name}`),
          }))}
          aria-label={t('consultations.list.filter')}
        />
      </Group>
      <ProblemAlert problem={readGraphQLProblem(error)} />
      {loading && !data ? (
        <PageLoader />
      ) : edges.length === 0 ? (
        <Text>{t(apiFilter ? 'consultations.list.noMatch' : 'consultations.list.empty')}</Text>
      ) : (
        // On a phone the table scrolls sideways instead of widening the page.
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consultations.list.columns.title')}</Table.Th>
                <Table.Th>{t('consultations.list.columns.convenor')}</Table.Th>
                <Table.Th>{t('consultations.list.columns.status')}</Table.Th>
                <Table.Th>{t('consultations.list.columns.closesAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Anchor component={Link} to={`/consultations/${node.id}`}>
                        {node.title}
                      </Anchor>
                      <Badge variant="outline" size="sm">
                        {t(`consultations.rule.${node.attributionRule}`)}
                      </Badge>
                    </Group>
                  </Table.Td>
                  <Table.Td>{node.convenor.name}</Table.Td>
                  <Table.Td>{t(`consultations.status.${node.status}`)}</Table.Td>
                  <Table.Td>{node.closesAt ? <DateTimeText value={node.closesAt} /> : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {connection && (
        <LoadMoreButton
          pageInfo={connection.pageInfo}
          loading={loading}
          fetchMore={fetchMore}
          count={{ shown: edges.length, total: connection.totalCount }}
        />
      )}
    </Stack>
  );
}
