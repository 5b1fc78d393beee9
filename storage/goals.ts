/**
 * Goals (step 2 of the strategy): a metric on a platform or on all of them, a target, a baseline and a
 * period. The arithmetic of progress and forecast is utils/strategy/goal-progress.ts; this module
 * validates goals, fills the baseline from the data when the goal starts, and gathers the captured
 * rows and the plan a goal's progress stands on.
 *
 * The stored baseline: a number is the baseline (taken from the data on saving, or typed by hand);
 * null means "not known yet" — a goal whose period has not started, or whose data is not captured yet —
 * and the progress then takes it from the data as soon as the data gives one.
 */
import { Dexie } from 'dexie';
import { baselineFromData, goalProgress, isWholePeriod, kindOfMetric, type GoalData, type GoalPost, type GoalProgress } from '@/utils/strategy/goal-progress';
import { compareLocalDates, todayIn } from '@/utils/time/wall-clock';
import { db } from './db';
import { newId } from './ids';
import { goalSchema, type Goal } from './schemas';
import { getSettings } from './settings';
import { ValidationError, parseRow } from './validation';

export type GoalInput = Omit<Goal, 'id' | 'createdAt' | 'updatedAt'>;

/** Why a goal was refused, beyond its schema; the UI says each in the user's language. */
export const GOAL_ERRORS = {
  titleMissing: 'a goal needs a title',
  targetMissing: 'a goal needs a target number',
  targetNotPositive: 'the target must be above 0',
  targetNotAboveBaseline: 'the target must be above the baseline',
  endBeforeStart: 'the period ends before it starts',
  notWholePeriod: 'a month, quarter or year period runs from its first to its last day',
  totalBaseline: 'a total counts from 0 at the start of its period',
} as const;
export type GoalErrorCode = keyof typeof GOAL_ERRORS;

export class GoalError extends ValidationError {
  constructor(
    field: keyof GoalInput,
    readonly reason: GoalErrorCode,
  ) {
    super(field, GOAL_ERRORS[reason]);
  }
}

/** Every goal, the soonest to end first (then by title). */
export async function listGoals(): Promise<Goal[]> {
  const goals = await db.goals.toArray();
  return goals.sort((a, b) => compareLocalDates(a.periodEnd, b.periodEnd) || a.title.localeCompare(b.title));
}

export function getGoal(id: string): Promise<Goal | undefined> {
  return db.goals.get(id);
}

// ── What a goal's figures stand on ───────────────────────────────────────────────────────────────

const DAY_MS = 24 * 60 * 60_000;
/** The earliest instant a goal's period can start, whatever the zone (a day before its UTC midnight). */
const periodFloor = (goal: Pick<Goal, 'periodStart'>) => Math.max(0, Date.parse(`${goal.periodStart}T00:00:00Z`) - DAY_MS);
/** The latest instant a goal's period can end, whatever the zone (its last day's UTC midnight, two days on). */
const periodCeiling = (goal: Pick<Goal, 'periodEnd'>) => Date.parse(`${goal.periodEnd}T00:00:00Z`) + 2 * DAY_MS;

/** An instant range, start included and end excluded. */
type Window = readonly [number, number];

