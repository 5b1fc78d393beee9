/**
 * Writing a month plan (utils/plan/plan-month.ts) and taking it back.
 *
 * A plan is applied as one batch in one transaction: its posts, their reminders and a record of the
 * batch. The record is a `suggestionStates` row (`plan-month:<YYYY-MM>:<applied at>`, status applied,
 * undo = the created post ids), so "undo" still works after the side panel is closed and opened again,
 * and the posts need no marker of their own (their `groupId` stays free for platform variants).
 * Undo removes only what is still the untouched idea it created: a post the user edited since (its
 * `updatedAt` moved, or it is no longer an idea) is kept and reported.
 */
import { z } from 'zod';
import type { MonthProposal } from '@/utils/plan/plan-month';
import { monthSpan, TAKEN_WITHIN_MS } from '@/utils/plan/plan-month';
import type { YearMonth } from '@/utils/calendar/month-grid';
import { unlinkDeletedPosts } from './collaboration-links';
import { db } from './db';
import { newId } from './ids';
import { blankPostContent, listPostsBetween, scheduledAtOf } from './posts';
import { cancelPostReminders, syncPostReminder } from './reminders';
import { idSchema, instantSchema, postSchema, suggestionStateSchema, type Post, type SuggestionState } from './schemas';
import { getSettings } from './settings';
import { parseRow } from './validation';

export const MONTH_PLAN_PREFIX = 'plan-month:';

const undoRecordSchema = z.strictObject({
  kind: z.literal('plan-month'),
  year: z.number().int().min(1970).max(2200),
  month: z.number().int().min(1).max(12),
  appliedAt: instantSchema,
  postIds: z.array(idSchema).max(10_000),
  /** Filled by undo: the posts it left in place because they had been edited. */
  keptPostIds: z.array(idSchema).max(10_000),
});
type UndoRecord = z.infer<typeof undoRecordSchema>;

export interface MonthPlanBatch extends YearMonth {
  id: string;
  status: 'applied' | 'undone';
  /** When it was applied, or undone. */
  at: number;
  appliedAt: number;
  postIds: string[];
  keptPostIds: string[];
}

export interface AppliedMonthPlan {
  batchId: string;
  postIds: string[];
}

export interface UndoneMonthPlan {
  batchId: string;
  removedIds: string[];
  /** Posts of the batch that were edited since, left in the plan. */
  kept: Post[];
  /** Posts of the batch that were already deleted. */
  missingIds: string[];
}

/** The posts a plan of the month must see: the month, widened by the ±30 minutes that make a slot taken. */
export function listPostsForMonthPlan(yearMonth: YearMonth, timeZone: string): Promise<Post[]> {
  const { from, to } = monthSpan(yearMonth, timeZone);
  return listPostsBetween(from - TAKEN_WITHIN_MS, to + TAKEN_WITHIN_MS + 1);
}

/** Creates the proposals as idea-stage posts, all or none, and records the batch for undo. */
export async function applyMonthPlan(proposals: readonly MonthProposal[], now = Date.now()): Promise<AppliedMonthPlan> {
  const [first] = proposals;
  if (!first) throw new RangeError('A month plan without posts has nothing to apply');
  const monthKey = first.localDate.slice(0, 7);
  if (proposals.some((proposal) => proposal.localDate.slice(0, 7) !== monthKey)) throw new RangeError('A month plan covers one month');
  // Validated before the transaction opens: an invalid proposal stops the batch before anything is written.
  const posts = proposals.map((proposal) => parseRow(postSchema, postOf(proposal, now)));
  const [year, month] = monthKey.split('-').map(Number) as [number, number];
  const undo: UndoRecord = { kind: 'plan-month', year, month, appliedAt: now, postIds: posts.map((post) => post.id), keptPostIds: [] };

  return db.transaction('rw', [db.posts, db.reminders, db.settings, db.suggestionStates], async () => {
    let batchId = `${MONTH_PLAN_PREFIX}${monthKey}:${now}`;
    // Two plans applied within the same millisecond (a double click) still get a record each.
    for (let n = 2; await db.suggestionStates.get(batchId); n++) batchId = `${MONTH_PLAN_PREFIX}${monthKey}:${now}-${n}`;
    const record: SuggestionState = { id: batchId, status: 'applied', reason: `plan ${monthKey}: ${posts.length} posts`, at: now, undo: { ...undo } };
    await db.suggestionStates.add(parseRow(suggestionStateSchema, record));
    const settings = await getSettings();
    await db.posts.bulkAdd(posts);
    // Ideas get no reminder today; the call keeps this write in step with every other post write.
    for (const post of posts) await syncPostReminder(post, settings, now);
    return { batchId, postIds: undo.postIds };
  });
}

