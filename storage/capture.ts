/**
 * Recording what the collectors read: one validated capture batch becomes upserts of `observedPosts`
 * and, where a count moved (or an hour passed), new rows in `postSnapshots` / `profileSnapshots` —
 * all in one transaction. Repeating a batch changes nothing but `lastSeenAt`, so retries are harmless.
 */
import { Dexie } from 'dexie';
import type { Message, PostObservation, ProfileObservation } from '@/utils/messaging';
import { recordHealth } from './capture-health';
import { db } from './db';
import { linkToPlan } from './plan-actual';
import { POST_COUNT_NAMES, PROFILE_COUNT_NAMES, type Account, type ObservedPost, type Platform } from './schemas';
import { getSettings } from './settings';

/** A snapshot is written when a count changed, or when the last one is at least this old. */
export const SNAPSHOT_QUIET_INTERVAL = 60 * 60 * 1000;

export interface CaptureResult {
  posts: number;
  snapshots: number;
  profileSnapshots: number;
  /** Own posts newly linked to their planned post. */
  linked: number;
  /** False when the scope setting made the whole batch irrelevant. */
  kept: boolean;
}

type Counts<K extends string> = Record<K, number | null> & { precision: Partial<Record<K, number>> };

/**
 * A count the page does not show now (null) keeps the last value it did show: a feed that hides views
 * must not erase the views read on the post's own page. The precision follows the value kept.
 */
function mergeCounts<K extends string>(names: readonly K[], fresh: Counts<K>, known: Counts<K> | undefined): Counts<K> {
  const merged = { precision: {} } as Counts<K>;
  for (const name of names) {
    const source = fresh[name] === null && known ? known : fresh;
    (merged as Record<K, number | null>)[name] = source[name];
    const step = source.precision[name];
    if (step !== undefined) merged.precision[name] = step;
  }
  return merged;
}

function sameCounts<K extends string>(names: readonly K[], a: Counts<K>, b: Counts<K>): boolean {
  return names.every((name) => a[name] === b[name] && a.precision[name] === b.precision[name]);
}

function pickCounts<K extends string>(names: readonly K[], row: Counts<K>): Counts<K> {
  return mergeCounts(names, row, undefined);
}

/** The platform's tracked accounts: handle → role. */
async function trackedHandles(platform: Platform): Promise<Map<string, Account['role']>> {
  const accounts = await db.accounts.where('[platform+handle]').between([platform, Dexie.minKey], [platform, Dexie.maxKey]).toArray();
  return new Map(accounts.map((account) => [account.handle, account.role]));
}

export interface RecordCaptureOptions {
  /**
   * Whether the batch's `health` counts towards the collector's health (default true). False when a
   * batch is replayed from what a tab already read (tracking from the popup): it was counted when read.
   */
  countHealth?: boolean;
}

export async function recordCapture(message: Message<'capture'>, now = Date.now(), options: RecordCaptureOptions = {}): Promise<CaptureResult> {
  const { countHealth = true } = options;
  const tables = [db.settings, db.accounts, db.observedPosts, db.postSnapshots, db.profileSnapshots, db.captureHealth, db.posts, db.reminders];
  return db.transaction('rw', tables, async () => {
    if (countHealth) await recordHealth(message.platform, message.health, now);
    const everything = (await getSettings()).captureScope === 'everything';
    const tracked = await trackedHandles(message.platform);
    const isKept = (handle: string) => everything || tracked.has(handle);

    const result: CaptureResult = { posts: 0, snapshots: 0, profileSnapshots: 0, linked: 0, kept: false };
    for (const observation of message.posts) {
      // An ad is never kept for "everything I open": only when its author is an account we track.
      if (observation.sponsored ? !tracked.has(observation.author) : !isKept(observation.author)) continue;
      result.posts++;
      const { row, snapshot } = await recordPost(message.platform, observation, now);
      if (snapshot) result.snapshots++;
      // The brand's own posts are checked against the plan: this is how "scheduled" becomes "published".
      if (tracked.get(observation.author) === 'own' && !row.plannedPostId && (await linkToPlan(row, now))) result.linked++;
    }
    if (message.profile && isKept(message.profile.handle)) {
      if (await recordProfile(message.platform, message.profile, now)) result.profileSnapshots++;
    }
    result.kept = result.posts > 0 || (message.profile !== null && isKept(message.profile.handle));
    return result;
  });
}

/** Upserts the observed post; returns the row and whether a snapshot was appended. */
async function recordPost(platform: Platform, observation: PostObservation, now: number): Promise<{ row: ObservedPost; snapshot: boolean }> {
  const id = `${platform}:${observation.postId}`;
  const known = await db.observedPosts.get(id);
  const counts = mergeCounts(POST_COUNT_NAMES, observation, known);
  const row: ObservedPost = {
    id,
    platform,
    postId: observation.postId,
    url: observation.url,
    author: observation.author,
    publishedAt: observation.publishedAt ?? known?.publishedAt ?? null,
    text: observation.text || known?.text || '',
    ...counts,
    firstSeenAt: known?.firstSeenAt ?? now,
    lastSeenAt: Math.max(now, known?.lastSeenAt ?? 0),
    plannedPostId: known?.plannedPostId ?? null,
  };
  await db.observedPosts.put(row);

  const last = await db.postSnapshots.where('[observedPostId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).last();
  if (last && sameCounts(POST_COUNT_NAMES, last, counts) && now - last.at < SNAPSHOT_QUIET_INTERVAL) return { row, snapshot: false };
  await db.postSnapshots.put({ id: `${id}:${now}`, observedPostId: id, at: now, ...pickCounts(POST_COUNT_NAMES, counts) });
  return { row, snapshot: true };
}

/** Appends a profile snapshot when a count moved or the last is old; returns whether it did. */
async function recordProfile(platform: Platform, profile: ProfileObservation, now: number): Promise<boolean> {
  const { handle } = profile;
  const last = await db.profileSnapshots
    .where('[platform+handle+at]')
    .between([platform, handle, Dexie.minKey], [platform, handle, Dexie.maxKey])
    .last();
  const counts = mergeCounts(PROFILE_COUNT_NAMES, profile, last);
  if (last && sameCounts(PROFILE_COUNT_NAMES, last, counts) && now - last.at < SNAPSHOT_QUIET_INTERVAL) return false;
  await db.profileSnapshots.put({ id: `${platform}:${handle}:${now}`, platform, handle, at: now, ...counts });
  return true;
}