/** The goals' periods as few disjoint windows: what the published plan is read over. */
function windowsOf(goals: readonly Pick<Goal, 'periodStart' | 'periodEnd'>[]): Window[] {
  const spans = goals.map((goal): Window => [periodFloor(goal), periodCeiling(goal)]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

const DATA_TABLES = () => [db.accounts, db.profileSnapshots, db.observedPosts, db.posts, db.settings];

/** What every goal reads, for all platforms at once; `goalDataFor` narrows it to one goal's platform. */
interface GoalSources {
  own: { platform: Goal['platform']; readings: GoalData['accounts'][number]; posts: Omit<GoalPost, 'account'>[] }[];
  published: { platform: Goal['platform']; at: number }[];
}

/**
 * The brand's own accounts, their follower readings and posts, and the planned posts published inside
 * `windows` (goal progress counts them only inside a goal's period). Read once for every goal, whatever
 * its platform, and without cursors: with 100k planned posts, a filtering cursor per platform took
 * seconds where a `getAll` per index range takes milliseconds. Runs inside the caller's transaction
 * when there is one.
 */
async function loadGoalSources(windows: readonly Window[], now: number): Promise<GoalSources> {
  const accounts = (await db.accounts.where('role').equals('own').toArray()).sort((a, b) => a.platform.localeCompare(b.platform) || a.handle.localeCompare(b.handle));
  const own = await Promise.all(
    accounts.map(async ({ platform, handle }) => {
      const [snapshots, observed] = await Promise.all([
        db.profileSnapshots.where('[platform+handle+at]').between([platform, handle, Dexie.minKey], [platform, handle, Dexie.maxKey]).toArray(),
        db.observedPosts.where('[platform+author]').equals([platform, handle]).toArray(),
      ]);
      return {
        platform,
        readings: snapshots.map((s) => ({ at: s.at, followers: s.followers })),
        posts: observed.map((o) => ({ publishedAt: o.publishedAt, likes: o.likes, comments: o.comments, reposts: o.reposts, views: o.views })),
      };
    }),
  );
  // Through the `publishedAt` index, and — for a post marked published without that time — its planned
  // time up to a day ahead (a post can be published a little early).
  const ranges = await Promise.all(
    windows.map(([start, end]) =>
      Promise.all([
        db.posts.where('publishedAt').between(start, end, true, false).toArray(),
        start <= now + DAY_MS ? db.posts.where('scheduledAt').between(start, Math.min(end, now + DAY_MS), true, true).toArray() : [],
      ]),
    ),
  );
  const byPublished = ranges.flatMap(([posts]) => posts);
  const byPlan = ranges.flatMap(([, posts]) => posts);
  const published = [
    ...byPublished.filter((post) => post.status === 'published').map((post) => ({ platform: post.platform, at: post.publishedAt! })),
    ...byPlan.filter((post) => post.status === 'published' && post.publishedAt === null).map((post) => ({ platform: post.platform, at: post.scheduledAt! })),
  ];
  return { own, published };
}

/** The sources narrowed to `platform` (or all of them), in the shape utils/strategy/goal-progress.ts reads. */
function goalDataFor(platform: Goal['platform'], sources: GoalSources): GoalData {
  const own = sources.own.filter((account) => platform === 'all' || account.platform === platform);
  return {
    accounts: own.map((account) => account.readings),
    posts: own.flatMap((account, index) => account.posts.map((post) => ({ ...post, account: index }))),
    published: sources.published.filter((post) => platform === 'all' || post.platform === platform).map((post) => post.at),
  };
}

/**
 * The baseline the data gives for a goal starting on `periodStart` (a form shows it before saving):
 * 0 for totals; for followers and engagement rate, null until the period has started or while nothing
 * is captured; null for custom goals (typed by hand).
 */
export async function dataBaseline(goal: Pick<Goal, 'metric' | 'platform' | 'periodStart'>, now = Date.now()): Promise<number | null> {
  return db.transaction('r', DATA_TABLES(), async () => {
    const { timeZone } = await getSettings();
    return baselineOnSave(goal, timeZone, now);
  });
}

async function baselineOnSave(goal: Pick<Goal, 'metric' | 'platform' | 'periodStart'>, timeZone: string, now: number): Promise<number | null> {
  const kind = kindOfMetric(goal.metric);
  if (kind === 'total') return 0;
  if (kind === 'manual') return null;
  // "Taken from the data when the goal starts": before its first day the data has nothing to say yet.
  if (compareLocalDates(goal.periodStart, todayIn(timeZone, now)) > 0) return null;
  // Followers and engagement rate stand on the captures alone: no published plan to read.
  return baselineFromData(goal, goalDataFor(goal.platform, await loadGoalSources([], now)), timeZone);
}

// ── Writing ──────────────────────────────────────────────────────────────────────────────────────

/** Checks a goal and settles its baseline; throws GoalError or ValidationError and writes nothing. */
async function validGoal(goal: Goal, timeZone: string, now: number): Promise<Goal> {
  if (typeof goal.title !== 'string' || !goal.title.trim()) throw new GoalError('title', 'titleMissing');
  if (typeof goal.target !== 'number' || !Number.isFinite(goal.target)) throw new GoalError('target', 'targetMissing');
  if (goal.target <= 0) throw new GoalError('target', 'targetNotPositive');
  const kind = kindOfMetric(goal.metric);
  if (kind === 'total' && goal.baseline !== null && goal.baseline !== 0) throw new GoalError('baseline', 'totalBaseline');
  const parsed = parseRow(goalSchema, {
    ...goal,
    title: goal.title.trim(),
    // A hand-entered value belongs to custom goals only.
    manualValue: kind === 'manual' ? goal.manualValue : null,
  });
  if (compareLocalDates(parsed.periodEnd, parsed.periodStart) < 0) throw new GoalError('periodEnd', 'endBeforeStart');
  if (parsed.period !== 'custom' && !isWholePeriod(parsed.period, parsed.periodStart, parsed.periodEnd)) throw new GoalError('periodStart', 'notWholePeriod');
  const baseline = parsed.baseline ?? (kind === 'manual' ? 0 : await baselineOnSave(parsed, timeZone, now));
  if (kind !== 'total' && baseline !== null && parsed.target <= baseline) throw new GoalError('target', 'targetNotAboveBaseline');
  return { ...parsed, baseline };
}

export async function createGoal(input: GoalInput, now = Date.now()): Promise<Goal> {
  return db.transaction('rw', [db.goals, ...DATA_TABLES()], async () => {
    const { timeZone } = await getSettings();
    const goal = await validGoal({ ...input, id: newId(), createdAt: now, updatedAt: now }, timeZone, now);
    await db.goals.add(goal);
    return goal;
  });
}

/**
 * Applies an edit; throws when the goal is gone or the result is invalid. A change of metric, platform
 * or start without a baseline in the patch takes the baseline from the data again (the old one measured
 * something else).
 */
export async function updateGoal(id: string, patch: Partial<GoalInput>, now = Date.now()): Promise<Goal> {
  return db.transaction('rw', [db.goals, ...DATA_TABLES()], async () => {
    const current = await db.goals.get(id);
    if (!current) throw new Error(`No goal ${id}`);
    const { timeZone } = await getSettings();
    const remeasured = (['metric', 'platform', 'periodStart'] as const).some((field) => field in patch && patch[field] !== current[field]);
    const baseline = 'baseline' in patch ? (patch.baseline ?? null) : remeasured ? null : current.baseline;
    const goal = await validGoal({ ...current, ...patch, baseline, id, createdAt: current.createdAt, updatedAt: now }, timeZone, now);
    await db.goals.put(goal);
    return goal;
  });
}

/** The campaigns that name a goal among theirs (a confirmation says what deleting it does to them). */
export async function campaignsOfGoal(id: string): Promise<string[]> {
  const campaigns = await db.campaigns.filter((campaign) => campaign.goalIds.includes(id)).toArray();
  return campaigns.map((campaign) => campaign.name).sort((a, b) => a.localeCompare(b));
}

/** Deletes the goal and takes it off the campaigns that aimed at it (they stay), in one transaction. */
export async function deleteGoal(id: string, now = Date.now()): Promise<{ unlinkedCampaigns: number }> {
  return db.transaction('rw', db.goals, db.campaigns, async () => {
    const unlinkedCampaigns = await db.campaigns
      .filter((campaign) => campaign.goalIds.includes(id))
      .modify((campaign) => {
        campaign.goalIds = campaign.goalIds.filter((goalId) => goalId !== id);
        campaign.updatedAt = now;
      });
    await db.goals.delete(id);
    return { unlinkedCampaigns };
  });
}

// ── Progress ─────────────────────────────────────────────────────────────────────────────────────

export interface GoalWithProgress {
  goal: Goal;
  progress: GoalProgress;
}

const PHASE_ORDER: Record<GoalProgress['phase'], number> = { active: 0, upcoming: 1, ended: 2 };

/**
 * Every goal with its progress and forecast at `now`, read in one transaction: running goals first
 * (soonest end first), then those to come, then those over (latest first). With `running`, only the
 * goals whose period holds today (Today's card, the Adjust rules): the plan is then read over those
 * periods alone.
 */
export async function listGoalProgress(now = Date.now(), { running = false } = {}): Promise<GoalWithProgress[]> {
  return db.transaction('r', [db.goals, ...DATA_TABLES()], async () => {
    const { timeZone } = await getSettings();
    const today = todayIn(timeZone, now);
    const goals = (await db.goals.toArray()).filter((goal) => !running || (compareLocalDates(goal.periodStart, today) <= 0 && compareLocalDates(today, goal.periodEnd) <= 0));
    const sources = goals.length ? await loadGoalSources(windowsOf(goals), now) : { own: [], published: [] };
    const rows = goals.map((goal) => ({ goal, progress: goalProgress(goal, goalDataFor(goal.platform, sources), now, timeZone) }));
    return rows.sort(
      (a, b) =>
        PHASE_ORDER[a.progress.phase] - PHASE_ORDER[b.progress.phase] ||
        (a.progress.phase === 'ended' ? -1 : 1) * compareLocalDates(a.goal.periodEnd, b.goal.periodEnd) ||
        a.goal.title.localeCompare(b.goal.title),
    );
  });
}
