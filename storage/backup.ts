/**
 * Backup: the whole workspace as one versioned JSON file, media as base64.
 *
 * Import is all-or-nothing. The file is parsed and every row validated *before* anything is written;
 * then the rows go in through one transaction (storage/workspace.ts). A wrong, truncated or hostile file
 * gets a BackupError naming what is wrong, and the database stays as it was.
 */
import { z } from 'zod';
import { SCHEMA_VERSION } from './migrations';
import { LIMITS, mediaSchema, type Media } from './schemas';
import { SINGLETON_TABLES, TABLE_NAMES, TABLE_SCHEMAS, type TableName, type WorkspaceData } from './tables';
import { readWorkspace, writeWorkspace, type Progress, type WriteMode } from './workspace';
import { valueAt } from './validation';

export const BACKUP_FORMAT = 'mkakati-backup';
/** The file format's version; bump it (and add an upgrade below) when a row's shape changes. */
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
/** At most this many problems are reported: enough to see a pattern, few enough to read. */
const MAX_PROBLEMS = 5;
const CHECK_CHUNK = 1_000;

export type BackupProblemCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'forbidden-key'
  | 'not-a-backup'
  | 'future-version'
  | 'unknown-table'
  | 'not-a-list'
  | 'invalid-row'
  | 'duplicate-id'
  | 'too-many-rows'
  | 'bad-media'
  | 'no-space'
  | 'write-failed';

export interface BackupProblem {
  code: BackupProblemCode;
  /** Values the message names: table, row number (1-based), field, limits, … */
  params: Record<string, string | number>;
}

export class BackupError extends Error {
  constructor(readonly problems: BackupProblem[]) {
    super(problems.map((p) => `${p.code} ${JSON.stringify(p.params)}`).join('; '));
    this.name = 'BackupError';
  }
}

function fail(code: BackupProblemCode, params: BackupProblem['params'] = {}): never {
  throw new BackupError([{ code, params }]);
}

// ── Export ──────────────────────────────────────────────────────────────────────────────────────

type MediaInFile = Omit<Media, 'blob'> & { data: string };

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  schemaVersion: number;
  exportedAt: number;
  tables: Record<string, unknown[]>;
}

export async function exportBackup(now = Date.now()): Promise<{ blob: Blob; rows: number }> {
  const workspace = await readWorkspace();
  const rows = TABLE_NAMES.reduce((sum, name) => sum + workspace[name].length, 0);
  const tables: Record<string, unknown[]> = { ...workspace };
  tables.media = await Promise.all(workspace.media.map(mediaToFile));
  const file: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: SCHEMA_VERSION, exportedAt: now, tables };
  return { blob: new Blob([JSON.stringify(file)], { type: 'application/json' }), rows };
}

export function backupFileName(localDate: string): string {
  return `mkakati-backup-${localDate}.json`;
}

async function mediaToFile({ blob, ...row }: Media): Promise<MediaInFile> {
  return { ...row, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) };
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list well under the engine's limit.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// ── Import ──────────────────────────────────────────────────────────────────────────────────────

