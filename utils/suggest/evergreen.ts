/**
 * Evergreen posts (issue 8): the brand's best old posts, offered again for the empty slots of the next
 * two weeks. A proven post re-published (refreshed, or as is) is cheaper than a new one and reaches the
 * followers who joined since, or who missed it.
 *
 * The history: the brand's posts published in the last HISTORY_DAYS (365) days, except the last
 * SETTLE_DAYS (7), whose counts are still climbing (a post of yesterday is not yet a weak post). Per
 * platform, the measure is ER by followers when every post that shows engagement also has a follower
 * count, else engagement (`metricFor`/`valueOf`, compare-groups.ts): ER is fair to posts from before
 * the account grew, which matters over a year. Posts whose counts were all hidden are left out; a
 * platform needs MIN_HISTORY (20) posts with a value before any of them is ranked.
 *
 * A post's percentile: the share of the platform's history (itself included) with a strictly lower
 * value, × 100, rounded down. Strict, so tied posts do not lift each other: the best of 20 is at 95,
 * the second at 90. A post is an evergreen candidate when
 * - it is in the top TOP_FRACTION (10 %): percentile ≥ 90;
 * - it stands out: its value is at least MIN_LIFT (1.5) times the platform's median. On a flat history
 *   the top 10 % is barely above the rest, and a repeat would gain nothing over a new post;
 * - it is at least MIN_AGE_DAYS (60) old, so the repeat does not follow the original too closely;
 * - it is not in the caller's `recycledIds` (observed post ids already recycled or planned to be: the
 *   plan does not link a re-publication to its original, so the caller, who knows, says);
 * - it did not belong to a campaign (its planned post has a `campaignId`): every campaign is a band of
 *   dates (storage/schemas.ts), so its posts spoke of an offer, a contest or a launch that is over;
 * - it is not a story or a live (EPHEMERAL_FORMATS): those cannot be posted again as they were.
 *
 * Empty slots: the occurrences of the platform's active slots (utils/time/recurrence.ts, on the brand's
 * wall clock) on the WINDOW_DAYS (14) local dates from tomorrow on. Today is left out: a slot of today
 * is either already filled or too close to prepare a post for. An occurrence is taken, as in "plan next
 * month" (utils/plan/plan-month.ts), when a planned post on the same platform that is not cancelled is
 * scheduled within ±TAKEN_WITHIN_MS (30 minutes) of it — ideas with a time count, they hold the slot —
 * or when an earlier occurrence this rule already filled is that close (two slots duplicating each
 * other get one post, not two).
 *
 * Pairing: per platform, the best candidates (highest value, then older, then id) go to the earliest
 * empty occurrences, one post per occurrence and each post once, at most MAX_PER_PLATFORM (3). The
 * action writes the new idea at the occurrence's date and wall-clock time in the slot's format (the
 * slot says what the plan wants there; an observed post's format is often only 'post', which is no
 * plan format).
 *
 * Confidence (a rank, not a test): high for a top-5 % post (percentile ≥ 95) on a history of at least
 * HIGH_HISTORY (40) posts; medium for a top-5 % post on a shorter history, or a top-10 % one on a long
 * history; low for a top-10 % post on a history of 20–39 posts, where one good week moves the ranks.
 *
 * Title `evergreen.recycle`: `platform` (platform id), `date` and `localTime` (the empty occurrence,
 * wall clock in the brand's zone), `postDate` (the original's local date), `engagement` (the original's
 * engagement count, likes + comments + reposts — a number a sentence can hold, whatever the measure)
 * and `percentile` (whole percent). Evidence: the post's value by the platform's measure
 * (`postErFollowers` or `postEngagement`, n = 1), the platform's median by that measure
 * (`medianErFollowers` or `medianEngagement`, n = the history), the percentile as a fraction
 * (`postsBelowShare`, n = the history) and the post's age in whole days (`postAgeDays`, n = 1); the
 * evidence period is the history's, [now − 365 d, now − 7 d).
 *
 * Fingerprint: `evergreen:<observed post id>:<local date of the occurrence>`.
 * Order: platforms alphabetically, then by the occurrence's time.
 */
import type { Post, Slot } from '@/storage/schemas';
import type { DerivedPost } from '@/utils/analytics/report';
import type { Platform } from '@/utils/platforms';
import { TAKEN_WITHIN_MS } from '@/utils/plan/plan-month';
import { median } from '@/utils/strategy/figures';
import { expandSlots, type Occurrence } from '@/utils/time/recurrence';
import { addDays, toWallClock, todayIn } from '@/utils/time/wall-clock';
import { metricFor, postsByPlatform, valueOf } from './compare-groups';
import type { Confidence, Suggestion } from './types';

export const EVERGREEN_RULE = 'evergreen';
export const HISTORY_DAYS = 365;
export const SETTLE_DAYS = 7;
export const MIN_AGE_DAYS = 60;
export const MIN_HISTORY = 20;
export const HIGH_HISTORY = 40;
export const TOP_FRACTION = 0.1;
export const MIN_LIFT = 1.5;
export const HIGH_TOP_FRACTION = 0.05;
export const WINDOW_DAYS = 14;
export const MAX_PER_PLATFORM = 3;
export const EPHEMERAL_FORMATS: readonly string[] = ['story', 'live'];

const DAY_MS = 24 * 60 * 60_000;

