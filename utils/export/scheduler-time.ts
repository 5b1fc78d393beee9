import type { Post } from '@/storage/schemas';
import { toWallClock } from '@/utils/time/wall-clock';

/** A post's publication time as a wall clock shows it: `YYYY-MM-DD` and `HH:mm` (24 h). */
export interface WallClock {
  date: string;
  time: string;
}

/**
 * When a post is due, on the wall clock of `timeZone` (the zone the scheduler's channel is set to:
 * bulk uploads carry no zone).
 *
 * When the post was planned in that same zone its stored wall-clock intent is the answer, as the
 * manager typed it; otherwise the instant is converted, because a wall-clock time means nothing in
 * another zone.
 */
export function formatWallClock(
  post: Pick<Post, 'localDate' | 'localTime' | 'timeZone'> & { scheduledAt: number },
  timeZone: string,
): WallClock {
  if (post.timeZone === timeZone && post.localDate !== null && post.localTime !== null) {
    return { date: post.localDate, time: post.localTime };
  }
  assertTimeZone(timeZone);
  const { localDate, localTime } = toWallClock(post.scheduledAt, timeZone);
  return { date: localDate, time: localTime };
}

function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    // Intl's RangeError names only the zone; say what was being done with it.
    throw new RangeError(`Cannot export times in an unknown time zone: ${timeZone}`);
  }
}
