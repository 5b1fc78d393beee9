/**
 * Goals at risk (issue 8): a goal whose forecast (utils/strategy/goal-progress.ts) falls short — status
 * 'at-risk' or 'off-track' — with the change of frequency or format that would close the gap. The
 * caller computes each goal's progress with `goalProgress` (the same figures the goals page shows); this
 * rule reads it, the brand's own recent posts and the upcoming plan, never the database.
 *
 * Silent when
 * - the goal is not at risk or off track (on track, or 'not-enough-data'), or has reached its target;
 * - the period is not running (not started, or over: nothing left to change), or fewer than
 *   MIN_DAYS_LEFT (3) days are left — too late for a re-plan to move a period's total;
 * - the goal is a custom one (its value is typed by hand: nothing here says what moves it);
 * - a goal measured from posts (likes, comments, reposts, views, engagement rate) has fewer than
 *   MIN_POSTS (5) own posts on its platform(s) that show the count — a median of three posts is a guess.
 *
 * What is said, per metric (the gap is target − forecast: what the present pace leaves missing):
 * - likes, comments, reposts, views: the median contribution of one post — the count of each own post on
 *   the goal's platform(s) in `posts` that shows it (a hidden count is left out, never 0) — and the
 *   extra posts a week that would close the gap: ceil(gap ÷ median ÷ weeks left). When a format of the
 *   goal's platform clearly does better for that count (compareGroups: Mann–Whitney U, Holm-adjusted,
 *   minimum sample and effect; only formats the plan can hold, not the 'post' an address gives),
 *   switching upcoming posts to it gains (format's median − the rest's median) each; the format advice
 *   is given instead of more posts when switching at most MAX_FORMAT_CHANGES upcoming posts would close
 *   at least MIN_FORMAT_SHARE (½) of the gap. Goals on 'all' platforms get no format advice: platforms'
 *   counts are not pooled in a test. A median of 0 (most posts get none of the count) gives no number
 *   of posts: the gap is shown and the goal opened.
 * - posts published: our own plan is the measure, so the gap is target − published − posts already
 *   planned (draft, scheduled, ready) in the rest of the period on the goal's platform(s); silent when
 *   the plan already covers the target; otherwise ceil(gap ÷ weeks left) extra posts a week.
 * - engagement rate: more posts do not raise a median, so there is no frequency advice. When a format of
 *   the platform clearly does better by ER (same test, on ER by followers) and its median reaches the
 *   target, switching up to MAX_FORMAT_CHANGES upcoming posts to it is suggested; otherwise the gap.
 * - followers: the growth a week needed to reach the target from now, against the growth a week of the
 *   forecast's trend line. Nothing in the data ties follower growth to how often or what is posted, so
 *   no frequency advice: the evidence and the goal are shown.
 * Weeks left = days left (goal-progress: after today, the last day included) ÷ 7.
 *
 * Actions:
 * - format advice: { kind: 'change-format', postIds, toFormat } — upcoming ideas and drafts on the goal's
 *   platform, scheduled from now to the period's end, in another format; the earliest first, as many as
 *   needed (totals) and at most MAX_FORMAT_CHANGES. Scheduled and ready posts are never changed (they may
 *   be written and made for their format).
 * - extra posts, at most MAX_EXTRA_PER_WEEK (7) a week: { kind: 'open', area: 'plan' }. Not 'add-slot':
 *   a slot adds exactly one post a week at a weekday, time and format, and nothing here singles those
 *   out (the best-hours rule is the one that justifies a time); the manager adds the posts in the plan.
 * - more than MAX_EXTRA_PER_WEEK a week, a median of 0, an engagement-rate gap without a format, and
 *   followers: { kind: 'open', area: 'strategy', page: 'goals' } — the target may need revising.
 *
 * Titles (params always hold `goal` — the goal's id; the page shows its title —, `metric` — the goal's
 * metric id, for the page; the messages do not print it — and `daysLeft`):
 * - `goals-at-risk.frequency` { extraPerWeek, extraPosts } (totals and posts published);
 * - `goals-at-risk.out-of-reach` { extraPerWeek, extraPosts } (more than MAX_EXTRA_PER_WEEK a week);
 * - `goals-at-risk.format` { format, count, share } (share: percent of the gap the switch closes);
 * - `goals-at-risk.rate-format` { format, count, formatMedian, target } (engagement rate, in %);
 * - `goals-at-risk.followers` { neededPerWeek, currentPerWeek };
 * - `goals-at-risk.gap` { gap } and `goals-at-risk.rate-gap` { gap } (no advice the data supports; the
 *   rate's gap in percentage points).
 *
 * Evidence (params { goal, metric }, plus platform — never 'all' — and format where they apply):
 * goalCurrent (n: the posts counted, posts published, or days with a reading), goalForecast (n: days of
 * data), goalGap, then medianLikesPerPost / medianCommentsPerPost / medianRepostsPerPost /
 * medianViewsPerPost (n: posts showing the count), plannedPosts, followersNeededPerWeek,
 * followersPerWeek, and for a format formatMedian and formatMedianRest with compare-groups'
 * probabilityHigher and pValue. An engagement-rate goal's figures take the `Er` variant of each key
 * (goalCurrentEr, goalForecastEr, goalGapEr, medianErPerPost, formatMedianEr, formatMedianRestEr): they
 * are rates in percent.
 *
 * Confidence: the format advice takes the test's (compareGroups `confidenceOf`); the rest stands on the
 * forecast and the median: 'high' with at least HIGH_DAYS (14) days of data and HIGH_SAMPLE (20) posts
 * behind the median, 'medium' with MEDIUM_DAYS (7) and MEDIUM_SAMPLE (10), 'low' otherwise (posts
 * published and followers count the days only).
 *
 * Fingerprint: `goals-at-risk:<goal id>:<status>:<ISO week of today on the brand's calendar>`. A dismissal
 * lasts for the week, while the forecast behind it barely moves; it comes back next week if the goal is
 * still short, or at once if it slips from at risk to off track.
 *
 * Suggestions come off-track goals first, then at-risk ones, each by goal id.
 */
