import { useMutation } from '@apollo/client/react';
import { EngagementKind, PLANNING_LIMITS } from '@ecw/domain';
import { Alert, Button, Group, MultiSelect, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { scheduleEngagementMutation } from '../graphql/schedule-engagement.mutation';
import { blackoutConflicts, type DayRange } from '../timeline/blackout-conflicts';
import { formatDay, instantInZone } from '../timeline/zoned-time';

const KINDS = Object.values(EngagementKind);

interface ScheduleEngagementFormProps {
  electionId: string;
  timeZone: string;
  blackoutWindows: readonly DayRange[];
  /** The organisations the viewer may schedule for (MEMBER or above). */
  organizations: readonly { id: string; name: string }[];
  onScheduled: () => void;
}

/**
 * Schedules an engagement; times are typed in the election's time zone. Overlapping a blackout window
 * is allowed (the authority may agree) but the form says so first and asks for a second click.
 */
export function ScheduleEngagementForm(props: ScheduleEngagementFormProps) {
  const { electionId, timeZone, blackoutWindows, organizations, onScheduled } = props;
  const { t, i18n } = useTranslation('planning');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [acknowledged, setAcknowledged] = useState(false);
  const [schedule, { loading, error }] = useMutation(scheduleEngagementMutation);
  const problem = readGraphQLProblem(error);
  // Times are typed as wall-clock in the election's zone; the server's `startsAt`/`endsAt` errors land on them.
  const { form, inputProps, placedFields } = useServerForm(
    {
      initialValues: {
        kind: EngagementKind.BRIEFING as EngagementKind,
        title: '',
        startsAt: '',
        endsAt: '',
        organizationIds: organizations.slice(0, 1).map((o) => o.id),
      },
      onValuesChange: (values, previous) => {
        if (values.startsAt !== previous.startsAt || values.endsAt !== previous.endsAt)
          setAcknowledged(false);
      },
    },
    problem,
  );
  const { startsAt, endsAt } = form.values;

  const start = startsAt ? instantInZone(startsAt, timeZone) : null;
  const end = endsAt ? instantInZone(endsAt, timeZone) : null;
  const conflicts =
    start && end && end > start ? blackoutConflicts(blackoutWindows, start, end, timeZone) : [];
  const mustAcknowledge = conflicts.length > 0 && !acknowledged;

  const submit = async ({ kind, title, organizationIds }: typeof form.values) => {
    if (!start || !end) return;
    if (mustAcknowledge) {
      setAcknowledged(true);
      return;
    }
    const result = await settleMutation(
      schedule({
        variables: {
          input: {
            electionId,
            kind,
            title,
            startsAt: start.toISOString(),
            endsAt: end.toISOString(),
            organizationIds,
          },
        },
      }),
    );
    if (result?.data) {
      form.setValues({ title: '', startsAt: '', endsAt: '' });
      setAcknowledged(false);
      onScheduled();
    }
  };

  return (
    <form
      onSubmit={form.onSubmit((values) => void submit(values))}
      noValidate
      aria-labelledby="schedule-engagement-title"
    >
      <Stack gap="xs">
        <Title order={2} id="schedule-engagement-title">
          {t('planning.schedule.title')}
        </Title>
        <ProblemAlert problem={problem} formFields={placedFields} />
        <Group grow wrap="wrap" align="flex-start">
          <Select
            label={t('planning.schedule.kind')}
            data={KINDS.map((value) => ({ value, label: t(`planning.engagementKind.${value}`) }))}
            allowDeselect={false}
            {...inputProps('kind')}
          />
          <TextInput
            label={t('planning.schedule.engagementTitle')}
            required
            maxLength={PLANNING_LIMITS.engagementTitleMax}
            {...inputProps('title')}
          />
        </Group>
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            type="datetime-local"
            label={t('planning.schedule.startsAt', { zone: timeZone })}
            required
            {...inputProps('startsAt')}
          />
          <TextInput
            type="datetime-local"
            label={t('planning.schedule.endsAt', { zone: timeZone })}
            required
            {...inputProps('endsAt')}
          />
        </Group>
        <MultiSelect
          label={t('planning.schedule.organizations')}
          data={organizations.map((o) => ({ value: o.id, label: o.name }))}
          {...inputProps('organizationIds')}
        />
        {conflicts.length > 0 && (
          <Alert
            color="orange"
            role="alert"
            title={t('planning.schedule.conflictTitle')}
            data-testid="conflict-warning"
          >
            {t('planning.schedule.conflict', {
              windows: conflicts
                .map((w) => `${formatDay(w.startsOn, locale)} – ${formatDay(w.endsOn, locale)}`)
                .join(', '),
            })}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={loading} color={conflicts.length > 0 ? 'orange' : undefined}>
            {conflicts.length > 0 && acknowledged
              ? t('planning.schedule.submitAnyway')
              : t('planning.schedule.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
