import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { DateTimeText } from '../../../ui/DateTimeText';
import { LoadMoreButton } from '../../../ui/list/LoadMoreButton';
import type { useBriefComments } from '../hooks/useBriefComments';
import { MarkdownText } from './MarkdownText';

/** A brief's discussion, counted in full (`totalCount`) and shown a page at a time, oldest first. */
export function BriefComments({ comments }: { comments: ReturnType<typeof useBriefComments> }) {
  const { t } = useTranslation('consultations');
  const { connection } = comments;
  return (
    <Stack>
      <Title order={2}>{t('consultations.brief.comments', { count: connection?.totalCount ?? 0 })}</Title>
      <ProblemAlert problem={readGraphQLProblem(comments.error)} />
      {connection?.edges.map(({ node }) => (
        <Card key={node.id} withBorder>
          <Text size="sm" c="dimmed">
            <bdi>{node.attribution}</bdi> ·{' '}
            <DateTimeText value={node.createdAt} precision={node.author ? 'minute' : 'hour'} />
          </Text>
          <MarkdownText markdown={node.body} />
        </Card>
      ))}
      {connection && (
        <LoadMoreButton
          pageInfo={connection.pageInfo}
          loading={comments.loading}
          fetchMore={comments.fetchMore}
          count={{ shown: connection.edges.length, total: connection.totalCount }}
        />
      )}
    </Stack>
  );
}
