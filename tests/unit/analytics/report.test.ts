// The report's arithmetic against hand-computed values: hidden counts are never 0, abbreviated ones make
// totals approximate, ER uses the follower count at publication, adherence and breakdowns with samples.
import { describe, expect, it } from 'vitest';
import { breakdown, heatmap } from '@/utils/analytics/breakdowns';
import { change, honestTotal, meanOf } from '@/utils/analytics/honest-sum';
import { monthPeriod, periodOf, previousPeriod } from '@/utils/analytics/period';
import { adherenceOf, buildReport, followersAt, type ReportAccount, type ReportPlanned, type ReportPost } from '@/utils/analytics/report';

const TZ = 'Africa/Nairobi'; // UTC+3, no DST
const NOV = monthPeriod('2026-11-26', TZ);
const at = (day: number, hour = 9) => Date.UTC(2026, 10, day, hour - 3); // local Nairobi time → instant
const NOW = at(26, 12);

function post(id: string, day: number, counts: Partial<ReportPost>, extra: Partial<ReportPost> = {}): ReportPost {
  return { id: `instagram:${id}`, platform: 'instagram', author: 'kahawabora', url: `https://www.instagram.com/p/${id}/`, text: id, publishedAt: at(day), likes: null, reposts: null, comments: null, views: null, precision: {}, plannedPostId: null, ...counts, ...extra };
}
function planned(id: string, day: number, status: ReportPlanned['status'], extra: Partial<ReportPlanned> = {}): ReportPlanned {
  return { id, platform: 'instagram', title: id, status, format: 'image', scheduledAt: at(day), publishedAt: null, pillar: '', topic: '', segmentId: null, hookId: null, campaignId: null, ...extra };
}
const ACCOUNT: ReportAccount = {
  platform: 'instagram',
  handle: 'KahawaBora',
  readings: [
    { at: at(1, 0) - 86_400_000, followers: 1000, approximate: false }, // 31 Oct
    { at: at(10), followers: 1100, approximate: false },
    { at: at(20), followers: null, approximate: false }, // hidden on that visit
    { at: at(25), followers: 1200, approximate: true }, // "1.2K"
    { at: Date.UTC(2026, 11, 3), followers: 1300, approximate: false }, // December: after the period
  ],
};

describe('periods', () => {
  it('takes whole local days and compares with the same length just before', () => {
    expect(NOV).toMatchObject({ from: '2026-11-01', to: '2026-11-30', days: 30, start: Date.UTC(2026, 9, 31, 21), end: Date.UTC(2026, 10, 30, 21) });
    expect(previousPeriod(NOV, TZ)).toMatchObject({ from: '2026-10-02', to: '2026-10-31', days: 30 });
    expect(periodOf('2026-11-10', '2026-11-16', TZ).days).toBe(7);
    expect(monthPeriod('2026-12-31', TZ)).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
    expect(() => periodOf('2026-11-10', '2026-11-09', TZ)).toThrow(RangeError);
  });
});

describe('honest sums', () => {
  it('leaves hidden counts out, counts them, and marks abbreviated totals', () => {
    expect(honestTotal([{ value: 10, approximate: false }, { value: null, approximate: false }, { value: 1200, approximate: true }])).toEqual({ value: 1210, shown: 2, hidden: 1, approximate: true });
    expect(honestTotal([{ value: null, approximate: false }])).toEqual({ value: null, shown: 0, hidden: 1, approximate: false });
    expect(meanOf([1, null, 3])).toEqual({ value: 2, n: 2 });
    expect(change(120, 100)).toEqual({ delta: 20, percent: 20 });
    expect(change(5, 0)).toEqual({ delta: 5, percent: null });
    expect(change(null, 3)).toEqual({ delta: null, percent: null });
  });
});

