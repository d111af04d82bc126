import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { ConsultationEventKind, ErrorCode, MembershipRole, roleAtLeast } from '@ecw/domain';
import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
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
import { useConsultationBriefs } from '../hooks/useConsultationBriefs';
import { acceptsInvitations } from '../model/consultation-form';
import { AttributionNotice } from './AttributionNotice';
import { ConsultationBriefs } from './ConsultationBriefs';
import { ConsultationNotFound } from './ConsultationNotFound';
import { ConvenorForms } from './ConvenorForms';
import { ConvenorPanel } from './ConvenorPanel';
import { MarkdownText } from './MarkdownText';
import { ParticipantList } from './ParticipantList';

/**
 * A consultation as the viewer may see it: participants and attributions come redacted from the
 * API, and this page shows exactly what it gets (no names derived or guessed). Its briefs are a list
 * of their own, a page at a time; new and changed briefs arrive live (each event only prompts a
 * fresh read of the briefs loaded so far), and so does the outcome. The convenor can take an
 * invitation back until the consultation closes.
 */
export function ConsultationPage() {
  const { t } = useTranslation('consultations');
  const { consultationId = '' } = useParams();
  const [briefFilter, setBriefFilter] = useBriefFilter();
  const filterInput = toBriefFilterInput(briefFilter);
  const { data, loading, error } = useQuery(consultationQuery, {
    variables: { id: consultationId },
    errorPolicy: 'all',
  });
  const briefs = useConsultationBriefs(consultationId, filterInput);
  useSubscription(briefEventsSubscription, {
    variables: { consultationId },
    onData: () => briefs.reload(),
  });
  // The outcome arrives with its consultation, which Apollo's cache merges into this page; a brief
  // withdrawn by another participant arrives as its id, and the briefs are read again without it.
  useSubscription(consultationEventsSubscription, {
    variables: { consultationId },
    onData: ({ data: event }) => {
      if (event.data?.consultationEvents.kind === ConsultationEventKind.BRIEF_WITHDRAWN) briefs.reload();
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
      <AttributionNotice rule={consultation.attributionRule} asConvenor={convenes} />
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
      {/* Each question keeps its own direction (dir="auto"), so its number may sit on either side:
          room on both, or a Latin question's number hangs off a phone's edge in Arabic. */}
      <List type="ordered" style={{ paddingInline: 'var(--mantine-spacing-lg)' }}>
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
      <ConsultationBriefs
        consultationId={consultation.id}
        consultationStatus={consultation.status}
        briefs={briefs}
        filter={briefFilter}
        narrowed={filterInput !== null}
        onFilterChange={setBriefFilter}
      />
      {convenes && <ConvenorForms consultation={consultation} />}
    </Stack>
  );
}
