/**
 * Neglected segments (issue 8): an audience segment that the upcoming plan barely serves, next to
 * segments that get their share, so the manager can hand it a few posts before they go out.
 *
 * The plan: posts of `upcoming` scheduled in the window ([start, end)) that are still planned — ideas,
 * drafts, scheduled and ready posts; published, missed and cancelled ones are not the plan any more, and
 * posts without a time are not in the window. A post counts for the segment it is tagged with (a tag
 * naming a segment that no longer exists counts as no tag).
 *
 * The even share: each post of the plan is shared equally among the segments present on its platform,
 * and a segment's even share is the sum of its parts. So a segment found only on LinkedIn is measured
 * against the LinkedIn posts, not against the whole plan. A segment is present on a platform when
 * - the manager rated its presence there (Networks page): a rating above 0;
 * - otherwise, when it lists platforms: the platform is among them;
 * - otherwise (no platforms listed, nothing rated there): everywhere — nothing says it is not.
 * Segments present on none of the plan's platforms are left out: the plan cannot neglect them.
 *
 * A segment is neglected when
 * - the plan holds at least MIN_PLAN (8) posts: a smaller plan is too short to judge a mix by;
 * - its even share is at least MIN_EVEN (2) posts: with more segments than the plan has room for,
 *   some must wait a week, and that is not neglect;
 * - it gets fewer than NEGLECT_SHARE (½) of its even share (with an even share of 2 or 3, no post at
 *   all; of 4 or 5, one or none; …);
 * - another segment gets at least its own even share: the plan is tagged enough to judge. A manager who
 *   leaves most posts untagged would otherwise hear that every segment is neglected.
 *
 * Confidence: a count, not an estimate, so it says how clear the gap is. 'high' when the segment gets
 * no post at all and its even share is at least HIGH_EVEN (4); 'medium' when it gets none with a
 * smaller share, or gets a few against a share of at least HIGH_EVEN; 'low' otherwise (a post or two
 * against a share of 2–4, a difference a single re-tag could undo).
 *
 * The action retags a few upcoming posts to the segment ({ kind: 'retag', field: 'segmentId' }):
 * only ideas and drafts (a scheduled or ready post may already be written for its audience), on a
 * platform where the segment is present, without a hook of another segment (a hook is an offer made to
 * one segment). A post is taken with its platform variants (`groupId`), which share the segment and
 * which the retag carries along (replan.ts); a group with a scheduled or ready variant in `upcoming` is
 * left alone, and a group counts as as many posts as it has in the plan. First posts with no segment,
 * then posts of the most over-served segment (the highest count above its even share), never taking it
 * below its own share; the earliest first. Until the segment reaches its even share (rounded; at least
 * one post), at most MAX_RETAG posts — a group of variants may overshoot by its size less one. Posts
 * given to one neglected segment are not offered to the next. With nothing to move, the action opens
 * the plan ({ kind: 'open', area: 'plan' }).
 *
 * Title: `neglected-segments.neglected` with { segment (the segment's id; the page shows its name),
 * count (its posts in the plan), even (its even share, rounded), posts (the plan's size) } and, when the
 * segment has an active hook, `hookId` (the first by id) so the page can suggest using it.
 * Evidence: segmentPosts (the segment's posts; n = the plan), segmentEvenPosts (its even share, with
 * `segments`, the segments present on the plan's platforms; n = the plan's posts on its platforms),
 * mostServedSegmentPosts (the best-served segment's posts, its id as `segment`) and untaggedPosts.
 * Suggestions come most neglected first (lowest count ÷ even share), then by segment id.
 *
 * Fingerprint: `neglected-segments:<segment id>:<ISO week of the window's start>` (e.g. `2026-W48`, on
 * the brand's calendar): dismissing it silences it for this week's plan — a window rolling day by day
 * keeps its key all week — and it comes back next week if the plan still leaves the segment out.
 */
import type { Hook, Post, Segment } from '@/storage/schemas';
import type { Platform } from '@/utils/platforms';
import { addDays, daysBetween, isoWeekday, todayIn } from '@/utils/time/wall-clock';
import { parseLocalDate } from '@/utils/time/local-date';
import type { Confidence, EvidenceItem, Suggestion, SuggestedAction } from './types';

export const NEGLECTED_SEGMENTS_RULE = 'neglected-segments';
export const MIN_PLAN = 8;
export const MIN_EVEN = 2;
export const NEGLECT_SHARE = 0.5;
export const HIGH_EVEN = 4;
export const MAX_RETAG = 5;

export type SegmentRow = Pick<Segment, 'id' | 'platforms' | 'presence'>;
export type HookRow = Pick<Hook, 'id' | 'segmentId' | 'active'>;
export type PlanRow = Pick<Post, 'id' | 'groupId' | 'platform' | 'status' | 'scheduledAt' | 'segmentId' | 'hookId'>;

