/**
 * The Adjust area's writes: a re-plan applied in one transaction and taken back, and suggestions
 * dismissed with a reason. Every decision is a `suggestionStates` row (ARCHITECTURE.md), so the page
 * knows what not to show again and what can be undone after the panel was closed:
 *
 * - id: `adjust:<rule>:<hash of the evidence fingerprint>` for a suggestion (one row per evidence; a
 *   later decision on the same evidence replaces it), `bulk:<applied at>` for a bulk edit;
 * - status: applied, dismissed or undone; reason: the dismissal's reason, or a line on what was done;
 * - undo: { kind, fingerprint, rule, title, appliedAt, rows: [{ table, id, before }] } — each changed
 *   row as it was (null: the re-plan created it).
 *
 * Apply checks that every row is still what the preview showed (same `updatedAt`): a plan edited in
 * another panel since is refused, not overwritten. Undo restores only rows nobody touched since the
 * re-plan (their `updatedAt` is still the apply's instant); an edited row is kept and reported, as the
 * month plan's undo does (plan-next-month.ts).
 */
import { z } from 'zod';
import type { RowChange } from '@/utils/suggest/replan';
import type { Suggestion } from '@/utils/suggest/types';
import { unlinkDeletedPosts } from './collaboration-links';
import { db } from './db';
import { cancelPostReminders, syncPostReminder } from './reminders';
import { campaignSchema, idSchema, instantSchema, postSchema, slotSchema, suggestionStateSchema, type SuggestionState } from './schemas';
import { getSettings } from './settings';
import { parseRow } from './validation';

export const SUGGESTION_PREFIX = 'adjust:';
export const BULK_PREFIX = 'bulk:';

const TABLES = ['posts', 'slots', 'campaigns'] as const;
type Table = (typeof TABLES)[number];

