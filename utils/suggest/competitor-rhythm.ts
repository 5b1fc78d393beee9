/**
 * Competitor rhythm (issue 8): a competitor changed how often it posts on a platform, or what it posts
 * there (its format mix). Compares the last RECENT_DAYS (28) with the BASELINE_DAYS (56) before them,
 * per competitor and platform, on the posts the collectors saw (storage/analytics.ts CompetitorData).
 * The windows are instants, [now − 28 d, now) and [now − 84 d, now − 28 d); posts outside both are
 * ignored, so the caller may pass a longer history.
 *
 * Rhythm — two Poisson rates. If the competitor posted at one steady rate, then given the k posts of
 * both windows together, the recent window's count is Binomial(k, 28 ÷ 84 = ⅓) (the conditional test
 * for two Poisson rates, exact at any sample). The p-value is the exact two-sided one: the probability
 * of every count at most as likely as the one seen (R's `binom.test`, scipy's `binomtest`). A change
 * is reported when
 * - the two windows together hold at least MIN_POSTS (12) posts: with fewer, a week off reads as a
 *   new rhythm;
 * - the rate moved by at least MIN_CHANGE (50 %): per week at least 1.5× (more) or at most 0.5×
 *   (fewer) the baseline's. A platform the competitor has just started on (no baseline post) counts
 *   as more, one it went silent on as fewer;
 * - the Holm-adjusted p < ALPHA, the adjustment over every rhythm test of the call (every competitor
 *   and platform that had the sample), so watching five competitors does not find something in noise.
 *
 * Format — a shift in the mix. A post's format is what its address says (`formatOfUrl`,
 * utils/strategy/figures.ts, the same function derivePosts uses; a competitor's posts are never linked
 * to our plan): reel, video, story, post … Per competitor and platform, each format's share of the
 * posts is compared between the windows with the two-sided Fisher exact test on the 2 × 2 table
 * (this format or another × recent or baseline). A format is reported when
 * - each window holds at least MIN_WINDOW_POSTS (8) posts of the platform;
 * - its share moved by at least MIN_SHARE_CHANGE (20 percentage points);
 * - the Holm-adjusted p < ALPHA, over every format test of the call (a family of its own: rhythm and
 *   mix are two questions, as compare-groups.ts adjusts per dimension).
 * With exactly two formats on the platform their tables mirror each other (same p), so only one test
 * is run and counted: the format whose share rose. With more, of the formats that pass only the
 * strongest is kept per competitor and platform (lowest p, then the larger shift, then a rise before a
 * fall): a move from photos to reels is told once, not twice.
 *
 * What the collectors saw is not everything the competitor posted: a post appears only when the
 * manager's browsing passed it. When the competitor's accounts are given (CompetitorData carries them),
 * a platform is compared only when a profile reading of the competitor's account there falls in the
 * last VISIT_WITHIN_DAYS (7) days and another in the baseline window: without a recent visit, "fewer
 * posts" would only mean "not looked at lately". A reading is a profile visit (storage/capture.ts
 * records one per visit, at most one an hour while nothing changes); posts met only in the feed do not
 * count as a visit. This is a floor, not a guarantee. Without accounts the check is skipped (the caller
 * then vouches for the coverage).
 *
 * Confidence — rhythm: high at adjusted p < 0.001 with at least 30 posts in the two windows, medium at
 * p < 0.01 with at least 20, low otherwise. Format: `confidenceOf` (compare-groups.ts) on the two
 * windows' sample sizes.
 *
 * Title parameters: `competitor` is the competitor's id and `platform` the platform id (the UI shows
 * names); `perWeekBefore`/`perWeekNow` are posts per week to one decimal; `shareBefore`/`shareNow` are
 * whole percents. Evidence values are rates per week and shares as fractions (0–1), each with the
 * window's post count as n; the p-value item's n is both windows'.
 *
 * Fingerprint: `competitor-rhythm:<competitor id>:<platform>:<more | fewer | format-<format>-<up | down>>:<ISO week>`,
 * the ISO week (`2026-W45`, read in UTC: the rule has no zone and the label only needs to be stable)
 * holding the recent window's first day. A dismissed change comes back a week later if it still holds
 * (the windows have moved on, so it is newer evidence), or at once if it turns into another.
 *
 * Order: by adjusted p, then competitor id, platform, rhythm before format.
 */