import type { Goal, Post } from '@/storage/schemas';
import type { DerivedPost } from '@/utils/analytics/report';
import { median } from '@/utils/strategy/figures';
import type { GoalProgress } from '@/utils/strategy/goal-progress';
import { addDays, toInstant, todayIn } from '@/utils/time/wall-clock';
import { compareGroups, type GroupFinding } from './compare-groups';
import { isoWeekKey } from './neglected-segments';
import type { Confidence, EvidenceItem, Suggestion, SuggestedAction } from './types';

export const GOALS_AT_RISK_RULE = 'goals-at-risk';
export const MIN_POSTS = 5;
export const MIN_DAYS_LEFT = 3;
export const MAX_EXTRA_PER_WEEK = 7;
export const MIN_FORMAT_SHARE = 0.5;
export const MAX_FORMAT_CHANGES = 5;
export const HIGH_DAYS = 14;
export const HIGH_SAMPLE = 20;
export const MEDIUM_DAYS = 7;
export const MEDIUM_SAMPLE = 10;

export type GoalRow = Pick<Goal, 'id' | 'metric' | 'platform' | 'target' | 'periodStart' | 'periodEnd'>;
export type UpcomingRow = Pick<Post, 'id' | 'platform' | 'format' | 'status' | 'scheduledAt'>;

export interface GoalsAtRiskInput {
  goals: readonly GoalRow[];
  /** Each goal's progress by goal id, from `goalProgress` at the same `now` and zone. */
  progress: ReadonlyMap<string, GoalProgress>;
  /** The brand's own posts of the recent period (the report's derived posts): the per-post contribution. */
  posts: readonly DerivedPost[];
  /** Upcoming planned posts, any status. */
  upcoming: readonly UpcomingRow[];
  now: number;
  timeZone: string;
}

/** The formats a planned post can have (storage POST_FORMATS; utils/ may import only types from storage). */
const PLAN_FORMATS = { text: true, image: true, carousel: true, video: true, reel: true, story: true, live: true, poll: true, article: true } satisfies Record<Post['format'], true>;
const isPlanFormat = (format: string): format is Post['format'] => Object.hasOwn(PLAN_FORMATS, format);