export interface NeglectedSegmentsInput {
  segments: readonly SegmentRow[];
  hooks: readonly HookRow[];
  /** Upcoming planned posts, any status, with their platform variants (the plan's window and around it). */
  upcoming: readonly PlanRow[];
  /** The plan judged (instants, [start, end)), e.g. the next 14 days. */
  window: { start: number; end: number };
  /** The brand's zone, for the week in the fingerprint; UTC when left out. */
  timeZone?: string;
}

const PLANNED: ReadonlySet<Post['status']> = new Set(['idea', 'draft', 'scheduled', 'ready']);
const MOVABLE: ReadonlySet<Post['status']> = new Set(['idea', 'draft']);
const LOCKED: ReadonlySet<Post['status']> = new Set(['scheduled', 'ready']);

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Whether the segment is present on the platform (see the header). */
export function presentOn(segment: SegmentRow, platform: Platform): boolean {
  const rated = segment.presence?.[platform];
  if (rated !== undefined) return rated > 0;
  return segment.platforms.length === 0 || segment.platforms.includes(platform);
}

/** The ISO week of a local date, `YYYY-Www` (the week belongs to the year of its Thursday). */
export function isoWeekKey(localDate: string): string {
  const thursday = addDays(localDate, 4 - isoWeekday(localDate));
  const { year } = parseLocalDate(thursday);
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function confidenceOf(count: number, even: number): Confidence {
  if (count === 0 && even >= HIGH_EVEN) return 'high';
  if (count === 0 || even >= HIGH_EVEN) return 'medium';
  return 'low';
}

/** Posts that move together: one post, or the variants of one idea. */
interface Unit {
  key: string;
  /** The unit's posts in the plan (what moving it adds to the segment), earliest first. */
  planned: PlanRow[];
  first: number;
  /** The segment the unit is tagged with, null when none (or one that no longer exists). */
  segmentId: string | null;
  /** Whether a retag may take it at all (see the header), before the target segment is known. */
  movable: boolean;
  /** Segments of the hooks its posts carry. */
  hookSegments: Set<string>;
  platforms: Set<Platform>;
}

export function neglectedSegmentsRule({ segments, hooks, upcoming, window, timeZone = 'UTC' }: NeglectedSegmentsInput): Suggestion[] {
  const plan = upcoming
    .filter((post) => PLANNED.has(post.status) && post.scheduledAt !== null && post.scheduledAt >= window.start && post.scheduledAt < window.end)
    .sort((a, b) => a.scheduledAt! - b.scheduledAt! || byText(a.id, b.id));
  if (plan.length < MIN_PLAN) return [];

  const known = new Map(segments.map((segment) => [segment.id, segment]));
  const tagOf = (post: PlanRow) => (post.segmentId !== null && known.has(post.segmentId) ? post.segmentId : null);
  const counts = new Map<string, number>(segments.map((segment) => [segment.id, 0]));
  let untagged = 0;
  for (const post of plan) {
    const tag = tagOf(post);
    if (tag === null) untagged++;
    else counts.set(tag, counts.get(tag)! + 1);
  }

  // Each post shared equally among the segments present on its platform.
  const ordered = [...segments].sort((a, b) => byText(a.id, b.id));
  const presentByPlatform = new Map<Platform, SegmentRow[]>();
  const even = new Map<string, number>();
  const reachable = new Map<string, number>();
  for (const post of plan) {
    let present = presentByPlatform.get(post.platform);
    if (!present) presentByPlatform.set(post.platform, (present = ordered.filter((segment) => presentOn(segment, post.platform))));
    for (const segment of present) {
      even.set(segment.id, (even.get(segment.id) ?? 0) + 1 / present.length);
      reachable.set(segment.id, (reachable.get(segment.id) ?? 0) + 1);
    }
  }
  const relevant = ordered.filter((segment) => (even.get(segment.id) ?? 0) > 0);
  const served = relevant.filter((segment) => counts.get(segment.id)! >= even.get(segment.id)!);
  const neglected = relevant
    .filter((segment) => {
      const share = even.get(segment.id)!;
      return share >= MIN_EVEN && counts.get(segment.id)! < NEGLECT_SHARE * share && served.some((other) => other.id !== segment.id);
    })
    .sort((a, b) => {
      const ratio = (s: SegmentRow) => counts.get(s.id)! / even.get(s.id)!;
      return ratio(a) - ratio(b) || even.get(b.id)! - even.get(a.id)! || byText(a.id, b.id);
    });
  if (neglected.length === 0) return [];

  const units = unitsOf(plan, upcoming, hooks, tagOf);
  const mostServed = [...relevant].sort((a, b) => counts.get(b.id)! - counts.get(a.id)! || byText(a.id, b.id))[0]!;
  // What each segment holds as the retags are handed out (a unit given away is not offered twice).
  const holding = new Map(counts);
  const taken = new Set<string>();

  return neglected.map((segment): Suggestion => {
    const count = counts.get(segment.id)!;
    const share = even.get(segment.id)!;
    const platforms = [...new Set(plan.map((post) => post.platform))].filter((platform) => presentOn(segment, platform)).sort(byText);
    const hook = hooks.filter((h) => h.active && h.segmentId === segment.id).sort((a, b) => byText(a.id, b.id))[0];
    const params = { segment: segment.id };
    const items: EvidenceItem[] = [
      { key: 'segmentPosts', params, value: count, n: plan.length },
      { key: 'segmentEvenPosts', params: { ...params, segments: relevant.length }, value: share, n: reachable.get(segment.id)! },
      { key: 'mostServedSegmentPosts', params: { segment: mostServed.id }, value: counts.get(mostServed.id)!, n: plan.length },
      { key: 'untaggedPosts', params: {}, value: untagged, n: plan.length },
    ];
    return {
      rule: NEGLECTED_SEGMENTS_RULE,
      platform: platforms.length === 1 ? platforms[0]! : 'all',
      title: {
        key: `${NEGLECTED_SEGMENTS_RULE}.neglected`,
        params: { segment: segment.id, count, even: Math.round(share), posts: plan.length, ...(hook ? { hookId: hook.id } : {}) },
      },
      evidence: {
        start: window.start,
        end: window.end,
        items,
        fingerprint: `${NEGLECTED_SEGMENTS_RULE}:${segment.id}:${isoWeekKey(todayIn(timeZone, window.start))}`,
      },
      confidence: confidenceOf(count, share),
      action: retagFor(segment, Math.round(share) - count, units, relevant, even, holding, taken),
    };
  });
}

function unitsOf(plan: readonly PlanRow[], upcoming: readonly PlanRow[], hooks: readonly HookRow[], tagOf: (post: PlanRow) => string | null): Unit[] {
  const hookSegment = new Map(hooks.map((hook) => [hook.id, hook.segmentId]));
  const keyOf = (post: PlanRow) => (post.groupId === null ? `post:${post.id}` : `group:${post.groupId}`);
  const units = new Map<string, Unit>();
  for (const post of plan) {
    const key = keyOf(post);
    const unit = units.get(key) ?? { key, planned: [], first: post.scheduledAt!, segmentId: tagOf(post), movable: true, hookSegments: new Set<string>(), platforms: new Set<Platform>() };
    unit.planned.push(post);
    unit.platforms.add(post.platform);
    if (!MOVABLE.has(post.status) || tagOf(post) !== unit.segmentId) unit.movable = false;
    units.set(key, unit);
  }
  // Variants outside the window move too: a scheduled or ready one keeps the whole group where it is.
  for (const post of upcoming) {
    const unit = units.get(keyOf(post));
    if (!unit) continue;
    if (LOCKED.has(post.status)) unit.movable = false;
    if (post.hookId !== null) unit.hookSegments.add(hookSegment.get(post.hookId) ?? `unknown:${post.hookId}`);
  }
  return [...units.values()].sort((a, b) => a.first - b.first || byText(a.key, b.key));
}

function retagFor(
  segment: SegmentRow,
  wanted: number,
  units: readonly Unit[],
  relevant: readonly SegmentRow[],
  even: ReadonlyMap<string, number>,
  holding: Map<string, number>,
  taken: Set<string>,
): SuggestedAction {
  const need = Math.min(MAX_RETAG, Math.max(1, wanted));
  const fits = (unit: Unit) =>
    unit.movable &&
    !taken.has(unit.key) &&
    [...unit.platforms].some((platform) => presentOn(segment, platform)) &&
    [...unit.hookSegments].every((owner) => owner === segment.id);
  const chosen: Unit[] = [];
  let gained = 0;
  const take = (unit: Unit) => {
    chosen.push(unit);
    taken.add(unit.key);
    gained += unit.planned.length;
  };

  for (const unit of units) {
    if (gained >= need) break;
    if (unit.segmentId === null && fits(unit)) take(unit);
  }
  const surplus = (s: SegmentRow) => holding.get(s.id)! - even.get(s.id)!;
  const donor = relevant.filter((s) => s.id !== segment.id && surplus(s) >= 1).sort((a, b) => surplus(b) - surplus(a) || byText(a.id, b.id))[0];
  if (donor) {
    for (const unit of units) {
      if (gained >= need) break;
      if (unit.segmentId !== donor.id || !fits(unit)) continue;
      if (unit.planned.length > surplus(donor)) continue;
      take(unit);
      holding.set(donor.id, holding.get(donor.id)! - unit.planned.length);
    }
  }
  holding.set(segment.id, holding.get(segment.id)! + gained);
  if (chosen.length === 0) return { kind: 'open', area: 'plan' };
  const postIds = chosen.flatMap((unit) => unit.planned.map((post) => post.id));
  return { kind: 'retag', field: 'segmentId', to: segment.id, postIds };
}