import type { ReportAccount, ReportPost } from '@/utils/analytics/report';
import type { Platform } from '@/utils/platforms';
import { formatOfUrl } from '@/utils/strategy/figures';
import { confidenceOf } from './compare-groups';
import { holm } from './stats';
import type { Confidence, Suggestion } from './types';

export const COMPETITOR_RHYTHM_RULE = 'competitor-rhythm';
export const RECENT_DAYS = 28;
export const BASELINE_DAYS = 56;
export const MIN_POSTS = 12;
export const MIN_CHANGE = 0.5;
export const MIN_WINDOW_POSTS = 8;
export const MIN_SHARE_CHANGE = 0.2;
export const ALPHA = 0.05;
export const VISIT_WITHIN_DAYS = 7;

const DAY_MS = 24 * 60 * 60_000;
const RECENT_WEEKS = RECENT_DAYS / 7;
const BASELINE_WEEKS = BASELINE_DAYS / 7;

export interface CompetitorPosts {
  id: string;
  name: string;
  /** The competitor's posts (any span; only the two windows count). */
  posts: readonly ReportPost[];
  /** Its accounts with their profile readings: when given, a platform needs recent visits (see above). */
  accounts?: readonly ReportAccount[];
}

export interface CompetitorRhythmInput {
  competitors: readonly CompetitorPosts[];
  now: number;
}

// ── Exact tests ──────────────────────────────────────────────────────────────────────────────────

const logFactorials: number[] = [0];
function logFactorial(n: number): number {
  for (let k = logFactorials.length; k <= n; k++) logFactorials.push(logFactorials[k - 1]! + Math.log(k));
  return logFactorials[n]!;
}
const logChoose = (n: number, k: number) => logFactorial(n) - logFactorial(k) - logFactorial(n - k);

/** Outcomes at most as likely as the observed one (relative tolerance as R's, against rounding). */
function twoSidedSum(probabilities: readonly number[], observed: number): number {
  const threshold = probabilities[observed]! * (1 + 1e-7);
  let p = 0;
  for (const probability of probabilities) if (probability <= threshold) p += probability;
  return Math.min(1, p);
}

/** Exact two-sided binomial test of `k` successes in `n` trials with success probability `q`. */
export function binomialTwoSided(k: number, n: number, q: number): number {
  const probabilities = Array.from({ length: n + 1 }, (_, i) => Math.exp(logChoose(n, i) + i * Math.log(q) + (n - i) * Math.log(1 - q)));
  return twoSidedSum(probabilities, k);
}

/** Exact two-sided Fisher test of the 2 × 2 table [[a, b], [c, d]] (margins fixed). */
export function fisherTwoSided(a: number, b: number, c: number, d: number): number {
  const row = a + b;
  const column = a + c;
  const total = a + b + c + d;
  const low = Math.max(0, row + column - total);
  const high = Math.min(row, column);
  const denominator = logChoose(total, row);
  const probabilities = Array.from({ length: high - low + 1 }, (_, i) => Math.exp(logChoose(column, low + i) + logChoose(total - column, row - low - i) - denominator));
  return twoSidedSum(probabilities, a - low);
}

