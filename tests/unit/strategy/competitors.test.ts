// Competitors: create, edit, list; their accounts are tracked accounts (role 'competitor', competitorId);
// deleting one with accounts asks what becomes of them and does it in one transaction, or nothing at all.
import { describe, expect, it } from 'vitest';
import { findAccount, listAccounts, trackAccount } from '@/storage/accounts';
import {
  AccountTakenError,
  AccountsNeedChoiceError,
  accountsOfCompetitor,
  attachAccount,
  createCompetitor,
  deleteCompetitor,
  getCompetitor,
  listCompetitorAccounts,
  listCompetitors,
  trackCompetitorAccount,
  updateCompetitor,
  type AccountChoice,
  type CompetitorInput,
} from '@/storage/competitors';
import { db } from '@/storage/db';
import { ValidationError } from '@/storage/validation';

const emptySwot = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
const input = (name: string, extra: Partial<CompetitorInput> = {}): CompetitorInput => ({ name, website: null, swot: emptySwot, notes: '', ...extra });

describe('competitors', () => {
  it('creates, lists by name and edits, tidying the SWOT', async () => {
    const savanna = await createCompetitor(input('Savanna Peak', { website: 'https://savanna.co.ke/' }), 1_000);
    await createCompetitor(input('Jiko Roast House'), 1_000);
    expect((await listCompetitors()).map((c) => c.name)).toEqual(['Jiko Roast House', 'Savanna Peak']);

    const edited = await updateCompetitor(savanna.id, { notes: 'Mall cafés', swot: { ...emptySwot, strengths: [' Video team ', ''] } }, 2_000);
    expect(edited).toMatchObject({ id: savanna.id, name: 'Savanna Peak', website: 'https://savanna.co.ke/', notes: 'Mall cafés', createdAt: 1_000, updatedAt: 2_000 });
    expect(edited.swot.strengths).toEqual(['Video team']);
    expect(await getCompetitor(savanna.id)).toEqual(edited);
  });

  it('refuses bad input and writes nothing', async () => {
    await expect(createCompetitor(input('   '))).rejects.toMatchObject({ field: 'name' });
    await expect(createCompetitor(input('Savanna', { website: 'javascript:alert(1)' }))).rejects.toMatchObject({ field: 'website' });
    expect(await listCompetitors()).toEqual([]);

    const savanna = await createCompetitor(input('Savanna'), 1_000);
    await expect(updateCompetitor(savanna.id, { name: 'Savanna Peak', website: 'savanna.co.ke' }, 2_000)).rejects.toBeInstanceOf(ValidationError);
    expect(await getCompetitor(savanna.id)).toEqual(savanna);
  });

  it('tracks a competitor’s accounts as competitor accounts linked to it', async () => {
    const savanna = await createCompetitor(input('Savanna Peak'));
    const account = await trackCompetitorAccount(savanna.id, { platform: 'instagram', handle: 'savannapeakcoffee' }, 5);
    expect(account).toMatchObject({ platform: 'instagram', handle: 'savannapeakcoffee', role: 'competitor', competitorId: savanna.id, displayName: 'Savanna Peak', createdAt: 5 });
    await trackCompetitorAccount(savanna.id, { platform: 'x', handle: 'savannapeak' });
    expect((await accountsOfCompetitor(savanna.id)).map((a) => `${a.platform}:${a.handle}`)).toEqual(['instagram:savannapeakcoffee', 'x:savannapeak']);
    // Tracking it again is the same row, not a twin.
    await trackCompetitorAccount(savanna.id, { platform: 'instagram', handle: 'savannapeakcoffee' });
    expect(await listAccounts()).toHaveLength(2);
  });

  it('refuses a bad handle, an unknown competitor and an account that is someone else’s', async () => {
    const savanna = await createCompetitor(input('Savanna Peak'));
    const jiko = await createCompetitor(input('Jiko'));
    await expect(trackCompetitorAccount(savanna.id, { platform: 'x', handle: '@Not Valid' })).rejects.toBeInstanceOf(ValidationError);
    await expect(trackCompetitorAccount('nobody', { platform: 'x', handle: 'savannapeak' })).rejects.toThrow('No competitor nobody');

    const own = await trackAccount({ platform: 'instagram', handle: 'kahawabora', role: 'own' });
    const theirs = await trackCompetitorAccount(jiko.id, { platform: 'facebook', handle: 'jikoroasthouse' });
    await expect(trackCompetitorAccount(savanna.id, { platform: 'instagram', handle: 'kahawabora' })).rejects.toBeInstanceOf(AccountTakenError);
    await expect(trackCompetitorAccount(savanna.id, { platform: 'facebook', handle: 'jikoroasthouse' })).rejects.toBeInstanceOf(AccountTakenError);
    expect(await findAccount('instagram', 'kahawabora')).toEqual(own);
    expect(await findAccount('facebook', 'jikoroasthouse')).toEqual(theirs);
    expect(await listAccounts()).toHaveLength(2);
  });

  it('attaches an unattached competitor account, through tracking or directly', async () => {
    const savanna = await createCompetitor(input('Savanna Peak'));
    const loose = await trackAccount({ platform: 'tiktok', handle: 'savannapeakcoffee', role: 'competitor' });
    const other = await trackAccount({ platform: 'x', handle: 'savannapeak', role: 'competitor' });
    expect(await listCompetitorAccounts()).toHaveLength(2);
    expect(await trackCompetitorAccount(savanna.id, { platform: 'tiktok', handle: 'savannapeakcoffee' })).toMatchObject({ id: loose.id, competitorId: savanna.id });
    expect(await attachAccount(other.id, savanna.id)).toMatchObject({ id: other.id, competitorId: savanna.id });
    expect(await accountsOfCompetitor(savanna.id)).toHaveLength(2);
    // A link to a competitor that no longer exists links nothing: the account can be attached.
    await db.accounts.put({ id: 'orphan', platform: 'facebook', handle: 'savannapeak', role: 'competitor', competitorId: 'gone' });
    expect(await attachAccount('orphan', savanna.id)).toMatchObject({ competitorId: savanna.id });
  });
});

