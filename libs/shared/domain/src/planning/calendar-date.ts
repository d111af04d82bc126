/**
 * Calendar dates (`LocalDate`, "YYYY-MM-DD") as the contract carries them: a day in an election's
 * own time zone, not an instant. Arithmetic goes through UTC midnight, where every day has 24 hours.
 */
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real day of the Gregorian calendar: 2026-02-30 and 2026-13-01 are refused. */
export function isCalendarDate(value: string): boolean {
  const match = SHAPE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `date` moved by a whole number of days (negative moves back). */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** The calendar date it is at `instant` in `timeZone` (an IANA name). */
export function dateIn(timeZone: string, instant: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** The earlier / later of two calendar dates (the text sorts like the date). */
export const earlierDate = (a: string, b: string): string => (a <= b ? a : b);
export const laterDate = (a: string, b: string): string => (a >= b ? a : b);

let zones: Set<string> | null = null;

/** A real IANA time zone name, as the runtime knows them (UTC included). */
export function isTimeZone(value: string): boolean {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return zones.has(value);
}
