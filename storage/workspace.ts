/**
 * The workspace as a whole: every table at once. Backup import and the sample loader write through
 * here, always in one transaction, so a failure half-way leaves the database exactly as it was.
 */
import type { Table } from 'dexie';
import { db } from './db';
import { syncPostReminder } from './reminders';
import { getSettings } from './settings';
import { TABLE_NAMES, emptyWorkspace, type TableName, type WorkspaceData } from './tables';

export type WriteMode = 'replace' | 'merge';

export interface Progress {
  phase: 'checking' | 'writing';
  done: number;
  total: number;
}

/** Rows written per bulkPut: big enough to be fast, small enough to report progress smoothly. */
const WRITE_CHUNK = 2_000;

function tableOf(name: TableName): Table {
  return db.table(name);
}

/** Tables whose rows are not the user's content: settings, and reminders the background makes on install. */
const NOT_CONTENT: readonly TableName[] = ['settings', 'reminders'];

/**
 * Whether the workspace holds any user content: one key looked up per table. Not a count: IndexedDB
 * counts by walking the rows, a third of a second for 100k posts and seconds for 1M snapshots.
 */
export async function hasUserContent(): Promise<boolean> {
  const names = TABLE_NAMES.filter((name) => !NOT_CONTENT.includes(name));
  const firsts = await db.transaction('r', names, () => Promise.all(names.map((name) => tableOf(name).toCollection().limit(1).primaryKeys())));
  return firsts.some((keys) => keys.length > 0);
}

const DAY_MS = 24 * 60 * 60_000;
/** How far ahead the summary counts the plan, and how far back the captured posts. */
export const SUMMARY_PLAN_DAYS = 28;
export const SUMMARY_CAPTURE_DAYS = 30;

export interface WorkspaceSummary {
  empty: boolean;
  /** Posts planned from `now` to SUMMARY_PLAN_DAYS ahead. */
  upcoming: number;
  campaigns: number;
  segments: number;
  accounts: number;
  /** Posts captured that were published in the last SUMMARY_CAPTURE_DAYS. */
  captured: number;
}

/**
 * What Today and the popup say the workspace holds, in one read: the small tables counted whole, the
 * large ones (plan, captures) over a window through their indexes, so opening the panel costs the
 * same at 100k posts and 1M snapshots as on the sample, and so do the re-reads after every capture.
 */
export async function summariseWorkspace(now = Date.now()): Promise<WorkspaceSummary> {
  const tables = TABLE_NAMES.filter((name) => !NOT_CONTENT.includes(name));
  return db.transaction('r', tables, async () => {
    const [upcoming, campaigns, segments, accounts, captured] = await Promise.all([
      db.posts.where('scheduledAt').between(now, now + SUMMARY_PLAN_DAYS * DAY_MS, true, false).count(),
      db.campaigns.count(),
      db.segments.count(),
      db.accounts.count(),
      db.observedPosts.where('publishedAt').between(now - SUMMARY_CAPTURE_DAYS * DAY_MS, now, true, true).count(),
    ]);
    // Any of these counted means content; only when all are 0 is each table asked for a first row.
    const empty = upcoming + campaigns + segments + accounts + captured === 0 && !(await hasUserContent());
    return { empty, upcoming, campaigns, segments, accounts, captured };
  });
}

/** Reads every table in one transaction, so the copy is consistent even while the collectors write. */
export async function readWorkspace(): Promise<WorkspaceData> {
  return db.transaction('r', TABLE_NAMES, async () => {
    const data = emptyWorkspace();
    for (const name of TABLE_NAMES) {
      (data as Record<TableName, unknown[]>)[name] = await tableOf(name).toArray();
    }
    return data;
  });
}

/**
 * Writes a validated workspace in one transaction. `replace` empties every table the data covers
 * (settings are replaced only when the data has them); `merge` upserts by id and keeps other rows.
 */
export async function writeWorkspace(
  data: Partial<WorkspaceData>,
  mode: WriteMode,
  onProgress?: (progress: Progress) => void,
): Promise<void> {
  const names = TABLE_NAMES.filter((name) => data[name] !== undefined);
  const total = names.reduce((sum, name) => sum + data[name]!.length, 0);
  let done = 0;
  onProgress?.({ phase: 'writing', done, total });
  await db.transaction('rw', TABLE_NAMES, async () => {
    for (const name of TABLE_NAMES) {
      const rows = data[name];
      const keepSettings = name === 'settings' && !rows?.length;
      if (mode === 'replace' && !keepSettings) await tableOf(name).clear();
      if (!rows) continue;
      for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
        const chunk = rows.slice(start, start + WRITE_CHUNK);
        await tableOf(name).bulkPut(chunk);
        done += chunk.length;
        onProgress?.({ phase: 'writing', done, total });
      }
    }
    // A workspace written whole brings posts whose reminders it may not have (the sample has none, a
    // backup's can be older than its posts): every upcoming post gets its reminder as if just saved.
    // Unchanged reminders are left alone, so a fired or snoozed one is not notified again.
    if (data.posts?.length) {
      const now = Date.now();
      const settings = await getSettings();
      const upcoming = await db.posts.where('scheduledAt').aboveOrEqual(now).toArray();
      for (const post of upcoming) await syncPostReminder(post, settings, now);
    }
  });
}