/** The ISO week (`2026-W45`) of an instant, read in UTC. */
export function isoWeekOf(instant: number): string {
  const date = new Date(Math.floor(instant / DAY_MS) * DAY_MS);
  const weekday = date.getUTCDay() || 7;
  // The week belongs to the year of its Thursday.
  const thursday = new Date(date.getTime() + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

// ── The rule ─────────────────────────────────────────────────────────────────────────────────────

interface Windows {
  competitor: CompetitorPosts;
  platform: Platform;
  recent: string[];
  baseline: string[];
}

interface RhythmTest {
  windows: Windows;
  p: number;
}

interface FormatTest {
  windows: Windows;
  format: string;
  before: number;
  now: number;
  p: number;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const percent = (share: number) => Math.round(share * 100);

/** The competitor's account on the platform was read recently and in the baseline (see the header). */
function visited(accounts: readonly ReportAccount[], platform: Platform, now: number): boolean {
  const readings = accounts.filter((account) => account.platform === platform).flatMap((account) => account.readings.map((reading) => reading.at));
  const recentStart = now - RECENT_DAYS * DAY_MS;
  const baselineStart = recentStart - BASELINE_DAYS * DAY_MS;
  return readings.some((at) => at >= now - VISIT_WITHIN_DAYS * DAY_MS && at <= now) && readings.some((at) => at >= baselineStart && at < recentStart);
}

function windowsOf(competitors: readonly CompetitorPosts[], now: number): Windows[] {
  const recentStart = now - RECENT_DAYS * DAY_MS;
  const baselineStart = recentStart - BASELINE_DAYS * DAY_MS;
  const result: Windows[] = [];
  for (const competitor of [...competitors].sort((a, b) => compare(a.id, b.id))) {
    const byPlatform = new Map<Platform, Windows>();
    for (const post of competitor.posts) {
      if (post.publishedAt < baselineStart || post.publishedAt >= now) continue;
      const windows = byPlatform.get(post.platform) ?? { competitor, platform: post.platform, recent: [], baseline: [] };
      (post.publishedAt >= recentStart ? windows.recent : windows.baseline).push(formatOfUrl(post.platform, post.url));
      byPlatform.set(post.platform, windows);
    }
    for (const [platform, windows] of [...byPlatform].sort(([a], [b]) => compare(a, b))) {
      if (competitor.accounts && !visited(competitor.accounts, platform, now)) continue;
      result.push(windows);
    }
  }
  return result;
}

/** The format tests of one competitor and platform (see the header for which formats are tested). */
function formatTests(windows: Windows): FormatTest[] {
  const { recent, baseline } = windows;
  if (recent.length < MIN_WINDOW_POSTS || baseline.length < MIN_WINDOW_POSTS) return [];
  const count = (list: readonly string[], format: string) => list.filter((f) => f === format).length;
  const formats = [...new Set([...recent, ...baseline])].sort(compare);
  const tests = formats.map((format) => {
    const inRecent = count(recent, format);
    const inBaseline = count(baseline, format);
    return {
      windows,
      format,
      before: inBaseline / baseline.length,
      now: inRecent / recent.length,
      p: fisherTwoSided(inRecent, recent.length - inRecent, inBaseline, baseline.length - inBaseline),
    };
  });
  if (tests.length < 2) return [];
  if (tests.length === 2) return [tests.find((test) => test.now > test.before) ?? tests[0]!];
  return tests;
}

function rhythmConfidence(p: number, total: number): Confidence {
  if (p < 0.001 && total >= 30) return 'high';
  if (p < 0.01 && total >= 20) return 'medium';
  return 'low';
}

export function competitorRhythmRule({ competitors, now }: CompetitorRhythmInput): Suggestion[] {
  const recentStart = now - RECENT_DAYS * DAY_MS;
  const start = recentStart - BASELINE_DAYS * DAY_MS;
  const week = isoWeekOf(recentStart);
  const all = windowsOf(competitors, now);

  const rhythm: RhythmTest[] = all
    .filter(({ recent, baseline }) => recent.length + baseline.length >= MIN_POSTS)
    .map((windows) => ({ windows, p: binomialTwoSided(windows.recent.length, windows.recent.length + windows.baseline.length, RECENT_DAYS / (RECENT_DAYS + BASELINE_DAYS)) }));
  const rhythmAdjusted = holm(rhythm.map((test) => test.p));
  const formats: FormatTest[] = all.flatMap(formatTests);
  const formatAdjusted = holm(formats.map((test) => test.p));

  const found: { p: number; order: number; suggestion: Suggestion }[] = [];

  rhythm.forEach(({ windows }, index) => {
    const p = rhythmAdjusted[index]!;
    const { competitor, platform, recent, baseline } = windows;
    const before = baseline.length / BASELINE_WEEKS;
    const after = recent.length / RECENT_WEEKS;
    const direction = after >= before * (1 + MIN_CHANGE) ? 'more' : after <= before * (1 - MIN_CHANGE) ? 'fewer' : null;
    if (!direction || !(p < ALPHA)) return;
    const params = { competitor: competitor.id, platform };
    found.push({
      p,
      order: 0,
      suggestion: {
        rule: COMPETITOR_RHYTHM_RULE,
        platform,
        title: { key: `${COMPETITOR_RHYTHM_RULE}.${direction}`, params: { ...params, perWeekBefore: oneDecimal(before), perWeekNow: oneDecimal(after) } },
        evidence: {
          start,
          end: now,
          items: [
            { key: 'postsPerWeekBefore', params, value: before, n: baseline.length },
            { key: 'postsPerWeekNow', params, value: after, n: recent.length },
            { key: 'pValue', params, value: p, n: recent.length + baseline.length },
          ],
          fingerprint: `${COMPETITOR_RHYTHM_RULE}:${competitor.id}:${platform}:${direction}:${week}`,
        },
        confidence: rhythmConfidence(p, recent.length + baseline.length),
        action: { kind: 'open', area: 'strategy', page: 'competitors' },
      },
    });
  });

  // The strongest passing format per competitor and platform.
  const best = new Map<Windows, FormatTest & { direction: 'up' | 'down' }>();
  formats.forEach((test, index) => {
    const p = formatAdjusted[index]!;
    const shift = test.now - test.before;
    if (!(p < ALPHA) || Math.abs(shift) < MIN_SHARE_CHANGE - 1e-9) return;
    const candidate = { ...test, p, direction: shift > 0 ? ('up' as const) : ('down' as const) };
    const current = best.get(test.windows);
    const stronger =
      !current ||
      candidate.p < current.p ||
      (candidate.p === current.p && (Math.abs(shift) > Math.abs(current.now - current.before) || (Math.abs(shift) === Math.abs(current.now - current.before) && candidate.direction === 'up' && current.direction === 'down')));
    if (stronger) best.set(test.windows, candidate);
  });
  for (const { windows, format, before, now: share, p, direction } of best.values()) {
    const { competitor, platform, recent, baseline } = windows;
    const params = { competitor: competitor.id, platform, format };
    found.push({
      p,
      order: 1,
      suggestion: {
        rule: COMPETITOR_RHYTHM_RULE,
        platform,
        title: { key: `${COMPETITOR_RHYTHM_RULE}.format`, params: { ...params, shareBefore: percent(before), shareNow: percent(share) } },
        evidence: {
          start,
          end: now,
          items: [
            { key: 'formatShareBefore', params, value: before, n: baseline.length },
            { key: 'formatShareNow', params, value: share, n: recent.length },
            { key: 'pValue', params, value: p, n: recent.length + baseline.length },
          ],
          fingerprint: `${COMPETITOR_RHYTHM_RULE}:${competitor.id}:${platform}:format-${format}-${direction}:${week}`,
        },
        confidence: confidenceOf(p, recent.length, baseline.length),
        action: { kind: 'open', area: 'strategy', page: 'competitors' },
      },
    });
  }

  return found
    .sort(
      (a, b) =>
        a.p - b.p ||
        compare(String(a.suggestion.title.params.competitor), String(b.suggestion.title.params.competitor)) ||
        compare(a.suggestion.platform, b.suggestion.platform) ||
        a.order - b.order,
    )
    .map(({ suggestion }) => suggestion);
}
