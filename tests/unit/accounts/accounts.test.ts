// Tracked accounts: one per platform and handle; tracking again changes the role; bad handles write nothing.
import { describe, expect, it } from 'vitest';
import { findAccount, listAccounts, trackAccount, untrackAccount } from '@/storage/accounts';
import { ValidationError } from '@/storage/validation';

describe('tracked accounts', () => {
  it('tracks, re-tracks with a new role without a twin, and untracks', async () => {
    const first = await trackAccount({ platform: 'instagram', handle: 'rival.coffee', role: 'competitor', displayName: 'Rival' }, 1);
    const again = await trackAccount({ platform: 'instagram', handle: 'rival.coffee', role: 'partner' }, 2);
    expect(again).toMatchObject({ id: first.id, role: 'partner', displayName: 'Rival', createdAt: 1 });
    await trackAccount({ platform: 'x', handle: 'kahawabora', role: 'own' });
    expect((await listAccounts()).map((a) => [a.platform, a.handle, a.role])).toEqual([
      ['instagram', 'rival.coffee', 'partner'],
      ['x', 'kahawabora', 'own'],
    ]);
    await untrackAccount(first.id);
    expect(await findAccount('instagram', 'rival.coffee')).toBeUndefined();
  });

  it('refuses a handle outside the contract and writes nothing', async () => {
    await expect(trackAccount({ platform: 'x', handle: '@Not Valid', role: 'own' })).rejects.toBeInstanceOf(ValidationError);
    expect(await listAccounts()).toEqual([]);
  });
});