/** Removes the batch's still-untouched ideas in one transaction and marks the batch undone. */
export async function undoMonthPlan(batchId: string, now = Date.now()): Promise<UndoneMonthPlan> {
  return db.transaction('rw', db.posts, db.reminders, db.suggestionStates, db.collaborations, async () => {
    const batch = batchOf(await db.suggestionStates.get(batchId));
    if (!batch || batch.status !== 'applied') throw new Error(`No applied month plan ${batchId}`);
    const result: UndoneMonthPlan = { batchId, removedIds: [], kept: [], missingIds: [] };
    const posts = await db.posts.bulkGet(batch.postIds);
    for (const [i, post] of posts.entries()) {
      if (!post) result.missingIds.push(batch.postIds[i]!);
      else if (post.status === 'idea' && post.updatedAt === batch.appliedAt) {
        await db.posts.delete(post.id);
        await cancelPostReminders(post.id);
        result.removedIds.push(post.id);
      } else result.kept.push(post);
    }
    // A removed idea may have been linked to a collaboration meanwhile: no link may point at nothing.
    await unlinkDeletedPosts(result.removedIds, now);
    const undo: UndoRecord = { kind: 'plan-month', year: batch.year, month: batch.month, appliedAt: batch.appliedAt, postIds: batch.postIds, keptPostIds: result.kept.map((post) => post.id) };
    await db.suggestionStates.update(batchId, { status: 'undone', at: now, undo: { ...undo } });
    return result;
  });
}

/** Every recorded month plan, the most recent first. */
export async function listMonthPlanBatches(): Promise<MonthPlanBatch[]> {
  const rows = await db.suggestionStates.where('id').startsWith(MONTH_PLAN_PREFIX).toArray();
  return rows
    .map(batchOf)
    .filter((batch): batch is MonthPlanBatch => batch !== undefined)
    .sort((a, b) => b.appliedAt - a.appliedAt || (a.id < b.id ? 1 : -1));
}

/** A stored row as a batch; undefined for a row that is not one (or was damaged). */
function batchOf(row: SuggestionState | undefined): MonthPlanBatch | undefined {
  if (!row?.id.startsWith(MONTH_PLAN_PREFIX) || row.status === 'dismissed') return undefined;
  const undo = undoRecordSchema.safeParse(row.undo);
  if (!undo.success) return undefined;
  const { year, month, appliedAt, postIds, keptPostIds } = undo.data;
  return { id: row.id, status: row.status, at: row.at, year, month, appliedAt, postIds, keptPostIds };
}

function postOf(proposal: MonthProposal, now: number): Post {
  const { localDate, localTime, timeZone } = proposal;
  return {
    ...blankPostContent(),
    id: newId(),
    platform: proposal.platform,
    format: proposal.format,
    status: 'idea',
    title: proposal.title,
    scheduledAt: scheduledAtOf({ localDate, localTime, timeZone }),
    localDate,
    localTime,
    timeZone,
    pillar: proposal.pillar,
    createdAt: now,
    updatedAt: now,
  };
}
