import { useQuery } from '@apollo/client/react';
import { PLANNING_LIMITS, electionPeriod, type PhaseMilestone } from '@ecw/domain';
import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { electionTimelineQuery } from '../graphql/election-timeline.query';
import { myOrganizationsQuery } from '../graphql/my-organizations.query';
import { dateIn } from '../timeline/blackout-conflicts';
import { formatDay, formatInZone, zonesDiffer } from '../timeline/zoned-time';
import { CalendarFeedPanel } from './CalendarFeedPanel';
import { PhaseBadge } from './PhaseBadge';
import { ScheduleEngagementForm } from './ScheduleEngagementForm';
import { TimelineAxis, type TimelineItem } from './TimelineAxis';

const SCHEDULERS = new Set(['OWNER', 'ADMIN', 'MEMBER']);

/** One election: its phase and the rule behind it, and its milestones, blackouts and engagements on one axis. */
export function ElectionTimelinePage() {
  const { t, i18n } = useTranslation('planning');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const { electionId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(electionTimelineQuery, {
    variables: { id: electionId },
  });
  const me = useQuery(myOrganizationsQuery).data?.me;
  const election = data?.election;
  if (!election && loading) return <PageLoader />;
  if (!election) return <ProblemAlert problem={readGraphQLProblem(error) ?? null} />;

  const zone = election.timeZone;
  const viewerZone = me?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  /** An engagement's span written in one zone: `{{from}} – {{to}} ({{zone}})`. */
  const span = (startsAt: string, endsAt: string, timeZone: string) =>
    t('planning.timeline.span', {
      from: formatInZone(new Date(startsAt), timeZone, locale),
      to: formatInZone(new Date(endsAt), timeZone, locale),
      zone: timeZone,
    });
  const range = (from: string, to: string) =>
    from === to ? formatDay(from, locale) : `${formatDay(from, locale)} – ${formatDay(to, locale)}`;

  const items: TimelineItem[] = [
    ...election.milestones.map((m) => ({
      id: m.id,
      lane: 'milestone' as const,
      label: `${t(`planning.milestoneKind.${m.kind}`)} · ${m.title}`,
      details: [range(m.startsOn, m.endsOn)],
      startsOn: m.startsOn,
      endsOn: m.endsOn,
    })),
    ...election.blackoutWindows.map((w) => ({
      id: w.id,
      lane: 'blackout' as const,
      label: w.reason ?? t('planning.timeline.noReason'),
      details: [range(w.startsOn, w.endsOn)],
      startsOn: w.startsOn,
      endsOn: w.endsOn,
    })),
    ...election.engagements.map((e) => ({
      id: e.id,
      lane: 'engagement' as const,
      label: `${t(`planning.engagementKind.${e.kind}`)} · ${e.title}`,
      details: [
        span(e.startsAt, e.endsAt, zone),
        zonesDiffer(new Date(e.startsAt), zone, viewerZone) ? span(e.startsAt, e.endsAt, viewerZone) : '',
        e.organizations.map((o) => o.name).join(', '),
        e.conflicts.length > 0 ? t('planning.timeline.conflicts', { count: e.conflicts.length }) : '',
      ].filter(Boolean),
      startsOn: dateIn(new Date(e.startsAt), zone),
      endsOn: dateIn(new Date(e.endsAt), zone),
      warning: e.conflicts.length > 0,
    })),
  ].sort((a, b) => a.startsOn.localeCompare(b.startsOn));

  const period = electionPeriod(election.electionDay, election.milestones as readonly PhaseMilestone[]);
  const schedulers = (me?.memberships ?? []).filter((m) => SCHEDULERS.has(m.role)).map((m) => m.organization);

  return (
    <Stack>
      <PageHeader title={election.name}>
        <PhaseBadge phase={election.phase} />
        <Anchor component={Link} to={`/elections/${election.id}/escalation`}>
          {t('planning.timeline.escalationLink')}
        </Anchor>
      </PageHeader>
      <Text>
        {t('planning.timeline.summary', {
          type: t(`planning.electionType.${election.type}`),
          country: election.countryCode,
          day: formatDay(election.electionDay, locale),
          authority: election.authority?.name ?? t('planning.timeline.noAuthority'),
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {zone === viewerZone
          ? t('planning.timeline.zoneSame', { zone })
          : t('planning.timeline.zoneDiffers', { zone, viewerZone })}
      </Text>
      <Alert title={t('planning.timeline.phaseRuleTitle')} data-testid="phase-rule">
        {t('planning.timeline.phaseRule', {
          lead: PLANNING_LIMITS.electionPeriodLeadDays,
          tail: PLANNING_LIMITS.electionPeriodTailDays,
          from: formatDay(period.startsOn, locale),
          to: formatDay(period.endsOn, locale),
        })}
      </Alert>
      {items.length === 0 ? (
        <Text>{t('planning.timeline.empty')}</Text>
      ) : (
        <TimelineAxis items={items} electionDay={election.electionDay} timeZone={zone} locale={locale} />
      )}
      {schedulers.length > 0 && (
        <Group>
          <ScheduleEngagementForm
            electionId={election.id}
            timeZone={zone}
            blackoutWindows={election.blackoutWindows}
            organizations={schedulers}
            onScheduled={() => void refetch()}
          />
        </Group>
      )}
      <CalendarFeedPanel scope={{ electionId: election.id }} />
    </Stack>
  );
}
