// The goals repository (storage/goals.ts): validation that writes nothing on bad input, the baseline
// taken from the data when the goal starts, edits, deletion that unlinks campaigns, and progress read
// from captured rows and the plan.
import { beforeEach, describe, expect, it } from 'vitest';
import { createCampaign } from '@/storage/campaigns';
import { db } from '@/storage/db';
import { GoalError, campaignsOfGoal, createGoal, dataBaseline, deleteGoal, listGoalProgress, listGoals, updateGoal, type GoalInput } from '@/storage/goals';
import { createPost, type PostInput } from '@/storage/posts';
import type { ObservedPost, ProfileSnapshot } from '@/storage/schemas';
import { updateSettings } from '@/storage/settings';
import { toInstant } from '@/utils/time/wall-clock';

const ZONE = 'Africa/Nairobi';
const at = (date: string, time = '12:00') => toInstant(date, time, ZONE);
const NOW = at('2026-11-05', '12:00');

const followersGoal: GoalInput = {
  title: 'Instagram: 4,000 followers',
  metric: 'followers',
  platform: 'instagram',
  target: 4000,
  baseline: null,
  manualValue: null,
  period: 'month',
  periodStart: '2026-11-01',
  periodEnd: '2026-11-30',
};

function snapshot(platform: ProfileSnapshot['platform'], handle: string, date: string, time: string, followers: number | null): ProfileSnapshot {
  return { id: `${platform}-${handle}-${date}-${time}`, platform, handle, at: at(date, time), followers, following: null, posts: null, precision: {} };
}

function observed(id: string, author: string, publishedAt: number, counts: Partial<Pick<ObservedPost, 'likes' | 'comments' | 'reposts' | 'views'>>): ObservedPost {
  return {
    id: `instagram:${id}`, platform: 'instagram', postId: id, url: `https://www.instagram.com/p/${id}/`, author, publishedAt, text: '',
    likes: null, reposts: null, comments: null, views: null, bookmarks: null, ...counts, precision: {}, firstSeenAt: publishedAt, lastSeenAt: publishedAt, plannedPostId: null,
  };
}

function planned(localDate: string, overrides: Partial<PostInput> = {}): PostInput {
  return {
    groupId: null, platform: 'instagram', format: 'image', status: 'published', title: `Post ${localDate}`, localDate, localTime: '10:00', timeZone: ZONE,
    pillar: '', topic: '', segmentId: null, hookId: null, campaignId: null, text: '', hashtags: [], notes: '', mediaIds: [], reminderLeadMinutes: null,
    publishedUrl: null, publishedAt: null, externalId: null, ...overrides,
  };
}

beforeEach(async () => {
  await updateSettings({ timeZone: ZONE, language: 'en' });
  await db.accounts.bulkPut([
    { id: 'own-ig', platform: 'instagram', handle: 'kahawabora', role: 'own' },
    { id: 'own-x', platform: 'x', handle: 'kahawabora', role: 'own' },
    { id: 'rival', platform: 'instagram', handle: 'rival.coffee', role: 'competitor' },
  ]);
  await db.profileSnapshots.bulkPut([
    snapshot('instagram', 'kahawabora', '2026-10-31', '20:00', 3500), // 4 h before 1 Nov: nearest the start
    snapshot('instagram', 'kahawabora', '2026-11-01', '09:00', 3510),
    snapshot('instagram', 'kahawabora', '2026-11-04', '09:00', 3560),
    snapshot('x', 'kahawabora', '2026-11-01', '10:00', 1200),
    snapshot('instagram', 'rival.coffee', '2026-11-01', '00:30', 48_000), // a competitor: never ours
  ]);
});

async function refused(promise: Promise<unknown>, field: string, code: string) {
  const error: unknown = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(GoalError);
  expect(error).toMatchObject({ field, reason: code });
  expect(await db.goals.count()).toBe(0);
}

describe('validation', () => {
  it('refuses a goal without title or target, with a backward period, or a period that is not whole', async () => {
    await refused(createGoal({ ...followersGoal, title: '  ' }, NOW), 'title', 'titleMissing');
    await refused(createGoal({ ...followersGoal, target: Number.NaN }, NOW), 'target', 'targetMissing');
    await refused(createGoal({ ...followersGoal, target: 0 }, NOW), 'target', 'targetNotPositive');
    await refused(createGoal({ ...followersGoal, period: 'custom', periodStart: '2026-11-10', periodEnd: '2026-11-09' }, NOW), 'periodEnd', 'endBeforeStart');
    await refused(createGoal({ ...followersGoal, periodStart: '2026-11-02' }, NOW), 'periodStart', 'notWholePeriod');
  });

  it('refuses a target at or below the baseline, and a baseline on a total', async () => {
    // The data's baseline is 3500: a target of 3400 is no growth.
    await refused(createGoal({ ...followersGoal, target: 3400 }, NOW), 'target', 'targetNotAboveBaseline');
    await refused(createGoal({ ...followersGoal, target: 3600, baseline: 3600 }, NOW), 'target', 'targetNotAboveBaseline');
    await refused(createGoal({ ...followersGoal, metric: 'views', target: 5000, baseline: 200 }, NOW), 'baseline', 'totalBaseline');
  });

  it('refuses what the schema refuses', async () => {
    await expect(createGoal({ ...followersGoal, periodEnd: '2026-02-30', period: 'custom' }, NOW)).rejects.toMatchObject({ field: 'periodEnd' });
    await expect(createGoal({ ...followersGoal, target: -1 }, NOW)).rejects.toMatchObject({ field: 'target' });
    expect(await db.goals.count()).toBe(0);
  });
});

