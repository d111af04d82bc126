/** An instant written in a time zone, in the viewer's language. */
export function formatInZone(instant: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(
    instant,
  );
}

/** A calendar date (YYYY-MM-DD) in the viewer's language; noon UTC so no zone moves it to another day. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** Whether two zones show different wall-clock times at this instant (e.g. Nairobi and Kampala do not). */
export function zonesDiffer(instant: Date, first: string, second: string): boolean {
  const wall = (timeZone: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(instant);
  return wall(first) !== wall(second);
}

/**
 * The instant of a wall-clock time ("YYYY-MM-DDTHH:mm") in a time zone: what a person types in the
 * election's zone, turned into the DateTime the server stores. Corrects by the zone's offset at that time.
 */
export function instantInZone(wallClock: string, timeZone: string): Date {
  const asUtc = new Date(`${wallClock}:00Z`);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(asUtc);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const shown = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return new Date(asUtc.getTime() - (shown - asUtc.getTime()));
}