type PostMetric = 'likes' | 'comments' | 'reposts' | 'views' | 'engagement-rate';
const SEVERITY: Record<string, number> = { 'off-track': 0, 'at-risk': 1 };
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const OPEN_GOALS: SuggestedAction = { kind: 'open', area: 'strategy', page: 'goals' };
const OPEN_PLAN: SuggestedAction = { kind: 'open', area: 'plan' };

/** A post's contribution to the metric: its count (or ER by followers), null when the page hid it. */
export function contributionOf(post: DerivedPost, metric: PostMetric): number | null {
  return metric === 'engagement-rate' ? post.erFollowers : post.post[metric];
}

function dataConfidence(days: number, sample: number): Confidence {
  if (days >= HIGH_DAYS && sample >= HIGH_SAMPLE) return 'high';
  if (days >= MEDIUM_DAYS && sample >= MEDIUM_SAMPLE) return 'medium';
  return 'low';
}

/**
 * The evidence key of a goal figure: an engagement-rate goal's figures are rates in percent and take the
 * `Er` variant of the key (`goalCurrentEr` …), so the page shows them with their %.
 */
const keyFor = (key: string, metric: Goal['metric']) => (metric === 'engagement-rate' ? `${key}Er` : key);

/** The evidence key of the median contribution per post, by metric (`medianLikesPerPost` … `medianErPerPost`). */
const PER_POST_KEYS: Record<PostMetric, string> = {
  likes: 'medianLikesPerPost',
  comments: 'medianCommentsPerPost',
  reposts: 'medianRepostsPerPost',
  views: 'medianViewsPerPost',
  'engagement-rate': 'medianErPerPost',
};

/** Rates keep two decimals; counts are whole. */
const shown = (value: number, metric: Goal['metric']) => (metric === 'engagement-rate' ? Math.round(value * 100) / 100 : Math.round(value));

interface Context {
  goal: GoalRow;
  progress: GoalProgress & { current: number; forecast: number };
  upcoming: readonly UpcomingRow[];
  now: number;
  endAt: number;
  weeksLeft: number;
}

interface Advice {
  title: { kind: string; params: Record<string, string | number> };
  items: EvidenceItem[];
  confidence: Confidence;
  action: SuggestedAction;
}

export function goalsAtRiskRule({ goals, progress, posts, upcoming, now, timeZone }: GoalsAtRiskInput): Suggestion[] {
  const week = isoWeekKey(todayIn(timeZone, now));
  const found: { severity: number; id: string; suggestion: Suggestion }[] = [];
  for (const goal of goals) {
    const p = progress.get(goal.id);
    if (!p || (p.status !== 'at-risk' && p.status !== 'off-track')) continue;
    if (p.phase !== 'active' || p.reached || p.daysLeft < MIN_DAYS_LEFT || goal.metric === 'custom') continue;
    if (p.current === null || p.forecast === null || p.current >= goal.target || p.forecast >= goal.target) continue;
    const startAt = toInstant(goal.periodStart, '00:00', timeZone);
    const endAt = toInstant(addDays(goal.periodEnd, 1), '00:00', timeZone);
    if (now >= endAt) continue;
    const context: Context = { goal, progress: { ...p, current: p.current, forecast: p.forecast }, upcoming, now, endAt, weeksLeft: p.daysLeft / 7 };

    const advice =
      goal.metric === 'followers'
        ? followersAdvice(context)
        : goal.metric === 'posts-published'
          ? publishedAdvice(context)
          : postsAdvice(context, goal.metric, posts.filter((post) => post.post.publishedAt <= now && (goal.platform === 'all' || post.post.platform === goal.platform)));
    if (!advice) continue;

    const base = { goal: goal.id, metric: goal.metric, daysLeft: p.daysLeft };
    const params = { goal: goal.id, metric: goal.metric };
    found.push({
      severity: SEVERITY[p.status]!,
      id: goal.id,
      suggestion: {
        rule: GOALS_AT_RISK_RULE,
        platform: goal.platform,
        title: { key: `${GOALS_AT_RISK_RULE}.${advice.title.kind}`, params: { ...base, ...advice.title.params } },
        evidence: {
          start: startAt,
          end: endAt,
          items: [
            { key: keyFor('goalCurrent', goal.metric), params, value: p.current, n: currentSample(goal.metric, p) },
            { key: keyFor('goalForecast', goal.metric), params, value: p.forecast, n: p.dataDays },
            ...advice.items,
          ],
          fingerprint: `${GOALS_AT_RISK_RULE}:${goal.id}:${p.status}:${week}`,
        },
        confidence: advice.confidence,
        action: advice.action,
      },
    });
  }
  return found.sort((a, b) => a.severity - b.severity || byText(a.id, b.id)).map(({ suggestion }) => suggestion);
}

