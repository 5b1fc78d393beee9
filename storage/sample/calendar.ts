/**
 * Time for the sample: wall-calendar days as plain integers (days since 1970-01-01 on the wall
 * calendar), so "42 days ago" or "every Tuesday" is exact; only a wall-clock time's instant goes
 * through the time zone. And the context every builder shares, derived from `now` alone.
 */
import { TZDate } from '@date-fns/tz';

/** Nairobi: UTC+3 all year, no DST. */
export const SAMPLE_TIME_ZONE = 'Africa/Nairobi';
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export type Day = number;

const dayOf = (year: number, monthIndex: number, date: number): Day => Math.round(Date.UTC(year, monthIndex, date) / DAY_MS);
const utcOf = (day: Day): Date => new Date(day * DAY_MS);
const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `YYYY-MM-DD` of a day. */
export const dateOfDay = (day: Day): string => utcOf(day).toISOString().slice(0, 10);
export const yearOfDay = (day: Day): number => utcOf(day).getUTCFullYear();
/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export const isoWeekdayOf = (day: Day): number => ((((day + 3) % 7) + 7) % 7) + 1;
/** `HH:mm` of minutes after midnight. */
export const timeOfMinutes = (minutes: number): string => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;

/** The day an instant falls on, in the sample's zone. */
export function dayOfInstant(instant: number): Day {
  const zoned = new TZDate(instant, SAMPLE_TIME_ZONE);
  return dayOf(zoned.getFullYear(), zoned.getMonth(), zoned.getDate());
}

/** The instant of a wall-clock `HH:mm` on a day, in the sample's zone. */
export function instantOf(day: Day, time: string): number {
  const utc = utcOf(day);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new TZDate(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), hours, minutes, SAMPLE_TIME_ZONE).getTime();
}

/** The month, quarter (3) or year (12) around a day, as first and last day. */
export function periodAround(day: Day, months: 1 | 3 | 12): { start: Day; end: Day } {
  const utc = utcOf(day);
  const first = utc.getUTCMonth() - (utc.getUTCMonth() % months);
  return { start: dayOf(utc.getUTCFullYear(), first, 1), end: dayOf(utc.getUTCFullYear(), first + months, 0) };
}

/** The same month and day in another year (a yearly event's original date). */
export const sameDateInYear = (day: Day, year: number): Day => dayOf(year, utcOf(day).getUTCMonth(), utcOf(day).getUTCDate());

/** Black Friday: the day after the fourth Thursday of November. */
export function blackFridayOf(year: number): Day {
  const novemberFirst = dayOf(year, 10, 1);
  return novemberFirst + ((4 - isoWeekdayOf(novemberFirst) + 7) % 7) + 21 + 1;
}

/** The plan covers six weeks of history (enough for a monthly report) and a month ahead. */
export const DAYS_BEFORE = 42;
export const DAYS_AFTER = 30;

export interface SampleContext {
  now: number;
  /** Today on the brand's wall calendar, and the first and last day of the plan. */
  today: Day;
  firstDay: Day;
  lastDay: Day;
  /** When the manager set the workspace up, a week before the plan starts. */
  setupAt: number;
}

export function createContext(now: number): SampleContext {
  const today = dayOfInstant(now);
  const firstDay = today - DAYS_BEFORE;
  return { now, today, firstDay, lastDay: today + DAYS_AFTER, setupAt: Math.min(now - DAYS_BEFORE * DAY_MS, instantOf(firstDay - 7, '10:15')) };
}
