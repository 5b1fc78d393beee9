// @vitest-environment node
// A database at every earlier schema version (tests/fixtures/schemas/vN.json, made by schema-fixtures.ts)
// opened by the app: it reaches the current version with every row kept and valid, handles normalised,
// the calendar's projection matching the posts, and the indexes the queries use answering.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/storage/db';
import { SCHEMA_VERSION } from '@/storage/migrations';
import { listCalendarEntries } from '@/storage/posts';
import { getSettings } from '@/storage/settings';
import { TABLE_NAMES, TABLE_SCHEMAS } from '@/storage/tables';
import { databaseAt, makeSchemaFixtures, type SchemaFixture } from './schema-fixtures';

const DIR = join(__dirname, '../../fixtures/schemas');
const VERSIONS = Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1);
const fixturePath = (version: number) => join(DIR, `v${version}.json`);

if (process.env.WRITE_SCHEMA_FIXTURES) {
  it('writes the fixtures', async () => {
    mkdirSync(DIR, { recursive: true });
    for (const fixture of await makeSchemaFixtures()) writeFileSync(fixturePath(fixture.version), `${JSON.stringify(fixture, null, 1)}\n`);
  });
}

describe.each(VERSIONS)('a schema-%i database', (version) => {
  const load = (): SchemaFixture => JSON.parse(readFileSync(fixturePath(version), 'utf8')) as SchemaFixture;

  it('has its fixture', () => {
    expect(existsSync(fixturePath(version)), `tests/fixtures/schemas/v${version}.json: run WRITE_SCHEMA_FIXTURES=1 npx vitest run tests/unit/migrations`).toBe(true);
    expect(load().version).toBe(version);
  });

  it('opens at the current version with every row kept, valid, and found by its indexes', async () => {
    const fixture = load();
    await db.delete();
    const old = databaseAt(version);
    await old.open();
    for (const [name, rows] of Object.entries(fixture.tables)) await old.table(name).bulkAdd(rows);
    old.close();
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);

    // Every row of every workspace table is still there, and valid under today's schemas.
    for (const name of TABLE_NAMES.filter((table) => fixture.tables[table])) {
      const rows = await db.table(name).toArray();
      expect(rows.length, name).toBe(fixture.tables[name]!.length);
      for (const row of rows) expect(TABLE_SCHEMAS[name].safeParse(row).success, `${name} ${JSON.stringify(row).slice(0, 120)}`).toBe(true);
    }
    const posts = fixture.tables.posts as { id: string; scheduledAt: number | null; publishedAt: number | null; status: string }[];
    expect(posts.length).toBeGreaterThan(0);
    expect(await db.posts.bulkGet(posts.map((post) => post.id))).toEqual(posts);
    // Handles as schema 2 and later keep them.
    for (const account of await db.accounts.toArray()) expect(account.handle).toMatch(/^[a-z0-9._-]+$/);
    const first = (await db.accounts.toArray())[0]!;
    expect(await db.accounts.where('[platform+handle]').equals([first.platform, first.handle]).count()).toBeGreaterThan(0);

    // The calendar reads exactly the posts, through the projection the upgrades built.
    const scheduled = posts.filter((post) => post.scheduledAt !== null).map((post) => post.scheduledAt!);
    const from = Math.min(...scheduled);
    const to = Math.max(...scheduled) + 1;
    const entries = await listCalendarEntries(from, to);
    expect(entries.map((entry) => entry.id).sort()).toEqual(posts.filter((post) => post.scheduledAt !== null).map((post) => post.id).sort());
    expect(db.tables.map((table) => table.name)).not.toContain('calendarEntries');

    // Published posts by publication time (schema 6), the settings readable and current.
    const published = posts.filter((post) => post.publishedAt !== null);
    expect((await db.posts.where('publishedAt').aboveOrEqual(0).primaryKeys()).sort()).toEqual(published.map((post) => post.id).sort());
    const settings = await getSettings();
    expect(TABLE_SCHEMAS.settings.safeParse(settings).success).toBe(true);
    if (fixture.tables.settings) expect(settings).toMatchObject({ country: 'KE', timeZone: 'Africa/Nairobi' });
  });
});
