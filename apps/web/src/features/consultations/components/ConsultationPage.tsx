import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { ConsultationEventKind, ErrorCode, MembershipRole, roleAtLeast } from '@ecw/domain';
import { Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { DateTimeText } from '../../../ui/DateTimeText';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { briefEventsSubscription } from '../graphql/brief-events.subscription';
import { consultationEventsSubscription } from '../graphql/consultation-events.subscription';
import { consultationQuery } from '../graphql/consultation.query';
import { removeConsultationParticipantMutation } from '../graphql/remove-consultation-participant.mutation';
import { toBriefFilterInput, useBriefFilter } from '../hooks/useBriefFilter';
import { briefActions } from '../model/brief-actions';
import { acceptsInvitations } from '../model/consultation-form';
import { AttributionNotice } from './AttributionNotice';
import { BriefFilters } from './BriefFilters';
import { ConsultationNotFound } from './ConsultationNotFound';
import { ConvenorForms } from './ConvenorForms';
import { ConvenorPanel } from './ConvenorPanel';
import { MarkdownText } from './MarkdownText';
import { ParticipantList } from './ParticipantList';

/**
 * A consultation as the viewer may see it: participants and attributions come redacted from the
 * API, and this page shows exactly what it gets (no names derived or guessed). New briefs arrive
 * live (each event only prompts a fresh read), and so does the outcome. The convenor can take an
 * invitation back until the consultation closes.
 */
export function ConsultationPage() {
  const { t } = useTranslation('consultations');
  const { consultationId = '' } = useParams();
  const [briefFilter, setBriefFilter] = useBriefFilter();
  const filterInput = toBriefFilterInput(briefFilter);
  const query = useQuery(consultationQuery, {
    variables: { id: consultationId, filter: filterInput },
    errorPolicy: 'all',
  });
  const { loading, error, refetch, previousData } = query;
  // While a changed filter loads, the page keeps showing this consultation rather than a loader, so
  // the filter fields stay where the reader is typing.
  const data = query.data ?? (previousData?.consultation?.id === consultationId ? previousData : undefined);
  useSubscription(briefEventsSubscription, {
    variables: { consultationId },
    onData: () => void refetch().catch(() => undefined),
  });
  // The outcome arrives with its consultation, which Apollo's cache merges into this page; a brief
  // withdrawn by another participant arrives as its id, and the briefs are read again without it.
  useSubscription(consultationEventsSubscription, {
    variables: { consultationId },
    onData: ({ data: event }) => {
      if (event.data?.consultationEvents.kind === ConsultationEventKind.BRIEF_WITHDRAWN)
        void refetch().catch(() => undefined);
    },
  });
  const [removeParticipant, removal] = useMutation(removeConsultationParticipantMutation);
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
  const convenes = roleAtLeast(consultation.convenor.viewerRole, MembershipRole.MEMBER);
  return (
    <Stack>
      <PageHeader title={consultation.title}>
        <Badge>{t(`consultations.status.${consultation.status}`)}</Badge>
        <Badge variant="outline">{t(`consultations.rule.${consultation.attributionRule}`)}</Badge>
      </PageHeader>
      <Text c="dimmed">
        {t('consultations.page.convenedBy', { convenor: consultation.convenor.name })}
        {consultation.closesAt && (
          <>
            {' · '}
            {t('consultations.page.closes')} <DateTimeText value={consultation.closesAt} />
          </>
        )}
      </Text>
      <AttributionNotice rule={consultation.attributionRule} />
      {consultation.viewerCanSubmit && (
        <Group>
          <Button component={Link} to={`/consultations/${consultation.id}/briefs/new`}>
            {t('consultations.editor.new')}
          </Button>
        </Group>
      )}
      {convenes && <ConvenorPanel consultation={consultation} />}
      <MarkdownText markdown={consultation.description} />
      {consultation.outcome && (
        <Card withBorder>
          <Title order={2}>{t('consultations.page.outcome')}</Title>
          <MarkdownText markdown={consultation.outcome.summary} />
        </Card>
      )}
      <Title order={2}>{t('consultations.page.questions')}</Title>
      <List type="ordered">
        {consultation.questions.map((question) => (
          <List.Item key={question.id} dir="auto">
            {question.prompt}
          </List.Item>
        ))}
      </List>
      <Title order={2}>
        {t('consultations.page.participants', { count: consultation.participantCount })}
      </Title>
      <ProblemAlert problem={readGraphQLProblem(removal.error)} />
      <ParticipantList
        participants={consultation.participants}
        removing={removal.loading}
        onRemove={
          convenes && acceptsInvitations(consultation.status)
            ? (organizationId) =>
                settleMutation(
                  removeParticipant({
                    variables: { input: { consultationId: consultation.id, organizationId } },
                  }),
                )
            : undefined
        }
      />
      <Title order={2}>{t('consultations.page.briefs', { count: consultation.briefs.totalCount })}</Title>
      <BriefFilters filter={briefFilter} onChange={setBriefFilter} />
      {consultation.briefs.edges.length === 0 && (
        <Text>{t(filterInput ? 'consultations.page.noMatch' : 'consultations.page.noBriefs')}</Text>
      )}
      {consultation.briefs.edges.map(({ node }) => (
        <Card key={node.id} withBorder>
          <Group justify="space-between">
            {/* The group's own drafts open in the editor, where they are finished and submitted. */}
            <Anchor
              component={Link}
              to={
                briefActions(node, consultation.status).continueDraft
                  ? `/consultations/${consultation.id}/briefs/${node.id}/edit`
                  : `/consultations/${consultation.id}/briefs/${node.id}`
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
                <DateTimeText value={node.submittedAt} />
              </>
            )}
          </Text>
          <Text dir="auto">{node.summary}</Text>
        </Card>
      ))}
      {convenes && <ConvenorForms consultation={consultation} />}
    </Stack>
  );
}
