// What the report reads: only the period's rows through the indexes, the readings around it, own and
// competitor posts apart, and planned posts linked from outside the period.
import { describe, expect, it } from 'vitest';
import { loadAnalytics, postSnapshots } from '@/storage/analytics';
import { db } from '@/storage/db';
import { monthPeriod, previousPeriod } from '@/utils/analytics/period';
import { buildReport } from '@/utils/analytics/report';

const TZ = 'Africa/Nairobi';
const NOV = monthPeriod('2026-11-15', TZ);
const OCT = previousPeriod(NOV, TZ);
const day = (month: number, date: number) => Date.UTC(2026, month - 1, date, 9);
const counts = { likes: 10, reposts: 1, comments: 2, views: null, bookmarks: null, precision: {} };

async function seed() {
  await db.accounts.bulkPut([
    { id: 'own-ig', platform: 'instagram', handle: 'kahawabora', role: 'own' },
    { id: 'rival-ig', platform: 'instagram', handle: 'savanna', role: 'competitor', competitorId: 'c1' },
    { id: 'partner-ig', platform: 'instagram', handle: 'mkate', role: 'partner', partnerId: 'p1' },
  ]);
  await db.competitors.put({ id: 'c1', name: 'Savanna Peak', website: '', swot: { strengths: [], weaknesses: [], opportunities: [], threats: [] }, notes: '', createdAt: 0, updatedAt: 0 });
  const snap = (id: string, handle: string, at: number, followers: number | null) => ({ id, platform: 'instagram' as const, handle, at, followers, following: null, posts: null, precision: {} });
  await db.profileSnapshots.bulkPut([
    snap('s1', 'kahawabora', day(9, 1), 900), // long before: not the last before November
    snap('s2', 'kahawabora', day(10, 20), 1000), // last before November
    snap('s3', 'kahawabora', day(11, 10), 1050),
    snap('s4', 'kahawabora', day(12, 5), 1100), // first after
    snap('s5', 'kahawabora', day(12, 20), 1200), // not read
    snap('s6', 'savanna', day(11, 2), 50_000),
  ]);
  const observed = (id: string, author: string, publishedAt: number | null, plannedPostId: string | null = null) => ({
    id: `instagram:${id}`, platform: 'instagram' as const, postId: id, url: `https://www.instagram.com/p/${id}/`, author, publishedAt, text: id, ...counts, firstSeenAt: 0, lastSeenAt: 0, plannedPostId,
  });
  await db.observedPosts.bulkPut([
    observed('own-nov', 'kahawabora', day(11, 5), 'plan-oct'),
    observed('own-oct', 'kahawabora', day(10, 5)),
    observed('rival-nov', 'savanna', day(11, 6)),
    observed('partner-nov', 'mkate', day(11, 7)),
    observed('undated', 'kahawabora', null),
  ]);
  const planned = (id: string, scheduledAt: number, status: string) => ({
    id, groupId: null, platform: 'instagram', format: 'image', status, title: id, scheduledAt, localDate: null, localTime: null, timeZone: TZ, pillar: '', topic: '', segmentId: null, hookId: null, campaignId: null, text: '', hashtags: [], notes: '', mediaIds: [], reminderLeadMinutes: null, publishedUrl: null, publishedAt: null, externalId: null, createdAt: 0, updatedAt: 0,
  });
  await db.posts.bulkPut([planned('plan-oct', day(10, 31), 'published'), planned('plan-nov', day(11, 12), 'scheduled')] as never);
  await db.postSnapshots.bulkPut([
    { id: 'p2', observedPostId: 'instagram:own-nov', at: 2, ...counts },
    { id: 'p1', observedPostId: 'instagram:own-nov', at: 1, ...counts },
    { id: 'p3', observedPostId: 'instagram:other', at: 1, ...counts },
  ]);
}

describe('loadAnalytics', () => {
  it('reads the period’s own posts, the plan, the readings around it and competitors apart', async () => {
    await seed();
    const { current, previous } = await loadAnalytics(NOV, OCT);
    expect(current.posts.map((post) => post.text)).toEqual(['own-nov']);
    expect(current.planned.map((post) => post.id).sort()).toEqual(['plan-nov', 'plan-oct']); // plan-oct is linked from November
    expect(current.accounts).toEqual([{ platform: 'instagram', handle: 'kahawabora', readings: [
      { at: day(10, 20), followers: 1000, approximate: false },
      { at: day(11, 10), followers: 1050, approximate: false },
      { at: day(12, 5), followers: 1100, approximate: false },
    ] }]);
    expect(current.competitors).toEqual([expect.objectContaining({ id: 'c1', name: 'Savanna Peak', posts: [expect.objectContaining({ text: 'rival-nov' })] })]);
    expect(previous.posts.map((post) => post.text)).toEqual(['own-oct']);
    expect(previous.planned.map((post) => post.id)).toEqual(['plan-oct']);

    const report = buildReport({ period: NOV, now: day(11, 26), accounts: current.accounts, posts: current.posts, planned: current.planned });
    expect(report.overall.summary.followers).toMatchObject({ start: 1000, end: 1050, growth: 50 });
    expect(report.overall.adherence).toMatchObject({ planned: 1, missed: 1 }); // plan-oct is October's, not November's
  });

  it('reads one platform only when asked, its plan through [platform+scheduledAt]', async () => {
    await seed();
    const instagram = await loadAnalytics(NOV, OCT, 'instagram');
    expect(instagram.current.posts.map((post) => post.text)).toEqual(['own-nov']);
    expect(instagram.current.planned.map((post) => post.id).sort()).toEqual(['plan-nov', 'plan-oct']);
    const x = await loadAnalytics(NOV, OCT, 'x');
    expect(x.current).toMatchObject({ posts: [], planned: [], accounts: [] });
    expect(x.current.competitors.every((competitor) => competitor.accounts.length === 0 && competitor.posts.length === 0)).toBe(true);
  });

  it('gives a post’s snapshots oldest first', async () => {
    await seed();
    expect((await postSnapshots('instagram:own-nov')).map((row) => row.id)).toEqual(['p1', 'p2']);
  });
});
