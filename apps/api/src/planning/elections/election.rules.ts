import { z } from 'zod';
import { ALPHA2_COUNTRY_CODES } from '../../core/validation/country-codes.js';
import {
  ElectionPhase,
  ElectionType,
  EngagementKind,
  MilestoneKind,
  LIMITS,
  PLANNING_LIMITS,
  isCalendarDate,
  isTimeZone,
} from '@ecw/domain';

/** ISO 3166-1 alpha-2 in any case, stored upper-case; the refused value is echoed (shortened). */
const countryCodeRule = z
  .string()
  .trim()
  .toUpperCase()
  .check((ctx) => {
    if (!ALPHA2_COUNTRY_CODES.has(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        message: 'field.countryCode',
        params: { value: ctx.value.slice(0, 8) },
        input: ctx.value,
      });
    }
  });

/** A real calendar day, "YYYY-MM-DD" (the LocalDate scalar checks the same; this guards direct calls). */
export const calendarDateRule = z.string().refine(isCalendarDate, { message: 'planning.field.date' });

export const timeZoneRule = z.string().trim().max(64).refine(isTimeZone, { message: 'field.timeZone' });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);

/** `endsOn` on or after `startsOn`, reported on `endsOn`; runs even when other fields failed. */
const ALWAYS = { when: () => true };

function endsOnOrAfterStart(value: { startsOn?: unknown; endsOn?: unknown }, ctx: z.RefinementCtx): void {
  const { startsOn, endsOn } = value;
  if (typeof startsOn === 'string' && typeof endsOn === 'string' && endsOn < startsOn) {
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'planning.field.endsBeforeStart' });
  }
}

const milestoneRules = z
  .object({
    kind: z.enum(MilestoneKind),
    title: z.string().trim().min(1).max(PLANNING_LIMITS.milestoneTitleMax),
    startsOn: calendarDateRule,
    endsOn: calendarDateRule,
    notes: optionalText(PLANNING_LIMITS.notesMax),
  })
  .superRefine(endsOnOrAfterStart, ALWAYS);

export type MilestoneFields = z.output<typeof milestoneRules>;

export const createElectionRules = z.object({
  name: z.string().trim().min(1).max(PLANNING_LIMITS.electionNameMax),
  countryCode: countryCodeRule,
  type: z.enum(ElectionType),
  electionDay: calendarDateRule,
  timeZone: timeZoneRule,
  authorityOrganizationId: z
    .string()
    .max(64)
    .nullish()
    .transform((value) => value ?? null),
  milestones: z
    .array(milestoneRules)
    .max(PLANNING_LIMITS.milestonesMax)
    .nullish()
    .transform((value) => value ?? []),
});

export const addMilestoneRules = z.object({ electionId: z.string().max(64), input: milestoneRules });

export const blackoutWindowRules = z
  .object({
    electionId: z.string().max(64),
    startsOn: calendarDateRule,
    endsOn: calendarDateRule,
    reason: optionalText(PLANNING_LIMITS.blackoutReasonMax),
  })
  .superRefine(endsOnOrAfterStart, ALWAYS);

export const scheduleEngagementRules = z
  .object({
    electionId: z.string().max(64),
    kind: z.enum(EngagementKind),
    title: z.string().trim().min(1).max(PLANNING_LIMITS.engagementTitleMax),
    startsAt: z.date(),
    endsAt: z.date(),
    organizationIds: z
      .array(z.string().max(64))
      .min(1)
      .max(PLANNING_LIMITS.engagementOrganizationsMax)
      .transform((ids) => [...new Set(ids)]),
  })
  .superRefine((value, ctx) => {
    if (value.endsAt.getTime() <= value.startsAt.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'planning.field.endsBeforeStart' });
    }
  });

/** The `filter` argument of `elections`, wrapped so field errors say `filter.<field>`. */
export const electionFilterRules = z.object({
  filter: z.object({
    countryCode: countryCodeRule.nullish(),
    from: calendarDateRule.nullish(),
    to: calendarDateRule.nullish(),
    phase: z.enum(ElectionPhase).nullish(),
    search: z
      .string()
      .trim()
      .max(LIMITS.searchMax)
      .nullish()
      .transform((value) => value || null),
  }),
});