/** What the rule reads of a planned post (a storage `Post` fits). */
export type UpcomingPost = Pick<Post, 'id' | 'platform' | 'scheduledAt' | 'status'>;

export interface EvergreenInput {
  /** The brand's own posts over a long history (only the last HISTORY_DAYS count). */
  posts: readonly DerivedPost[];
  /** The plan's posting slots (inactive ones are ignored). */
  slots: readonly Slot[];
  /** Planned posts of the coming WINDOW_DAYS (a wider span is fine). */
  upcoming: readonly UpcomingPost[];
  /** Observed post ids already recycled or planned for recycling: never offered again. */
  recycledIds?: ReadonlySet<string>;
  now: number;
  /** The brand's zone: slots are wall-clock times in it. */
  timeZone: string;
}

interface Candidate {
  post: DerivedPost;
  value: number;
  percentile: number;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function confidenceOf(percentile: number, history: number): Confidence {
  const top5 = percentile >= 100 * (1 - HIGH_TOP_FRACTION);
  if (top5 && history >= HIGH_HISTORY) return 'high';
  if (top5 || history >= HIGH_HISTORY) return 'medium';
  return 'low';
}

export function evergreenRule({ posts, slots, upcoming, recycledIds = new Set<string>(), now, timeZone }: EvergreenInput): Suggestion[] {
  const history = { start: now - HISTORY_DAYS * DAY_MS, end: now - SETTLE_DAYS * DAY_MS };
  const today = todayIn(timeZone, now);
  const occurrences = expandSlots(slots, addDays(today, 1), addDays(today, WINDOW_DAYS), timeZone);
  const planned = upcoming.filter((post): post is UpcomingPost & { scheduledAt: number } => post.status !== 'cancelled' && post.scheduledAt !== null);

  const suggestions: Suggestion[] = [];
  for (const [platform, mine] of postsByPlatform(posts, history)) {
    const metric = metricFor(mine);
    const valued = mine.flatMap((post) => {
      const value = valueOf(post, metric);
      return value === null ? [] : [{ post, value }];
    });
    if (valued.length < MIN_HISTORY) continue;
    const values = valued.map(({ value }) => value);
    const platformMedian = median(values)!;
    const candidates: Candidate[] = valued
      .map(({ post, value }) => ({ post, value, percentile: Math.floor((100 * values.filter((other) => other < value).length) / values.length) }))
      .filter(
        ({ post, value, percentile }) =>
          percentile >= 100 * (1 - TOP_FRACTION) &&
          value >= MIN_LIFT * platformMedian &&
          post.post.publishedAt <= now - MIN_AGE_DAYS * DAY_MS &&
          !recycledIds.has(post.post.id) &&
          !post.planned?.campaignId &&
          !EPHEMERAL_FORMATS.includes(post.format),
      )
      .sort((a, b) => b.value - a.value || a.post.post.publishedAt - b.post.post.publishedAt || compare(a.post.post.id, b.post.post.id));
    if (candidates.length === 0) continue;

    const empty = emptyOccurrences(platform, occurrences, planned, candidates.length);
    const measure = metric === 'erFollowers' ? 'ErFollowers' : 'Engagement';
    const params = { platform };
    empty.forEach((occurrence, index) => {
      const { post, value, percentile } = candidates[index]!;
      const id = post.post.id;
      suggestions.push({
        rule: EVERGREEN_RULE,
        platform,
        title: {
          key: `${EVERGREEN_RULE}.recycle`,
          params: {
            platform,
            date: occurrence.localDate,
            localTime: occurrence.localTime,
            postDate: toWallClock(post.post.publishedAt, timeZone).localDate,
            engagement: post.engagement ?? 0,
            percentile,
          },
        },
        evidence: {
          start: history.start,
          end: history.end,
          items: [
            { key: `post${measure}`, params, value, n: 1 },
            { key: `median${measure}`, params, value: platformMedian, n: values.length },
            { key: 'postsBelowShare', params, value: percentile / 100, n: values.length },
            { key: 'postAgeDays', params, value: Math.floor((now - post.post.publishedAt) / DAY_MS), n: 1 },
          ],
          fingerprint: `${EVERGREEN_RULE}:${id}:${occurrence.localDate}`,
        },
        confidence: confidenceOf(percentile, values.length),
        action: { kind: 'recycle', observedPostId: id, intoLocalDate: occurrence.localDate, localTime: occurrence.localTime, platform, format: occurrence.format },
      });
    });
  }
  return suggestions;
}

/** The platform's first empty occurrences, at most `wanted` and MAX_PER_PLATFORM (see the header). */
function emptyOccurrences(platform: Platform, occurrences: readonly Occurrence[], planned: readonly { platform: Platform; scheduledAt: number }[], wanted: number): Occurrence[] {
  const near = (a: number, b: number) => Math.abs(a - b) <= TAKEN_WITHIN_MS;
  const mine = planned.filter((post) => post.platform === platform);
  const chosen: Occurrence[] = [];
  for (const occurrence of occurrences) {
    if (chosen.length >= Math.min(wanted, MAX_PER_PLATFORM)) break;
    if (occurrence.platform !== platform) continue;
    if (mine.some((post) => near(post.scheduledAt, occurrence.scheduledAt))) continue;
    if (chosen.some((other) => near(other.scheduledAt, occurrence.scheduledAt))) continue;
    chosen.push(occurrence);
  }
  return chosen;
}
