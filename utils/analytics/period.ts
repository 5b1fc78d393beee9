/**
 * Report periods in the brand's time zone: whole local days, [start, end) as instants, and the period
 * of the same length just before (what a report is compared with).
 */
import { addDays, daysBetween, toInstant } from '@/utils/time/wall-clock';

export interface Period {
  /** Inclusive local dates. */
  from: string;
  to: string;
  /** Instants: midnight starting `from`, midnight after `to`. */
  start: number;
  end: number;
  days: number;
}

export function periodOf(from: string, to: string, timeZone: string): Period {
  if (daysBetween(from, to) < 0) throw new RangeError(`a period ends on or after its first day (${from} – ${to})`);
  return { from, to, start: toInstant(from, '00:00', timeZone), end: toInstant(addDays(to, 1), '00:00', timeZone), days: daysBetween(from, to) + 1 };
}

/** The calendar month holding `localDate` (the default report: this month). */
export function monthPeriod(localDate: string, timeZone: string): Period {
  const first = `${localDate.slice(0, 7)}-01`;
  const [year, month] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return periodOf(first, addDays(next, -1), timeZone);
}

/** The same number of days immediately before. */
export function previousPeriod(period: Period, timeZone: string): Period {
  return periodOf(addDays(period.from, -period.days), addDays(period.from, -1), timeZone);
}

/** The longest report: a year (a leap year's 366 days and one more for the inclusive end). */
export const MAX_PERIOD_DAYS = 367;

/**
 * A period from typed or addressed dates, or why not: 'invalid' for anything that is not two real
 * dates with the last on or after the first (month 13, 31 February, a half-typed field), 'too-long'
 * beyond a year.
 */
export function periodFromInput(from: string, to: string, timeZone: string): Period | 'invalid' | 'too-long' {
  const DATE = /^\d{4}-\d{2}-\d{2}$/;
  if (!DATE.test(from) || !DATE.test(to)) return 'invalid';
  try {
    const days = daysBetween(from, to) + 1;
    if (days < 1) return 'invalid';
    if (days > MAX_PERIOD_DAYS) return 'too-long';
    return periodOf(from, to, timeZone);
  } catch {
    // The date parser refuses impossible dates: not a period.
    return 'invalid';
  }
}
