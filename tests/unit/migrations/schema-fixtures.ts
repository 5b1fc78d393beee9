/**
 * Fixtures of every earlier schema version: what a user's IndexedDB holds at version N, table by table.
 * Made once by `WRITE_SCHEMA_FIXTURES=1 npx vitest run tests/unit/migrations` and checked in under
 * tests/fixtures/schemas/, so a later change to the sample or the migrations cannot silently change them.
 *
 * How a fixture is made, as a user's database came to be: the sample's rows (a few per table, at a
 * fixed date) written at schema 1 — with handles as schema 1 stored them, typed with "@" and capitals —
 * then opened at each next version, whose own upgrade builds what it derives (the calendar's entries at
 * 3, its days at 4), and the tables a version adds are filled when it adds them (settings at 2, the
 * collectors' health at 5). Rows have today's fields: the fields of a row are not part of the schema
 * version (Dexie declares only keys and indexes), and the settings row carries its own version.
 */
import { Dexie } from 'dexie';
import { DB_NAME } from '@/storage/db';
import { MIGRATIONS } from '@/storage/migrations';
import { buildSampleWorkspace } from '@/storage/sample';
import { defaultSettings } from '@/storage/settings';
import type { TableName } from '@/storage/tables';

export const FIXTURE_NOW = Date.UTC(2026, 5, 15, 9, 0);
const ROWS_PER_TABLE = 6;
export type SchemaFixture = { version: number; tables: Record<string, unknown[]> };

/** A raw Dexie of the versions up to `version`, as the app declared them then. */
export function databaseAt(version: number): Dexie {
  const old = new Dexie(DB_NAME);
  for (const migration of MIGRATIONS.filter((m) => m.version <= version)) {
    const declared = old.version(migration.version).stores({ ...migration.stores });
    if (migration.upgrade) declared.upgrade(migration.upgrade);
  }
  return old;
}

async function dump(database: Dexie, version: number): Promise<SchemaFixture> {
  const tables = Object.fromEntries(await Promise.all(database.tables.map(async (table) => [table.name, await table.toArray()] as const)));
  return { version, tables };
}

/** Every fixture, schema 1 to the last before the current one. */
export async function makeSchemaFixtures(): Promise<SchemaFixture[]> {
  const sample = buildSampleWorkspace({ now: FIXTURE_NOW });
  const pick = (name: TableName) => (sample[name] as unknown[]).slice(0, ROWS_PER_TABLE);
  const observed = pick('observedPosts') as { id: string }[];
  const kept = new Set(observed.map((row) => row.id));
  const v1Tables = Object.keys(MIGRATIONS[0]!.stores) as TableName[];
  const rows: Partial<Record<TableName, unknown[]>> = Object.fromEntries(v1Tables.map((name) => [name, pick(name)]));
  // Posts from both ends of the plan: published ones and ones still to come.
  rows.posts = [...sample.posts.slice(0, ROWS_PER_TABLE / 2), ...sample.posts.slice(-ROWS_PER_TABLE / 2)];
  rows.postSnapshots = sample.postSnapshots.filter((row) => kept.has(row.observedPostId)).slice(0, ROWS_PER_TABLE);
  // Schema 1 kept handles as typed.
  rows.accounts = (rows.accounts as { handle: string }[]).map((account, index) => (index % 2 ? { ...account, handle: `@${account.handle.toUpperCase()}` } : account));

  const fixtures: SchemaFixture[] = [];
  await Dexie.delete(DB_NAME);
  let database = databaseAt(1);
  await database.open();
  for (const [name, list] of Object.entries(rows)) await database.table(name).bulkAdd(list);
  fixtures.push(await dump(database, 1));
  const last = MIGRATIONS[MIGRATIONS.length - 1]!.version;
  for (let version = 2; version < last; version++) {
    database.close();
    database = databaseAt(version);
    await database.open();
    if (version === 2) await database.table('settings').put({ ...defaultSettings({ languages: ['sw-KE'], timeZone: 'Africa/Nairobi' }, FIXTURE_NOW), country: 'KE' });
    if (version === 5) await database.table('captureHealth').put({ platform: 'instagram', lastCaptureAt: FIXTURE_NOW - 600_000, minutes: [[Math.floor((FIXTURE_NOW - 600_000) / 60_000), 12, 12]] });
    fixtures.push(await dump(database, version));
  }
  database.close();
  await Dexie.delete(DB_NAME);
  return fixtures;
}
