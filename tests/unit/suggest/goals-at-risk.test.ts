// Goals at risk on crafted progress: a goal falling short gets the extra posts a week, or the format
// switch, that would close its gap; goals on track, ended, without data or with too few posts stay silent.
import { describe, expect, it } from 'vitest';
import type { DerivedPost } from '@/utils/analytics/report';
import type { Platform } from '@/utils/platforms';
import { goalProgress, type GoalProgress } from '@/utils/strategy/goal-progress';
import { goalsAtRiskRule, type GoalRow, type GoalsAtRiskInput, type UpcomingRow } from '@/utils/suggest/goals-at-risk';
import { addDays, toInstant } from '@/utils/time/wall-clock';
import { derived, range } from './fixtures';

const NAIROBI = 'Africa/Nairobi';
/** Monday 16 November 2026 (ISO week 47), midday in Nairobi; the goals run through November. */
const NOW = toInstant('2026-11-16', '12:00', NAIROBI);
const START = toInstant('2026-11-01', '00:00', NAIROBI);
const END = toInstant('2026-12-01', '00:00', NAIROBI);
const at = (date: string, time = '10:00') => toInstant(date, time, NAIROBI);

const goal = (over: Partial<GoalRow> = {}): GoalRow => ({ id: 'g', metric: 'likes', platform: 'instagram', target: 1000, periodStart: '2026-11-01', periodEnd: '2026-11-30', ...over });

function progress(over: Partial<GoalProgress> = {}): GoalProgress {
  return {
    kind: 'total',
    phase: 'active',
    current: 400,
    baseline: 0,
    dataBaseline: null,
    baselineFromData: false,
    progress: 0.4,
    forecast: 790,
    forecastProgress: 0.79,
    status: 'off-track',
    reached: false,
    dataDays: 15,
    series: [],
    trend: { slope: 26, intercept: 10 },
    posts: 14,
    unknownPosts: 2,
    missingAccounts: 0,
    ownAccounts: 1,
    daysLeft: 14,
    ...over,
  };
}

/** Own posts published in October (before now), one a day, with these likes. */
function own(likes: readonly (number | null)[], spec: { platform?: Platform; format?: string; followers?: number | null } = {}): DerivedPost[] {
  return likes.map((engagement, i) => derived({ ...spec, engagement, publishedAt: Date.UTC(2026, 9, 1 + (i % 28), 8) }));
}

function withViews(views: number | null, likes = 10): DerivedPost {
  const post = derived({ engagement: likes, publishedAt: Date.UTC(2026, 9, 5) });
  return { ...post, post: { ...post.post, views } };
}

function withReposts(reposts: number | null): DerivedPost {
  const post = derived({ engagement: 10, publishedAt: Date.UTC(2026, 9, 5) });
  return { ...post, post: { ...post.post, reposts } };
}

const planned = (id: string, date: string, status: UpcomingRow['status'], extra: Partial<UpcomingRow> = {}): UpcomingRow => ({ id, platform: 'instagram', format: 'image', status, scheduledAt: at(date), ...extra });

function run(input: Partial<GoalsAtRiskInput> & Pick<GoalsAtRiskInput, 'goals'>) {
  return goalsAtRiskRule({ progress: new Map(input.goals.map((g) => [g.id, progress()])), posts: [], upcoming: [], now: NOW, timeZone: NAIROBI, ...input });
}

/** Ten reels with 100…145 likes and ten images with 20…65: reels clearly do better. */
const REELS_AND_IMAGES = [...own(range(10, 100, 5), { format: 'reel' }), ...own(range(10, 20, 5), { format: 'image' })];

