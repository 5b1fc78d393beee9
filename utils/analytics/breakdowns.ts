/**
 * What drove the numbers: the period's posts grouped by format, pillar, topic, segment, hook or
 * campaign (from the planned post an observed post is linked to), and a weekday × hour heatmap of
 * publication times in the brand's zone. Every group carries its sample size; fewer than SMALL_SAMPLE
 * posts is marked as a small sample, because a median of two posts says little.
 */
import { median } from '@/utils/strategy/figures';
import { toWallClock, isoWeekday } from '@/utils/time/wall-clock';
import { honestTotal, meanOf, type HonestTotal } from './honest-sum';
import type { DerivedPost } from './report';

export const SMALL_SAMPLE = 5;
export const BREAKDOWNS = ['format', 'pillar', 'topic', 'segment', 'hook', 'campaign'] as const;
export type BreakdownBy = (typeof BREAKDOWNS)[number];

export interface BreakdownRow {
  /** The group's value (a format, a pillar, a segment id …); null for posts without one (or not in the plan). */
  key: string | null;
  posts: number;
  engagement: HonestTotal;
  medianEngagement: number | null;
  erFollowers: { value: number | null; n: number };
  small: boolean;
}

function keyOf(post: DerivedPost, by: BreakdownBy): string | null {
  if (by === 'format') return post.format;
  const planned = post.planned;
  if (!planned) return null;
  const value = by === 'pillar' ? planned.pillar : by === 'topic' ? planned.topic : by === 'segment' ? planned.segmentId : by === 'hook' ? planned.hookId : planned.campaignId;
  return value === null || value.trim() === '' ? null : value;
}

/** Groups by `by`, the strongest median engagement first; the group without a value last. */
export function breakdown(posts: readonly DerivedPost[], by: BreakdownBy): BreakdownRow[] {
  const groups = new Map<string | null, DerivedPost[]>();
  for (const post of posts) {
    const key = keyOf(post, by);
    const members = groups.get(key);
    if (members) members.push(post);
    else groups.set(key, [post]);
  }
  return [...groups]
    .map(([key, members]) => ({
      key,
      posts: members.length,
      engagement: honestTotal(members.map((post) => ({ value: post.engagement, approximate: post.approximate }))),
      medianEngagement: median(members.flatMap((post) => (post.engagement === null ? [] : [post.engagement]))),
      erFollowers: meanOf(members.map((post) => post.erFollowers)),
      small: members.length < SMALL_SAMPLE,
    }))
    .sort((a, b) => (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) || (b.medianEngagement ?? -1) - (a.medianEngagement ?? -1) || b.posts - a.posts);
}

export interface HeatCell {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  hour: number;
  /** Median engagement of the posts published in this hour of this weekday; null when none showed counts. */
  value: number | null;
  n: number;
}

/** One cell per weekday and hour that has posts, in the brand's zone. */
export function heatmap(posts: readonly DerivedPost[], timeZone: string): HeatCell[] {
  const cells = new Map<number, { weekday: number; hour: number; values: number[]; n: number }>();
  for (const post of posts) {
    const { localDate, localTime } = toWallClock(post.post.publishedAt, timeZone);
    const weekday = isoWeekday(localDate) - 1;
    const hour = Number(localTime.slice(0, 2));
    const key = weekday * 24 + hour;
    const cell = cells.get(key) ?? { weekday, hour, values: [], n: 0 };
    cell.n++;
    if (post.engagement !== null) cell.values.push(post.engagement);
    cells.set(key, cell);
  }
  return [...cells.values()].sort((a, b) => a.weekday - b.weekday || a.hour - b.hour).map(({ weekday, hour, values, n }) => ({ weekday, hour, value: median(values), n }));
}
