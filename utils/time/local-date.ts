/**
 * Calendar-date arithmetic on wall-calendar dates written 'YYYY-MM-DD'.
 *
 * A local date is a day on a wall calendar, not an instant: "the day after 2026-03-28" is 2026-03-29 in
 * every time zone, however long that day lasts there. So nothing here takes a time zone. Each date is
 * turned into a whole day number (days since 1970-01-01) through UTC, the one calendar without DST, so
 * neither the machine's zone nor a clock change can move a date by a day.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month (1–12) and day of a local date. */
export type DateParts = { year: number; month: number; day: number };

/** Splits 'YYYY-MM-DD' into numbers; throws a RangeError for anything that is not a real calendar day. */
export function parseLocalDate(localDate: string): DateParts {
  const match = LOCAL_DATE_PATTERN.exec(localDate);
  if (match) {
    const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    // Date.UTC rolls 2026-02-30 over into March: a real date is one that survives the round trip.
    if (formatLocalDate(toDayNumber(parts)) === localDate) return parts;
  }
  throw new RangeError(`Not a local date (YYYY-MM-DD): ${JSON.stringify(localDate)}`);
}

/** 'YYYY-MM-DD' of a year, month (1–12) and day; months and days out of range roll over like Date.UTC. */
export function formatDateParts(year: number, month: number, day: number): string {
  return formatLocalDate(toDayNumber({ year, month, day }));
}

/** The local date `days` days after `localDate` (before, when negative). */
export function addDays(localDate: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number: ${days}`);
  return formatLocalDate(dayNumberOf(localDate) + days);
}

/** Negative when `a` is the earlier date, 0 when equal, positive when later (a comparator for sort). */
export function compareLocalDates(a: string, b: string): number {
  return dayNumberOf(a) - dayNumberOf(b);
}

/** Whole days from `from` to `to`: positive when `to` is later (2026-01-01 → 2026-01-03 is 2). */
export function daysBetween(from: string, to: string): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(localDate: string): number {
  // 1970-01-01 (day 0) was a Thursday, ISO weekday 4; the double remainder keeps days before 1970 positive.
  return (((dayNumberOf(localDate) + 3) % 7) + 7) % 7 + 1;
}

/** Days since 1970-01-01 of a local date. */
export function dayNumberOf(localDate: string): number {
  return toDayNumber(parseLocalDate(localDate));
}

/** The local date of a day number (days since 1970-01-01). */
export function formatLocalDate(dayNumber: number): string {
  const date = new Date(dayNumber * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

function toDayNumber({ year, month, day }: DateParts): number {
  // setUTCFullYear rather than Date.UTC(year, …): Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
