/** Company events and custom days on the calendar; yearly ones repeat on their month and day. */
import { addDays, daysBetween } from '@/utils/time/wall-clock';
import { db } from './db';
import { newId } from './ids';
import { calendarEventSchema, type CalendarEvent } from './schemas';
import { ValidationError, parseRow } from './validation';

/** One showing of an event: its own dates, or this year's for a yearly event. */
export interface EventOccurrence {
  eventId: string;
  title: string;
  /** 'YYYY-MM-DD', first and last day (inclusive). */
  date: string;
  endDate: string;
}

/**
 * The occurrences of events that touch the local dates [from, to] (inclusive). The events table is
 * small (a company has a few dozen days), and a yearly event's index date is its first year's, so the
 * table is read whole and repeated in memory.
 */
export async function listEventOccurrences(from: string, to: string): Promise<EventOccurrence[]> {
  return occurrencesBetween(await db.events.toArray(), from, to);
}

export function occurrencesBetween(events: readonly CalendarEvent[], from: string, to: string): EventOccurrence[] {
  const found: EventOccurrence[] = [];
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  for (const event of events) {
    const length = event.endDate ? Math.max(0, daysBetween(event.date, event.endDate)) : 0;
    // A yearly event that spans New Year may start in the year before the range.
    const starts = event.yearly ? range(firstYear - 1, lastYear).map((year) => inYear(event.date, year)) : [event.date];
    for (const date of starts) {
      const endDate = addDays(date, length);
      if (date <= to && endDate >= from && date >= event.date) found.push({ eventId: event.id, title: event.title, date, endDate });
    }
  }
  return found.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

/** The same month and day in another year; 29 February is kept on the 28th in common years. */
function inYear(date: string, year: number): string {
  const monthDay = date.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

export type CalendarEventInput = Omit<CalendarEvent, 'id' | 'createdAt' | 'updatedAt'>;

/** Every company event, in date order. */
export function listEvents(): Promise<CalendarEvent[]> {
  return db.events.orderBy('date').toArray();
}

function validEvent(event: CalendarEvent): CalendarEvent {
  const valid = parseRow(calendarEventSchema, event);
  if (valid.endDate && valid.endDate < valid.date) throw new ValidationError('endDate', 'the event ends before it starts', 'ends-before-start');
  return valid;
}

export async function saveEvent(id: string | null, input: CalendarEventInput, now = Date.now()): Promise<CalendarEvent> {
  const current = id ? await db.events.get(id) : undefined;
  const event = validEvent({ ...input, id: current?.id ?? newId(), createdAt: current?.createdAt ?? now, updatedAt: now });
  await db.events.put(event);
  return event;
}

export async function deleteEvent(id: string): Promise<void> {
  await db.events.delete(id);
}
