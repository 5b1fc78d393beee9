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

export type WorkspaceCounts = Record<TableName, number>;

export async function countWorkspace(): Promise<WorkspaceCounts> {
  const counts = await db.transaction('r', TABLE_NAMES, () =>
    Promise.all(TABLE_NAMES.map((name) => tableOf(name).count())),
  );
  return Object.fromEntries(TABLE_NAMES.map((name, i) => [name, counts[i]])) as WorkspaceCounts;
}

/**
 * A workspace is empty when it has no user content. Settings do not count, nor do reminders: the
 * background makes the weekly review's (and the digest's) on a fresh install, before anything is planned.
 */
export function isEmptyWorkspace(counts: WorkspaceCounts): boolean {
  return TABLE_NAMES.every((name) => name === 'settings' || name === 'reminders' || counts[name] === 0);
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
