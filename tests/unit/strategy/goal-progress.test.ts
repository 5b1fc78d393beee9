// Goal progress and forecast (utils/strategy/goal-progress.ts) on small series worked out by hand.
// The brand is in Nairobi (UTC+3, no DST): a day runs from 21:00 UTC the evening before.
import { describe, expect, it } from 'vitest';
import type { FollowerReading } from '@/utils/strategy/figures';
import {
  baselineFromData,
  goalProgress,
  isWholePeriod,
  kindOfMetric,
  leastSquares,
  nearestFollowers,
  periodDates,
  weightedMedian,
  type GoalData,
  type GoalGoal,
  type GoalPost,
} from '@/utils/strategy/goal-progress';
import { toInstant } from '@/utils/time/wall-clock';

const ZONE = 'Africa/Nairobi';
const at = (date: string, time = '12:00') => toInstant(date, time, ZONE);
const NOVEMBER = { periodStart: '2026-11-01', periodEnd: '2026-11-30' }; // day 0 … day 29

function goal(overrides: Partial<GoalGoal>): GoalGoal {
  return { metric: 'followers', target: 1300, baseline: null, manualValue: null, ...NOVEMBER, ...overrides };
}
function post(publishedAt: number | null, counts: Partial<Omit<GoalPost, 'account' | 'publishedAt'>> = {}, account = 0): GoalPost {
  return { account, publishedAt, likes: null, comments: null, reposts: null, views: null, ...counts };
}
const data = (overrides: Partial<GoalData>): GoalData => ({ accounts: [], posts: [], published: [], ...overrides });