/** What the current value stands on: posts counted, posts published, or days with a reading. */
function currentSample(metric: Goal['metric'], p: GoalProgress): number {
  if (metric === 'followers') return p.dataDays;
  if (metric === 'posts-published') return p.current ?? 0;
  return p.posts - p.unknownPosts;
}

function frequencyAdvice(context: Context, gap: number, perPost: number, sample: number, items: EvidenceItem[]): Advice {
  const extraPosts = Math.ceil(gap / perPost);
  const extraPerWeek = Math.ceil(gap / perPost / context.weeksLeft);
  const reachable = extraPerWeek <= MAX_EXTRA_PER_WEEK;
  return {
    title: { kind: reachable ? 'frequency' : 'out-of-reach', params: { extraPerWeek, extraPosts } },
    items,
    confidence: dataConfidence(context.progress.dataDays, sample),
    action: reachable ? OPEN_PLAN : OPEN_GOALS,
  };
}

function gapAdvice(context: Context, gap: number, sample: number, items: EvidenceItem[]): Advice {
  const kind = context.goal.metric === 'engagement-rate' ? 'rate-gap' : 'gap';
  return { title: { kind, params: { gap: shown(gap, context.goal.metric) } }, items, confidence: dataConfidence(context.progress.dataDays, sample), action: OPEN_GOALS };
}

function followersAdvice(context: Context): Advice | null {
  const { goal, progress: p, weeksLeft } = context;
  if (!p.trend) return null;
  const neededPerWeek = Math.ceil((goal.target - p.current) / weeksLeft);
  const currentPerWeek = Math.round(p.trend.slope * 7);
  const params = { goal: goal.id, metric: goal.metric };
  return {
    title: { kind: 'followers', params: { neededPerWeek, currentPerWeek } },
    items: [
      { key: 'followersNeededPerWeek', params, value: neededPerWeek, n: p.dataDays },
      { key: 'followersPerWeek', params, value: p.trend.slope * 7, n: p.dataDays },
    ],
    confidence: dataConfidence(p.dataDays, Infinity),
    action: OPEN_GOALS,
  };
}

function publishedAdvice(context: Context): Advice | null {
  const { goal, progress: p, upcoming, now, endAt } = context;
  const planned = upcoming.filter(
    (post) =>
      (post.status === 'draft' || post.status === 'scheduled' || post.status === 'ready') &&
      (goal.platform === 'all' || post.platform === goal.platform) &&
      post.scheduledAt !== null &&
      post.scheduledAt >= now &&
      post.scheduledAt < endAt,
  ).length;
  const gap = goal.target - p.current - planned;
  if (gap <= 0) return null;
  const params = { goal: goal.id, metric: goal.metric };
  return frequencyAdvice(context, gap, 1, Infinity, [
    { key: 'plannedPosts', params, value: planned, n: planned },
    { key: 'goalGap', params, value: gap, n: p.dataDays },
  ]);
}