describe('goals at risk', () => {
  it('says how many more posts a week would close the gap of a total', () => {
    const posts = [
      ...own(range(12, 20, 5)), // 20 … 75 likes, median 47.5; 'post' is not a format the plan can hold
      ...own([null, null, null]), // hidden likes: left out, not 0
      ...own([5000, 6000], { platform: 'x' }), // another platform
    ];
    const suggestions = run({ goals: [goal({ id: 'g-likes' })], posts });
    expect(suggestions).toEqual([
      {
        rule: 'goals-at-risk',
        platform: 'instagram',
        // gap 1000 − 790 = 210: 210 ÷ 47.5 = 4.4 posts, over two weeks.
        title: { key: 'goals-at-risk.frequency', params: { goal: 'g-likes', metric: 'likes', daysLeft: 14, extraPerWeek: 3, extraPosts: 5 } },
        evidence: {
          start: START,
          end: END,
          items: [
            { key: 'goalCurrent', params: { goal: 'g-likes', metric: 'likes' }, value: 400, n: 12 },
            { key: 'goalForecast', params: { goal: 'g-likes', metric: 'likes' }, value: 790, n: 15 },
            { key: 'goalGap', params: { goal: 'g-likes', metric: 'likes' }, value: 210, n: 15 },
            { key: 'medianLikesPerPost', params: { goal: 'g-likes', metric: 'likes', platform: 'instagram' }, value: 47.5, n: 12 },
          ],
          fingerprint: 'goals-at-risk:g-likes:off-track:2026-W47',
        },
        confidence: 'medium',
        action: { kind: 'open', area: 'plan' },
      },
    ]);
  });

  it('suggests switching upcoming ideas and drafts to a format that clearly does better', () => {
    const upcoming = [
      planned('s1', '2026-11-17', 'scheduled'),
      planned('i1', '2026-11-18', 'idea'),
      planned('ready1', '2026-11-19', 'ready'),
      planned('d1', '2026-11-20', 'draft', { format: 'carousel' }),
      planned('r1', '2026-11-21', 'draft', { format: 'reel' }),
      planned('x1', '2026-11-21', 'draft', { platform: 'x' }),
      planned('i2', '2026-11-22', 'idea'),
      planned('i3', '2026-11-25', 'idea'),
      planned('past', '2026-11-10', 'draft'),
      planned('december', '2026-12-03', 'draft'),
      { ...planned('undated', '2026-11-20', 'idea'), scheduledAt: null },
    ];
    const [suggestion] = run({ goals: [goal({ target: 1000 })], progress: new Map([['g', progress({ forecast: 800 })]]), posts: REELS_AND_IMAGES, upcoming });
    // Each switch gains 122.5 − 42.5 = 80 likes: three close the gap of 200.
    expect(suggestion).toMatchObject({
      title: { key: 'goals-at-risk.format', params: { goal: 'g', metric: 'likes', daysLeft: 14, format: 'reel', count: 3, share: 100 } },
      confidence: 'medium',
      action: { kind: 'change-format', postIds: ['i1', 'd1', 'i2'], toFormat: 'reel' },
    });
    const items = suggestion!.evidence.items;
    expect(items.find((item) => item.key === 'formatMedian')).toMatchObject({ value: 122.5, n: 10, params: { goal: 'g', metric: 'likes', platform: 'instagram', format: 'reel' } });
    expect(items.find((item) => item.key === 'formatMedianRest')).toMatchObject({ value: 42.5, n: 10 });
    expect(items.find((item) => item.key === 'probabilityHigher')).toMatchObject({ value: 1, n: 20 });
    expect(items.find((item) => item.key === 'pValue')!.value).toBeLessThan(0.01);
  });

  it('asks for more posts when the format switch would close less than half the gap', () => {
    const [suggestion] = run({
      goals: [goal()],
      progress: new Map([['g', progress({ forecast: 600 })]]),
      posts: REELS_AND_IMAGES,
      upcoming: [planned('i1', '2026-11-18', 'idea'), planned('s1', '2026-11-19', 'scheduled')],
    });
    // One switch gains 80 of a gap of 400; more posts at the median 82.5: 4.8 posts over two weeks.
    expect(suggestion).toMatchObject({ title: { key: 'goals-at-risk.frequency', params: { extraPerWeek: 3, extraPosts: 5 } }, action: { kind: 'open', area: 'plan' } });
  });

  it('opens the goal when the gap would take more than a post a day', () => {
    const [suggestion] = run({ goals: [goal({ target: 10_000 })], posts: own(range(12, 20, 5)) });
    // 9 210 ÷ 47.5 ÷ 2 weeks = 97 a week.
    expect(suggestion).toMatchObject({ title: { key: 'goals-at-risk.out-of-reach', params: { extraPerWeek: 97, extraPosts: 194 } }, action: { kind: 'open', area: 'strategy', page: 'goals' } });
  });

  it('shows the gap and opens the goal when most posts get none of the count', () => {
    const [suggestion] = run({ goals: [goal({ metric: 'reposts', target: 50 })], progress: new Map([['g', progress({ current: 10, forecast: 20 })]]), posts: [0, 0, 0, 0, 1, 2].map(withReposts) });
    expect(suggestion).toMatchObject({ title: { key: 'goals-at-risk.gap', params: { goal: 'g', metric: 'reposts', gap: 30 } }, confidence: 'low', action: { kind: 'open', area: 'strategy', page: 'goals' } });
    expect(suggestion!.evidence.items.at(-1)).toMatchObject({ key: 'medianRepostsPerPost', value: 0, n: 6 });
  });

  it('gives no format advice to a goal on all platforms, and pools its posts', () => {
    const [suggestion] = run({ goals: [goal({ platform: 'all', target: 1200 })], posts: [...REELS_AND_IMAGES, ...own([500, 600], { platform: 'x' })], upcoming: [planned('i1', '2026-11-18', 'idea')] });
    // Median of 22 posts: (100 + 105) ÷ 2 = 102.5; a gap of 410 is four posts.
    expect(suggestion).toMatchObject({ platform: 'all', title: { key: 'goals-at-risk.frequency', params: { extraPerWeek: 2, extraPosts: 4 } }, action: { kind: 'open', area: 'plan' } });
    const perPost = suggestion!.evidence.items.find((item) => item.key === 'medianLikesPerPost')!;
    expect(perPost).toMatchObject({ value: 102.5, n: 22 });
    expect(perPost.params).not.toHaveProperty('platform'); // the page names platforms, and 'all' is none
  });

  it('counts views from the posts that show them', () => {
    const posts = [...[100, 200, 300, 400, 500, 600].map((views) => withViews(views, 9999)), withViews(null), withViews(null), withViews(null)];
    const [suggestion] = run({ goals: [goal({ metric: 'views', target: 5000 })], progress: new Map([['g', progress({ forecast: 4300 })]]), posts });
    expect(suggestion).toMatchObject({ title: { key: 'goals-at-risk.frequency', params: { metric: 'views', extraPerWeek: 1, extraPosts: 2 } }, confidence: 'low' });
    expect(suggestion!.evidence.items.find((item) => item.key === 'medianViewsPerPost')).toMatchObject({ value: 350, n: 6 });
  });

  it('counts the posts already planned towards a posts-published goal', () => {
    const upcoming = [
      planned('d1', '2026-11-17', 'draft'),
      planned('s1', '2026-11-18', 'scheduled', { platform: 'x' }),
      planned('s2', '2026-11-19', 'scheduled', { platform: 'linkedin' }),
      planned('r1', '2026-11-20', 'ready'),
      planned('s3', '2026-11-28', 'scheduled'),
      planned('idea1', '2026-11-21', 'idea'),
      planned('idea2', '2026-11-22', 'idea'),
      planned('cancelled', '2026-11-23', 'cancelled'),
      planned('december', '2026-12-02', 'scheduled'),
    ];
    const goals = [goal({ id: 'g-posts', metric: 'posts-published', platform: 'all', target: 20 })];
    const [suggestion] = run({ goals, progress: new Map([['g-posts', progress({ current: 6, forecast: 12, posts: 6, unknownPosts: 0 })]]), upcoming });
    // 20 − 6 published − 5 planned = 9 more over two weeks.
    expect(suggestion).toMatchObject({
      title: { key: 'goals-at-risk.frequency', params: { goal: 'g-posts', metric: 'posts-published', extraPerWeek: 5, extraPosts: 9 } },
      confidence: 'high',
      action: { kind: 'open', area: 'plan' },
    });
    expect(suggestion!.evidence.items).toEqual([
      { key: 'goalCurrent', params: { goal: 'g-posts', metric: 'posts-published' }, value: 6, n: 6 },
      { key: 'goalForecast', params: { goal: 'g-posts', metric: 'posts-published' }, value: 12, n: 15 },
      { key: 'plannedPosts', params: { goal: 'g-posts', metric: 'posts-published' }, value: 5, n: 5 },
      { key: 'goalGap', params: { goal: 'g-posts', metric: 'posts-published' }, value: 9, n: 15 },
    ]);
    // With enough planned, the plan covers the target: nothing to say.
    const full = [...upcoming, ...range(9, 17).map((day) => planned(`more-${day}`, `2026-11-${day}`, 'scheduled'))];
    expect(run({ goals, progress: new Map([['g-posts', progress({ current: 6, forecast: 12 })]]), upcoming: full })).toEqual([]);
  });

  it('compares the follower growth needed with the growth so far', () => {
    const goals = [goal({ id: 'g-f', metric: 'followers', target: 5000 })];
    const [suggestion] = run({ goals, progress: new Map([['g-f', progress({ kind: 'level', current: 4200, forecast: 4600, baseline: 4000, dataDays: 10, trend: { slope: 20, intercept: 4000 } })]]) });
    expect(suggestion).toMatchObject({
      title: { key: 'goals-at-risk.followers', params: { goal: 'g-f', metric: 'followers', neededPerWeek: 400, currentPerWeek: 140 } },
      confidence: 'medium',
      action: { kind: 'open', area: 'strategy', page: 'goals' },
    });
    expect(suggestion!.evidence.items.slice(2)).toEqual([
      { key: 'followersNeededPerWeek', params: { goal: 'g-f', metric: 'followers' }, value: 400, n: 10 },
      { key: 'followersPerWeek', params: { goal: 'g-f', metric: 'followers' }, value: 140, n: 10 },
    ]);
  });

  it('suggests a format whose engagement rate reaches the target of a rate goal', () => {
    const posts = [...own(range(10, 35), { format: 'carousel', followers: 1000 }), ...own(range(10, 10), { format: 'image', followers: 1000 })];
    const upcoming = range(6, 17).map((day) => planned(`i${day}`, `2026-11-${day}`, 'idea'));
    const goals = [goal({ id: 'g-er', metric: 'engagement-rate', target: 3 })];
    const [suggestion] = run({ goals, progress: new Map([['g-er', progress({ kind: 'level', current: 2.1, forecast: 2.2, status: 'at-risk' })]]), posts, upcoming });
    expect(suggestion).toMatchObject({
      title: { key: 'goals-at-risk.rate-format', params: { goal: 'g-er', metric: 'engagement-rate', format: 'carousel', count: 5, formatMedian: 3.95, target: 3 } },
      evidence: { fingerprint: 'goals-at-risk:g-er:at-risk:2026-W47' },
      action: { kind: 'change-format', postIds: ['i17', 'i18', 'i19', 'i20', 'i21'], toFormat: 'carousel' },
    });
    expect(suggestion!.evidence.items.map((item) => item.key)).toEqual(['goalCurrentEr', 'goalForecastEr', 'goalGapEr', 'medianErPerPost', 'formatMedianEr', 'formatMedianRestEr', 'probabilityHigher', 'pValue']);
    // Without a format that reaches the target, the gap and the goal.
    const flat = own(range(20, 20), { followers: 1000 });
    const [gap] = run({ goals, progress: new Map([['g-er', progress({ kind: 'level', current: 2.1, forecast: 2.2, status: 'at-risk' })]]), posts: flat, upcoming });
    expect(gap).toMatchObject({ title: { key: 'goals-at-risk.rate-gap', params: { gap: 0.8 } }, confidence: 'high', action: { kind: 'open', area: 'strategy', page: 'goals' } });
    // Rate figures take the Er keys, so the page shows them with their %.
    expect(gap!.evidence.items.map((item) => item.key)).toEqual(['goalCurrentEr', 'goalForecastEr', 'goalGapEr', 'medianErPerPost']);
    const rate = gap!.evidence.items.find((item) => item.key === 'medianErPerPost')!;
    expect(rate.n).toBe(20);
    expect(rate.value).toBeCloseTo(2.95, 10);
  });

  it('is silent on goals on track, without enough data, reached, ended or nearly over', () => {
    const posts = own(range(12, 20, 5));
    const quiet = (over: Partial<GoalProgress>, g: Partial<GoalRow> = {}) => run({ goals: [goal(g)], progress: new Map([['g', progress(over)]]), posts });
    expect(quiet({ status: 'on-track', forecast: 1100 })).toEqual([]);
    expect(quiet({ status: 'not-enough-data', forecast: null, dataDays: 2 })).toEqual([]);
    expect(quiet({ reached: true, current: 1000 })).toEqual([]);
    expect(quiet({ phase: 'ended', daysLeft: 0 })).toEqual([]);
    expect(quiet({ daysLeft: 2 })).toEqual([]);
    expect(quiet({}, { metric: 'custom' })).toEqual([]);
    expect(run({ goals: [goal()], progress: new Map(), posts })).toEqual([]);
  });

  it('is silent with fewer than five posts showing the count', () => {
    expect(run({ goals: [goal()], posts: own([40, 50, 60, 70, null, null, null, null]) })).toEqual([]);
    expect(run({ goals: [goal({ metric: 'comments' })], posts: own(range(12, 20, 5)) })).toEqual([]); // comments hidden on every post
  });

  it('orders off-track goals before at-risk ones, each by id, whatever the input order', () => {
    const goals = [goal({ id: 'c' }), goal({ id: 'a' }), goal({ id: 'b' })];
    const progressById = new Map([
      ['a', progress({ status: 'at-risk', forecast: 950 })],
      ['b', progress()],
      ['c', progress()],
    ]);
    const posts = own(range(12, 20, 5));
    const ids = (list: readonly GoalRow[]) => run({ goals: list, progress: progressById, posts }).map((s) => s.evidence.fingerprint);
    expect(ids(goals)).toEqual(['goals-at-risk:b:off-track:2026-W47', 'goals-at-risk:c:off-track:2026-W47', 'goals-at-risk:a:at-risk:2026-W47']);
    expect(ids([...goals].reverse())).toEqual(ids(goals));
  });

  it('reads the week of the fingerprint on the brand calendar', () => {
    // Sunday 22 November, 22:00 UTC, is Monday 01:00 in Nairobi: week 48.
    const [suggestion] = run({ goals: [goal()], posts: own(range(12, 20, 5)), now: Date.UTC(2026, 10, 22, 22) });
    expect(suggestion?.evidence.fingerprint).toBe('goals-at-risk:g:off-track:2026-W48');
  });

  it('works on the progress goalProgress computes', () => {
    // One Instagram post of 50 likes a day from 1 to 16 November: 800 now, 1 500 forecast, 2 010 wanted.
    const days = range(16, 0).map((d) => at(addDays('2026-11-01', d), '09:00'));
    const data = { accounts: [[]], posts: days.map((publishedAt) => ({ account: 0, publishedAt, likes: 50, comments: null, reposts: null, views: null })), published: [] };
    const g = goal({ target: 2010 });
    const p = goalProgress({ ...g, baseline: null, manualValue: null }, data, NOW, NAIROBI);
    expect(p).toMatchObject({ status: 'off-track', current: 800, daysLeft: 14, dataDays: 16 });
    expect(p.forecast).toBeCloseTo(1500, 6);
    const posts = days.map((publishedAt) => derived({ engagement: 50, publishedAt }));
    const [suggestion] = goalsAtRiskRule({ goals: [g], progress: new Map([[g.id, p]]), posts, upcoming: [], now: NOW, timeZone: NAIROBI });
    expect(suggestion).toMatchObject({ title: { key: 'goals-at-risk.frequency', params: { extraPerWeek: 6, extraPosts: 11 } }, confidence: 'medium' });
  });
});
