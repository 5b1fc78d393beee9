// @vitest-environment node
// 2,000 mutated backup files against a small workspace: bytes flipped, cut, inserted and repeated in
// the text, and fields set, dropped, added and retyped in its JSON. Every import either refuses with a
// BackupError and leaves the database exactly as it was, or is a valid backup and the database then
// holds exactly its rows. Nothing else: no other exception, no partial write. Deterministic by its seed.
import { describe, expect, it } from 'vitest';
import { BackupError, exportBackup, importBackup, parseBackup } from '@/storage/backup';
import { db } from '@/storage/db';
import { buildSampleWorkspace } from '@/storage/sample';
import { TABLE_NAMES, type TableName, type WorkspaceData } from '@/storage/tables';
import { readWorkspace, writeWorkspace } from '@/storage/workspace';
import { HOSTILE_STRINGS, mutate, randomSource, type Random } from './random';

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const FILES = 2_000;
const NOW = Date.UTC(2026, 10, 27, 9, 0);
/** Rows kept per table: enough for every kind of row, small enough for 2,000 imports. */
const ROWS_PER_TABLE = 3;

/** The workspace minus the reminders, which a write makes from the plan (they are compared apart). */
type Comparable = Record<string, unknown[]>;
const byId = (rows: unknown[]) => [...rows].sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)));
function comparable(data: Partial<WorkspaceData>): Comparable {
  return Object.fromEntries(TABLE_NAMES.filter((name) => name !== 'reminders').map((name) => [name, byId((data[name] ?? []) as unknown[])]));
}

function smallWorkspace(): WorkspaceData {
  const data = buildSampleWorkspace({ now: NOW });
  const small = { ...data };
  for (const name of TABLE_NAMES) (small as Record<TableName, unknown[]>)[name] = (data[name] as unknown[]).slice(0, ROWS_PER_TABLE);
  // Snapshots point at observed posts, follow-ups at posts: keep the rows that refer to kept ones.
  const observed = new Set(small.observedPosts.map((row) => row.id));
  small.postSnapshots = data.postSnapshots.filter((row) => observed.has(row.observedPostId)).slice(0, ROWS_PER_TABLE);
  return small;
}

const TEXT_MUTATIONS: ((random: Random, text: string) => string)[] = [
  (random, text) => text.slice(0, random.int(text.length)),
  (random, text) => {
    const at = random.int(text.length);
    return `${text.slice(0, at)}${String.fromCharCode(random.int(128))}${text.slice(at + 1)}`;
  },
  (random, text) => {
    const at = random.int(text.length);
    return `${text.slice(0, at)}${random.pick(['"', '{', '}', '[', ']', ',', ':', '\\', 'null', '-1', '1e999', '"__proto__":{}', random.pick(HOSTILE_STRINGS)])}${text.slice(at)}`;
  },
  (random, text) => {
    const at = random.int(text.length);
    return text.slice(0, at) + text.slice(at + 1 + random.int(200));
  },
  (random, text) => {
    const at = random.int(text.length);
    const length = 1 + random.int(400);
    return text.slice(0, at + length) + text.slice(at, at + length) + text.slice(at + length);
  },
  // A number or a string value swapped for another kind of value.
  (random, text) => {
    const values = [...text.matchAll(/:(-?\d+(?:\.\d+)?|"[^"]*")/g)];
    if (!values.length) return text;
    const match = random.pick(values);
    return `${text.slice(0, match.index + 1)}${random.pick(['null', 'true', '-1', '1.5', '1e300', '""', '"x"', '[]', '{}', '"2026-02-30"', '"25:61"', JSON.stringify(random.pick(HOSTILE_STRINGS))])}${text.slice(match.index + match[0].length)}`;
  },
];

function mutateFile(random: Random, text: string): string {
  if (random.chance(0.5)) {
    let result = text;
    for (let i = 0, n = 1 + random.int(3); i < n; i++) result = random.pick(TEXT_MUTATIONS)(random, result);
    return result;
  }
  // A file holds JSON: BigInts (which a message could carry) become strings.
  return JSON.stringify(mutate(random, JSON.parse(text) as unknown), (_, value: unknown) => (typeof value === 'bigint' ? String(value) : value));
}

describe(`2,000 mutated backups (seed ${SEED})`, () => {
  it('each is refused with the database untouched, or imported whole', async () => {
    const baseline = smallWorkspace();
    await writeWorkspace(baseline, 'replace');
    const baselineText = await (await exportBackup(NOW)).blob.text();
    const random = randomSource(SEED);
    const start = comparable(await readWorkspace());
    const startReminders = byId(await db.reminders.toArray());
    let refused = 0;
    let imported = 0;
    for (let i = 0; i < FILES; i++) {
      const text = mutateFile(random, baselineText);
      const outcome = await importBackup(new Blob([text]), 'replace').catch((error: unknown) => error);
      if (outcome instanceof BackupError) {
        refused++;
        const now = comparable(await readWorkspace());
        if (JSON.stringify(now) !== JSON.stringify(start)) expect(now, `file ${i} (seed ${SEED}) was refused but changed the database`).toEqual(start);
        continue;
      }
      if (outcome instanceof Error) throw new Error(`file ${i} (seed ${SEED}) crashed the import: ${outcome.stack ?? outcome.message}`);
      // Accepted: the database is the file's rows, nothing more, nothing less; then back to the start.
      imported++;
      expect(comparable(await readWorkspace()), `file ${i} (seed ${SEED})`).toEqual(comparable(await parseBackup(text)));
      await writeWorkspace(baseline, 'replace');
      await db.reminders.clear();
      await db.reminders.bulkPut(startReminders as never[]);
    }
    // Both paths were taken, refusals far more often.
    expect(refused).toBeGreaterThan(FILES / 2);
    expect(imported).toBeGreaterThan(0);
    expect(comparable(await readWorkspace())).toEqual(start);
  }, 300_000);
});