describe('baseline from the data', () => {
  it('takes the own account’s reading nearest the period start', async () => {
    const goal = await createGoal(followersGoal, NOW);
    // 31 Oct 20:00 (3500) is 4 h from 1 Nov 00:00; 1 Nov 09:00 is 9 h: 3500. The competitor's 00:30 reading is not ours.
    expect(goal.baseline).toBe(3500);
    expect(await db.goals.get(goal.id)).toEqual(goal);
  });

  it('adds the own accounts for all platforms', async () => {
    // Instagram 3500 + X 1200 (its only reading).
    expect((await createGoal({ ...followersGoal, platform: 'all', target: 6000 }, NOW)).baseline).toBe(4700);
  });

  it('takes the median rate of the 30 days before the start for engagement rate', async () => {
    await db.observedPosts.bulkPut([
      // Followers nearest 20 Oct and 25 Oct: 3500 (31 Oct 20:00). 70/3500 = 2 %, 140/3500 = 4 %.
      observed('a', 'kahawabora', at('2026-10-20'), { likes: 60, comments: 10 }),
      observed('b', 'kahawabora', at('2026-10-25'), { likes: 140 }),
      observed('old', 'kahawabora', at('2026-09-01'), { likes: 3500 }), // more than 30 days before
      observed('c', 'rival.coffee', at('2026-10-25'), { likes: 9000 }), // not ours
    ]);
    // Median of 2 % and 4 % = 3 %.
    expect((await createGoal({ ...followersGoal, metric: 'engagement-rate', target: 5 }, NOW)).baseline).toBeCloseTo(3, 10);
  });

  it('starts totals at 0, custom goals at 0 or their own baseline, and keeps a baseline typed by hand', async () => {
    expect((await createGoal({ ...followersGoal, metric: 'views', target: 5000 }, NOW)).baseline).toBe(0);
    const custom = await createGoal({ ...followersGoal, metric: 'custom', platform: 'all', target: 500, manualValue: 40 }, NOW);
    expect(custom).toMatchObject({ baseline: 0, manualValue: 40 });
    expect((await createGoal({ ...followersGoal, baseline: 3400 }, NOW)).baseline).toBe(3400);
    // A hand-entered value belongs to custom goals only.
    expect((await createGoal({ ...followersGoal, manualValue: 12 }, NOW)).manualValue).toBeNull();
  });

  it('waits for the period to start, and for data', async () => {
    const december = { ...followersGoal, periodStart: '2026-12-01', periodEnd: '2026-12-31' };
    expect((await createGoal(december, NOW)).baseline).toBeNull();
    expect(await dataBaseline(december, NOW)).toBeNull();
    expect(await dataBaseline(followersGoal, NOW)).toBe(3500);
    // No own TikTok account: nothing to take it from.
    expect((await createGoal({ ...followersGoal, platform: 'tiktok' }, NOW)).baseline).toBeNull();
  });
});

