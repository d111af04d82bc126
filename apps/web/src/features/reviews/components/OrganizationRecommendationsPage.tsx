import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { LoadMoreButton } from '../../../ui/list/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { useViewer } from '../../../viewer/hooks/useViewer';
import { formatDay } from '../../planning/timeline/zoned-time';
import { organizationRecommendationsQuery } from '../graphql/organization-recommendations.query';
import { isOverdue, localToday } from '../model/overdue';

/** Every recommendation an organisation owns, across reports, overdue first (the server's order). */
export function OrganizationRecommendationsPage() {
  const { t, i18n } = useTranslation('reviews');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const { organizationId = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error, fetchMore } = useQuery(organizationRecommendationsQuery, {
    variables: { organizationId },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.organizationRecommendations;
  const name = viewer?.memberships.find((m) => m.organization.id === organizationId)?.organization.name;
  const today = localToday();

  return (
    <Stack>
      <PageHeader title={t('reviews.recommendations.ofOrganization', { name: name ?? '' })} />
      <ProblemAlert problem={readGraphQLProblem(error)} />
      {loading && !data ? (
        <PageLoader />
      ) : !connection || connection.edges.length === 0 ? (
        <Text>{t('reviews.recommendations.none')}</Text>
      ) : (
        // On a phone the table scrolls sideways instead of cutting its columns.
        <Table.ScrollContainer minWidth={560}>
          <Table data-testid="organization-recommendations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reviews.recommendations.columns.text')}</Table.Th>
                <Table.Th>{t('reviews.recommendations.columns.report')}</Table.Th>
                <Table.Th>{t('reviews.recommendations.columns.dueOn')}</Table.Th>
                <Table.Th>{t('reviews.recommendations.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {connection.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                    {node.text}
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/reviews/${node.report.id}`}>
                      {node.report.title}
                    </Anchor>
                  </Table.Td>
                  {/* Dates and badges on one line: "2027-01-\n03" and a status cut to "OP…" read badly. */}
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {node.dueOn ? (
                      <time dateTime={node.dueOn} style={{ unicodeBidi: 'isolate' }}>
                        {formatDay(node.dueOn, locale)}
                      </time>
                    ) : (
                      '—'
                    )}{' '}
                    {isOverdue(node, today) && (
                      <Badge color="red.9">{t('reviews.recommendations.overdue')}</Badge>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge variant="light" miw="max-content">
                      {t(`reviews.recommendations.status.${node.status}`)}
                    </Badge>
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
