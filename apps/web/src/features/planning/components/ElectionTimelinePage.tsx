import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { useViewer } from '../../../viewer/hooks/useViewer';
import { electionTimelineQuery } from '../graphql/election-timeline.query';
import { PhaseBadge } from './PhaseBadge';

interface Entry {
  key: string;
  /** Sort key: a calendar date or the date part of an instant. */
  at: string;
  kind: 'milestone' | 'blackout' | 'engagement';
  title: string;
  when: string;
  conflict: boolean;
}

const inZone = (instant: string, timeZone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(instant),
  );

/** Milestones, blackout windows and engagements on one axis, engagements in both the election's and the viewer's zone. */
export function ElectionTimelinePage() {
  const { t, i18n } = useTranslation('planning');
  const { electionId = '' } = useParams();
  const { viewer } = useViewer();
  const viewerZone = viewer?.timeZone ?? 'UTC';
  const { data, loading, error } = useQuery(electionTimelineQuery, { variables: { id: electionId } });
  const election = data?.election;
  if (!election && loading) return <PageLoader />;
  if (!election) return <ProblemAlert problem={readGraphQLProblem(error)} />;
  const range = (from: string, to: string) => (from === to ? from : `${from} – ${to}`);
  const entries: Entry[] = [
    ...election.milestones.map((m) => ({
      key: m.id,
      at: m.startsOn,
      kind: 'milestone' as const,
      title: m.title,
      when: range(m.startsOn, m.endsOn),
      conflict: false,
    })),
    ...election.blackoutWindows.map((b) => ({
      key: b.id,
      at: b.startsOn,
      kind: 'blackout' as const,
      title: b.reason ?? t('planning.timeline.blackout'),
      when: range(b.startsOn, b.endsOn),
      conflict: false,
    })),
    ...election.engagements.map((g) => ({
      key: g.id,
      at: g.startsAt.slice(0, 10),
      kind: 'engagement' as const,
      title: g.title,
      when: t('planning.timeline.bothZones', {
        election: inZone(g.startsAt, election.timeZone, i18n.language),
        electionZone: election.timeZone,
        viewer: inZone(g.startsAt, viewerZone, i18n.language),
        viewerZone,
      }),
      conflict: g.conflicts.length > 0,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Stack>
      <PageHeader title={election.name}>
        <PhaseBadge phase={election.phase} />
      </PageHeader>
      <Text size="sm">{t('planning.elections.phaseRule')}</Text>
      <Group>
        <Text>{t('planning.timeline.day', { day: election.electionDay, zone: election.timeZone })}</Text>
        {election.authority && (
          <Text>{t('planning.timeline.authority', { name: election.authority.name })}</Text>
        )}
        <Anchor component={Link} to={`/elections/${election.id}/escalation`}>
          {t('planning.timeline.escalation')}
        </Anchor>
      </Group>
      {entries.length === 0 && <Text>{t('planning.timeline.empty')}</Text>}
      <Timeline bulletSize={14} lineWidth={2}>
        {entries.map((entry) => (
          <Timeline.Item
            key={entry.key}
            title={entry.title}
            color={entry.kind === 'blackout' || entry.conflict ? 'red' : 'blue'}
          >
            <Group gap="xs">
              <Badge variant="outline" size="sm">
                {t(`planning.timeline.kind.${entry.kind}`)}
              </Badge>
              {entry.conflict && (
                <Badge color="red" size="sm">
                  {t('planning.timeline.conflict')}
                </Badge>
              )}
            </Group>
            <Text size="sm">{entry.when}</Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
