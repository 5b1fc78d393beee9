/**
 * The weekly review (issue 8, step 10's automation): once a week, at the weekday and time the manager
 * chose (brand zone), a notification sums up what the Adjust area has to say and opens it.
 *
 * Like the morning digest there is exactly one waiting reminder (`weekly-review:<local date>`), re-made
 * after each delivery and whenever the setting changes. The digest is computed when it fires, from the
 * data of that moment: suggestions not yet applied or dismissed, how many are highly confident, and the
 * week behind and ahead (posts published and missed, posts planned).
 */
import { awaitsPublication, WAITING_REMINDER_STATUSES as WAITING, type Settings, type WeeklyReview } from './schemas';
import { weeklyReviewOf } from './settings';
import { listDecisions, suggestionStateId } from './adjust';
import { loadAdjustData } from './adjust-data';
import { db } from './db';
import { suggestAll } from '@/utils/suggest/run';
import { addDays, isoWeekday, toInstant, todayIn } from '@/utils/time/wall-clock';

const PREFIX = 'weekly-review:';
const WEEK_MS = 7 * 24 * 60 * 60_000;
export function isWeeklyReviewReminder(id: string): boolean {
  return id.startsWith(PREFIX);
}

/** The next review after `now`: its local date and instant. */
export function nextReview(review: Pick<WeeklyReview, 'weekday' | 'time'>, timeZone: string, now: number): { localDate: string; dueAt: number } {
  const today = todayIn(timeZone, now);
  let localDate = addDays(today, (review.weekday - isoWeekday(today) + 7) % 7);
  let dueAt = toInstant(localDate, review.time, timeZone);
  if (dueAt <= now) {
    localDate = addDays(localDate, 7);
    dueAt = toInstant(localDate, review.time, timeZone);
  }
  return { localDate, dueAt };
}

/** Keeps exactly one waiting review reminder, or none when the review is off. */
export async function syncWeeklyReviewReminder(settings: Pick<Settings, 'weeklyReview' | 'timeZone'>, now: number): Promise<void> {
  const review = weeklyReviewOf(settings);
  await db.transaction('rw', db.reminders, async () => {
    const next = review.enabled ? nextReview(review, settings.timeZone, now) : null;
    const id = next && `${PREFIX}${next.localDate}`;
    const waiting = await db.reminders.where('id').startsWith(PREFIX).filter((reminder) => WAITING.includes(reminder.status)).toArray();
    for (const reminder of waiting) {
      if (reminder.id !== id || reminder.intendedAt !== next?.dueAt) await db.reminders.update(reminder.id, { status: 'cancelled' });
    }
    const existing = id ? await db.reminders.get(id) : undefined;
    if (next && id && (!existing || existing.intendedAt !== next.dueAt)) {
      await db.reminders.put({ id, kind: 'weekly-review', postId: null, dueAt: next.dueAt, intendedAt: next.dueAt, status: 'pending', firedAt: null, late: false, createdAt: now });
    }
  });
}

export interface ReviewDigest {
  /** Suggestions not applied or dismissed. */
  open: number;
  high: number;
  /** The week behind: posts published, and planned posts missed. */
  published: number;
  missed: number;
  /** The week ahead: posts planned. */
  planned: number;
}

export async function reviewDigest(now: number): Promise<ReviewDigest> {
  const data = await loadAdjustData(now);
  const decided = new Set((await listDecisions()).filter((decision) => decision.status !== 'undone').map((decision) => decision.id));
  const open = suggestAll(data).filter((suggestion) => !decided.has(suggestionStateId(suggestion)));
  const lastWeek = data.history.planned.filter((post) => post.scheduledAt !== null && post.scheduledAt >= now - WEEK_MS && post.scheduledAt < now);
  return {
    open: open.length,
    high: open.filter((suggestion) => suggestion.confidence === 'high').length,
    published: lastWeek.filter((post) => post.status === 'published').length,
    missed: lastWeek.filter((post) => post.status === 'missed' || (awaitsPublication(post.status) && post.scheduledAt! < now - 24 * 60 * 60_000)).length,
    planned: data.plan.filter((post) => post.scheduledAt !== null && post.scheduledAt >= now && post.scheduledAt < now + WEEK_MS && (awaitsPublication(post.status) || post.status === 'idea')).length,
  };
}