describe('deleting a competitor', () => {
  async function withAccounts() {
    const savanna = await createCompetitor(input('Savanna Peak'));
    const jiko = await createCompetitor(input('Jiko'));
    await trackCompetitorAccount(savanna.id, { platform: 'instagram', handle: 'savannapeakcoffee' });
    await trackCompetitorAccount(savanna.id, { platform: 'x', handle: 'savannapeak' });
    const jikoAccount = await trackCompetitorAccount(jiko.id, { platform: 'facebook', handle: 'jikoroasthouse' });
    return { savanna, jiko, jikoAccount };
  }

  it('deletes a competitor without accounts at once', async () => {
    const lone = await createCompetitor(input('Lone'));
    expect(await deleteCompetitor(lone.id)).toEqual({ untracked: 0, kept: 0 });
    expect(await listCompetitors()).toEqual([]);
  });

  it('asks what to do with the accounts, and changes nothing until told', async () => {
    const { savanna } = await withAccounts();
    const error = await deleteCompetitor(savanna.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccountsNeedChoiceError);
    expect((error as AccountsNeedChoiceError).count).toBe(2);
    expect(await listCompetitors()).toHaveLength(2);
    expect(await listAccounts()).toHaveLength(3);
  });

  it('stops tracking its accounts, leaving other competitors’ and captured history alone', async () => {
    const { savanna, jikoAccount } = await withAccounts();
    await db.profileSnapshots.add({ id: 's1', platform: 'instagram', handle: 'savannapeakcoffee', at: 1, followers: 100, following: null, posts: null, precision: {} });
    expect(await deleteCompetitor(savanna.id, 'untrack')).toEqual({ untracked: 2, kept: 0 });
    expect((await listCompetitors()).map((c) => c.name)).toEqual(['Jiko']);
    expect(await listAccounts()).toEqual([jikoAccount]);
    expect(await db.profileSnapshots.count()).toBe(1);
  });

  it('keeps tracking its accounts as unattached competitor accounts', async () => {
    const { savanna, jikoAccount } = await withAccounts();
    expect(await deleteCompetitor(savanna.id, 'keep')).toEqual({ untracked: 0, kept: 2 });
    const accounts = await listCompetitorAccounts();
    expect(accounts.map((a) => [a.handle, a.role, a.competitorId])).toEqual([
      ['jikoroasthouse', 'competitor', jikoAccount.competitorId],
      ['savannapeakcoffee', 'competitor', null],
      ['savannapeak', 'competitor', null],
    ]);
  });

  it('rolls everything back when a kept account does not validate', async () => {
    const { savanna } = await withAccounts();
    // A row written around the repository (an old bug, a hand-edited backup) with a handle outside the contract.
    await db.accounts.put({ id: 'broken', platform: 'threads', handle: 'Not Valid', role: 'competitor', competitorId: savanna.id });
    const before = await listAccounts();
    await expect(deleteCompetitor(savanna.id, 'keep')).rejects.toMatchObject({ name: 'ValidationError', field: 'handle' });
    expect(await getCompetitor(savanna.id)).toEqual(savanna);
    expect(await listAccounts()).toEqual(before);
  });

  it('refuses an unknown choice or competitor and writes nothing', async () => {
    const { savanna } = await withAccounts();
    await expect(deleteCompetitor(savanna.id, 'archive' as AccountChoice)).rejects.toMatchObject({ field: 'choice' });
    await expect(deleteCompetitor('nobody', 'untrack')).rejects.toThrow('No competitor nobody');
    expect(await listCompetitors()).toHaveLength(2);
    expect(await listAccounts()).toHaveLength(3);
  });
});
