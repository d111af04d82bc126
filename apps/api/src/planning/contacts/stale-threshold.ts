import { PLANNING_LIMITS } from '@ecw/domain';

/**
 * SQL for "this contact is STALE at :now": verified, but longer ago than its relationship's window
 * (14 days while the relationship's election is in its ELECTION_PERIOD, 90 otherwise; the same rule
 * as `staleAfterDays` in @ecw/domain). `c`, `r` and `e` are contact_points, relationships and a LEFT
 * JOINed elections; :now is a timestamptz parameter.
 */
export const STALE_AFTER_DAYS_SQL = `CASE WHEN e.id IS NOT NULL
    AND (CAST(:now AS timestamptz) AT TIME ZONE e.time_zone)::date BETWEEN e.period_starts_on AND e.period_ends_on
  THEN ${PLANNING_LIMITS.staleAfterDaysElectionPeriod} ELSE ${PLANNING_LIMITS.staleAfterDaysDefault} END`;

export const IS_STALE_SQL = `c.last_verified_at IS NOT NULL
  AND c.last_verified_at < CAST(:now AS timestamptz) - make_interval(days => ${STALE_AFTER_DAYS_SQL})`;
