import { useQuery, useSubscription } from '@apollo/client/react';
import { ErrorCode } from '@ecw/domain';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { DateTimeText } from '../../../ui/DateTimeText';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { DataTable } from '../../../ui/list/DataTable';
import { ItemList } from '../../../ui/list/ItemList';
import { briefEventsSubscription } from '../graphql/brief-events.subscription';
import { consultationDashboardQuery } from '../graphql/consultation-dashboard.query';
import { ConsultationNotFound } from './ConsultationNotFound';

interface Count {
  label: string;
  count: number;
}

/** One breakdown of the briefs: a label and a count per row. */
function CountTable({ caption, rows }: { caption: string; rows: Count[] }) {
  const { t } = useTranslation('consultations');
  return (
    <Card withBorder component="section" aria-label={caption}>
      <Title order={2} size="h4" mb="xs">
        {caption}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('consultations.dashboard.none')}</Text>
      ) : (
        <DataTable
          minWidth={240}
          rows={rows}
          rowKey={(row) => row.label}
          columns={[
            { key: 'label', header: caption, rowHeader: true, cell: (row) => row.label },
            { key: 'count', header: t('consultations.dashboard.count'), cell: (row) => row.count },
          ]}
        />
      )}
    </Card>
  );
}

/**
 * The convenor's overview: briefs by status, topic and risk level, and the unanswered ones first
 * (highest risk, then oldest). It follows new briefs live; attributions are as redacted as anywhere.
 */
export function ConvenorDashboardPage() {
  const { t } = useTranslation('consultations');
  const { consultationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(consultationDashboardQuery, {
    variables: { id: consultationId },
    errorPolicy: 'all',
  });
  useSubscription(briefEventsSubscription, {
    variables: { consultationId },
    onData: () => void refetch().catch(() => undefined),
  });
  const problem = readGraphQLProblem(error);
  if (loading && !data) return <PageLoader />;
  const consultation = data?.consultation;
  if (!consultation) {
    return problem && problem.code !== ErrorCode.NOT_FOUND ? (
      <ProblemAlert problem={problem} />
    ) : (
      <ConsultationNotFound />
    );
  }
  const dashboard = consultation.dashboard;
  return (
    <Stack>
      <PageHeader title={t('consultations.dashboard.title')} />
      <Anchor component={Link} to={`/consultations/${consultation.id}`}>
        {consultation.title}
      </Anchor>
      {!dashboard ? (
        <Text>{t('consultations.dashboard.convenorOnly')}</Text>
      ) : (
        <>
          <Title order={2}>{t('consultations.dashboard.unanswered')}</Title>
          {dashboard.unanswered.length === 0 ? (
            <Text>{t('consultations.dashboard.allAnswered')}</Text>
          ) : (
            <ItemList label={t('consultations.dashboard.unanswered')}>
              {dashboard.unanswered.map((brief) => (
                <Card component="li" key={brief.id} withBorder>
                  <Group justify="space-between">
                    <Anchor
                      component={Link}
                      to={`/consultations/${consultation.id}/briefs/${brief.id}`}
                      fw={600}
                    >
                      {brief.title}
                    </Anchor>
                    <Group gap="xs">
                      <Badge color="red" variant="light">
                        {t(`consultations.risk.${brief.riskLevel}`)}
                      </Badge>
                      <Badge variant="outline">{t(`consultations.briefStatus.${brief.status}`)}</Badge>
                    </Group>
                  </Group>
                  <Text size="sm" c="dimmed">
                    <bdi>{brief.attribution}</bdi>
                    {brief.submittedAt && (
                      <>
                        {' · '}
                        <DateTimeText
                          value={brief.submittedAt}
                          precision={brief.submitter ? 'minute' : 'hour'}
                        />
                      </>
                    )}
                  </Text>
                </Card>
              ))}
            </ItemList>
          )}
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <CountTable
              caption={t('consultations.dashboard.byStatus')}
              rows={dashboard.byStatus.map(({ status, count }) => ({
                label: t(`consultations.briefStatus.${status}`),
                count,
              }))}
            />
            <CountTable
              caption={t('consultations.dashboard.byRisk')}
              rows={dashboard.byRiskLevel.map(({ riskLevel, count }) => ({
                label: t(`consultations.risk.${riskLevel}`),
                count,
              }))}
            />
            <CountTable
              caption={t('consultations.dashboard.byTopic')}
              rows={dashboard.byTopic.map(({ topic, count }) => ({
                label: t(`consultations.topic.${topic}`),
                count,
              }))}
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
