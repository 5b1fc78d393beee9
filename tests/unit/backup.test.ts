// @vitest-environment node
// Node, not happy-dom: IndexedDB must store real Blobs, and happy-dom's Blob does not survive structured cloning.
// Backup: a round trip keeps every row, and every kind of bad file is refused before anything is written.
import { describe, expect, it } from 'vitest';
import { BackupError, exportBackup, importBackup, parseBackup, type BackupProblemCode } from '@/storage/backup';
import { db } from '@/storage/db';
import { buildSampleWorkspace } from '@/storage/sample';
import { readWorkspace, writeWorkspace } from '@/storage/workspace';
import type { Media } from '@/storage/schemas';

const NOW = Date.UTC(2026, 10, 26, 6, 0);

function imageRow(): Media {
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 250, 251, 252, 253, 254, 255]);
  return { id: 'media-1', postId: null, name: 'cup.png', type: 'image/png', blob: new Blob([bytes], { type: 'image/png' }), bytes: bytes.length, width: 1, height: 1, preset: null, createdAt: NOW };
}

async function sampleWorkspace() {
  const data = buildSampleWorkspace({ now: NOW });
  data.media = [imageRow()];
  await writeWorkspace(data, 'replace');
}

/** The database as plain comparable data (blobs as byte arrays). */
async function dump() {
  const data = await readWorkspace();
  const media = await Promise.all(data.media.map(async ({ blob, ...row }) => ({ ...row, bytes: [...new Uint8Array(await blob.arrayBuffer())] })));
  return { ...data, media };
}

async function backupText(): Promise<string> {
  return (await exportBackup(NOW)).blob.text();
}

async function expectRefused(file: Blob | string, code: BackupProblemCode, params: Record<string, unknown> = {}) {
  const before = await dump();
  const blob = typeof file === 'string' ? new Blob([file]) : file;
  const error = await importBackup(blob, 'replace').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BackupError);
  expect((error as BackupError).problems[0]).toMatchObject({ code, params: expect.objectContaining(params) as unknown });
  expect(await dump()).toEqual(before);
  return error as BackupError;
}

describe('backup round trip', () => {
  it('export → empty database → import gives identical data, media included', async () => {
    await sampleWorkspace();
    const before = await dump();
    const text = await backupText();
    await writeWorkspace({}, 'replace');
    expect((await readWorkspace()).posts).toHaveLength(0);

    const progress: string[] = [];
    const summary = await importBackup(new Blob([text]), 'replace', (p) => progress.push(p.phase));
    expect(await dump()).toEqual(before);
    expect(summary.rows).toBeGreaterThan(1000);
    expect(progress).toContain('checking');
    expect(progress.at(-1)).toBe('writing');
  });

  it('replace removes rows the backup does not have; merge keeps them and updates by id', async () => {
    await sampleWorkspace();
    const text = await backupText();
    const post = (await db.posts.toArray())[0]!;
    await db.posts.put({ ...post, id: 'extra-post' });
    await db.posts.put({ ...post, title: 'Edited after the backup' });

    await importBackup(new Blob([text]), 'merge');
    expect(await db.posts.get('extra-post')).toBeDefined();
    expect((await db.posts.get(post.id))!.title).toBe(post.title);

    await importBackup(new Blob([text]), 'replace');
    expect(await db.posts.get('extra-post')).toBeUndefined();
  });
});

describe('a bad backup is refused and changes nothing', () => {
  it('empty file', async () => {
    await sampleWorkspace();
    await expectRefused(new Blob([]), 'empty');
    await expectRefused('   \n', 'empty');
  });

  it('truncated JSON', async () => {
    await sampleWorkspace();
    const text = await backupText();
    await expectRefused(text.slice(0, Math.floor(text.length / 2)), 'not-json');
  });

  it('not a Mkakati backup', async () => {
    await sampleWorkspace();
    await expectRefused('{"posts": []}', 'not-a-backup');
    await expectRefused('[1,2,3]', 'not-a-backup');
  });

  it('a future version', async () => {
    await sampleWorkspace();
    const file = JSON.parse(await backupText()) as { version: number };
    file.version = 99;
    await expectRefused(JSON.stringify(file), 'future-version', { version: 99, supported: 1 });
  });

  it('wrong types, naming the table, row and field', async () => {
    await sampleWorkspace();
    const file = JSON.parse(await backupText()) as { tables: { posts: Record<string, unknown>[] } };
    file.tables.posts[2]!.scheduledAt = 'tomorrow';
    await expectRefused(JSON.stringify(file), 'invalid-row', { table: 'posts', row: 3, field: 'scheduledAt', issue: 'wrong-type' });
  });

  it('a 10 MB string', async () => {
    await sampleWorkspace();
    const file = JSON.parse(await backupText()) as { tables: { posts: Record<string, unknown>[] } };
    file.tables.posts[0]!.text = 'x'.repeat(10 * 1024 * 1024);
    await expectRefused(JSON.stringify(file), 'invalid-row', { table: 'posts', row: 1, field: 'text', issue: 'too-big' });
  });

  it('__proto__ keys', async () => {
    await sampleWorkspace();
    const text = (await backupText()).replace('"tables":{', '"tables":{"__proto__":{"polluted":true},');
    await expectRefused(text, 'forbidden-key', { key: '__proto__' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('duplicate ids', async () => {
    await sampleWorkspace();
    const file = JSON.parse(await backupText()) as { tables: { segments: unknown[] } };
    file.tables.segments.push(file.tables.segments[0]);
    await expectRefused(JSON.stringify(file), 'duplicate-id', { table: 'segments' });
  });

  it('unknown sections, extra fields, two brands and damaged media', async () => {
    await sampleWorkspace();
    const base = JSON.parse(await backupText()) as { tables: Record<string, Record<string, unknown>[]> };
    const variant = (change: (file: typeof base) => void) => {
      const copy = structuredClone(base);
      change(copy);
      return JSON.stringify(copy);
    };
    await expectRefused(variant((f) => (f.tables.secrets = [])), 'unknown-table', { table: 'secrets' });
    await expectRefused(variant((f) => (f.tables.posts![0]!.evil = 1)), 'invalid-row', { issue: 'unknown-field', field: 'evil' });
    await expectRefused(variant((f) => f.tables.brand!.push({ ...f.tables.brand![0]! })), 'too-many-rows', { table: 'brand' });
    await expectRefused(variant((f) => (f.tables.media![0]!.data = 'AAAA')), 'bad-media', { table: 'media', row: 1 });
    await expectRefused(variant((f) => ((f.tables as Record<string, unknown>).posts = 'all of them')), 'not-a-list');
  });

  it('reports several problems at once, at most five', async () => {
    await sampleWorkspace();
    const file = JSON.parse(await backupText()) as { tables: { posts: Record<string, unknown>[] } };
    for (const post of file.tables.posts) post.status = 'lost';
    const error = await expectRefused(JSON.stringify(file), 'invalid-row');
    expect(error.problems).toHaveLength(5);
  });

  it('validation alone never writes', async () => {
    await sampleWorkspace();
    const before = await dump();
    await parseBackup(await backupText());
    expect(await dump()).toEqual(before);
  });
});
