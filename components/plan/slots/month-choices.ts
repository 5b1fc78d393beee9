/** The months a plan can be made for, named in the UI language, and 'YYYY-MM' keys for a select. */
import { addMonths, type YearMonth } from '@/utils/calendar/month-grid';

/** How far ahead the month picker reaches. */
const MONTHS_AHEAD = 12;

export function monthKey({ year, month }: YearMonth): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function parseMonthKey(key: string): YearMonth {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return { year, month };
}

/** "April 2026", "Aprili 2026". */
export function monthLabel(locale: string, { year, month }: YearMonth): string {
  // The 15th at noon UTC is inside the month whatever the zone of the machine formatting it.
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 15, 12));
}

/** This month and the next twelve, as select options. */
export function monthChoices(locale: string, thisMonth: YearMonth): { value: string; label: string }[] {
  return Array.from({ length: MONTHS_AHEAD + 1 }, (_, n) => {
    const month = addMonths(thisMonth.year, thisMonth.month, n);
    return { value: monthKey(month), label: monthLabel(locale, month) };
  });
}

/** "Tue 7 Apr" for a local date 'YYYY-MM-DD', a calendar day, so formatted in UTC where it cannot shift. */
export function shortDayLabel(locale: string, localDate: string): string {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day, 12));
}
