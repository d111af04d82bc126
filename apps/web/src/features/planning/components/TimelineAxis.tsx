import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays } from '@ecw/domain';
import { dateIn } from '../timeline/blackout-conflicts';
import { formatDay } from '../timeline/zoned-time';

/** One bar on the axis: whole days, inclusive. */
export interface TimelineItem {
  id: string;
  lane: 'milestone' | 'blackout' | 'engagement';
  label: string;
  /** Lines shown under the label (dates in each zone, who takes part, conflicts): one line each, so mixed scripts never reorder across them. */
  details: string[];
  startsOn: string;
  endsOn: string;
  warning?: boolean;
}

const ELECTION_DAY_COLOR = 'var(--mantine-color-dark-4)';
const TODAY_COLOR = 'var(--mantine-color-orange-6)';

/**
 * Labels sit above the day markers on the page's own background, so a dashed election-day or today
 * line passing under a label interrupts there instead of striking through the text (seen on phones).
 */
const LABEL_STYLE = {
  overflowWrap: 'anywhere',
  position: 'relative',
  width: 'fit-content',
  maxWidth: '100%',
  background: 'var(--mantine-color-body)',
} as const;

const LANE_COLOR: Record<TimelineItem['lane'], string> = {
  milestone: 'var(--mantine-color-blue-6)',
  blackout: 'var(--mantine-color-red-6)',
  engagement: 'var(--mantine-color-teal-6)',
};

/**
 * Where a marker's caption goes: starting at the marker when it is in the axis's first half, ending
 * at it in the second, so it reads as the line's label and still wraps within the axis on a phone.
 * Padding, not absolute placement: a wrapped caption pushes the bars down instead of covering them.
 */
function captionAt(sharePercent: number) {
  return sharePercent <= 50
    ? { paddingInlineStart: `${sharePercent.toFixed(3)}%` }
    : { paddingInlineEnd: `${(100 - sharePercent).toFixed(3)}%`, textAlign: 'end' as const };
}

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}

/**
 * Milestones, blackout windows and engagements on one day axis (in the election's time zone).
 * Bars are placed with logical insets, so the axis runs right to left in Arabic.
 */
export function TimelineAxis({
  items,
  electionDay,
  timeZone,
  locale,
}: {
  items: TimelineItem[];
  electionDay: string;
  timeZone: string;
  locale: string;
}) {
  const { t } = useTranslation('planning');
  const today = dateIn(new Date(), timeZone);
  const first = [electionDay, ...items.map((i) => i.startsOn)].sort()[0] ?? electionDay;
  const last = [electionDay, ...items.map((i) => i.endsOn)].sort().at(-1) ?? electionDay;
  // A day of margin on each side, so that no bar touches an end; the end labels name those days.
  const axisFirst = addDays(first, -1);
  const axisLast = addDays(last, 1);
  const start = dayNumber(axisFirst);
  const span = Math.max(1, dayNumber(addDays(axisLast, 1)) - start);
  const share = (day: string) => ((dayNumber(day) - start) / span) * 100;
  const at = (day: string) => `${share(day).toFixed(3)}%`;
  const width = (from: string, to: string) =>
    `${(((dayNumber(to) + 1 - dayNumber(from)) / span) * 100).toFixed(3)}%`;
  const marker = (day: string, color: string, label: string) =>
    day >= first && day <= last ? (
      <Box
        aria-hidden
        title={label}
        style={{
          position: 'absolute',
          insetBlock: 0,
          insetInlineStart: at(day),
          borderInlineStart: `2px dashed ${color}`,
        }}
      />
    ) : null;

  return (
    <Stack gap={4} data-testid="timeline-axis">
      <Group justify="space-between" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {formatDay(axisFirst, locale)}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDay(axisLast, locale)}
        </Text>
      </Group>
      <Text size="xs" fw={700} style={captionAt(share(electionDay))} data-testid="timeline-election-day">
        {t('planning.timeline.electionDayMarker', { day: formatDay(electionDay, locale) })}
      </Text>
      <Box style={{ position: 'relative' }} component="ol" p={0} m={0}>
        {marker(electionDay, ELECTION_DAY_COLOR, t('planning.timeline.electionDay'))}
        {marker(today, TODAY_COLOR, t('planning.timeline.today'))}
        {items.map((item) => (
          <Box
            component="li"
            key={item.id}
            style={{ listStyle: 'none' }}
            py={4}
            data-testid={`timeline-${item.lane}`}
          >
            <Text size="sm" fw={600} style={LABEL_STYLE}>
              {t(`planning.timeline.lane.${item.lane}`)}: {item.label}
            </Text>
            {item.details.map((line) => (
              <Text key={line} size="xs" c={item.warning ? 'red.8' : 'dimmed'} style={LABEL_STYLE}>
                {line}
              </Text>
            ))}
            <Box style={{ position: 'relative', height: 10 }}>
              <Box
                style={{
                  position: 'absolute',
                  insetBlock: 0,
                  insetInlineStart: at(item.startsOn),
                  width: width(item.startsOn, item.endsOn),
                  minWidth: 4,
                  borderRadius: 4,
                  background: LANE_COLOR[item.lane],
                  outline: item.warning ? '2px solid var(--mantine-color-red-8)' : undefined,
                  backgroundImage:
                    item.lane === 'blackout'
                      ? 'repeating-linear-gradient(45deg, transparent 0 4px, rgba(255,255,255,.45) 4px 8px)'
                      : undefined,
                }}
              />
            </Box>
          </Box>
        ))}
      </Box>
      <Group gap="md" wrap="wrap">
        <Text size="xs" c="dimmed">
          {t('planning.timeline.legend')}
        </Text>
      </Group>
    </Stack>
  );
}
