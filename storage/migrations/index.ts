/**
 * Every released schema version, oldest first. A new version is a new numbered file here and one line
 * in this list; released files are never edited (a user's database may still be at any of them).
 */
import type { Transaction } from 'dexie';
import * as v1 from './001-initial';
import * as v2 from './002-settings-and-handles';
import * as v3 from './003-calendar-entries';
import * as v4 from './004-calendar-days';
import * as v5 from './005-capture-health';
import * as v6 from './006-posts-by-published-at';

export interface Migration {
  version: number;
  /** Dexie store declarations that change in this version (unchanged tables are inherited). */
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v4, v5, v6];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
