/**
 * Low return on effort (issue 8): a platform that takes a large share of the period's posts but whose
 * posts reliably return less than the posts on the other platforms. The manager may move some of that
 * effort elsewhere, or look at why the platform underperforms (the action opens Strategy → Networks).
 *
 * The measure: ER by followers (post.erFollowers, engagement ÷ followers at publication × 100). Raw
 * engagement is not comparable across platforms (an account with ten times the followers gets ten times
 * the likes); ER by followers is, as far as one number can be. Posts without it (a hidden count, or no
 * follower reading of the account) are left out of the test — but still count as effort in the share.
 * ER by followers still differs between platforms by nature (Facebook pages tend to lower rates than
 * Instagram or TikTok accounts); the rule reports the return the brand actually gets, which is what the
 * effort decision needs, and the title says "per post", not "the platform is bad".
 *
 * A platform is tested when
 * - it has at least MIN_SHARE (25 %) of the period's posts (all posts, counts shown or not): the rule
 *   is about effort, and a platform with a few posts costs little;
 * - it has at least MIN_SAMPLE (8) posts with ER, and the other platforms pooled have at least 8 too.
 * The test is the two-sided Mann–Whitney U of its ER values against the other platforms' pooled
 * (stats.ts), Holm-adjusted over the platforms tested. Choosing the platforms by share before testing
 * does not bias the tests: the share is a count of posts, not of their returns.
 * It fires at adjusted p < ALPHA when the probability that one of its posts beats a post of the others
 * (ties half) is at most MAX_EFFECT (0.35).
 * Pooling weighs each other platform by its number of posts, so "the others" is mostly the busiest of
 * them; with only two platforms it is the other one.
 *
 * Follower growth per post was considered and left out: it needs follower readings at both ends of the
 * period for every account (ReportAccount), it cannot be attributed to posts (follows come from
 * profile visits, ads, mentions), and one number per platform and period is no sample for a test.
 *
 * Confidence: `confidenceOf` (compare-groups.ts) from the adjusted p and the smaller side.
 *
 * Title `low-return.platform`: `platform` (platform id), `share` (its share of the period's posts,
 * whole percent), `medianEr` and `medianErOthers` (median ER by followers in percent, two decimals).
 * Evidence: the share (a fraction, n = the period's posts), the two medians (n = each side's posts with
 * ER), the probability that a post of the platform beats one of the others and the adjusted p-value
 * (n = both sides).
 *
 * Fingerprint: `low-return:<platform>:<YYYY-MM>`, the month the period starts in on the brand's wall
 * calendar: `period.from` when the caller passes the report's Period, else the UTC month of the start
 * plus 14 hours (zones are within −12 h and +14 h of UTC, so a start at local midnight on the 1st is
 * still read as that month). Over a rolling window (the Adjust area's last quarter) the label moves on
 * with the month the window starts in, so a dismissed finding comes back at most once a month.
 * Order: by adjusted p, then platform.
 */
import type { DerivedPost } from '@/utils/analytics/report';
import type { Platform } from '@/utils/platforms';
import { median } from '@/utils/strategy/figures';
import { confidenceOf } from './compare-groups';
import { holm, mannWhitneyU, type MannWhitneyResult } from './stats';
import type { Suggestion } from './types';

export const LOW_RETURN_RULE = 'low-return';
export const MIN_SHARE = 0.25;
export const MIN_SAMPLE = 8;
export const MAX_EFFECT = 0.35;
export const ALPHA = 0.05;

const HOUR_MS = 60 * 60_000;

export interface LowReturnInput {
  posts: readonly DerivedPost[];
  /** [start, end) instants; `from` (the first local date, as the report's Period has it) names the month. */
  period: { start: number; end: number; from?: string };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const twoDecimals = (value: number) => Math.round(value * 100) / 100;

/** The month (`YYYY-MM`) the period starts in (see the header). */
export function periodMonth(period: LowReturnInput['period']): string {
  return period.from?.slice(0, 7) ?? new Date(period.start + 14 * HOUR_MS).toISOString().slice(0, 7);
}

export function lowReturnRule({ posts, period }: LowReturnInput): Suggestion[] {
  const inPeriod = posts.filter(({ post }) => post.publishedAt >= period.start && post.publishedAt < period.end);
  const total = inPeriod.length;
  if (total === 0) return [];
  const counts = new Map<Platform, number>();
  const values = new Map<Platform, number[]>();
  for (const { post, erFollowers } of inPeriod) {
    counts.set(post.platform, (counts.get(post.platform) ?? 0) + 1);
    if (erFollowers !== null && Number.isFinite(erFollowers)) values.set(post.platform, [...(values.get(post.platform) ?? []), erFollowers]);
  }

  const tests: { platform: Platform; share: number; mine: number[]; others: number[]; test: MannWhitneyResult }[] = [];
  for (const [platform, count] of [...counts].sort(([a], [b]) => compare(a, b))) {
    const share = count / total;
    const mine = values.get(platform) ?? [];
    const others = [...values].filter(([other]) => other !== platform).flatMap(([, list]) => list);
    if (share < MIN_SHARE || mine.length < MIN_SAMPLE || others.length < MIN_SAMPLE) continue;
    const test = mannWhitneyU(mine, others);
    if (test) tests.push({ platform, share, mine, others, test });
  }
  const adjusted = holm(tests.map(({ test }) => test.p));
  const month = periodMonth(period);

  const found: { p: number; suggestion: Suggestion }[] = [];
  tests.forEach(({ platform, share, mine, others, test }, index) => {
    const p = adjusted[index]!;
    if (!(p < ALPHA) || test.effect > MAX_EFFECT) return;
    const params = { platform };
    const medianEr = median(mine)!;
    const medianErOthers = median(others)!;
    const n = mine.length + others.length;
    found.push({
      p,
      suggestion: {
        rule: LOW_RETURN_RULE,
        platform,
        title: { key: `${LOW_RETURN_RULE}.platform`, params: { platform, share: Math.round(share * 100), medianEr: twoDecimals(medianEr), medianErOthers: twoDecimals(medianErOthers) } },
        evidence: {
          start: period.start,
          end: period.end,
          items: [
            { key: 'postShare', params, value: share, n: total },
            { key: 'medianErFollowers', params, value: medianEr, n: mine.length },
            { key: 'medianErFollowersOtherPlatforms', params, value: medianErOthers, n: others.length },
            { key: 'probabilityHigher', params, value: test.effect, n },
            { key: 'pValue', params, value: p, n },
          ],
          fingerprint: `${LOW_RETURN_RULE}:${platform}:${month}`,
        },
        confidence: confidenceOf(p, test.n1, test.n2),
        action: { kind: 'open', area: 'strategy', page: 'networks' },
      },
    });
  });
  return found.sort((a, b) => a.p - b.p || compare(a.suggestion.platform, b.suggestion.platform)).map(({ suggestion }) => suggestion);
}
