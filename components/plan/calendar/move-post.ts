/**
 * Rescheduling from the calendar (drag and drop, the Move… panel, Alt+arrow keys): every path ends in
 * `useMovePost`, which keeps the wall-clock intent, saves, wakes the background and says what happened.
 */
import { calendarNotice } from '@/components/state/calendar';
import { announcePlanChange } from '@/components/ui/announce-plan-change';
import { useApp } from '@/components/ui/settings-context';
import { getPost, updatePost } from '@/storage/posts';
import type { CalendarEntry } from '@/storage/calendar-projection';
import { addDays, moveKeepingWallClock, toInstant, toWallClock } from '@/utils/time/wall-clock';
import { postTitle } from './arrange-posts';
import { formatFullDate, formatWallTime } from './day-format';

export interface WallTime {
  localDate: string;
  localTime: string;
}

const DAY_MINUTES = 24 * 60;

/**
 * A wall-clock date and time moved by whole days and minutes on the wall calendar, not on the timeline:
 * "one hour later" than 23:30 is 00:30 the next day, and a day later is the same time even across DST.
 */
export function shiftWallClock({ localDate, localTime }: WallTime, days: number, minutes = 0): WallTime {
  const total = Number(localTime.slice(0, 2)) * 60 + Number(localTime.slice(3, 5)) + minutes;
  const dayShift = days + Math.floor(total / DAY_MINUTES);
  const inDay = ((total % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const pad = (value: number) => String(value).padStart(2, '0');
  return { localDate: addDays(localDate, dayShift), localTime: `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}` };
}

/**
 * The post's new intent in its own zone for a target the calendar shows on the brand's wall clock. In
 * the brand's zone (the usual case) the chosen time is kept as it is; a post planned in another zone
 * keeps that zone, and gets the wall-clock time there of the instant the person pointed at.
 */
export function planMove(post: Pick<CalendarEntry, 'timeZone' | 'localTime'>, brandZone: string, target: WallTime): WallTime {
  if (post.timeZone === brandZone) {
    const moved = moveKeepingWallClock({ localTime: post.localTime ?? target.localTime, timeZone: post.timeZone }, target.localDate, target.localTime);
    return { localDate: moved.localDate, localTime: moved.localTime };
  }
  const { localDate, localTime } = toWallClock(toInstant(target.localDate, target.localTime, brandZone), post.timeZone);
  return { localDate, localTime };
}

/** Where the calendar shows a scheduled post: its wall clock in the brand's zone. */
export function shownAt(post: CalendarEntry, brandZone: string): WallTime {
  const { localDate, localTime } = toWallClock(post.scheduledAt ?? 0, brandZone);
  return { localDate, localTime };
}

export interface PostMover {
  /** Moves a post to a day and time on the brand's wall clock; false when it could not be saved. */
  move: (post: CalendarEntry, target: WallTime) => Promise<boolean>;
  /** A dropped post: to another day at its time, or to an hour of a day keeping its minutes. */
  drop: (postId: string, localDate: string, hour?: number) => Promise<void>;
}

/** Saves moves and reads out where the post went (or why it did not). */
export function useMovePost(): PostMover {
  const { t, locale, settings } = useApp();
  const move = async (post: CalendarEntry, target: WallTime): Promise<boolean> => {
    const title = postTitle(post, t('reminder.untitled'));
    try {
      await updatePost(post.id, planMove(post, settings.timeZone, target));
      await announcePlanChange();
      calendarNotice.value = t('calendar.moved', { title, date: formatFullDate(locale, target.localDate), time: formatWallTime(locale, target.localTime) });
      return true;
    } catch (error) {
      calendarNotice.value = t('calendar.moveFailed', { title, detail: error instanceof Error ? error.message : String(error) });
      return false;
    }
  };
  const drop = async (postId: string, localDate: string, hour?: number) => {
    const post = await getPost(postId);
    if (!post || post.scheduledAt === null) return;
    const from = shownAt(post, settings.timeZone);
    const localTime = hour === undefined ? from.localTime : `${String(hour).padStart(2, '0')}:${from.localTime.slice(3)}`;
    if (from.localDate !== localDate || from.localTime !== localTime) await move(post, { localDate, localTime });
  };
  return { move, drop };
}
