import { PLANNING_LIMITS } from '@ecw/domain';

/**
 * SQL for the days a contact may go without verification: 14 while its relationship's election is
 * in its ELECTION_PERIOD, 90 otherwise (the same rule as `staleAfterDays` in @ecw/domain). `c`, `r`
 * and `e` are contact_points, relationships and a LEFT JOINed elections; :now is a timestamptz parameter.
 */
export const STALE_AFTER_DAYS_SQL = `CASE WHEN e.id IS NOT NULL
    AND (CAST(:now AS timestamptz) AT TIME ZONE e.time_zone)::date BETWEEN e.period_starts_on AND e.period_ends_on
  THEN ${PLANNING_LIMITS.staleAfterDaysElectionPeriod} ELSE ${PLANNING_LIMITS.staleAfterDaysDefault} END`;

/**
 * SQL for "this contact is overdue for verification at :now": STALE (verified longer ago than the
 * window) or UNVERIFIED since it was imported longer ago than the window. An imported contact nobody
 * ever checked is at least as doubtful as one checked long ago; it keeps its UNVERIFIED status
 * (no one has verified it) but is listed and notified like a STALE one.
 */
export const IS_OVERDUE_SQL = `COALESCE(c.last_verified_at, c.created_at)
  < CAST(:now AS timestamptz) - make_interval(days => ${STALE_AFTER_DAYS_SQL})`;

/** Orders overdue contacts longest unverified first. */
export const OVERDUE_ORDER_SQL = `COALESCE(c.last_verified_at, c.created_at) ASC, c.id ASC`;
