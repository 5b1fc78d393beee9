// Upgrading a database written by schema 1 (a literal fixture of its rows) to the current schema.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_NAME, db } from '@/storage/db';
import * as v1 from '@/storage/migrations/001-initial';
import { MIGRATIONS, SCHEMA_VERSION } from '@/storage/migrations';
import { getSettings } from '@/storage/settings';

const V1_ROWS = {
  accounts: [
    { id: 'acc-1', platform: 'instagram', handle: '@KahawaBora', role: 'own' },
    { id: 'acc-2', platform: 'x', handle: ' @@Rival_Coffee ', role: 'competitor', competitorId: 'comp-1' },
    { id: 'acc-3', platform: 'tiktok', handle: 'already.fine', role: 'partner' },
  ],
  competitors: [{ id: 'comp-1', name: 'Rival Coffee', website: null, swot: { strengths: ['Many cafés'], weaknesses: [], opportunities: [], threats: [] }, notes: '', createdAt: 1, updatedAt: 1 }],
  posts: [{ id: 'post-1', platform: 'instagram', scheduledAt: 1_790_000_000_000, status: 'scheduled', title: 'Cupping Friday' }],
};

/** Replaces the test database with a schema-1 one holding the fixture, then opens it as the app does. */
async function upgradeFromSchema1(): Promise<void> {
  await db.delete();
  const old = new Dexie(DB_NAME);
  old.version(v1.version).stores(v1.stores);
  await old.open();
  for (const [table, rows] of Object.entries(V1_ROWS)) await old.table(table).bulkAdd(rows);
  old.close();
  await db.open();
}

describe('migrations', () => {
  it('are numbered in order, starting at 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('upgrade a schema-1 database: handles normalised, settings table added, other rows untouched', async () => {
    await upgradeFromSchema1();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const handles = (await db.accounts.orderBy('id').toArray()).map((a) => a.handle);
    expect(handles).toEqual(['kahawabora', 'rival_coffee', 'already.fine']);
    expect(await db.competitors.get('comp-1')).toEqual(V1_ROWS.competitors[0]);
    expect(await db.posts.get('post-1')).toEqual(V1_ROWS.posts[0]);
    // Schemas 3 and 4 build the calendar's projection (one row per day) from the posts already there.
    expect(await db.calendarDays.get(Math.floor(1_790_000_000_000 / 86_400_000))).toMatchObject({ entries: [{ id: 'post-1', scheduledAt: 1_790_000_000_000, title: 'Cupping Friday', text: '' }] });
    expect(db.tables.map((table) => table.name)).not.toContain('calendarEntries');
    // The new table exists and is empty; reading settings falls back to defaults.
    expect(await db.settings.count()).toBe(0);
    expect((await getSettings()).version).toBe(2);
  });

  it('schema 6 indexes a schema-5 database’s posts by publication time, leaving unpublished ones out', async () => {
    await db.delete();
    const old = new Dexie(DB_NAME);
    for (const migration of MIGRATIONS.filter((m) => m.version <= 5)) old.version(migration.version).stores({ ...migration.stores });
    await old.open();
    await old.table('posts').bulkAdd([
      { id: 'post-1', platform: 'instagram', scheduledAt: 1_790_000_000_000, status: 'published', title: 'Cupping Friday', publishedAt: 1_790_000_300_000 },
      { id: 'post-2', platform: 'x', scheduledAt: 1_790_000_000_000, status: 'scheduled', title: 'Teaser', publishedAt: null },
    ]);
    old.close();
    await db.open();
    expect((await db.posts.where('publishedAt').above(1_790_000_000_000).toArray()).map((post) => post.id)).toEqual(['post-1']);
  });

  it('keep every index that queries rely on after the upgrade', async () => {
    await upgradeFromSchema1();
    const own = await db.accounts.where('[platform+handle]').equals(['instagram', 'kahawabora']).toArray();
    expect(own.map((a) => a.id)).toEqual(['acc-1']);
  });
});
