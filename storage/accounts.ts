/**
 * Tracked accounts: the brand's own, its competitors' and its partners'. They decide what the
 * collectors keep (storage/capture.ts). One account per platform and handle: tracking it again changes
 * its role instead of adding a twin.
 */
import { Dexie } from 'dexie';
import type { Platform } from '@/utils/platforms';
import { db } from './db';
import { newId } from './ids';
import { accountSchema, type Account } from './schemas';
import { parseRow } from './validation';

export type AccountRole = Account['role'];

export async function listAccounts(): Promise<Account[]> {
  const accounts = await db.accounts.toArray();
  return accounts.sort((a, b) => a.platform.localeCompare(b.platform) || a.handle.localeCompare(b.handle));
}

export function findAccount(platform: Platform, handle: string): Promise<Account | undefined> {
  return db.accounts.where('[platform+handle]').equals([platform, handle]).first();
}

/**
 * Tracks `handle` on `platform` in `role` (validated first: a bad handle throws and writes nothing).
 * An account already tracked keeps its id and other fields and takes the new role and name.
 */
export async function trackAccount(input: { platform: Platform; handle: string; role: AccountRole; displayName?: string }, now = Date.now()): Promise<Account> {
  return db.transaction('rw', db.accounts, async () => {
    const existing = await findAccount(input.platform, input.handle);
    const displayName = input.displayName?.trim() || existing?.displayName;
    const account = parseRow(accountSchema, {
      ...existing,
      id: existing?.id ?? newId(),
      platform: input.platform,
      handle: input.handle,
      role: input.role,
      ...(displayName ? { displayName } : {}),
      createdAt: existing?.createdAt ?? now,
    });
    await db.accounts.put(account);
    return account;
  });
}

/** Stops tracking; what was captured of the account stays (it is history). */
export async function untrackAccount(id: string): Promise<void> {
  await db.accounts.delete(id);
}

/** The tracked accounts of one platform, for quick look-ups by handle. */
export async function accountsOn(platform: Platform): Promise<Account[]> {
  return db.accounts.where('[platform+handle]').between([platform, Dexie.minKey], [platform, Dexie.maxKey]).toArray();
}
