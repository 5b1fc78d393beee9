/**
 * Re-plan actions for the rules that compare groups of past posts (format mix; pillars, topics and
 * hooks): those rules read only the past, so their action is attached here, where the upcoming plan is
 * known. A finding becomes a change of the upcoming plan:
 *
 * - "X does better": upcoming posts of the platform with another value (format, pillar…) become X —
 *   the finding was X against all other values pooled; values with the lowest median go first;
 * - "X does worse": the upcoming posts of value X become the value with the highest median among
 *   values with at least MIN_SAMPLE posts (no such value: no action).
 *
 * Only ideas, drafts and scheduled posts without media are changed — a `ready` post was handed to its
 * platform, and a post with prepared images is made for its format — at most MAX_CHANGED posts, the
 * soonest first, so a suggestion is a measured step, not a rewrite of the
 * month. When no upcoming post qualifies, the action stays as the rule made it and the page says there
 * is nothing in the plan to change.
 */
import { median } from '@/utils/strategy/figures';
import type { DerivedPost } from '@/utils/analytics/report';
import type { Post } from '@/storage/schemas';
import type { Platform } from '@/utils/platforms';
import { MIN_SAMPLE, metricFor, postsByPlatform, valueOf } from './compare-groups';
import { contentKey, CONTENT_PERFORMANCE_RULE, type ContentDimension } from './content-performance';
import { FORMAT_MIX_RULE } from './format-mix';
import type { Suggestion, SuggestedAction } from './types';

export const MAX_CHANGED = 4;
/**
 * 'post' is what an address says when it does not tell the format (utils/strategy/figures.ts): posts
 * linked to no planned post get it. No planned post has it, so the plan is never changed to it.
 */
const UNPLANNABLE = new Set(['post']);
const OPEN_STATUSES: ReadonlySet<Post['status']> = new Set(['idea', 'draft', 'scheduled']);

export interface PlanActionInput {
  /** The past posts the rules ran on. */
  posts: readonly DerivedPost[];
  period: { start: number; end: number };
  /** Upcoming planned posts (any status; only ideas and drafts are changed). */
  upcoming: readonly Post[];
  now: number;
}

type ContentField = 'pillar' | 'topic' | 'hookId';
type Field = 'format' | ContentField;
const FIELD_OF: Record<ContentDimension, ContentField> = { pillar: 'pillar', topic: 'topic', hook: 'hookId' };

/** Median of the platform's measure per value, for values with enough posts. */
function mediansBy(posts: readonly DerivedPost[], keyOf: (post: DerivedPost) => string | null): Map<string, number> {
  const metric = metricFor(posts);
  const values = new Map<string, number[]>();
  for (const post of posts) {
    const key = keyOf(post);
    const value = valueOf(post, metric);
    if (key === null || value === null) continue;
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  const medians = new Map<string, number>();
  for (const [key, list] of values) if (list.length >= MIN_SAMPLE) medians.set(key, median(list)!);
  return medians;
}

function fieldValue(post: Post, field: Field): string | null {
  const value = post[field];
  return value === null || value.trim() === '' ? null : value.trim();
}

/** Posts of the platform still open to change (see the header), the soonest first. */
function open(upcoming: readonly Post[], platform: Platform, now: number): Post[] {
  return upcoming
    .filter((post) => post.platform === platform && OPEN_STATUSES.has(post.status) && post.mediaIds.length === 0 && (post.scheduledAt === null || post.scheduledAt >= now))
    .sort((a, b) => (a.scheduledAt ?? Infinity) - (b.scheduledAt ?? Infinity) || (a.id < b.id ? -1 : 1));
}

/**
 * The posts to change and the value they get. "Higher": posts of any other value (the finding was
 * against all of them pooled), the value with the lowest median first. "Lower": posts of this value,
 * to the value with the highest median among those with enough posts; none when no value qualifies.
 */
function change(posts: readonly Post[], field: Field, medians: ReadonlyMap<string, number>, key: string, direction: string): { postIds: string[]; to: string } | null {
  if (UNPLANNABLE.has(key) && direction === 'higher') return null;
  if (direction === 'higher') {
    const rank = (post: Post) => medians.get(fieldValue(post, field) ?? '') ?? Infinity;
    const postIds = posts
      .filter((post) => fieldValue(post, field) !== null && fieldValue(post, field) !== key)
      .map((post, order) => ({ post, order }))
      .sort((a, b) => rank(a.post) - rank(b.post) || a.order - b.order)
      .slice(0, MAX_CHANGED)
      .map(({ post }) => post.id);
    return postIds.length ? { postIds, to: key } : null;
  }
  const best = [...medians].filter(([value]) => value !== key && !UNPLANNABLE.has(value)).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0];
  if (!best) return null;
  const postIds = posts.filter((post) => fieldValue(post, field) === key).slice(0, MAX_CHANGED).map((post) => post.id);
  return postIds.length ? { postIds, to: best[0] } : null;
}

function actionFor(suggestion: Suggestion, input: PlanActionInput, byPlatform: ReadonlyMap<Platform, DerivedPost[]>): SuggestedAction | null {
  const platform = suggestion.platform;
  if (platform === 'all') return null;
  const posts = byPlatform.get(platform) ?? [];
  const [, ...rest] = suggestion.title.key.split('.');
  const direction = rest[rest.length - 1]!;
  if (suggestion.rule === FORMAT_MIX_RULE) {
    const found = change(open(input.upcoming, platform, input.now), 'format', mediansBy(posts, (post) => post.format), String(suggestion.title.params.format), direction);
    return found && { kind: 'change-format', postIds: found.postIds, toFormat: found.to };
  }
  if (suggestion.rule === CONTENT_PERFORMANCE_RULE) {
    const dimension = rest[0] as ContentDimension;
    const field = FIELD_OF[dimension];
    const found = change(open(input.upcoming, platform, input.now), field, mediansBy(posts, (post) => contentKey(post, dimension)), String(suggestion.title.params.key), direction);
    return found && { kind: 'retag', postIds: found.postIds, field, to: found.to };
  }
  return null;
}

/** The suggestions with a re-plan action where the upcoming plan offers one; others unchanged. */
export function withPlanActions(suggestions: readonly Suggestion[], input: PlanActionInput): Suggestion[] {
  const byPlatform = new Map(postsByPlatform(input.posts, input.period));
  return suggestions.map((suggestion) => {
    if (suggestion.action.kind !== 'none') return suggestion;
    const action = actionFor(suggestion, input, byPlatform);
    return action ? { ...suggestion, action } : suggestion;
  });
}