function postsAdvice(context: Context, metric: PostMetric, mine: readonly DerivedPost[]): Advice | null {
  const { goal, progress: p } = context;
  const values = mine.flatMap((post) => {
    const value = contributionOf(post, metric);
    return value === null ? [] : [{ post, value }];
  });
  if (values.length < MIN_POSTS) return null;
  const perPost = median(values.map(({ value }) => value))!;
  const gap = goal.target - p.forecast;
  const params = { goal: goal.id, metric: goal.metric };
  const items: EvidenceItem[] = [
    { key: keyFor('goalGap', goal.metric), params, value: gap, n: p.dataDays },
    { key: PER_POST_KEYS[metric], params: goal.platform === 'all' ? params : { ...params, platform: goal.platform }, value: perPost, n: values.length },
  ];

  const finding = goal.platform === 'all' ? null : bestFormat(values.map(({ post, value }) => ({ key: post.format, value })));
  const candidates = finding ? switchable(context, finding.key) : [];

  if (metric === 'engagement-rate') {
    const formatMedian = finding ? median(finding.group)! : null;
    if (finding && formatMedian !== null && formatMedian >= goal.target && candidates.length > 0) {
      const postIds = candidates.slice(0, MAX_FORMAT_CHANGES).map((post) => post.id);
      return {
        title: { kind: 'rate-format', params: { format: finding.key, count: postIds.length, formatMedian: shown(formatMedian, metric), target: goal.target } },
        items: [...items, ...formatEvidence(finding, goal.metric, { goal: goal.id, metric: goal.metric, platform: goal.platform, format: finding.key })],
        confidence: finding.confidence,
        action: { kind: 'change-format', postIds, toFormat: finding.key },
      };
    }
    return gapAdvice(context, gap, values.length, items);
  }

  if (finding && candidates.length > 0) {
    const gain = median(finding.group)! - median(finding.rest)!;
    const count = Math.min(Math.ceil(gap / gain), candidates.length, MAX_FORMAT_CHANGES);
    const closes = Math.min(1, (count * gain) / gap);
    if (closes >= MIN_FORMAT_SHARE) {
      const postIds = candidates.slice(0, count).map((post) => post.id);
      return {
        title: { kind: 'format', params: { format: finding.key, count, share: Math.round(closes * 100) } },
        items: [...items, ...formatEvidence(finding, goal.metric, { goal: goal.id, metric: goal.metric, platform: goal.platform, format: finding.key })],
        confidence: finding.confidence,
        action: { kind: 'change-format', postIds, toFormat: finding.key },
      };
    }
  }
  if (!(perPost > 0)) return gapAdvice(context, gap, values.length, items);
  return frequencyAdvice(context, gap, perPost, values.length, items);
}

/** The clearest over-performing format the plan can hold (lowest adjusted p), with a real gain. */
function bestFormat(entries: readonly { key: string; value: number }[]): GroupFinding | null {
  return compareGroups(entries).find((finding) => finding.direction === 'higher' && isPlanFormat(finding.key) && median(finding.group)! > median(finding.rest)!) ?? null;
}

/** Upcoming ideas and drafts on the goal's platform, in the rest of the period, in another format. */
function switchable({ goal, upcoming, now, endAt }: Context, toFormat: string): UpcomingRow[] {
  return upcoming
    .filter(
      (post) =>
        (post.status === 'idea' || post.status === 'draft') &&
        post.platform === goal.platform &&
        post.format !== toFormat &&
        post.scheduledAt !== null &&
        post.scheduledAt >= now &&
        post.scheduledAt < endAt,
    )
    .sort((a, b) => a.scheduledAt! - b.scheduledAt! || byText(a.id, b.id));
}

/** The format's median and the rest's, the probability a post of it beats one of the rest, the adjusted p. */
function formatEvidence(finding: GroupFinding, metric: Goal['metric'], params: Record<string, string | number>): EvidenceItem[] {
  const n = finding.group.length + finding.rest.length;
  return [
    { key: keyFor('formatMedian', metric), params, value: median(finding.group)!, n: finding.group.length },
    { key: keyFor('formatMedianRest', metric), params, value: median(finding.rest)!, n: finding.rest.length },
    { key: 'probabilityHigher', params, value: finding.test.effect, n },
    { key: 'pValue', params, value: finding.p, n },
  ];
}
