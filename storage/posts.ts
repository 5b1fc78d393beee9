/**
 * Planned posts. The instant `scheduledAt` is always derived from the wall-clock intent (local date,
 * local time, time zone) so the two never disagree; every write keeps the post's reminder in step in
 * the same transaction.
 */
import { platformOfPostUrl } from '@/utils/platforms';
import { toInstant } from '@/utils/time/wall-clock';
import { dayOf, type CalendarEntry } from './calendar-projection';
import { db } from './db';
import { newId } from './ids';
import { dropUnusedMedia } from './media';
import { unlinkDeletedPosts } from './collaboration-links';
import { cancelPostReminders, syncPostReminder } from './reminders';
import { awaitsPublication, isOverdue, postSchema, type Post } from './schemas';
import { getSettings } from './settings';
import { parseRow } from './validation';

/** What an editor provides; ids, timestamps and the instant are the repository's business. */
export type PostInput = Omit<Post, 'id' | 'scheduledAt' | 'createdAt' | 'updatedAt'>;

/** The content of a post nobody has written yet: an idea is a time, a platform and a format first. */
export function blankPostContent(): Pick<Post, 'groupId' | 'topic' | 'segmentId' | 'hookId' | 'campaignId' | 'text' | 'hashtags' | 'notes' | 'mediaIds' | 'reminderLeadMinutes' | 'publishedUrl' | 'publishedAt' | 'externalId'> {
  return { groupId: null, topic: '', segmentId: null, hookId: null, campaignId: null, text: '', hashtags: [], notes: '', mediaIds: [], reminderLeadMinutes: null, publishedUrl: null, publishedAt: null, externalId: null };
}

const wallClockSchema = postSchema.pick({ localDate: true, localTime: true, timeZone: true });

/** The instant of a wall-clock intent (checked first); null while the post has no date or no time. */
export function scheduledAtOf(input: Pick<Post, 'localDate' | 'localTime' | 'timeZone'>): number | null {
  const { localDate, localTime, timeZone } = parseRow(wallClockSchema, { localDate: input.localDate, localTime: input.localTime, timeZone: input.timeZone });
  return localDate && localTime ? toInstant(localDate, localTime, timeZone) : null;
}

async function writePost(post: Post, now: number): Promise<Post> {
  const valid = parseRow(postSchema, post);
  await db.transaction('rw', db.posts, db.reminders, db.settings, async () => {
    const settings = await getSettings();
    await db.posts.put(valid);
    await syncPostReminder(valid, settings, now);
  });
  return valid;
}

export async function createPost(input: PostInput, now = Date.now()): Promise<Post> {
  return writePost({ ...input, id: newId(), scheduledAt: scheduledAtOf(input), createdAt: now, updatedAt: now }, now);
}

/** Fields one idea shares across its platform variants: edited once, they change in every variant. */
export const SHARED_GROUP_FIELDS = ['title', 'pillar', 'topic', 'segmentId', 'hookId', 'campaignId'] as const;

/**
 * Applies an edit; throws when the post is gone or the result is invalid (nothing is written then).
 * Shared fields of a grouped post are carried to its other variants in the same transaction.
 */
export async function updatePost(id: string, patch: Partial<PostInput>, now = Date.now()): Promise<Post> {
  return db.transaction('rw', db.posts, db.reminders, db.settings, async () => {
    const current = await db.posts.get(id);
    if (!current) throw new Error(`No planned post ${id}`);
    const next = { ...current, ...patch, updatedAt: now };
    const saved = await writePost({ ...next, scheduledAt: scheduledAtOf(next) }, now);
    const shared = Object.fromEntries(SHARED_GROUP_FIELDS.filter((field) => field in patch).map((field) => [field, saved[field]]));
    if (saved.groupId && Object.keys(shared).length) {
      await db.posts
        .where('groupId')
        .equals(saved.groupId)
        .filter((post) => post.id !== id && SHARED_GROUP_FIELDS.some((field) => post[field] !== saved[field]))
        .modify({ ...shared, updatedAt: now });
    }
    return saved;
  });
}

/**
 * The post was handed to its platform (composer filled, or text copied): it waits as `ready` until it
 * is published. Only a post still being prepared moves; a published, missed or cancelled one stays.
 */
export async function markReady(id: string, now = Date.now()): Promise<Post | undefined> {
  return db.transaction('rw', db.posts, db.reminders, db.settings, async () => {
    const current = await db.posts.get(id);
    if (!current || !['idea', 'draft', 'scheduled'].includes(current.status)) return current;
    return updatePost(id, { status: 'ready' }, now);
  });
}

export class WrongPlatformUrlError extends Error {
  constructor(readonly platform: Post['platform']) {
    super(`not an address on ${platform}`);
    this.name = 'WrongPlatformUrlError';
  }
}

