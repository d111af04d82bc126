import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { ErrorCode } from '@ecw/domain';
import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { BriefEventKind, BriefStatus, MembershipRole } from '@ecw/domain';
import { DateTimeText } from '../../../ui/DateTimeText';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { acknowledgeBriefMutation } from '../graphql/acknowledge-brief.mutation';
import { addBriefCommentMutation } from '../graphql/add-brief-comment.mutation';
import { briefEventsSubscription } from '../graphql/brief-events.subscription';
import { consultationEventsSubscription } from '../graphql/consultation-events.subscription';
import { contextBriefQuery } from '../graphql/context-brief.query';
import { respondToBriefMutation } from '../graphql/respond-to-brief.mutation';
import { useBriefComments } from '../hooks/useBriefComments';
import { AttributionNotice } from './AttributionNotice';
import { BriefComments } from './BriefComments';
import { ConsultationNotFound } from './ConsultationNotFound';
import { MarkdownText } from './MarkdownText';
import { OwnBriefActions } from './OwnBriefActions';

const WRITERS = [MembershipRole.OWNER, MembershipRole.ADMIN, MembershipRole.MEMBER];

/**
 * One brief: body, answers, the convenor's response, and its comments, live. A comment event reads
 * the comments again (as many as the reader has loaded), any other event of this brief the brief.
 */
export function BriefPage() {
  const { t } = useTranslation('consultations');
  const { consultationId = '', briefId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(contextBriefQuery, {
    variables: { id: briefId },
    errorPolicy: 'all',
  });
  const comments = useBriefComments(briefId);
  useSubscription(briefEventsSubscription, {
    variables: { consultationId },
    onData: ({ data: event }) => {
      const briefEvent = event.data?.briefEvents;
      if (briefEvent?.brief.id !== briefId) return;
      if (briefEvent.kind === BriefEventKind.COMMENTED) comments.reload();
      else void refetch().catch(() => undefined);
    },
  });
  // Withdrawn by its organisation and no longer for this viewer's eyes: reading it again drops it.
  useSubscription(consultationEventsSubscription, {
    variables: { consultationId },
    onData: ({ data: event }) => {
      if (event.data?.consultationEvents.briefId === briefId) void refetch().catch(() => undefined);
    },
  });
  const [comment, setComment] = useState('');
  const [response, setResponse] = useState('');
  const [addComment, commenting] = useMutation(addBriefCommentMutation);
  const [acknowledge, acknowledging] = useMutation(acknowledgeBriefMutation);
  const [respond, responding] = useMutation(respondToBriefMutation);
  const problem = readGraphQLProblem(error ?? commenting.error ?? acknowledging.error ?? responding.error);

  if (loading && !data) return <PageLoader />;
  const brief = data?.contextBrief;
  if (!brief) {
    return problem && problem.code !== ErrorCode.NOT_FOUND ? (
      <ProblemAlert problem={problem} />
    ) : (
      <ConsultationNotFound />
    );
  }
  const viewerRole = brief.consultation.convenor.viewerRole;
  const isConvenor = viewerRole != null && WRITERS.includes(viewerRole);
  const answerable = [BriefStatus.SUBMITTED, BriefStatus.ACKNOWLEDGED, BriefStatus.RESPONDED].includes(
    brief.status,
  );

  const sendComment = async () => {
    await addComment({ variables: { briefId, body: comment } });
    setComment('');
    // The new comment is the last: read on to it, however many pages the reader had loaded.
    comments.reload({ toEnd: true });
  };
  const sendResponse = async () => {
    await respond({ variables: { id: briefId, body: response } });
    setResponse('');
  };

  return (
    <Stack>
      <PageHeader title={brief.title}>
        <Badge>{t(`consultations.briefStatus.${brief.status}`)}</Badge>
        <Badge color="red" variant="light">
          {t(`consultations.risk.${brief.riskLevel}`)}
        </Badge>
      </PageHeader>
      <Text c="dimmed">
        <bdi>{brief.attribution}</bdi>
        {brief.submittedAt && (
          <>
            {' · '}
            <DateTimeText value={brief.submittedAt} precision={brief.submitter ? 'minute' : 'hour'} />
          </>
        )}
      </Text>
      <OwnBriefActions brief={brief} consultation={brief.consultation} />
      <ProblemAlert problem={problem} formFields={['body']} />
      <Text fw={600} dir="auto">
        {brief.summary}
      </Text>
      <Group gap="xs">
        {brief.topics.map((topic) => (
          <Badge key={topic} variant="outline">
            {t(`consultations.topic.${topic}`)}
          </Badge>
        ))}
        {[...brief.regions, ...brief.languages].map((place) => (
          <Badge key={place} variant="light" color="gray">
            {place}
          </Badge>
        ))}
      </Group>
      <MarkdownText markdown={brief.body} />
      {brief.answers.map((answer) => (
        <Card key={answer.question.id} withBorder>
          <Text fw={600} dir="auto">
            {answer.question.prompt}
          </Text>
          <MarkdownText markdown={answer.text} />
        </Card>
      ))}
      {brief.response && (
        <Card withBorder>
          <Title order={2}>{t('consultations.brief.response')}</Title>
          <MarkdownText markdown={brief.response.body} />
        </Card>
      )}
      {isConvenor && answerable && (
        <Card withBorder>
          <Stack>
            {brief.status === BriefStatus.SUBMITTED && (
              <Button
                variant="default"
                loading={acknowledging.loading}
                onClick={() => void acknowledge({ variables: { id: briefId } })}
              >
                {t('consultations.brief.acknowledge')}
              </Button>
            )}
            <AttributionNotice rule={brief.consultation.attributionRule} asConvenor />
            <Textarea
              label={t('consultations.brief.respondLabel')}
              value={response}
              maxLength={20_000}
              autosize
              minRows={3}
              onChange={(event) => setResponse(event.currentTarget.value)}
            />
            <Button
              disabled={!response.trim()}
              loading={responding.loading}
              onClick={() => void sendResponse()}
            >
              {t('consultations.brief.respond')}
            </Button>
          </Stack>
        </Card>
      )}
      <BriefComments comments={comments} />
      {brief.viewerCanComment ? (
        <>
          <AttributionNotice rule={brief.consultation.attributionRule} asConvenor={isConvenor} />
          <Textarea
            label={t('consultations.brief.commentLabel')}
            value={comment}
            maxLength={10_000}
            autosize
            minRows={2}
            onChange={(event) => setComment(event.currentTarget.value)}
          />
          <Group>
            <Button
              disabled={!comment.trim()}
              loading={commenting.loading}
              onClick={() => void sendComment()}
            >
              {t('consultations.brief.comment')}
            </Button>
          </Group>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('consultations.brief.whoComments')}
        </Text>
      )}
    </Stack>
  );
}