const rowRecordSchema = z.strictObject({
  table: z.enum(TABLES),
  id: idSchema,
  /** The row before the change; null when the change created it. */
  before: z.record(z.string(), z.unknown()).nullable(),
});
const undoRecordSchema = z.strictObject({
  kind: z.enum(['suggestion', 'bulk']),
  fingerprint: z.string().max(2_000),
  rule: z.string().max(200),
  title: z.strictObject({ key: z.string().max(200), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
  appliedAt: instantSchema.nullable(),
  rows: z.array(rowRecordSchema).max(10_000),
  /** Filled by undo: rows left as they were because they were edited after the re-plan. */
  keptIds: z.array(idSchema).max(10_000),
});
type UndoRecord = z.infer<typeof undoRecordSchema>;

/** A decision as the page lists it. */
export interface Decision {
  id: string;
  status: SuggestionState['status'];
  reason: string;
  at: number;
  kind: UndoRecord['kind'];
  fingerprint: string;
  rule: string;
  title: UndoRecord['title'];
  appliedAt: number | null;
  changed: number;
  keptIds: string[];
}

/** What the page needs to describe a change it records: the suggestion, or a bulk edit's own title. */
export interface ChangeLabel {
  kind: UndoRecord['kind'];
  fingerprint: string;
  rule: string;
  title: UndoRecord['title'];
}

/** Thrown when the plan changed between the preview and the apply: nothing was written. */
export class StalePreviewError extends Error {
  constructor(readonly ids: string[]) {
    super(`The plan changed since the preview (${ids.join(', ')}); review the suggestion again`);
    this.name = 'StalePreviewError';
  }
}

/** FNV-1a over the text, twice with different seeds: 16 hex digits, a stable id part for any text. */
export function fingerprintHash(text: string): string {
  const fnv = (seed: number) => {
    let hash = seed;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
  };
  return fnv(0x811c9dc5) + fnv(0x050c5d1f);
}

export function suggestionStateId(suggestion: Pick<Suggestion, 'rule' | 'evidence'>): string {
  return `${SUGGESTION_PREFIX}${suggestion.rule.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 60)}:${fingerprintHash(suggestion.evidence.fingerprint)}`;
}

export function labelOf(suggestion: Suggestion): ChangeLabel {
  return { kind: 'suggestion', fingerprint: suggestion.evidence.fingerprint, rule: suggestion.rule, title: suggestion.title };
}

const tableOf = (name: Table) => (name === 'posts' ? db.posts : name === 'slots' ? db.slots : db.campaigns);
const schemaOf = (name: Table) => (name === 'posts' ? postSchema : name === 'slots' ? slotSchema : campaignSchema);
/** A row as JSON for the undo record (no undefined members, which JSON cannot hold). */
const asJson = (row: object): Record<string, unknown> => JSON.parse(JSON.stringify(row)) as Record<string, unknown>;

function decisionOf(row: SuggestionState): Decision | undefined {
  const undo = undoRecordSchema.safeParse(row.undo);
  if (!undo.success) return undefined;
  const { kind, fingerprint, rule, title, appliedAt, rows, keptIds } = undo.data;
  return { id: row.id, status: row.status, reason: row.reason, at: row.at, kind, fingerprint, rule, title, appliedAt, changed: rows.length, keptIds };
}

/**
 * Writes the previewed changes in one transaction and records them for undo under `stateId`. Throws
 * StalePreviewError when a row is no longer what the preview showed, ValidationError when a changed
 * row is invalid, and RangeError for an empty change; nothing is written then.
 */
export async function applyPlanChange(stateId: string, label: ChangeLabel, changes: readonly RowChange[], now = Date.now()): Promise<Decision> {
  if (changes.length === 0) throw new RangeError('A re-plan without changes has nothing to apply');
  // Validated before the transaction opens: an invalid row stops the batch before anything is written.
  const rows = changes.map((change) => ({ change, after: parseRow(schemaOf(change.table) as z.ZodType<object & { id: string }>, { ...change.after, updatedAt: now }) }));
  const record: UndoRecord = {
    ...label,
    appliedAt: now,
    rows: changes.map((change) => ({ table: change.table, id: change.after.id, before: change.before ? asJson(change.before) : null })),
    keptIds: [],
  };
  return db.transaction('rw', [db.posts, db.slots, db.campaigns, db.reminders, db.settings, db.suggestionStates], async () => {
    const stale: string[] = [];
    for (const { change } of rows) {
      const current = await tableOf(change.table).get(change.after.id);
      const expected = change.before?.updatedAt;
      if (expected === undefined ? current !== undefined : current?.updatedAt !== expected) stale.push(change.after.id);
    }
    if (stale.length) throw new StalePreviewError(stale);
    const settings = await getSettings();
    for (const { change, after } of rows) {
      await (tableOf(change.table) as typeof db.posts).put(after as never);
      if (change.table === 'posts') await syncPostReminder(after as z.infer<typeof postSchema>, settings, now);
    }
    const state = parseRow(suggestionStateSchema, { id: stateId, status: 'applied', reason: '', at: now, undo: record });
    await db.suggestionStates.put(state);
    return decisionOf(state)!;
  });
}

export interface UndoResult {
  restored: number;
  /** Rows edited after the re-plan, left as they are now. */
  keptIds: string[];
}

/** Takes an applied re-plan back in one transaction (see the header on edited rows). */
export async function undoPlanChange(stateId: string, now = Date.now()): Promise<UndoResult> {
  return db.transaction('rw', [db.posts, db.slots, db.campaigns, db.reminders, db.settings, db.suggestionStates, db.collaborations], async () => {
    const row = await db.suggestionStates.get(stateId);
    const decision = row && decisionOf(row);
    const record = row && undoRecordSchema.safeParse(row.undo);
    if (!row || !decision || !record?.success || row.status !== 'applied') throw new Error(`Nothing applied to undo under ${stateId}`);
    const settings = await getSettings();
    const result: UndoResult = { restored: 0, keptIds: [] };
    const deletedPosts: string[] = [];
    for (const { table, id, before } of [...record.data.rows].reverse()) {
      const current = await tableOf(table).get(id);
      if (current && current.updatedAt !== record.data.appliedAt) {
        result.keptIds.push(id);
        continue;
      }
      if (before === null) {
        if (!current) continue;
        await tableOf(table).delete(id);
        if (table === 'posts') {
          await cancelPostReminders(id);
          deletedPosts.push(id);
        }
      } else {
        // A damaged record throws here, and the transaction takes back what was restored before it.
        const restored = parseRow(schemaOf(table) as z.ZodType<object>, before);
        await (tableOf(table) as typeof db.posts).put(restored as never);
        if (table === 'posts') await syncPostReminder(restored as z.infer<typeof postSchema>, settings, now);
      }
      result.restored++;
    }
    // A created post may have been linked to a collaboration meanwhile: no link may point at nothing.
    await unlinkDeletedPosts(deletedPosts, now);
    await db.suggestionStates.update(stateId, { status: 'undone', at: now, undo: parseRow(suggestionStateSchema, { ...row, undo: { ...record.data, keptIds: result.keptIds } }).undo });
    return result;
  });
}

/** Hides the suggestion for this evidence, with the manager's reason. */
export async function dismissSuggestion(stateId: string, label: ChangeLabel, reason: string, now = Date.now()): Promise<void> {
  const undo: UndoRecord = { ...label, appliedAt: null, rows: [], keptIds: [] };
  await db.suggestionStates.put(parseRow(suggestionStateSchema, { id: stateId, status: 'dismissed', reason: reason.trim(), at: now, undo }));
}

/** Shows a dismissed suggestion again (its evidence stands; the manager changed their mind). */
export async function restoreSuggestion(stateId: string): Promise<void> {
  await db.transaction('rw', db.suggestionStates, async () => {
    const row = await db.suggestionStates.get(stateId);
    if (row?.status === 'dismissed') await db.suggestionStates.delete(stateId);
  });
}

/** The Adjust area's decisions (not the month plans'), the most recent first. */
export async function listDecisions(): Promise<Decision[]> {
  const [suggestions, bulk] = await Promise.all([db.suggestionStates.where('id').startsWith(SUGGESTION_PREFIX).toArray(), db.suggestionStates.where('id').startsWith(BULK_PREFIX).toArray()]);
  return [...suggestions, ...bulk]
    .map(decisionOf)
    .filter((decision): decision is Decision => decision !== undefined)
    .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
}
