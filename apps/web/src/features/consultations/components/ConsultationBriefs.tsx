import type { ConsultationStatus } from '@ecw/domain';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { DateTimeText } from '../../../ui/DateTimeText';
import { PageLoader } from '../../../ui/PageLoader';
import { LoadMoreButton } from '../../../ui/list/LoadMoreButton';
import type { BriefFilter } from '../hooks/useBriefFilter';
import type { useConsultationBriefs } from '../hooks/useConsultationBriefs';
import { briefActions } from '../model/brief-actions';
import { BriefFilters } from './BriefFilters';

interface ConsultationBriefsProps {
  consultationId: string;
  consultationStatus: ConsultationStatus;
  briefs: ReturnType<typeof useConsultationBriefs>;
  filter: BriefFilter;
  narrowed: boolean;
  onFilterChange: (filter: BriefFilter) => void;
}

/**
 * The consultation's briefs, counted in full (`totalCount`) and shown a page at a time. While a new
 * filter's first page loads, the briefs already shown stay, without "Load more" (its cursor belongs
 * to them), so the filter fields stay where the reader is typing.
 */
export function ConsultationBriefs({
  consultationId,
  consultationStatus,
  briefs,
  filter,
  narrowed,
  onFilterChange,
}: ConsultationBriefsProps) {
  const { t } = useTranslation('consultations');
  const shown =
    briefs.data?.consultation ??
    (briefs.previousData?.consultation?.id === consultationId ? briefs.previousData.consultation : null);
  const connection = shown?.briefs;
  return (
    <Stack>
      <Title order={2}>{t('consultations.page.briefs', { count: connection?.totalCount ?? 0 })}</Title>
      <BriefFilters filter={filter} onChange={onFilterChange} />
      <ProblemAlert problem={readGraphQLProblem(briefs.error)} />
      {!connection ? (
        briefs.loading && <PageLoader />
      ) : connection.edges.length === 0 ? (
        <Text>{t(narrowed ? 'consultations.page.noMatch' : 'consultations.page.noBriefs')}</Text>
      ) : (
        connection.edges.map(({ node }) => (
          <Card key={node.id} withBorder>
            <Group justify="space-between">
              {/* The group's own drafts open in the editor, where they are finished and submitted. */}
              <Anchor
                component={Link}
                to={
                  briefActions(node, consultationStatus).continueDraft
                    ? `/consultations/${consultationId}/briefs/${node.id}/edit`
                    : `/consultations/${consultationId}/briefs/${node.id}`
                }
                fw={600}
              >
                {node.title}
              </Anchor>
              <Group gap="xs">
                <Badge color="red" variant="light">
                  {t(`consultations.risk.${node.riskLevel}`)}
                </Badge>
                <Badge variant="outline">{t(`consultations.briefStatus.${node.status}`)}</Badge>
              </Group>
            </Group>
            <Text size="sm" c="dimmed">
              <bdi>{node.attribution}</bdi>
              {node.submittedAt && (
                <>
                  {' · '}
                  <DateTimeText value={node.submittedAt} precision={node.submitter ? 'minute' : 'hour'} />
                </>
              )}
            </Text>
            <Text dir="auto">{node.summary}</Text>
          </Card>
        ))
      )}
      {briefs.data?.consultation && connection && (
        <LoadMoreButton
          pageInfo={connection.pageInfo}
          loading={briefs.loading}
          fetchMore={briefs.fetchMore}
          count={{ shown: connection.edges.length, total: connection.totalCount }}
        />
      )}
    </Stack>
  );
}
