/** The brand's today and this week (Monday to Sunday) as instant ranges, for the Today area's queries. */
import { weekOf } from '@/utils/calendar/month-grid';
import { addDays, toInstant, todayIn } from '@/utils/time/wall-clock';

export interface TodayWindow {
  today: [number, number];
  week: [number, number];
}

export function todayWindow(now: number, timeZone: string): TodayWindow {
  const today = todayIn(timeZone, now);
  const week = weekOf(today, 1);
  const start = (localDate: string) => toInstant(localDate, '00:00', timeZone);
  return {
    today: [start(today), start(addDays(today, 1))],
    week: [start(week[0]!), start(addDays(week[6]!, 1))],
  };
}
