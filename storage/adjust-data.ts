/**
 * What the Adjust area's rules read, in one read transaction with indexed queries: a year of the
 * brand's posts and plan (evergreen posts look back a year; the other rules a quarter of it), the
 * upcoming plan and its platform variants, slots, audience, goals with their progress, competitors'
 * posts, and the capture times of the last month's posts (stale analytics).
 */
import type { PeriodData } from './analytics';
import { loadPeriodData } from './analytics';
import { db } from './db';
import { listGoalProgress, type GoalWithProgress } from './goals';
import type { Hook, Post, Segment, Slot } from './schemas';
import { getSettings } from './settings';
import type { StaleCandidate } from '@/utils/suggest/stale-analytics';

const DAY_MS = 24 * 60 * 60_000;
/** How far back the rules look: a year for evergreen posts. */
export const HISTORY_DAYS = 365;
/** How far ahead a re-plan reaches: four weeks of the plan. */
export const UPCOMING_DAYS = 28;
/** Past plan kept with the upcoming one: recycled posts are found by the source address in their notes. */
const RECENT_PLAN_DAYS = 90;
const STALE_DAYS = 30;

export interface AdjustData {
  now: number;
  timeZone: string;
  history: PeriodData;
  /** Planned posts from RECENT_PLAN_DAYS back to UPCOMING_DAYS ahead, with the variants of upcoming ones. */
  plan: Post[];
  slots: Slot[];
  segments: Segment[];
  hooks: Hook[];
  goals: GoalWithProgress[];
  stale: StaleCandidate[];
}

export async function loadAdjustData(now = Date.now()): Promise<AdjustData> {
  const { timeZone } = await getSettings();
  // Goal progress (the running goals: the rules weigh no other) has its own read transaction over the
  // same tables; the rest is read together.
  const goals = await listGoalProgress(now, { running: true });
  return db.transaction('r', [db.accounts, db.observedPosts, db.posts, db.profileSnapshots, db.competitors, db.slots, db.segments, db.hooks], async () => {
    const [history, plan, slots, segments, hooks, own, recent] = await Promise.all([
      loadPeriodData({ start: now - HISTORY_DAYS * DAY_MS, end: now + 1 }),
      db.posts.where('scheduledAt').between(now - RECENT_PLAN_DAYS * DAY_MS, now + UPCOMING_DAYS * DAY_MS, true, false).toArray(),
      db.slots.toArray(),
      db.segments.toArray(),
      db.hooks.toArray(),
      db.accounts.where('role').equals('own').toArray(),
      db.observedPosts.where('publishedAt').between(now - STALE_DAYS * DAY_MS, now, true, true).toArray(),
    ]);
    const have = new Set(plan.map((post) => post.id));
    const groups = [...new Set(plan.filter((post) => post.scheduledAt! >= now && post.groupId !== null).map((post) => post.groupId!))];
    const variants = groups.length ? (await db.posts.where('groupId').anyOf(groups).toArray()).filter((post) => !have.has(post.id)) : [];
    const ownKeys = new Set(own.map((account) => `${account.platform}:${account.handle.toLowerCase()}`));
    const stale = recent
      .filter((row) => ownKeys.has(`${row.platform}:${row.author.toLowerCase()}`))
      .map(({ id, platform, url, publishedAt, lastSeenAt, plannedPostId }) => ({ id, platform, url, publishedAt, lastSeenAt, plannedPostId }));
    return { now, timeZone, history, plan: [...plan, ...variants], slots, segments, hooks, goals, stale };
  });
}

/**
 * The posts a bulk edit may change: those scheduled between the instants, with their platform variants,
 * and — for moving a campaign — every post of the campaign (`campaignId` index).
 */
export async function loadBulkPosts(start: number, end: number, campaignId: string | null): Promise<Post[]> {
  return db.transaction('r', db.posts, async () => {
    const inRange = await db.posts.where('scheduledAt').between(start, end, true, false).toArray();
    const ofCampaign = campaignId ? await db.posts.where('campaignId').equals(campaignId).toArray() : [];
    const have = new Map([...inRange, ...ofCampaign].map((post) => [post.id, post]));
    const groups = [...new Set([...have.values()].map((post) => post.groupId).filter((id): id is string => id !== null))];
    const variants = groups.length ? await db.posts.where('groupId').anyOf(groups).toArray() : [];
    for (const post of variants) have.set(post.id, post);
    return [...have.values()];
  });
}
