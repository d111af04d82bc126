/** A blackout window as the timeline has it: whole calendar days in the election's time zone. */
export interface DayRange {
  id: string;
  startsOn: string;
  endsOn: string;
}

/** The calendar date (YYYY-MM-DD) an instant falls on in a time zone. */
export function dateIn(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD, which compares correctly as a string.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/**
 * The blackout windows an engagement would overlap, by the server's rule (a window covers whole days in
 * the election's time zone), so the form can warn before saving rather than after.
 */
export function blackoutConflicts<W extends DayRange>(
  windows: readonly W[],
  startsAt: Date,
  endsAt: Date,
  timeZone: string,
): W[] {
  const firstDay = dateIn(startsAt, timeZone);
  const lastDay = dateIn(endsAt, timeZone);
  return windows.filter((window) => window.startsOn <= lastDay && window.endsOn >= firstDay);
}