describe('editing and deleting', () => {
  it('takes the baseline again when the metric changes, and keeps one given in the edit', async () => {
    const goal = await createGoal({ ...followersGoal, baseline: 3000 }, NOW);
    expect((await updateGoal(goal.id, { title: 'Renamed' }, NOW + 1)).baseline).toBe(3000);
    const moved = await updateGoal(goal.id, { platform: 'x', target: 1500 }, NOW + 2);
    expect(moved).toMatchObject({ baseline: 1200, platform: 'x', updatedAt: NOW + 2, createdAt: NOW });
    expect((await updateGoal(goal.id, { baseline: 1100 }, NOW + 3)).baseline).toBe(1100);
  });

  it('refuses a bad edit and keeps the goal as it was', async () => {
    const goal = await createGoal(followersGoal, NOW);
    await expect(updateGoal(goal.id, { title: '' }, NOW + 1)).rejects.toBeInstanceOf(GoalError);
    expect(await db.goals.get(goal.id)).toEqual(goal);
    await expect(updateGoal('missing', { title: 'x' })).rejects.toThrow('No goal missing');
  });

  it('deletes a goal and takes it off the campaigns that aimed at it, which stay', async () => {
    const goal = await createGoal(followersGoal, NOW);
    const other = await createGoal({ ...followersGoal, title: 'Other', target: 3900 }, NOW);
    const campaign = await createCampaign({ name: 'Black Friday', kind: 'black-friday', start: '2026-11-27', end: '2026-11-30', goalIds: [goal.id, other.id], color: '#111827', notes: '' });
    await createCampaign({ name: 'Unrelated', kind: 'promotion', start: '2026-11-10', end: '2026-11-12', goalIds: [other.id], color: '#111827', notes: '' });
    expect(await campaignsOfGoal(goal.id)).toEqual(['Black Friday']);
    expect(await deleteGoal(goal.id, NOW + 5)).toEqual({ unlinkedCampaigns: 1 });
    expect(await db.campaigns.get(campaign.id)).toMatchObject({ goalIds: [other.id], updatedAt: NOW + 5 });
    expect((await listGoals()).map((g) => g.title)).toEqual(['Other']);
  });
});

describe('progress from captured rows and the plan', () => {
  it('reads followers and posts published, running goals first', async () => {
    const followers = await createGoal(followersGoal, NOW);
    const posts = await createGoal({ ...followersGoal, title: 'Publish 20', metric: 'posts-published', platform: 'all', target: 20 }, NOW);
    const last = await createGoal({ ...followersGoal, title: 'October', period: 'month', periodStart: '2026-10-01', periodEnd: '2026-10-31', metric: 'posts-published', platform: 'all', target: 5 }, NOW);
    // Published on 1, 2 and 3 Nov (one on X), one scheduled (not published yet), one published in October.
    await createPost(planned('2026-11-01', { publishedAt: at('2026-11-01', '10:05') }), NOW);
    await createPost(planned('2026-11-02', { platform: 'x' }), NOW);
    await createPost(planned('2026-11-03'), NOW);
    await createPost(planned('2026-11-06', { status: 'scheduled' }), NOW);
    await createPost(planned('2026-10-15'), NOW);

    const rows = await listGoalProgress(NOW);
    expect(rows.map((r) => r.goal.id)).toEqual([followers.id, posts.id, last.id]);
    const [f, p, o] = rows.map((r) => r.progress);
    // Followers: latest 3560; (3560 − 3500) / (4000 − 3500) = 0.12.
    expect(f).toMatchObject({ current: 3560, baseline: 3500, phase: 'active' });
    expect(f!.progress).toBeCloseTo(0.12, 10);
    // Posts published: three in November so far; 3/20 = 0.15. Days 0…4 elapsed, cumulative 1, 2, 3, 3, 3.
    expect(p).toMatchObject({ current: 3, phase: 'active', dataDays: 5 });
    expect(p!.progress).toBeCloseTo(0.15, 10);
    // October is over: one published, final.
    expect(o).toMatchObject({ current: 1, forecast: 1, phase: 'ended', status: 'off-track' });

    // Only the running ones, with the same figures: October's post is not read for them.
    const running = await listGoalProgress(NOW, { running: true });
    expect(running.map((r) => r.goal.id)).toEqual([followers.id, posts.id]);
    expect(running.map((r) => r.progress)).toEqual([f, p]);
  });

  it('reads the published plan only inside the goals’ periods, however far apart they are', async () => {
    const march = await createGoal({ ...followersGoal, title: 'March 2025', periodStart: '2025-03-01', periodEnd: '2025-03-31', metric: 'posts-published', platform: 'instagram', target: 5 }, NOW);
    const november = await createGoal({ ...followersGoal, title: 'November', metric: 'posts-published', platform: 'instagram', target: 5 }, NOW);
    // One each side of March's edges in Nairobi time, one in the gap between the periods, two in November.
    await createPost(planned('2025-02-28', { localTime: '23:30' }), NOW);
    await createPost(planned('2025-03-01', { localTime: '00:30' }), NOW);
    await createPost(planned('2025-03-31', { localTime: '23:30' }), NOW);
    await createPost(planned('2025-04-01', { localTime: '00:30' }), NOW);
    await createPost(planned('2026-06-10'), NOW);
    await createPost(planned('2026-11-01', { publishedAt: at('2026-11-01', '10:05') }), NOW);
    await createPost(planned('2026-11-02'), NOW);
    const rows = new Map((await listGoalProgress(NOW)).map((row) => [row.goal.id, row.progress]));
    expect(rows.get(march.id)).toMatchObject({ current: 2, phase: 'ended' });
    expect(rows.get(november.id)).toMatchObject({ current: 2, phase: 'active' });
  });
});
