import ical, { type ICalCalendar } from 'ical-generator';
import { addDays } from '@ecw/domain';

export interface CalendarEntries {
  name: string;
  /** Whole days (inclusive), in an election's own calendar. */
  days: { id: string; title: string; startsOn: string; endsOn: string; description: string | null }[];
  /** Instants. */
  meetings: { id: string; title: string; startsAt: Date; endsAt: Date; description: string | null }[];
}

/** An RFC 5545 calendar; all-day entries end the day after their last day (DTEND is exclusive). */
export function toICalendar(entries: CalendarEntries): string {
  const calendar: ICalCalendar = ical({
    name: entries.name,
    prodId: { company: 'Election Workspace', product: 'planning' },
  });
  for (const day of entries.days) {
    calendar.createEvent({
      id: day.id,
      allDay: true,
      start: day.startsOn,
      end: addDays(day.endsOn, 1),
      summary: day.title,
      description: day.description,
    });
  }
  for (const meeting of entries.meetings) {
    calendar.createEvent({
      id: meeting.id,
      start: meeting.startsAt,
      end: meeting.endsAt,
      summary: meeting.title,
      description: meeting.description,
    });
  }
  return calendar.toString();
}
