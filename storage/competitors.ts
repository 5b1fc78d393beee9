/**
 * Competitors (step 1 of the strategy): name, website, a SWOT each, notes, and their accounts on each
 * platform — tracked accounts with role 'competitor' and `competitorId`, so the collectors keep their
 * numbers. Deleting a competitor with accounts asks what becomes of them: stop tracking them, or keep
 * tracking them unattached; either way in one transaction.
 */
import { trackAccount } from './accounts';
import { tidySwot } from './brand';
import { db } from './db';
import { newId } from './ids';
import { accountSchema, competitorSchema, type Account, type Competitor, type Platform } from './schemas';
import { ValidationError, parseRow } from './validation';

export type CompetitorInput = Omit<Competitor, 'id' | 'createdAt' | 'updatedAt'>;

/** What becomes of a deleted competitor's tracked accounts. */
export const ACCOUNT_CHOICES = ['untrack', 'keep'] as const;
export type AccountChoice = (typeof ACCOUNT_CHOICES)[number];

/** Tracking an account that is already the brand's own, a partner's or another competitor's. */
export class AccountTakenError extends Error {
  constructor(readonly account: Account) {
    super(`${account.platform}:${account.handle} is already tracked (${account.role}${account.competitorId ? ` of ${account.competitorId}` : ''})`);
    this.name = 'AccountTakenError';
  }
}

/** Deleting a competitor that has tracked accounts without saying what becomes of them. */
export class AccountsNeedChoiceError extends Error {
  constructor(readonly count: number) {
    super(`the competitor has ${count} tracked account(s): choose to stop tracking them or to keep them`);
    this.name = 'AccountsNeedChoiceError';
  }
}

/** Every competitor by name. */
export async function listCompetitors(): Promise<Competitor[]> {
  return (await db.competitors.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

export function getCompetitor(id: string): Promise<Competitor | undefined> {
  return db.competitors.get(id);
}

function validCompetitor(competitor: Competitor): Competitor {
  const valid = parseRow(competitorSchema, competitor);
  return { ...valid, swot: tidySwot(valid.swot) };
}

/** Adds a competitor (validated first: bad input throws a ValidationError and writes nothing). */
export async function createCompetitor(input: CompetitorInput, now = Date.now()): Promise<Competitor> {
  const competitor = validCompetitor({ ...input, id: newId(), createdAt: now, updatedAt: now });
  await db.competitors.add(competitor);
  return competitor;
}

export async function updateCompetitor(id: string, patch: Partial<CompetitorInput>, now = Date.now()): Promise<Competitor> {
  return db.transaction('rw', db.competitors, async () => {
    const current = await db.competitors.get(id);
    if (!current) throw new Error(`No competitor ${id}`);
    const competitor = validCompetitor({ ...current, ...patch, id, createdAt: current.createdAt, updatedAt: now });
    await db.competitors.put(competitor);
    return competitor;
  });
}

/** Tracked competitor accounts, by platform then handle: attached ones and unattached ones alike. */
export async function listCompetitorAccounts(): Promise<Account[]> {
  const accounts = await db.accounts.where('role').equals('competitor').toArray();
  return accounts.sort((a, b) => a.platform.localeCompare(b.platform) || a.handle.localeCompare(b.handle));
}

/** The accounts of one competitor. */
export async function accountsOfCompetitor(id: string): Promise<Account[]> {
  const accounts = await db.accounts.where('competitorId').equals(id).toArray();
  return accounts.sort((a, b) => a.platform.localeCompare(b.platform) || a.handle.localeCompare(b.handle));
}

/**
 * Whether the account belongs to someone other than `competitorId`: the brand, a partner, or another
 * competitor that exists (a link to a competitor that is gone links nothing). Inside a transaction.
 */
async function isTakenFrom(account: Account, competitorId: string): Promise<boolean> {
  if (account.role !== 'competitor') return true;
  if (!account.competitorId || account.competitorId === competitorId) return false;
  return (await db.competitors.get(account.competitorId)) !== undefined;
}

/**
 * Tracks `handle` on `platform` as an account of the competitor (trackAccount does the tracking; the
 * link is set in the same transaction). An unattached competitor account is attached; an account that
 * is the brand's own, a partner's or another competitor's is refused (AccountTakenError) and nothing
 * changes. A bad handle throws a ValidationError and writes nothing.
 */
export async function trackCompetitorAccount(competitorId: string, input: { platform: Platform; handle: string; displayName?: string }, now = Date.now()): Promise<Account> {
  return db.transaction('rw', db.competitors, db.accounts, async () => {
    const competitor = await db.competitors.get(competitorId);
    if (!competitor) throw new Error(`No competitor ${competitorId}`);
    const existing = await db.accounts.where('[platform+handle]').equals([input.platform, input.handle]).first();
    if (existing && (await isTakenFrom(existing, competitorId))) throw new AccountTakenError(existing);
    const tracked = await trackAccount({ ...input, role: 'competitor', displayName: input.displayName?.trim() || competitor.name }, now);
    const account = parseRow(accountSchema, { ...tracked, competitorId, partnerId: null });
    await db.accounts.put(account);
    return account;
  });
}

/** Attaches an unattached competitor account (kept after its competitor was deleted) to a competitor. */
export async function attachAccount(accountId: string, competitorId: string): Promise<Account> {
  return db.transaction('rw', db.competitors, db.accounts, async () => {
    const [account, competitor] = await Promise.all([db.accounts.get(accountId), db.competitors.get(competitorId)]);
    if (!account) throw new Error(`No account ${accountId}`);
    if (!competitor) throw new Error(`No competitor ${competitorId}`);
    if (await isTakenFrom(account, competitorId)) throw new AccountTakenError(account);
    const attached = parseRow(accountSchema, { ...account, competitorId });
    await db.accounts.put(attached);
    return attached;
  });
}

/**
 * Deletes the competitor and, in the same transaction, stops tracking its accounts (`untrack`) or
 * keeps tracking them as unattached competitor accounts (`keep`). A competitor with accounts and no
 * choice, an unknown choice, or an account row that no longer validates throws and changes nothing.
 * What was captured of the accounts stays either way (it is history).
 */
export async function deleteCompetitor(id: string, choice?: AccountChoice): Promise<{ untracked: number; kept: number }> {
  if (choice !== undefined && !(ACCOUNT_CHOICES as readonly string[]).includes(choice)) throw new ValidationError('choice', `expected one of ${ACCOUNT_CHOICES.join(', ')}`, 'unknown-choice');
  return db.transaction('rw', db.competitors, db.accounts, async () => {
    if (!(await db.competitors.get(id))) throw new Error(`No competitor ${id}`);
    const accounts = await db.accounts.where('competitorId').equals(id).toArray();
    if (accounts.length > 0 && choice === undefined) throw new AccountsNeedChoiceError(accounts.length);
    await db.competitors.delete(id);
    if (choice === 'untrack') {
      await db.accounts.bulkDelete(accounts.map((account) => account.id));
      return { untracked: accounts.length, kept: 0 };
    }
    // Validated one by one: a row that fails aborts the transaction, and the competitor comes back.
    const kept = accounts.map((account) => parseRow(accountSchema, { ...account, competitorId: null }));
    await db.accounts.bulkPut(kept);
    return { untracked: 0, kept: kept.length };
  });
}
