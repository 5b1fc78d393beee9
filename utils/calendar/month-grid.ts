/**
 * The dates a month or week view shows, as local dates 'YYYY-MM-DD'. Pure wall-calendar arithmetic:
 * the grid of March is the same in every time zone, and a DST change never shifts a cell.
 */
import { addDays, formatDateParts, isoWeekday, parseLocalDate } from '@/utils/time/local-date';

/** The first day of a week row, as an ISO weekday: 1 = Monday, 7 = Sunday. */
export type WeekStart = 1 | 7;

/** A month of the calendar; `month` is 1–12. */
export type YearMonth = { year: number; month: number };

const ROWS = 6;

/**
 * Six weeks of seven local dates covering the month, starting with the week of its first day and
 * filled with the neighbour months' days. Always six rows, even for a February that fits in four, so
 * the view does not jump in height from month to month.
 */
export function monthGrid(year: number, month: number, weekStartsOn: WeekStart): string[][] {
  assertYearMonth(year, month);
  const first = startOfWeek(formatDateParts(year, month, 1), weekStartsOn);
  return Array.from({ length: ROWS }, (_, row) => weekFrom(addDays(first, row * 7)));
}

/** The seven dates of the week that holds `localDate`. */
export function weekOf(localDate: string, weekStartsOn: WeekStart): string[] {
  return weekFrom(startOfWeek(localDate, weekStartsOn));
}

/** The month a local date belongs to. */
export function monthOf(localDate: string): YearMonth {
  const { year, month } = parseLocalDate(localDate);
  return { year, month };
}

/** The month `n` months after (before, when negative) the given one. */
export function addMonths(year: number, month: number, n: number): YearMonth {
  assertYearMonth(year, month);
  if (!Number.isInteger(n)) throw new RangeError(`Months must be a whole number: ${n}`);
  const index = year * 12 + (month - 1) + n;
  // Math.floor and the double remainder keep negative n correct (January − 1 is December before).
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** Month 13 or 0 would silently roll over into a neighbour year; a caller's mistake should show. */
function assertYearMonth(year: number, month: number): void {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Not a year and month (1–12): ${year}-${month}`);
  }
}

/** The first day of the week holding `localDate`. */
function startOfWeek(localDate: string, weekStartsOn: WeekStart): string {
  // Days since the week started; both weekdays are 1–7, so + 7 keeps it non-negative.
  return addDays(localDate, -((isoWeekday(localDate) - weekStartsOn + 7) % 7));
}

function weekFrom(start: string): string[] {
  return Array.from({ length: 7 }, (_, day) => addDays(start, day));
}
