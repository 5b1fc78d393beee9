/** Holidays as the planner wants them: each day of a month that a holiday covers, with its name(s). */
import type { Holiday } from '@/utils/calendar/holidays';
import { addDays, compareLocalDates } from '@/utils/time/local-date';
import type { YearMonth } from '@/utils/calendar/month-grid';
import { monthDates } from './plan-month';

/**
 * Local date → holiday name for every day of the month covered by a holiday; a multi-day holiday
 * covers each of its days, and two holidays on one day are joined ("A / B").
 */
export function holidayDatesInMonth(holidays: readonly Holiday[], yearMonth: YearMonth): Map<string, string> {
  const { first, last } = monthDates(yearMonth);
  const dates = new Map<string, string>();
  for (const holiday of holidays) {
    for (let date = holiday.date; compareLocalDates(date, holiday.endDate) <= 0; date = addDays(date, 1)) {
      if (compareLocalDates(date, first) < 0 || compareLocalDates(date, last) > 0) continue;
      const known = dates.get(date);
      dates.set(date, known && known !== holiday.name ? `${known} / ${holiday.name}` : holiday.name);
    }
  }
  return dates;
}
