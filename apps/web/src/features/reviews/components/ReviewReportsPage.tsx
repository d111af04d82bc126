import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@ecw/domain';
import { Anchor, Badge, Button, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { DateTimeText } from '../../../ui/DateTimeText';
import { LoadMoreButton } from '../../../ui/list/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { useViewer } from '../../../viewer/hooks/useViewer';
import { reviewReportsQuery } from '../graphql/review-reports.query';

/** The reviews the viewer's organisations co-author (and published ones), narrowed to one organisation. */
export function ReviewReportsPage() {
  const { t } = useTranslation('reviews');
  const { viewer } = useViewer();
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const { data, loading, error, fetchMore } = useQuery(reviewReportsQuery, {
    variables: { first: LIMITS.pageSizeDefault },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.reviewReports;
  const reports = (connection?.edges ?? [])
    .map(({ node }) => node)
    .filter((report) => !organizationId || report.coAuthors.some((org) => org.id === organizationId));

  return (
    <Stack>
      <PageHeader title={t('reviews.list.title')}>
        <Button component={Link} to="/reviews/new">
          {t('reviews.list.create')}
        </Button>
      </PageHeader>
      <Select
        label={t('reviews.list.organization')}
        placeholder={t('reviews.list.allOrganizations')}
        clearable
        maw={360}
        data={(viewer?.memberships ?? []).map(({ organization }) => ({
          value: organization.id,
          label: organization.name,
        }))}
        value={organizationId}
        onChange={setOrganizationId}
      />
      {organizationId && (
        <Anchor component={Link} to={`/organizations/${organizationId}/recommendations`}>
          {t('reviews.list.recommendations')}
        </Anchor>
      )}
      <ProblemAlert problem={readGraphQLProblem(error)} />
      {connection && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('reviews.list.count', { count: organizationId ? reports.length : connection.totalCount })}
        </Text>
      )}
      {loading && !data ? (
        <PageLoader />
      ) : reports.length === 0 ? (
        <Text>{t('reviews.list.empty')}</Text>
      ) : (
        // On a phone the table scrolls sideways instead of widening the page.
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reviews.list.columns.title')}</Table.Th>
                <Table.Th>{t('reviews.list.columns.coAuthors')}</Table.Th>
                <Table.Th>{t('reviews.list.columns.election')}</Table.Th>
                <Table.Th>{t('reviews.list.columns.status')}</Table.Th>
                <Table.Th>{t('reviews.list.columns.updatedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reports.map((report) => (
                <Table.Tr key={report.id} data-testid="review-entry">
                  <Table.Td>
                    <Anchor component={Link} to={`/reviews/${report.id}`}>
                      {report.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{report.coAuthors.map((org) => org.name).join(', ')}</Table.Td>
                  <Table.Td>{report.election?.name ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`reviews.status.${report.status}`)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <DateTimeText value={report.updatedAt} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {connection && (
        <LoadMoreButton pageInfo={connection.pageInfo} loading={loading} fetchMore={fetchMore} />
      )}
    </Stack>
  );
}