describe('report', () => {
  const posts = [
    post('a', 5, { likes: 100, comments: 10, reposts: null, views: 2000 }), // engagement 110, followers at publication 1000 → 11 %, views 5.5 %
    post('b', 12, { likes: 1200, comments: 30, reposts: 0, views: null, precision: { likes: 100 } }), // 1230 ≈, followers 1100 → 111.818… %
    post('c', 21, { likes: null, comments: null, reposts: null, views: 500 }), // nothing shown: no engagement, no ER
    post('d', 26, { likes: 40, comments: 2, reposts: 1, views: 0 }, { plannedPostId: 'p-d' }), // 43, followers 1200 → 3.5833 %; views 0 → no ER by views
  ];
  const plan = [
    planned('p-d', 26, 'published', { publishedAt: at(26), pillar: 'education', segmentId: 'seg-1', format: 'reel' }), // on time
    planned('p-late', 7, 'published', { publishedAt: at(7) + 2 * 3_600_000 }), // two hours late
    planned('p-missed', 3, 'missed'),
    planned('p-stale', 20, 'scheduled'), // six days past: missed
    planned('p-soon', 26, 'ready', { scheduledAt: at(26, 10) }), // due after NOW-ish: pending
    planned('p-next', 28, 'scheduled'),
    planned('p-idea', 15, 'idea'),
    planned('p-cancelled', 16, 'cancelled'),
  ];
  const report = buildReport({ period: NOV, now: NOW, accounts: [ACCOUNT], posts, planned: plan });
  const summary = report.overall.summary;

  it('adds up what was shown, and only that', () => {
    expect(summary.posts).toBe(4);
    expect(summary.likes).toEqual({ value: 1340, shown: 3, hidden: 1, approximate: true });
    expect(summary.comments).toEqual({ value: 42, shown: 3, hidden: 1, approximate: false });
    expect(summary.reposts).toEqual({ value: 1, shown: 2, hidden: 2, approximate: false });
    expect(summary.views).toEqual({ value: 2500, shown: 3, hidden: 1, approximate: false });
    expect(summary.engagement).toEqual({ value: 110 + 1230 + 43, shown: 3, hidden: 1, approximate: true });
    expect(summary.medianEngagement).toBe(110);
  });

  it('computes ER by followers at publication and by views, averaged over the posts that have them', () => {
    const [a, b, c, d] = report.posts;
    expect(a!.followers).toBe(1000);
    expect(b!.followers).toBe(1100);
    expect(d!.followers).toBe(1200);
    expect(c!.erFollowers).toBeNull();
    expect(summary.erFollowers.n).toBe(3);
    expect(summary.erFollowers.value).toBeCloseTo((11 + (1230 / 1100) * 100 + (43 / 1200) * 100) / 3, 10);
    expect(summary.erViews).toEqual({ value: 5.5, n: 1 });
  });

  it('takes followers at the start and the last reading inside the period, hidden readings skipped', () => {
    expect(summary.followers).toEqual({ start: 1000, end: 1200, growth: 200, approximate: true, known: 1, accounts: 1 });
    expect(followersAt(ACCOUNT, at(20, 12)).value).toBe(1100);
    expect(followersAt(ACCOUNT, 0).value).toBe(1000); // nothing older: the first reading after
    expect(followersAt(undefined, 0)).toEqual({ value: null, approximate: false });
  });

  it('ranks the top and bottom posts by engagement, leaving out posts without counts', () => {
    expect(report.overall.top.map((p) => p.post.text)).toEqual(['b', 'a', 'd']);
    expect(report.overall.bottom.map((p) => p.post.text)).toEqual(['d', 'a', 'b']);
  });

  it('counts plan adherence: on time, late, missed, pending; ideas and cancelled posts are not planned posts', () => {
    expect(report.overall.adherence).toEqual({ planned: 6, published: 2, onTime: 1, late: 1, missed: 2, pending: 2 });
    expect(adherenceOf([planned('x', 26, 'scheduled', { scheduledAt: NOW - 3_600_000 })], NOW).pending).toBe(1);
  });

  it('has a part per platform present, and the overall part', () => {
    expect(report.platforms.map((part) => part.platform)).toEqual(['instagram']);
    const withX = buildReport({ period: NOV, now: NOW, accounts: [ACCOUNT], posts: [...posts, post('x1', 9, { likes: 5 }, { id: 'x:1', platform: 'x', author: 'kahawa' })], planned: plan });
    expect(withX.platforms.map((part) => part.platform)).toEqual(['instagram', 'x']);
    expect(withX.platforms[1]!.summary).toMatchObject({ posts: 1, likes: { value: 5 }, followers: { start: null, known: 0, accounts: 0 } });
    expect(withX.overall.summary.posts).toBe(5);
  });

  it('breaks down by the plan’s fields, with sample sizes and small samples marked', () => {
    const formats = breakdown(report.posts, 'format');
    expect(formats).toEqual([
      expect.objectContaining({ key: 'post', posts: 3, medianEngagement: 670, small: true }),
      expect.objectContaining({ key: 'reel', posts: 1, medianEngagement: 43, small: true }),
    ]);
    const pillars = breakdown(report.posts, 'pillar');
    expect(pillars.map((row) => [row.key, row.posts])).toEqual([['education', 1], [null, 3]]);
    expect(breakdown(report.posts, 'segment')[0]).toMatchObject({ key: 'seg-1', engagement: { value: 43, shown: 1 } });
  });

  it('maps publication times to weekday × hour in the brand’s zone', () => {
    // 5 Nov 2026 is a Thursday (weekday 3), 12 Nov Thursday, 21 Nov Saturday (5), 26 Nov Thursday; all at 09:00.
    expect(heatmap(report.posts, TZ)).toEqual([
      { weekday: 3, hour: 9, value: 110, n: 3 },
      { weekday: 5, hour: 9, value: null, n: 1 },
    ]);
    // The same instants in UTC fall at 06:00.
    expect(heatmap(report.posts, 'UTC')[0]).toMatchObject({ weekday: 3, hour: 6 });
  });
});

