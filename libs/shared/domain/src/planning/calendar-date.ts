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
/** The shape of an IANA zone name ("America/Argentina/Buenos_Aires", "Etc/GMT+5"): no offsets, no lower-case spellings. */
const IANA_ZONE_NAME = /^[A-Z][A-Za-z_-]*(?:\/[A-Z0-9][A-Za-z0-9_+-]*)+$/;

/**
 * A real IANA time zone name (UTC included). `Intl.supportedValuesOf` lists only ICU's canonical
 * names, which on Node 20 are the old ones ("Europe/Kiev", "Asia/Calcutta"): the current names a
 * Ukrainian or Indian official would type are valid zones the runtime resolves, so they are
 * accepted too when they have a zone name's shape.
 */
export function isTimeZone(value: string): boolean {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return zones.has(value) || (IANA_ZONE_NAME.test(value) && runtimeResolves(value));
}

function runtimeResolves(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
