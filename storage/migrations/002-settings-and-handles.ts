/**
 * Schema 2: settings move into the database (so they travel in backups and every context sees
 * changes live), and tracked-account handles are normalised to the contract's form — lower-case,
 * without `@` — because schema 1 stored what the user typed ("@KahawaBora").
 * Self-contained: copies what it needs instead of importing live code.
 */
import type { Transaction } from 'dexie';

export const version = 2;

export const stores = {
  settings: 'id',
} as const;

export function normaliseHandle(raw: string): string {
  return raw.trim().replace(/^@+/, '').toLowerCase();
}

export async function upgrade(tx: Transaction): Promise<void> {
  await tx
    .table('accounts')
    .toCollection()
    .modify((account: { handle: string }) => {
      account.handle = normaliseHandle(account.handle);
    });
}
