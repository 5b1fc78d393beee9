/**
 * Plan against actual: an observed post of one of the brand's own accounts is linked to the planned post
 * it fulfils — by its id or URL when the manager recorded where it went out, otherwise by its text
 * against the posts scheduled on that platform within ±48 h. The planned post then becomes published,
 * with its URL and time, its reminder is cancelled and its follow-ups are set (storage/follow-ups.ts);
 * all inside the capture's transaction.
 */
import { textSimilarity, SAME_POST_THRESHOLD } from '@/utils/plan/text-match';
import { db } from './db';
import { syncPostReminder } from './reminders';
import type { ObservedPost, Post } from './schemas';
import { getSettings } from './settings';

/** How far from its planned time a post may go out and still be matched by its text. */
export const MATCH_WINDOW_MS = 48 * 3_600_000;
/** A URL the manager pasted is looked for among the posts planned this close to the observed one. */
const URL_WINDOW_MS = 45 * 86_400_000;

/** Whether a pasted URL points at the observed post: its id as a whole path segment (query ignored). */
function urlNames(url: string | null, postId: string): boolean {
  if (!url) return false;
  try {
    return new URL(url).pathname.split('/').some((segment) => segment === postId || segment.endsWith(`-${postId}`) || segment.includes(`activity:${postId}`));
  } catch {
    // A pasted value that is not a URL names nothing.
    return false;
  }
}

async function findPlanned(observed: ObservedPost, now: number): Promise<Post | undefined> {
  const byId = await db.posts.where('externalId').equals(observed.postId).filter((post) => post.platform === observed.platform).first();
  if (byId) return byId;
  const at = observed.publishedAt ?? observed.firstSeenAt ?? now;
  const near = (window: number) =>
    db.posts
      .where('[platform+scheduledAt]')
      .between([observed.platform, at - window], [observed.platform, at + window], true, true)
      .toArray();
  const recent = await near(URL_WINDOW_MS);
  const byUrl = recent.find((post) => post.publishedUrl === observed.url || urlNames(post.publishedUrl, observed.postId));
  if (byUrl) return byUrl;

  // By text: only posts waiting to go out (scheduled, or handed over and ready), not yet linked to another observed post.
  let best: { post: Post; score: number; distance: number } | undefined;
  for (const post of recent) {
    if ((post.status !== 'scheduled' && post.status !== 'ready') || post.externalId || Math.abs(post.scheduledAt! - at) > MATCH_WINDOW_MS) continue;
    const score = textSimilarity(post.text, observed.text);
    if (score < SAME_POST_THRESHOLD) continue;
    const distance = Math.abs(post.scheduledAt! - at);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { post, score, distance };
  }
  return best?.post;
}

/**
 * Links `observed` (already written) to its planned post when one matches; returns the planned post's
 * id, or null. Runs inside the capture transaction, which must include posts, reminders and settings.
 */
export async function linkToPlan(observed: ObservedPost, now: number): Promise<string | null> {
  if (observed.plannedPostId) return observed.plannedPostId;
  const planned = await findPlanned(observed, now);
  if (!planned) return null;
  // Another observed post already fulfils this plan: the first one keeps it.
  if (planned.externalId && planned.externalId !== observed.postId) return null;
  const published: Post = {
    ...planned,
    status: 'published',
    publishedUrl: observed.url,
    publishedAt: observed.publishedAt ?? planned.publishedAt ?? now,
    externalId: observed.postId,
    updatedAt: now,
  };
  await db.posts.put(published);
  await syncPostReminder(published, await getSettings(), now);
  await db.observedPosts.update(observed.id, { plannedPostId: planned.id });
  return planned.id;
}