describe('CSV exports', () => {
  const names = { segment: new Map([['seg-1', 'Home brewers']]), hook: new Map<string, string>(), campaign: new Map<string, string>() };
  const posts = [
    post('a', 5, { likes: 100, comments: 10, reposts: null, views: 2000 }, { text: '=HYPERLINK("x")' }),
    post('d', 26, { likes: 40, comments: 2, reposts: 1, views: null }, { plannedPostId: 'p-d' }),
  ];
  const plan = [planned('p-d', 26, 'published', { publishedAt: at(26), pillar: 'education', segmentId: 'seg-1', format: 'reel', title: 'Brew guide' })];
  const report = buildReport({ period: NOV, now: NOW, accounts: [ACCOUNT], posts, planned: plan });
  const empty = buildReport({ period: previousPeriod(NOV, TZ), now: NOW, accounts: [ACCOUNT], posts: [], planned: [] });

  it('writes one row per post: local time, hidden counts empty, text guarded, plan fields named', async () => {
    const { postsCsv } = await import('@/utils/analytics/csv');
    const lines = postsCsv(report, TZ, names).split('\r\n');
    expect(lines[0]).toBe('Published,Platform,Account,URL,Text,Likes,Reposts,Comments,Views,Engagement,Approximate,Followers at publication,ER by followers %,ER by views %,Format,Planned post,Pillar,Topic,Segment,Hook,Campaign');
    expect(lines[1]).toBe(`2026-11-05 09:00,instagram,kahawabora,https://www.instagram.com/p/a/,"'=HYPERLINK(""x"")",100,,10,2000,110,no,1000,11,5.5,post,,,,,,`);
    expect(lines[2]).toBe('2026-11-26 09:00,instagram,kahawabora,https://www.instagram.com/p/d/,d,40,1,2,,43,no,1200,3.5833,,reel,Brew guide,education,,Home brewers,,');
  });

  it('writes the summary with samples and the previous period, negative changes as numbers', async () => {
    const { summaryCsv } = await import('@/utils/analytics/csv');
    const lines = summaryCsv(empty, report).split('\r\n');
    expect(lines[0]).toBe('Part,Figure,Value,Shown,Hidden,Approximate,Previous period,Change');
    expect(lines).toContain('all,Posts published,0,,,no,2,-2');
    expect(lines).toContain('all,Likes,,0,0,no,140,');
    expect(lines.find((line) => line.startsWith('instagram,Followers at start'))).toBe('instagram,Followers at start,1000,,,no,1000,0');
  });
});

describe('typed and addressed periods', () => {
  it('accepts two real dates in order, within a year', async () => {
    const { periodFromInput } = await import('@/utils/analytics/period');
    expect(periodFromInput('2026-11-01', '2026-11-30', TZ)).toMatchObject({ days: 30 });
    expect(periodFromInput('2026-11-30', '2026-11-30', TZ)).toMatchObject({ days: 1 });
    expect(periodFromInput('2025-01-01', '2025-12-31', TZ)).toMatchObject({ days: 365 });
    for (const [from, to] of [['2026-13-01', '2026-11-30'], ['2026-02-31', '2026-03-01'], ['2026-11-20', '2026-11-10'], ['', '2026-11-10'], ['2026-11-1', '2026-11-10']]) {
      expect(periodFromInput(from!, to!, TZ), `${from} – ${to}`).toBe('invalid');
    }
    expect(periodFromInput('2024-01-01', '2026-01-01', TZ)).toBe('too-long');
  });
});