describe('periods', () => {
  it('fills the month, quarter and year around a day', () => {
    expect(periodDates('month', '2026-11-26')).toEqual({ start: '2026-11-01', end: '2026-11-30' });
    // November is in the fourth quarter: October to December.
    expect(periodDates('quarter', '2026-11-26')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(periodDates('quarter', '2026-01-01')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(periodDates('year', '2026-11-26')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    // 2028 is a leap year: February has 29 days.
    expect(periodDates('month', '2028-02-10')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
  });

  it('tells a whole month, quarter or year from other spans', () => {
    expect(isWholePeriod('month', '2026-11-01', '2026-11-30')).toBe(true);
    expect(isWholePeriod('month', '2026-11-02', '2026-11-30')).toBe(false);
    expect(isWholePeriod('quarter', '2026-11-01', '2027-01-31')).toBe(false);
    expect(isWholePeriod('year', '2026-01-01', '2026-12-31')).toBe(true);
  });

  it('sorts the metrics into levels, totals and the hand-entered one', () => {
    expect(kindOfMetric('followers')).toBe('level');
    expect(kindOfMetric('engagement-rate')).toBe('level');
    expect(kindOfMetric('views')).toBe('total');
    expect(kindOfMetric('posts-published')).toBe('total');
    expect(kindOfMetric('custom')).toBe('manual');
  });
});

describe('least squares', () => {
  it('fits y = 9.5 + 3.5x through (0,10) (1,12) (2,17)', () => {
    // mean x = 1, mean y = 13; Σ(x−x̄)(y−ȳ) = (−1)(−3) + 0 + (1)(4) = 7; Σ(x−x̄)² = 2;
    // slope = 7/2 = 3.5; intercept = 13 − 3.5·1 = 9.5.
    expect(leastSquares([{ x: 0, y: 10 }, { x: 1, y: 12 }, { x: 2, y: 17 }])).toEqual({ slope: 3.5, intercept: 9.5 });
  });
  it('has no line through one point or one day', () => {
    expect(leastSquares([{ x: 0, y: 1 }])).toBeNull();
    expect(leastSquares([{ x: 2, y: 1 }, { x: 2, y: 5 }])).toBeNull();
  });
});

describe('weighted median', () => {
  it('gives the plain median for equal weights, and leans to the heavy side otherwise', () => {
    const ones = (values: number[]) => values.map((value) => ({ value, weight: 1 }));
    // Half of 3 is 1.5: the running weight passes it at the second value.
    expect(weightedMedian(ones([5, 1, 3]))).toBe(3);
    // Half of 4 is 2, reached exactly at 3: the mean of 3 and 4.
    expect(weightedMedian(ones([4, 1, 3, 10]))).toBe(3.5);
    // Weights 3 and 1: half is 2, passed at the first value.
    expect(weightedMedian([{ value: 10, weight: 1 }, { value: 1, weight: 3 }])).toBe(1);
    expect(weightedMedian([])).toBeNull();
  });
});

describe('nearest reading', () => {
  it('takes the closest known reading on either side, the earlier on a tie', () => {
    const readings: FollowerReading[] = [{ at: 100, followers: 1 }, { at: 190, followers: null }, { at: 200, followers: 2 }, { at: 300, followers: 3 }];
    expect(nearestFollowers(readings, 140)).toBe(1); // 40 before vs 60 after (the hidden one at 190 does not count)
    expect(nearestFollowers(readings, 250)).toBe(2); // 50 either side: the earlier
    expect(nearestFollowers([], 250)).toBeNull();
  });
});

describe('followers', () => {
  const readings: FollowerReading[] = [
    { at: at('2026-10-31', '20:00'), followers: 1000 }, // 4 h before the start: the baseline
    { at: at('2026-11-01', '09:00'), followers: 1010 }, // 9 h after the start
    { at: at('2026-11-02', '09:00'), followers: 1030 },
    { at: at('2026-11-02', '18:00'), followers: 1040 }, // the day's last reading is its value
    { at: at('2026-11-04', '09:00'), followers: 1070 },
  ];
  const now = at('2026-11-05', '12:00');

  it('measures from the reading nearest the start to the latest, and forecasts the trend', () => {
    const result = goalProgress(goal({ target: 1300 }), data({ accounts: [readings] }), now, ZONE);
    // Baseline: the reading nearest 1 Nov 00:00 is 31 Oct 20:00 (4 h) rather than 1 Nov 09:00 (9 h): 1000.
    expect(result.baseline).toBe(1000);
    expect(result.baselineFromData).toBe(true);
    // Current: the latest reading, 1070. Progress = (1070 − 1000) / (1300 − 1000) = 70/300.
    expect(result.current).toBe(1070);
    expect(result.progress).toBeCloseTo(70 / 300, 10);
    // Days with a reading since the start: day 0 → 1010, day 1 → 1040 (last of two), day 3 → 1070.
    expect(result.series).toEqual([{ day: 0, value: 1010 }, { day: 1, value: 1040 }, { day: 3, value: 1070 }]);
    // x̄ = 4/3, ȳ = 1040; Σ(x−x̄)(y−ȳ) = (−4/3)(−30) + (−1/3)(0) + (5/3)(30) = 40 + 50 = 90;
    // Σ(x−x̄)² = 16/9 + 1/9 + 25/9 = 14/3; slope = 90 ÷ 14/3 = 135/7 ≈ 19.29 followers a day;
    // intercept = 1040 − (135/7)(4/3) = 7100/7; on day 29 (30 Nov): (7100 + 135·29)/7 = 11015/7 ≈ 1573.57.
    expect(result.trend!.slope).toBeCloseTo(135 / 7, 10);
    expect(result.forecast).toBeCloseTo(11015 / 7, 8);
    expect(result.dataDays).toBe(3);
    // 1573.57 ≥ 1300: on track.
    expect(result.status).toBe('on-track');
    expect(result.phase).toBe('active');
    // 5 Nov is day 4; days after it up to day 29: 25.
    expect(result.daysLeft).toBe(25);
  });

  it('is at risk from 90 % of the way, off track below', () => {
    const at1600 = goalProgress(goal({ target: 1600 }), data({ accounts: [readings] }), now, ZONE);
    // Way covered by the forecast: (1573.57 − 1000) / (1600 − 1000) = 573.57/600 ≈ 0.956 ≥ 0.9.
    expect(at1600.forecastProgress).toBeCloseTo((11015 / 7 - 1000) / 600, 10);
    expect(at1600.status).toBe('at-risk');
    // (1573.57 − 1000) / (2000 − 1000) ≈ 0.574 < 0.9.
    expect(goalProgress(goal({ target: 2000 }), data({ accounts: [readings] }), now, ZONE).status).toBe('off-track');
  });

  it('keeps a baseline set by hand', () => {
    const result = goalProgress(goal({ target: 1300, baseline: 1050 }), data({ accounts: [readings] }), now, ZONE);
    // (1070 − 1050) / (1300 − 1050) = 20/250 = 0.08.
    expect(result.baseline).toBe(1050);
    expect(result.baselineFromData).toBe(false);
    expect(result.dataBaseline).toBe(1000);
    expect(result.progress).toBeCloseTo(0.08, 10);
    // A stored baseline that is still what the data says (taken from it on saving) is the data's.
    expect(goalProgress(goal({ baseline: 1000 }), data({ accounts: [readings] }), now, ZONE).baselineFromData).toBe(true);
  });

  it('needs three days of readings for a forecast', () => {
    const twoDays = goalProgress(goal({}), data({ accounts: [readings] }), at('2026-11-02', '20:00'), ZONE);
    // Readings on day 0 and day 1 only: current 1040, no forecast.
    expect(twoDays.current).toBe(1040);
    expect(twoDays.dataDays).toBe(2);
    expect(twoDays.forecast).toBeNull();
    expect(twoDays.status).toBe('not-enough-data');
  });

  it('adds own accounts for "all", filling an account not read yet with its first reading', () => {
    const a: FollowerReading[] = [{ at: at('2026-11-01', '09:00'), followers: 100 }, { at: at('2026-11-03', '09:00'), followers: 120 }];
    const b: FollowerReading[] = [{ at: at('2026-11-02', '09:00'), followers: 50 }, { at: at('2026-11-03', '10:00'), followers: 56 }];
    const never: FollowerReading[] = [{ at: at('2026-11-02', '09:00'), followers: null }];
    const result = goalProgress(goal({ target: 400 }), data({ accounts: [a, b, never] }), at('2026-11-03', '12:00'), ZONE);
    // Baseline: a's nearest is 100 (1 Nov), b's nearest is 50 (2 Nov): 150. The third has no number: left out.
    expect(result.baseline).toBe(150);
    expect(result.missingAccounts).toBe(1);
    // Current: 120 + 56 = 176.
    expect(result.current).toBe(176);
    // Day 0: a 100 + b (not read yet: its first reading) 50 = 150; day 1: 100 + 50 = 150; day 2: 120 + 56 = 176.
    expect(result.series.map((p) => p.value)).toEqual([150, 150, 176]);
    // x̄ = 1, ȳ = 476/3; Σ(x−x̄)(y−ȳ) = (−1)(150 − 476/3) + (1)(176 − 476/3) = 26; Σ(x−x̄)² = 2; slope 13;
    // intercept = 476/3 − 13 = 437/3; day 29: 437/3 + 13·29 = 1568/3 ≈ 522.67 ≥ 400: on track.
    expect(result.forecast).toBeCloseTo(1568 / 3, 8);
    expect(result.status).toBe('on-track');
    // Progress (176 − 150) / (400 − 150) = 26/250.
    expect(result.progress).toBeCloseTo(26 / 250, 10);
  });

  it('places readings on the right day across a clock change', () => {
    // Berlin springs forward on 29 March 2026 (that day has 23 hours). Readings at 00:10 each morning
    // belong to their own day: 28 → day 27, 29 → day 28, 30 → day 29, 31 → day 30.
    const berlin = 'Europe/Berlin';
    const readings = ['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31'].map((date, n) => ({ at: toInstant(date, '00:10', berlin), followers: 100 + n }));
    const march = goal({ target: 200, periodStart: '2026-03-01', periodEnd: '2026-03-31' });
    const result = goalProgress(march, data({ accounts: [readings] }), toInstant('2026-03-31', '12:00', berlin), berlin);
    expect(result.series).toEqual([{ day: 27, value: 100 }, { day: 28, value: 101 }, { day: 29, value: 102 }, { day: 30, value: 103 }]);
    // One follower a day: the line is 73 + x; on day 30 (the last day, today) 103.
    expect(result.forecast).toBeCloseTo(103, 10);
  });

  it('says nothing without any reading', () => {
    const result = goalProgress(goal({}), data({ accounts: [[]] }), at('2026-11-05'), ZONE);
    expect(result.current).toBeNull();
    expect(result.baseline).toBeNull();
    expect(result.progress).toBeNull();
    expect(result.status).toBe('not-enough-data');
    expect(result.missingAccounts).toBe(1);
  });
});

describe('engagement rate', () => {
  // Followers: 1000 on 1 Oct, 2000 on 1 Nov; each post is measured against the reading nearest it.
  const readings: FollowerReading[] = [{ at: at('2026-10-01', '09:00'), followers: 1000 }, { at: at('2026-11-01', '09:00'), followers: 2000 }];
  const posts = [
    post(at('2026-10-01', '12:00'), { likes: 500 }), // before the 30-day window (it opens 2 Oct 00:00)
    post(at('2026-10-10', '10:00'), { likes: 30, comments: 10, reposts: 0 }), // nearest 1 Oct: 40/1000 = 4 %
    post(at('2026-10-20', '10:00'), { likes: 20 }), // 1 Oct is 19 days away, 1 Nov 12: 20/2000 = 1 %
    post(at('2026-10-25', '10:00'), { views: 900 }), // no likes, comments or reposts shown: no rate
    post(at('2026-11-01', '10:00'), { likes: 60 }), // 60/2000 = 3 %
    post(at('2026-11-02', '10:00'), { likes: 80 }), // 80/2000 = 4 %
    post(at('2026-11-02', '15:00'), {}), // every count hidden: unknown
    post(at('2026-11-04', '10:00'), { likes: 70, comments: 30 }), // 100/2000 = 5 %
    post(at('2026-11-04', '16:00'), { likes: 60 }), // 60/2000 = 3 %
  ];
  const now = at('2026-11-05', '12:00');

  it('takes the baseline from the 30 days before the start', () => {
    // Median of 4 % and 1 % = 2.5 %.
    expect(baselineFromData({ metric: 'engagement-rate', periodStart: '2026-11-01' }, data({ accounts: [readings], posts }), ZONE)).toBe(2.5);
  });

  it('is the median per-post rate of the period, and projects the daily median rate', () => {
    const result = goalProgress(goal({ metric: 'engagement-rate', target: 4.5 }), data({ accounts: [readings], posts }), now, ZONE);
    // Rates in the period: 3, 4, 5, 3 (the hidden post is unknown): sorted 3, 3, 4, 5, median 3.5.
    expect(result.current).toBe(3.5);
    expect(result.posts).toBe(5);
    expect(result.unknownPosts).toBe(1);
    // Progress (3.5 − 2.5) / (4.5 − 2.5) = 0.5.
    expect(result.progress).toBeCloseTo(0.5, 10);
    // Each day's median rate: day 0 → 3, day 1 → 4 (the hidden post has none), day 3 → median(5, 3) = 4.
    expect(result.series).toEqual([{ day: 0, value: 3 }, { day: 1, value: 4 }, { day: 3, value: 4 }]);
    // x̄ = 4/3, ȳ = 11/3; y − ȳ = −2/3, 1/3, 1/3; Σ(x−x̄)(y−ȳ) = 8/9 − 1/9 + 5/9 = 4/3; Σ(x−x̄)² = 14/3;
    // slope = 2/7; intercept = 11/3 − (2/7)(4/3) = 23/7: the line is (23 + 2x)/7.
    expect(result.trend!.slope).toBeCloseTo(2 / 7, 10);
    expect(result.trend!.intercept).toBeCloseTo(23 / 7, 10);
    // The forecast is the period's median if days 5…29 bring posts at the pace so far: 4 rated posts in
    // 5 days = 0.8 a day, each rated (23 + 2d)/7. Weights: 3, 3, 4, 5 one each; 33/7, 35/7, …, 81/7 0.8
    // each (25 days). Total 4 + 20 = 24, half 12. Running weight in value order: 3 → 1, 3 → 2, 4 → 3,
    // 33/7 → 3.8, 5 and 35/7 → 5.6, 37/7 → 6.4, 39/7 → 7.2, 41/7 → 8, 43/7 → 8.8, 45/7 → 9.6,
    // 47/7 → 10.4, 49/7 → 11.2, 51/7 → 12: exactly half, so the mean of 51/7 and 53/7 = 52/7 ≈ 7.43 ≥ 4.5.
    expect(result.forecast).toBeCloseTo(52 / 7, 8);
    expect(result.status).toBe('on-track');
  });
});

describe('totals', () => {
  const posts = [
    post(at('2026-10-31', '10:00'), { views: 999 }), // before the period
    post(Date.UTC(2026, 9, 31, 21, 30), { views: 100 }), // 31 Oct 21:30 UTC is 1 Nov 00:30 in Nairobi: day 0
    post(at('2026-11-01', '18:00'), { views: null, likes: 4 }), // views hidden: unknown, not 0
    post(at('2026-11-03', '10:00'), { views: 300 }),
    post(at('2026-11-04', '10:00'), { views: 50 }),
    post(null, { views: 7000 }), // no publication time: cannot be placed in a period
  ];
  const now = at('2026-11-04', '20:00');

  it('sums the period’s known counts, says how many were hidden, and forecasts the cumulative sum', () => {
    const result = goalProgress(goal({ metric: 'views', target: 5000 }), data({ accounts: [[]], posts }), now, ZONE);
    // 100 + 300 + 50 = 450 from three posts; the fourth post of the period hid its views.
    expect(result.current).toBe(450);
    expect(result.posts).toBe(4);
    expect(result.unknownPosts).toBe(1);
    // A total starts at 0: progress = 450 / 5000 = 0.09.
    expect(result.baseline).toBe(0);
    expect(result.progress).toBeCloseTo(0.09, 10);
    // Cumulative by day: day 0 100, day 1 100, day 2 400, day 3 450.
    expect(result.series.map((p) => p.value)).toEqual([100, 100, 400, 450]);
    // x̄ = 1.5, ȳ = 262.5; Σ(x−x̄)(y−ȳ) = (−1.5)(−162.5) + (−0.5)(−162.5) + (0.5)(137.5) + (1.5)(187.5) = 675;
    // Σ(x−x̄)² = 5; slope 135; intercept 262.5 − 202.5 = 60; day 29: 60 + 135·29 = 3975.
    expect(result.forecast).toBeCloseTo(3975, 8);
    // 3975 / 5000 = 0.795 < 0.9: off track.
    expect(result.status).toBe('off-track');
    // 3975 / 4400 ≈ 0.903: at risk.
    expect(goalProgress(goal({ metric: 'views', target: 4400 }), data({ accounts: [[]], posts }), now, ZONE).status).toBe('at-risk');
  });

  it('is unknown when every post hid the count, or none was seen', () => {
    const hidden = goalProgress(goal({ metric: 'comments', target: 10 }), data({ posts: [post(at('2026-11-02'), { likes: 5 }), post(at('2026-11-03'), {})] }), now, ZONE);
    expect(hidden.current).toBeNull();
    expect(hidden.unknownPosts).toBe(2);
    expect(hidden.progress).toBeNull();
    expect(hidden.status).toBe('not-enough-data');
    expect(goalProgress(goal({ metric: 'likes', target: 10 }), data({}), now, ZONE).current).toBeNull();
  });

  it('never forecasts a total below what it has already reached', () => {
    // A three-day period, the last day today, one post on it: cumulative 0, 0, 900.
    // x̄ = 1, ȳ = 300; Σ(x−x̄)(y−ȳ) = (−1)(−300) + (1)(600) = 900; slope 450; intercept −150;
    // the line on day 2 gives −150 + 900 = 750 < 900 already counted: the forecast is 900.
    const short = goal({ metric: 'likes', target: 1000, periodStart: '2026-11-01', periodEnd: '2026-11-03' });
    const result = goalProgress(short, data({ posts: [post(at('2026-11-03', '08:00'), { likes: 900 })] }), at('2026-11-03', '12:00'), ZONE);
    expect(result.trend).toEqual({ slope: 450, intercept: -150 });
    expect(result.forecast).toBe(900);
    // 900/1000 = 0.9: at risk.
    expect(result.status).toBe('at-risk');
  });

  it('counts published posts of the plan, 0 being a real answer', () => {
    const published = [at('2026-10-30'), at('2026-11-01', '08:00'), at('2026-11-01', '17:00'), at('2026-11-02')];
    const target = goal({ metric: 'posts-published', target: 30 });
    const early = goalProgress(target, data({ published }), at('2026-11-02', '20:00'), ZONE);
    // Three in the period (30 Oct is before it); only two days have passed (day 0 and 1): no forecast yet.
    expect(early.current).toBe(3);
    expect(early.progress).toBeCloseTo(0.1, 10);
    expect(early.status).toBe('not-enough-data');
    const later = goalProgress(target, data({ published }), at('2026-11-03', '12:00'), ZONE);
    // Cumulative 2, 3, 3: x̄ = 1, ȳ = 8/3; Σ(x−x̄)(y−ȳ) = (−1)(−2/3) + (1)(1/3) = 1; slope 1/2;
    // intercept 8/3 − 1/2 = 13/6; day 29: 13/6 + 29/2 = 50/3 ≈ 16.67; 16.67/30 ≈ 0.56: off track.
    expect(later.forecast).toBeCloseTo(50 / 3, 10);
    expect(later.status).toBe('off-track');
    expect(goalProgress(target, data({}), at('2026-11-05'), ZONE).current).toBe(0);
  });
});

describe('custom goals, and goals before and after their period', () => {
  it('uses the value entered by hand', () => {
    const custom = goal({ metric: 'custom', target: 200, baseline: 100, manualValue: 120 });
    const result = goalProgress(custom, data({}), at('2026-11-10'), ZONE);
    // (120 − 100) / (200 − 100) = 0.2; a single value has no trend.
    expect(result.progress).toBeCloseTo(0.2, 10);
    expect(result.status).toBe('not-enough-data');
    // Already past the target: on track whatever the trend.
    const reached = goalProgress({ ...custom, manualValue: 250 }, data({}), at('2026-11-10'), ZONE);
    expect(reached.reached).toBe(true);
    expect(reached.status).toBe('on-track');
    // No value entered: unknown.
    expect(goalProgress({ ...custom, manualValue: null }, data({}), at('2026-11-10'), ZONE).current).toBeNull();
  });

  it('has nothing to say before the period starts', () => {
    const result = goalProgress(goal({ metric: 'posts-published', target: 30 }), data({ published: [at('2026-10-20')] }), at('2026-10-25'), ZONE);
    expect(result.phase).toBe('upcoming');
    expect(result.current).toBeNull();
    expect(result.status).toBe('not-enough-data');
    expect(result.daysLeft).toBe(30);
  });

  it('keeps the final value once the period is over', () => {
    const published = [at('2026-11-03'), at('2026-11-10'), at('2026-11-30', '23:30'), at('2026-12-01', '00:30')];
    const result = goalProgress(goal({ metric: 'posts-published', target: 4 }), data({ published }), at('2026-12-15'), ZONE);
    // 30 Nov 23:30 is in, 1 Dec 00:30 is not: 3 of 4, final; the forecast is that final value.
    expect(result.phase).toBe('ended');
    expect(result.current).toBe(3);
    expect(result.forecast).toBe(3);
    // 3/4 = 0.75 of the way: not reached.
    expect(result.status).toBe('off-track');
    expect(result.daysLeft).toBe(0);
  });
});
