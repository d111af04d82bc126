import { addDays, earlierDate, laterDate } from './calendar-date.js';
import { PLANNING_LIMITS } from './planning-limits.js';
import { ElectionPhase, MilestoneKind } from './planning-enums.js';

/** Milestones whose end closes the election period, when an election has any. */
const CLOSING_KINDS: ReadonlySet<MilestoneKind> = new Set([
  MilestoneKind.RESULTS_ANNOUNCEMENT,
  MilestoneKind.DISPUTE_RESOLUTION,
  MilestoneKind.RUNOFF,
]);

export interface PhaseMilestone {
  kind: MilestoneKind;
  startsOn: string;
  endsOn: string;
}

/** The first and last day (inclusive) of an election's ELECTION_PERIOD. */
export interface ElectionPeriod {
  startsOn: string;
  endsOn: string;
}

/**
 * ELECTION_PERIOD runs from 30 days before election day (or the start of an EARLY_VOTING milestone,
 * if earlier) to the end of the last RESULTS_ANNOUNCEMENT, DISPUTE_RESOLUTION or RUNOFF milestone,
 * or to 14 days after election day where there is none. It never ends before election day itself,
 * so a mistyped closing milestone cannot leave polling day outside the period.
 */
export function electionPeriod(electionDay: string, milestones: readonly PhaseMilestone[]): ElectionPeriod {
  let startsOn = addDays(electionDay, -PLANNING_LIMITS.electionPeriodLeadDays);
  let closingEnd: string | null = null;
  for (const milestone of milestones) {
    if (milestone.kind === MilestoneKind.EARLY_VOTING) startsOn = earlierDate(startsOn, milestone.startsOn);
    if (CLOSING_KINDS.has(milestone.kind)) {
      closingEnd = closingEnd === null ? milestone.endsOn : laterDate(closingEnd, milestone.endsOn);
    }
  }
  const endsOn =
    closingEnd === null ? addDays(electionDay, PLANNING_LIMITS.electionPeriodTailDays) : closingEnd;
  return { startsOn, endsOn: laterDate(endsOn, electionDay) };
}

/** The phase on `today`, a calendar date in the election's own time zone. */
export function electionPhase(period: ElectionPeriod, today: string): ElectionPhase {
  if (today < period.startsOn) return ElectionPhase.PRE_ELECTION;
  if (today > period.endsOn) return ElectionPhase.POST_ELECTION;
  return ElectionPhase.ELECTION_PERIOD;
}