/**
 * The manager says where the post went out: published now, with that address, its reminder cancelled
 * and its follow-ups (storage/follow-ups.ts) set from its publication time.
 * The collector later links the observed post to it by this address (storage/plan-actual.ts). The
 * address must be on the post's platform; anything else is refused and nothing is written.
 */
export async function markPublished(id: string, url: string, now = Date.now()): Promise<Post> {
  const post = await db.posts.get(id);
  if (!post) throw new Error(`No planned post ${id}`);
  if (platformOfPostUrl(url) !== post.platform) throw new WrongPlatformUrlError(post.platform);
  return updatePost(id, { status: 'published', publishedUrl: url.trim(), publishedAt: post.publishedAt ?? now }, now);
}

/** The platform variants of a post's idea (itself included), by platform. */
export async function listVariants(post: Pick<Post, 'id' | 'groupId'>): Promise<Post[]> {
  if (!post.groupId) {
    const alone = await db.posts.get(post.id);
    return alone ? [alone] : [];
  }
  return (await db.posts.where('groupId').equals(post.groupId).toArray()).sort((a, b) => a.platform.localeCompare(b.platform));
}

/**
 * A variant of the same idea for another platform: same time, text and tags to adapt, as a draft.
 * The original joins the group if it was alone.
 */
export async function addVariant(id: string, platform: Post['platform'], now = Date.now()): Promise<Post> {
  return db.transaction('rw', db.posts, db.reminders, db.settings, async () => {
    const original = await db.posts.get(id);
    if (!original) throw new Error(`No planned post ${id}`);
    const groupId = original.groupId ?? newId();
    if (!original.groupId) await db.posts.update(id, { groupId, updatedAt: now });
    const { id: originalId, scheduledAt, createdAt, updatedAt, ...input } = original;
    const status = original.status === 'published' || original.status === 'missed' ? 'draft' : original.status;
    return createPost({ ...input, groupId, platform, status, publishedUrl: null, publishedAt: null, externalId: null }, now);
  });
}

/** A copy as a new idea-stage post in the same group, without its publication record. */
export async function duplicatePost(id: string, now = Date.now()): Promise<Post> {
  const original = await db.posts.get(id);
  if (!original) throw new Error(`No planned post ${id}`);
  const { id: originalId, scheduledAt, createdAt, updatedAt, ...input } = original;
  return createPost({ ...input, status: original.status === 'published' ? 'draft' : original.status, publishedUrl: null, publishedAt: null, externalId: null }, now);
}

/** Deletes a post, its reminders, its links from collaborations and the media only it used, in one transaction. */
export async function deletePost(id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.posts, db.reminders, db.settings, db.collaborations, db.media], async () => {
    const mediaIds = (await db.posts.get(id))?.mediaIds ?? [];
    await db.posts.delete(id);
    await dropUnusedMedia(mediaIds);
    await cancelPostReminders(id);
    await unlinkDeletedPosts([id], now);
  });
}

export function getPost(id: string): Promise<Post | undefined> {
  return db.posts.get(id);
}

/** Posts scheduled in [from, to), in time order: what a calendar view shows. */
export function listPostsBetween(from: number, to: number): Promise<Post[]> {
  return db.posts.where('scheduledAt').between(from, to, true, false).toArray();
}

/** Ideas and drafts without a time yet, newest first. */
export async function listUnscheduledPosts(): Promise<Post[]> {
  const posts = await db.posts.filter((post) => post.scheduledAt === null).toArray();
  return posts.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** The next posts still to publish (draft, scheduled or ready) from `now`, for the popup and Today. */
export async function listUpcomingPosts(now: number, limit: number): Promise<Post[]> {
  const upcoming: Post[] = [];
  await db.posts
    .where('scheduledAt')
    .aboveOrEqual(now)
    .until(() => upcoming.length >= limit)
    .each((post) => {
      if (awaitsPublication(post.status)) upcoming.push(post);
    });
  return upcoming;
}

/** Posts whose time has passed without being published (draft, scheduled or ready), oldest first. */
export async function listOverduePosts(now: number): Promise<Post[]> {
  return db.posts
    .where('scheduledAt')
    .below(now)
    .filter((post) => isOverdue(post, now))
    .toArray();
}

/** How many posts each campaign has, for lists of campaigns. */
export async function countPostsByCampaign(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.posts.where('campaignId').above('').each((post) => {
    counts.set(post.campaignId!, (counts.get(post.campaignId!) ?? 0) + 1);
  });
  return counts;
}

/** What the calendar draws for [from, to): the light projection of each post, in time order. */
export async function listCalendarEntries(from: number, to: number): Promise<CalendarEntry[]> {
  if (to <= from) return [];
  const days = await db.calendarDays.where('day').between(dayOf(from), dayOf(to - 1), true, true).toArray();
  // Days are in key order and each day's entries in time order: only the edge days need trimming.
  return days.flatMap((row) => row.entries).filter((entry) => entry.scheduledAt! >= from && entry.scheduledAt! < to);
}
