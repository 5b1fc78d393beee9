/**
 * The hooks-per-segment board, computed from rows (storage/strategy.ts `loadAudienceRows`): per segment its
 * hooks, and per hook the posts that used it, their median engagement, when it was last used (the latest
 * published or scheduled time up to now) and its next planned use. Pure, so the figures are tested with
 * hand-worked values.
 *
 * Honest numbers: a post's engagement comes from the captured post linked to it (observedPosts with its
 * id as `plannedPostId`); a post with no capture, or whose counts the page hid, has none (null) and is
 * left out of the median, which is null when no post has numbers — never 0.
 */
import type { NewPostPreset } from '@/components/plan/post-form';
import type { AudienceRows } from '@/storage/strategy';
import type { Hook, ObservedPost, Post, Segment } from '@/storage/schemas';
import { engagementOf, median } from '@/utils/strategy/figures';

export interface HookPost {
  post: Post;
  /** Likes + comments + reposts of its captured post; null without captured numbers. */
  engagement: number | null;
  /** When it went out or is planned to (published time first); null for an undated idea. */
  at: number | null;
}

export interface HookCard {
  hook: Hook;
  /** Every post with this hook, the latest first (undated ideas last). */
  posts: HookPost[];
  /** Median engagement of the posts with captured numbers; null when none has any. */
  medianEngagement: number | null;
  /** How many posts the median stands on. */
  measured: number;
  /** How many of its posts are published. */
  published: number;
  /** Published posts without captured numbers yet: the manager should open them on their platform. */
  unmeasuredPublished: number;
  /** The latest published or scheduled time of its posts up to now; null when none is in the past. */
  lastUsedAt: number | null;
  /** The earliest scheduled time of its posts after now: the next use already planned; null for none. */
  nextUseAt: number | null;
}

export interface SegmentColumn {
  segment: Segment;
  /** Active hooks first, then by title. */
  hooks: HookCard[];
}

/** A post's time of use: when it was published, else when it is scheduled. */
export function timeOfUse(post: Pick<Post, 'publishedAt' | 'scheduledAt'>): number | null {
  return post.publishedAt ?? post.scheduledAt;
}

/** The engagement of a planned post from its captures: the most recently seen one when there are several. */
export function engagementOfPlanned(captures: readonly ObservedPost[]): number | null {
  const latest = captures.reduce<ObservedPost | null>((best, row) => (best === null || row.lastSeenAt > best.lastSeenAt ? row : best), null);
  return latest ? engagementOf(latest) : null;
}

export function buildHookCard(hook: Hook, posts: readonly Post[], capturesOf: (postId: string) => readonly ObservedPost[], now: number): HookCard {
  const used = posts
    .filter((post) => post.hookId === hook.id)
    .map((post): HookPost => ({ post, engagement: engagementOfPlanned(capturesOf(post.id)), at: timeOfUse(post) }))
    .sort((a, b) => (b.at ?? -Infinity) - (a.at ?? -Infinity) || a.post.title.localeCompare(b.post.title));
  const values = used.flatMap((entry) => (entry.engagement === null ? [] : [entry.engagement]));
  const times = used.flatMap((entry) => (entry.at === null ? [] : [entry.at]));
  const past = times.filter((at) => at <= now);
  const future = times.filter((at) => at > now);
  return {
    hook,
    posts: used,
    medianEngagement: median(values),
    measured: values.length,
    published: used.filter((entry) => entry.post.status === 'published').length,
    unmeasuredPublished: used.filter((entry) => entry.engagement === null && entry.post.status === 'published').length,
    lastUsedAt: past.length ? Math.max(...past) : null,
    nextUseAt: future.length ? Math.min(...future) : null,
  };
}

/** The whole board at `now`: segments by name, each with its hooks. */
export function buildHookBoard(rows: AudienceRows, now: number): SegmentColumn[] {
  const captures = new Map<string, ObservedPost[]>();
  for (const row of rows.observed) {
    if (row.plannedPostId === null) continue;
    captures.set(row.plannedPostId, [...(captures.get(row.plannedPostId) ?? []), row]);
  }
  const capturesOf = (postId: string) => captures.get(postId) ?? [];
  return [...rows.segments]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((segment) => ({
      segment,
      hooks: rows.hooks
        .filter((hook) => hook.segmentId === segment.id)
        .sort((a, b) => Number(b.active) - Number(a.active) || a.title.localeCompare(b.title))
        .map((hook) => buildHookCard(hook, rows.posts, capturesOf, now)),
    }));
}

/**
 * A new draft from a hook: aimed at its segment, with its offer and call to action as the start of the
 * text, on the first platform the segment uses (the editor's default when it names none).
 */
export function draftFromHook(hook: Hook, segment: Segment): NewPostPreset {
  const text = [hook.offer.trim(), hook.callToAction.trim()].filter(Boolean).join('\n\n');
  const platform = segment.platforms[0];
  return { segmentId: segment.id, hookId: hook.id, text, ...(platform ? { platform } : {}) };
}