const mediaFileSchema = mediaSchema.omit({ blob: true }).extend({
  data: z
    .string()
    .max(Math.ceil((LIMITS.mediaBytes * 4) / 3) + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
});

const envelopeSchema = z.object({
  format: z.string(),
  version: z.number().int().min(1),
  tables: z.record(z.string(), z.unknown()),
});

export interface ImportSummary {
  rows: number;
  perTable: Partial<Record<TableName, number>>;
}

/** Reads, validates and writes a backup file; throws BackupError and writes nothing when it is wrong. */
export async function importBackup(
  file: Blob,
  mode: WriteMode,
  onProgress?: (progress: Progress) => void,
): Promise<ImportSummary> {
  if (file.size === 0) fail('empty');
  if (file.size > MAX_BACKUP_BYTES) fail('too-large', { size: file.size, max: MAX_BACKUP_BYTES });
  const data = await parseBackup(await file.text(), onProgress);
  try {
    await writeWorkspace(data, mode, onProgress);
  } catch (error) {
    // The transaction rolled back (quota, a closing database…): nothing was written.
    if (isQuotaError(error)) fail('no-space');
    fail('write-failed', { detail: describeError(error) });
  }
  const perTable = Object.fromEntries(TABLE_NAMES.map((name) => [name, data[name]?.length ?? 0]));
  return { rows: Object.values(perTable).reduce((a, b) => a + b, 0), perTable };
}

/** Parses and validates a whole backup; the result is ready to write. */
export async function parseBackup(
  text: string,
  onProgress?: (progress: Progress) => void,
): Promise<Partial<WorkspaceData>> {
  if (text.trim() === '') fail('empty');
  const envelope = envelopeSchema.safeParse(parseJson(text));
  if (!envelope.success || envelope.data.format !== BACKUP_FORMAT) fail('not-a-backup');
  const { version, tables } = envelope.data;
  if (version > BACKUP_VERSION) fail('future-version', { version, supported: BACKUP_VERSION });

  const problems: BackupProblem[] = [];
  const lists = new Map<TableName, unknown[]>();
  for (const [name, rows] of Object.entries(tables)) {
    if (!(TABLE_NAMES as string[]).includes(name)) problems.push({ code: 'unknown-table', params: { table: name } });
    else if (!Array.isArray(rows)) problems.push({ code: 'not-a-list', params: { table: name } });
    else lists.set(name as TableName, rows);
  }
  if (problems.length) throw new BackupError(problems);

  const total = [...lists.values()].reduce((sum, rows) => sum + rows.length, 0);
  let done = 0;
  const data: Partial<Record<TableName, unknown[]>> = {};
  for (const [table, rows] of lists) {
    if (SINGLETON_TABLES.includes(table) && rows.length > 1) {
      problems.push({ code: 'too-many-rows', params: { table, count: rows.length } });
    }
    const valid: unknown[] = [];
    const seen = new Set<string>();
    for (let index = 0; index < rows.length && problems.length < MAX_PROBLEMS; index++) {
      const row = checkRow(table, rows[index], index, problems);
      if (row === undefined) continue;
      const id = (row as { id: string }).id;
      if (seen.has(id)) problems.push({ code: 'duplicate-id', params: { table, id } });
      seen.add(id);
      valid.push(row);
      if (++done % CHECK_CHUNK === 0) {
        onProgress?.({ phase: 'checking', done, total });
        await yieldToUi();
      }
    }
    data[table] = valid;
  }
  if (problems.length) throw new BackupError(problems.slice(0, MAX_PROBLEMS));
  onProgress?.({ phase: 'checking', done: total, total });
  return data as Partial<WorkspaceData>;
}

function checkRow(table: TableName, raw: unknown, index: number, problems: BackupProblem[]): unknown {
  const schema = table === 'media' ? mediaFileSchema : TABLE_SCHEMAS[table];
  const result = schema.safeParse(raw);
  if (!result.success) {
    problems.push({ code: 'invalid-row', params: { table, row: index + 1, ...describeIssue(result.error.issues[0]!, raw) } });
    return undefined;
  }
  if (table !== 'media') return result.data;
  const { data, ...media } = result.data as z.infer<typeof mediaFileSchema>;
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(data);
  } catch {
    // atob throws on malformed padding that the regex lets through.
    bytes = new Uint8Array();
  }
  if (bytes.length !== media.bytes) {
    problems.push({ code: 'bad-media', params: { table, row: index + 1 } });
    return undefined;
  }
  return { ...media, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: media.type }) };
}

/** The first problem of a row, in terms a message can name: field, kind of problem and its limit. */
function describeIssue(issue: z.core.$ZodIssue, row: unknown): BackupProblem['params'] {
  const field = issue.path.join('.') || '—';
  switch (issue.code) {
    case 'too_big':
      return { field, issue: 'too-big', limit: Number(issue.maximum) };
    case 'too_small':
      return { field, issue: 'too-small', limit: Number(issue.minimum) };
    case 'invalid_type':
      return { field, issue: valueAt(row, issue.path) === undefined ? 'missing' : 'wrong-type', expected: issue.expected };
    case 'unrecognized_keys':
      return { field: issue.keys.join(', '), issue: 'unknown-field' };
    default:
      return { field, issue: 'invalid', detail: issue.message };
  }
}


/** JSON.parse that refuses `__proto__` keys, which would poison objects built from the data later. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__') fail('forbidden-key', { key });
      return value;
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    return fail('not-json', { detail: describeError(error) });
  }
}

/** The device is out of room: IndexedDB's QuotaExceededError, as such or inside Dexie's error. */
function isQuotaError(error: unknown): boolean {
  const inner = (error as { inner?: unknown } | null)?.inner;
  return [error, inner].some((each) => each instanceof Error && each.name === 'QuotaExceededError');
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const inner = (error as { inner?: unknown }).inner;
    return inner instanceof Error ? `${error.name}: ${inner.name}` : `${error.name}: ${error.message}`;
  }
  return String(error);
}

/** Lets the page paint the progress bar between chunks of a long validation. */
function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
