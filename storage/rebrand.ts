/**
 * The rebranding checklist's state: when the manager started it and which steps they ticked by hand.
 * One `suggestionStates` row (`rebrand:current`): the table holds decisions about the strategy, and a
 * rebrand is one. The steps' progress is read from the rows themselves — a hook, template or hashtag
 * set counts as reviewed once it was saved after the start — so the checklist follows the work done
 * elsewhere instead of asking to be kept up to date.
 */
import { z } from 'zod';
import { db } from './db';
import { instantSchema, suggestionStateSchema } from './schemas';
import { parseRow } from './validation';

export const REBRAND_ID = 'rebrand:current';
export const REBRAND_STEPS = ['concept', 'hooks', 'templates', 'hashtags', 'plan'] as const;
export type RebrandStep = (typeof REBRAND_STEPS)[number];

const recordSchema = z.strictObject({
  kind: z.literal('rebrand'),
  startedAt: instantSchema,
  done: z.array(z.enum(REBRAND_STEPS)).max(REBRAND_STEPS.length),
});

export interface Rebrand {
  startedAt: number;
  /** Steps ticked by hand. */
  done: RebrandStep[];
}

export interface RebrandProgress {
  /** Brand concept saved since the start. */
  concept: boolean;
  hooks: { reviewed: number; total: number };
  templates: { reviewed: number; total: number };
  hashtags: { reviewed: number; total: number };
  /** Upcoming planned posts last saved before the start. */
  plan: { untouched: number };
}

export async function getRebrand(): Promise<Rebrand | null> {
  const row = await db.suggestionStates.get(REBRAND_ID);
  const record = recordSchema.safeParse(row?.undo);
  return row && record.success ? { startedAt: record.data.startedAt, done: record.data.done } : null;
}

async function write(rebrand: Rebrand, now: number): Promise<void> {
  await db.suggestionStates.put(parseRow(suggestionStateSchema, { id: REBRAND_ID, status: 'applied', reason: '', at: now, undo: { kind: 'rebrand', startedAt: rebrand.startedAt, done: rebrand.done } }));
}

export async function startRebrand(now = Date.now()): Promise<void> {
  await write({ startedAt: now, done: [] }, now);
}

export async function setRebrandStep(step: RebrandStep, done: boolean, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.suggestionStates, async () => {
    const current = await getRebrand();
    if (!current) return;
    const steps = new Set(current.done);
    if (done) steps.add(step);
    else steps.delete(step);
    await write({ startedAt: current.startedAt, done: REBRAND_STEPS.filter((name) => steps.has(name)) }, now);
  });
}

export async function finishRebrand(): Promise<void> {
  await db.suggestionStates.delete(REBRAND_ID);
}

/** How far each step is, read from the rows saved since `startedAt`. */
export async function rebrandProgress(startedAt: number, now = Date.now()): Promise<RebrandProgress> {
  return db.transaction('r', [db.brand, db.hooks, db.templates, db.hashtagSets, db.posts], async () => {
    const [brand, hooks, templates, sets, upcoming] = await Promise.all([
      db.brand.toArray(),
      db.hooks.toArray(),
      db.templates.toArray(),
      db.hashtagSets.toArray(),
      db.posts.where('scheduledAt').aboveOrEqual(now).toArray(),
    ]);
    const since = (rows: readonly { updatedAt: number }[]) => ({ reviewed: rows.filter((row) => row.updatedAt >= startedAt).length, total: rows.length });
    return {
      concept: brand.some((row) => row.updatedAt >= startedAt),
      // An inactive hook is out of use: it needs no review.
      hooks: since(hooks.filter((hook) => hook.active)),
      templates: since(templates),
      hashtags: since(sets),
      plan: { untouched: upcoming.filter((post) => post.status !== 'published' && post.status !== 'cancelled' && post.status !== 'missed' && post.updatedAt < startedAt).length },
    };
  });
}
