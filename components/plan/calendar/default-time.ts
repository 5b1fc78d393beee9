/** The time a new post gets when a day is picked: the next full hour today, else 09:00. */
import { nextFullHour } from '@/utils/time/wall-clock';

const MORNING = '09:00';

export function defaultTimeOn(localDate: string, timeZone: string, now: number): string {
  const next = nextFullHour(now, timeZone);
  // Later today rather than a morning already gone; any other day starts at a working morning.
  return next.localDate === localDate ? next.localTime : MORNING;
}
