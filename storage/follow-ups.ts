/**
 * Follow-up capture (docs/analytics-follow-ups.md): once a planned post is published at a known address,
 * one `refresh-analytics` reminder per delay of the setting (24 h and 7 days by default) asks the
 * manager to open it again, so the collector reads its likes, comments and views as they grew.
 *
 * They are kept in step by storage/reminders.ts `syncPostReminder`, which every write of a post calls
 * inside its own transaction (linkToPlan, markPublished, updatePost, the month plan…). Ids are derived
 * from the post id and the delay, so saving a post twice changes nothing.
 */
import { platformOfPostUrl } from '@/utils/platforms';
import { db } from './db';
import { WAITING_REMINDER_STATUSES, type FollowUps, type Post, type Reminder, type Settings } from './schemas';

const HOUR = 3_600_000;

/** On, one day and one week after publication: the two readings a monthly report compares. */
export const DEFAULT_FOLLOW_UPS: FollowUps = { enabled: true, delaysHours: [24, 168] };
/** The delays the Settings area offers, in hours (1, 3, 7, 14 and 30 days). */
export const FOLLOW_UP_CHOICES = [24, 72, 168, 336, 720] as const;

/** The follow-up setting, with the default for rows written before it existed. */
export function followUpsOf(settings: Pick<Settings, 'followUps'>): FollowUps {
  return settings.followUps ?? DEFAULT_FOLLOW_UPS;
}

export function followUpId(postId: string, hours: number): string {
  return `refresh-analytics:${postId}:${hours}h`;
}

/**
 * The address a follow-up may open: the published post's own, https and on its platform's domains
 * (utils/platforms.ts). Anything else — another site, a `javascript:` or `data:` address, a post no
 * longer published — gives null, and nothing is opened.
 */
export function refreshUrlOf(post: Pick<Post, 'status' | 'platform' | 'publishedUrl'>): string | null {
  if (post.status !== 'published' || !post.publishedUrl) return null;
  return platformOfPostUrl(post.publishedUrl) === post.platform ? post.publishedUrl : null;
}

/** The follow-ups the post should have, by id, with their due times (none for a post not published). */
function wantedFollowUps(post: Post, followUps: FollowUps): Map<string, number> {
  const wanted = new Map<string, number>();
  if (!followUps.enabled || post.publishedAt === null || refreshUrlOf(post) === null) return wanted;
  for (const hours of followUps.delaysHours) wanted.set(followUpId(post.id, hours), post.publishedAt + hours * HOUR);
  return wanted;
}

function isWaitingFollowUp(reminder: Reminder): boolean {
  return reminder.kind === 'refresh-analytics' && WAITING_REMINDER_STATUSES.includes(reminder.status);
}

/**
 * Brings the post's follow-ups in line with it and the setting. Call inside the transaction that writes
 * the post. A waiting follow-up the post no longer wants (unpublished, another publication time, a delay
 * dropped, the setting off) is cancelled; an unchanged one — waiting, snoozed or fired — is left alone.
 * A follow-up whose time has already passed is not created: a post published ten days ago and recorded
 * now gets no "24 h" and "7 days" reminders at once (they would only spam), and its numbers are read
 * the next time its page is opened anyway.
 */
export async function syncFollowUps(post: Post, settings: Pick<Settings, 'followUps'>, now: number): Promise<void> {
  const existing = await db.reminders.where('postId').equals(post.id).filter((reminder) => reminder.kind === 'refresh-analytics').toArray();
  const wanted = wantedFollowUps(post, followUpsOf(settings));
  for (const reminder of existing) {
    if (isWaitingFollowUp(reminder) && wanted.get(reminder.id) !== reminder.intendedAt) await db.reminders.update(reminder.id, { status: 'cancelled' });
  }
  for (const [id, dueAt] of wanted) {
    const current = existing.find((reminder) => reminder.id === id);
    if ((current && current.intendedAt === dueAt && current.status !== 'cancelled') || dueAt <= now) continue;
    await db.reminders.put({ id, kind: 'refresh-analytics', postId: post.id, dueAt, intendedAt: dueAt, status: 'pending', firedAt: null, late: false, createdAt: current?.createdAt ?? now });
  }
}

/**
 * After the setting changed: off cancels every waiting follow-up; on (or other delays) re-syncs the
 * posts that have a waiting follow-up and the posts published within the longest delay — the only ones
 * whose follow-ups can still be ahead — read through the `publishedAt` index (schema 6), not all posts.
 * Call inside a transaction over settings, posts and reminders.
 */
export async function resyncFollowUps(settings: Pick<Settings, 'followUps'>, now: number): Promise<void> {
  const waiting = (
    await Promise.all(
      WAITING_REMINDER_STATUSES.map((status) => db.reminders.where('[status+dueAt]').between([status, -Infinity], [status, Infinity]).filter(isWaitingFollowUp).toArray()),
    )
  ).flat();
  const followUps = followUpsOf(settings);
  if (!followUps.enabled || followUps.delaysHours.length === 0) {
    for (const reminder of waiting) await db.reminders.update(reminder.id, { status: 'cancelled' });
    return;
  }
  const since = now - Math.max(...followUps.delaysHours) * HOUR;
  const posts = new Map((await db.posts.where('publishedAt').above(since).toArray()).map((post) => [post.id, post]));
  const others = await db.posts.bulkGet([...new Set(waiting.map((reminder) => reminder.postId ?? ''))].filter((id) => id && !posts.has(id)));
  for (const post of others) if (post) posts.set(post.id, post);
  for (const post of posts.values()) await syncFollowUps(post, settings, now);
}
