/**
 * Reminders: the `reminders` table is the truth, alarms are only wake-up calls (ARCHITECTURE.md).
 *
 * A planned post that is a draft, scheduled or ready, with a time, has one `post-due` reminder whose id is
 * derived from the post's; a published one has its follow-ups (storage/follow-ups.ts). Keeping them in
 * step with the post is an idempotent upsert done in the same transaction as the post's own write.
 */
import { db } from './db';
import { syncFollowUps } from './follow-ups';
import { addDays, toInstant, todayIn } from '@/utils/time/wall-clock';
import { awaitsPublication, WAITING_REMINDER_STATUSES as WAITING, type Post, type Reminder, type Settings } from './schemas';

/** Reminders delivered more than this long after their due time are marked late. */
export const LATE_AFTER = 60 * 60 * 1000;
export const SNOOZE_MINUTES = 15;

/** What keeping a post's reminders in step reads from the settings; pass the row itself (no followUps = the default, on). */
export type ReminderSettings = Pick<Settings, 'notificationLeadMinutes' | 'followUps'>;

export function postReminderId(postId: string): string {
  return `post-due:${postId}`;
}

/** When the post's reminder is due, or null when the post needs none. */
export function reminderDueAt(post: Post, defaultLeadMinutes: number): number | null {
  if (post.scheduledAt === null || !awaitsPublication(post.status)) return null;
  return post.scheduledAt - (post.reminderLeadMinutes ?? defaultLeadMinutes) * 60_000;
}

/**
 * Brings the post's reminders in line with the post: its `post-due` reminder and its follow-ups. Call
 * inside the transaction that writes the post (it must include the `reminders` table). A moved post gets
 * a fresh pending reminder even if the old one had fired; an unchanged one (fired or snoozed) is left
 * alone, so saving a post twice never re-notifies and never undoes a snooze.
 */
export async function syncPostReminder(post: Post, settings: ReminderSettings, now: number): Promise<void> {
  await syncPostDueReminder(post, settings.notificationLeadMinutes, now);
  await syncFollowUps(post, settings, now);
}

async function syncPostDueReminder(post: Post, defaultLeadMinutes: number, now: number): Promise<void> {
  const id = postReminderId(post.id);
  const existing = await db.reminders.get(id);
  const dueAt = reminderDueAt(post, defaultLeadMinutes);
  if (dueAt === null) {
    if (existing && WAITING.includes(existing.status)) await db.reminders.update(id, { status: 'cancelled' });
    return;
  }
  if (existing && existing.intendedAt === dueAt && existing.status !== 'cancelled') return;
  await db.reminders.put({ id, kind: 'post-due', postId: post.id, dueAt, intendedAt: dueAt, status: 'pending', firedAt: null, late: false, createdAt: existing?.createdAt ?? now });
}

/** A deleted post: every reminder of it still waiting (post-due and follow-ups) is cancelled. Call in its transaction. */
export async function cancelPostReminders(postId: string): Promise<void> {
  await db.reminders
    .where('postId')
    .equals(postId)
    .filter((reminder) => WAITING.includes(reminder.status))
    .modify({ status: 'cancelled' });
}

/** The earliest time a waiting reminder falls due, for the one alarm; null when none waits. */
export async function nextReminderDueAt(): Promise<number | null> {
  const dues = await Promise.all(
    WAITING.map(async (status) => (await db.reminders.where('[status+dueAt]').between([status, -Infinity], [status, Infinity]).first())?.dueAt),
  );
  const known = dues.filter((due): due is number => due !== undefined);
  return known.length ? Math.min(...known) : null;
}

export interface DueReminder {
  reminder: Reminder;
  post: Post | undefined;
  late: boolean;
}

/** Waiting reminders due at `now`, with their posts, oldest first. Reading only: nothing is marked. */
export async function listDueReminders(now: number): Promise<DueReminder[]> {
  return db.transaction('r', db.reminders, db.posts, async () => {
    const due = (
      await Promise.all(WAITING.map((status) => db.reminders.where('[status+dueAt]').between([status, -Infinity], [status, now], true, true).toArray()))
    )
      .flat()
      .sort((a, b) => a.dueAt - b.dueAt);
    const posts = await db.posts.bulkGet(due.map((reminder) => reminder.postId ?? ''));
    return due.map((reminder, i) => ({ reminder, post: posts[i], late: now - reminder.dueAt > LATE_AFTER }));
  });
}

/**
 * Marks delivered reminders fired — only those still waiting at the same due time, so a reminder that
 * was moved or cancelled meanwhile is not swallowed.
 */
export async function markRemindersFired(delivered: readonly DueReminder[], now: number): Promise<void> {
  await db.transaction('rw', db.reminders, async () => {
    for (const { reminder, late } of delivered) {
      const current = await db.reminders.get(reminder.id);
      if (!current || !WAITING.includes(current.status) || current.dueAt !== reminder.dueAt) continue;
      await db.reminders.update(reminder.id, { status: 'fired', firedAt: now, late });
    }
  });
}

export async function snoozeReminder(id: string, now: number, minutes = SNOOZE_MINUTES): Promise<void> {
  await db.reminders.update(id, { status: 'snoozed', dueAt: now + minutes * 60_000, firedAt: null, late: false });
}

export function getReminder(id: string): Promise<Reminder | undefined> {
  return db.reminders.get(id);
}

const DIGEST_PREFIX = 'daily-digest:';

export function isDigestReminder(id: string): boolean {
  return id.startsWith(DIGEST_PREFIX);
}

/**
 * Keeps exactly one waiting morning digest: the next `digestTime` in the brand's zone (today's if it is
 * still ahead, else tomorrow's). Turning the digest off or moving its time cancels the one waiting.
 */
export async function syncDigestReminder(settings: Pick<Settings, 'digestTime' | 'timeZone'>, now: number): Promise<void> {
  await db.transaction('rw', db.reminders, async () => {
    let next: { id: string; dueAt: number } | null = null;
    if (settings.digestTime) {
      const today = todayIn(settings.timeZone, now);
      const todayAt = toInstant(today, settings.digestTime, settings.timeZone);
      const localDate = todayAt > now ? today : addDays(today, 1);
      next = { id: `${DIGEST_PREFIX}${localDate}`, dueAt: todayAt > now ? todayAt : toInstant(localDate, settings.digestTime, settings.timeZone) };
    }
    const waiting = await db.reminders.where('id').startsWith(DIGEST_PREFIX).filter((r) => WAITING.includes(r.status)).toArray();
    for (const reminder of waiting) {
      if (reminder.id !== next?.id || reminder.intendedAt !== next.dueAt) await db.reminders.update(reminder.id, { status: 'cancelled' });
    }
    const existing = next && (await db.reminders.get(next.id));
    if (next && (!existing || existing.intendedAt !== next.dueAt)) {
      await db.reminders.put({ id: next.id, kind: 'daily-digest', postId: null, dueAt: next.dueAt, intendedAt: next.dueAt, status: 'pending', firedAt: null, late: false, createdAt: now });
    }
  });
}
