// Partners and collaborations (storage/partners.ts): CRUD, the status moves and the date rule, the
// choices a partner's delete offers, partner accounts tracked like competitors', linked posts kept
// clean when a post is deleted, the candidates for linking, the calendar's occurrences, and rollback.
import { describe, expect, it, vi } from 'vitest';
import { trackAccount } from '@/storage/accounts';
import { db } from '@/storage/db';
import {
  AccountInUseError,
  PartnerRuleError,
  allowedMoves,
  attachPartnerAccount,
  countPartnerDependents,
  deleteCollaboration,
  deletePartner,
  listCollaborationOccurrences,
  listCollaborations,
  listLinkCandidates,
  listLinkedPosts,
  listPartnerAccounts,
  listPartners,
  linkPost,
  moveCollaboration,
  saveCollaboration,
  savePartner,
  trackPartnerAccount,
  unlinkPost,
  type CollaborationInput,
} from '@/storage/partners';
import { createPost, deletePost, type PostInput } from '@/storage/posts';
import { ValidationError } from '@/storage/validation';

const ZONE = 'Africa/Nairobi';

function partner(name: string, overlap: number | null = 40) {
  return savePartner(null, { name, contact: 'hello@example.com', notes: '', audienceOverlap: overlap }, 1_000);
}

function collaboration(partnerId: string, overrides: Partial<CollaborationInput> = {}) {
  return saveCollaboration(null, { partnerId, kind: 'giveaway', title: 'Coffee & bread giveaway', start: null, end: null, notes: '', ...overrides }, 2_000);
}

function post(title: string, localDate: string | null, localTime: string | null = '10:00', overrides: Partial<PostInput> = {}) {
  return createPost({
    groupId: null, platform: 'instagram', format: 'image', status: localDate ? 'scheduled' : 'idea', title, localDate, localTime: localDate ? localTime : null,
    timeZone: ZONE, pillar: '', topic: '', segmentId: null, hookId: null, campaignId: null, text: '', hashtags: [], notes: '',
    mediaIds: [], reminderLeadMinutes: null, publishedUrl: null, publishedAt: null, externalId: null, ...overrides,
  }, 3_000);
}

async function ruleOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (failure: unknown) => failure);
  if (!(error instanceof PartnerRuleError)) throw new Error(`expected a PartnerRuleError, got ${String(error)}`);
  return error.rule;
}

describe('partners', () => {
  it('creates, lists by name, edits and refuses an invalid partner without writing', async () => {
    const bakery = await partner('Mkate Mtamu Bakery', 55);
    await partner('Kazi Hub Co-working');
    expect((await listPartners()).map((p) => p.name)).toEqual(['Kazi Hub Co-working', 'Mkate Mtamu Bakery']);

    const edited = await savePartner(bakery.id, { name: 'Mkate Mtamu', contact: 'Wanjiru', notes: 'Sells our beans', audienceOverlap: null }, 5_000);
    expect(edited).toMatchObject({ id: bakery.id, name: 'Mkate Mtamu', audienceOverlap: null, createdAt: 1_000, updatedAt: 5_000 });

    await expect(savePartner(bakery.id, { name: '  ', contact: '', notes: '', audienceOverlap: 10 })).rejects.toBeInstanceOf(ValidationError);
    await expect(savePartner(null, { name: 'Too much', contact: '', notes: '', audienceOverlap: 101 })).rejects.toBeInstanceOf(ValidationError);
    expect(await listPartners()).toHaveLength(2);
    expect((await db.partners.get(bakery.id))?.name).toBe('Mkate Mtamu');
    expect(await ruleOf(savePartner('gone', { name: 'X', contact: '', notes: '', audienceOverlap: null }))).toBe('unknown-partner');
  });
});

describe('collaborations', () => {
  it('creates an idea, edits its fields but keeps status and posts, and deletes it', async () => {
    const { id: partnerId } = await partner('Bakery');
    const created = await collaboration(partnerId, { start: '2026-12-18', end: '2026-12-20' });
    expect(created).toMatchObject({ status: 'idea', postIds: [], start: '2026-12-18', end: '2026-12-20', createdAt: 2_000 });
    const { id: postId } = await post('Giveaway opens', '2026-12-18');
    await linkPost(created.id, postId);
    await moveCollaboration(created.id, 'proposed');

    const edited = await saveCollaboration(created.id, { partnerId, kind: 'co-post', title: 'Co-post', start: '2026-12-19', end: null, notes: 'Same photo' }, 9_000);
    expect(edited).toMatchObject({ kind: 'co-post', title: 'Co-post', start: '2026-12-19', end: null, status: 'proposed', postIds: [postId], createdAt: 2_000, updatedAt: 9_000 });

    await deleteCollaboration(created.id);
    expect(await listCollaborations()).toEqual([]);
    expect(await db.posts.get(postId)).toBeDefined();
  });

  it('refuses dates that make no range, an unknown partner and an empty title, writing nothing', async () => {
    const { id: partnerId } = await partner('Bakery');
    expect(await ruleOf(collaboration(partnerId, { start: '2026-12-20', end: '2026-12-18' }))).toBe('end-before-start');
    expect(await ruleOf(collaboration(partnerId, { start: null, end: '2026-12-18' }))).toBe('end-without-start');
    expect(await ruleOf(collaboration('no-such-partner'))).toBe('unknown-partner');
    await expect(collaboration(partnerId, { title: '' })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.collaborations.count()).toBe(0);
  });

  it('moves idea → proposed → agreed → scheduled → done, one step at a time', async () => {
    expect(allowedMoves('idea')).toEqual(['proposed', 'declined']);
    expect(allowedMoves('agreed')).toEqual(['scheduled', 'declined']);
    expect(allowedMoves('scheduled')).toEqual(['done', 'declined']);
    expect(allowedMoves('done')).toEqual([]);
    expect(allowedMoves('declined')).toEqual(['idea']);

    const { id: partnerId } = await partner('Bakery');
    const { id } = await collaboration(partnerId, { start: '2026-12-18' });
    expect(await ruleOf(moveCollaboration(id, 'agreed'))).toBe('not-allowed-move');
    for (const status of ['proposed', 'agreed', 'scheduled', 'done'] as const) {
      expect((await moveCollaboration(id, status, 7_000)).status).toBe(status);
    }
    expect(await ruleOf(moveCollaboration(id, 'declined'))).toBe('not-allowed-move');
    expect((await db.collaborations.get(id))?.updatedAt).toBe(7_000);
  });

  it('declines an open collaboration and reopens a declined one as an idea', async () => {
    const { id: partnerId } = await partner('Bakery');
    const { id } = await collaboration(partnerId);
    await moveCollaboration(id, 'proposed');
    expect((await moveCollaboration(id, 'declined')).status).toBe('declined');
    expect(await ruleOf(moveCollaboration(id, 'proposed'))).toBe('not-allowed-move');
    expect((await moveCollaboration(id, 'idea')).status).toBe('idea');
  });

  it('will not schedule a collaboration without a start date, nor take the date of a scheduled one away', async () => {
    const { id: partnerId } = await partner('Bakery');
    const undated = await collaboration(partnerId);
    await moveCollaboration(undated.id, 'proposed');
    await moveCollaboration(undated.id, 'agreed');
    expect(await ruleOf(moveCollaboration(undated.id, 'scheduled'))).toBe('needs-start');
    expect((await db.collaborations.get(undated.id))?.status).toBe('agreed');

    const dated = await saveCollaboration(undated.id, { ...undated, start: '2026-12-18', end: null });
    expect((await moveCollaboration(dated.id, 'scheduled')).status).toBe('scheduled');
    expect(await ruleOf(saveCollaboration(dated.id, { ...dated, start: null, end: null }))).toBe('needs-start');
    expect((await db.collaborations.get(dated.id))?.start).toBe('2026-12-18');
  });

  it('links a planned post once, refuses a post that does not exist, and unlinks', async () => {
    const { id: partnerId } = await partner('Bakery');
    const { id } = await collaboration(partnerId);
    const late = await post('Closing', '2026-12-20');
    const early = await post('Opening', '2026-12-18');
    await linkPost(id, late.id);
    await linkPost(id, early.id);
    await linkPost(id, early.id);
    expect((await db.collaborations.get(id))?.postIds).toEqual([late.id, early.id]);
    expect((await listLinkedPosts((await db.collaborations.get(id))!)).map((p) => p.title)).toEqual(['Opening', 'Closing']);
    expect(await ruleOf(linkPost(id, 'no-such-post'))).toBe('unknown-post');
    await unlinkPost(id, late.id);
    expect((await db.collaborations.get(id))?.postIds).toEqual([early.id]);
  });

  it('drops a deleted post from every collaboration in the same transaction as the delete', async () => {
    const { id: partnerId } = await partner('Bakery');
    const first = await collaboration(partnerId);
    const second = await collaboration(partnerId, { title: 'Second' });
    const gone = await post('Gone', '2026-12-18');
    const stays = await post('Stays', '2026-12-19');
    await linkPost(first.id, gone.id);
    await linkPost(first.id, stays.id);
    await linkPost(second.id, gone.id);

    await deletePost(gone.id, 8_000);
    expect((await db.collaborations.get(first.id))?.postIds).toEqual([stays.id]);
    expect(await db.collaborations.get(second.id)).toMatchObject({ postIds: [], updatedAt: 8_000 });
  });

  it('keeps the post and its links when the cleanup fails (one transaction)', async () => {
    const { id: partnerId } = await partner('Bakery');
    const { id } = await collaboration(partnerId);
    const linked = await post('Linked', '2026-12-18');
    await linkPost(id, linked.id);
    // The cleanup is the last step of the delete: failing there must undo the delete itself.
    const spy = vi.spyOn(db.collaborations, 'filter').mockImplementation(() => {
      throw new Error('disk full');
    });
    await expect(deletePost(linked.id)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await db.posts.get(linked.id)).toBeDefined();
    expect((await db.collaborations.get(id))?.postIds).toEqual([linked.id]);
  });

  it('offers posts in the date range first, then nearby ones, then undated ideas; never linked or cancelled ones', async () => {
    const { id: partnerId } = await partner('Bakery');
    const collab = await collaboration(partnerId, { start: '2026-12-18', end: '2026-12-19' });
    // 23:30 on the 19th in Nairobi is 20:30 UTC: still in range. 00:30 on the 20th is not.
    const lastMinute = await post('Last evening', '2026-12-19', '23:30');
    const opening = await post('Opening', '2026-12-18', '09:00');
    const nextDay = await post('Day after', '2026-12-20', '00:30');
    const before = await post('Teaser', '2026-12-10');
    await post('Far away', '2027-03-01');
    await post('Cancelled', '2026-12-18', '12:00', { status: 'cancelled' });
    const idea = await post('Undated idea', null);
    const alreadyLinked = await post('Linked', '2026-12-18', '15:00');
    await linkPost(collab.id, alreadyLinked.id);

    const candidates = await listLinkCandidates((await db.collaborations.get(collab.id))!, ZONE, Date.parse('2026-12-01T09:00:00Z'));
    expect(candidates.inRange.map((p) => p.id)).toEqual([opening.id, lastMinute.id]);
    expect(candidates.nearby.map((p) => p.id)).toEqual([before.id, nextDay.id]);
    expect(candidates.undated.map((p) => p.id)).toEqual([idea.id]);
  });

  it('lists dated collaborations on the calendar days they touch, without declined ones', async () => {
    const bakery = await partner('Mkate Mtamu');
    const giveaway = await collaboration(bakery.id, { start: '2026-12-18', end: '2026-12-22' });
    await collaboration(bakery.id, { title: 'Undated' });
    const declined = await collaboration(bakery.id, { title: 'Declined', start: '2026-12-19' });
    await moveCollaboration(declined.id, 'declined');
    await collaboration(bakery.id, { title: 'January', start: '2027-01-05' });

    expect(await listCollaborationOccurrences('2026-12-20', '2026-12-31')).toEqual([
      { collaborationId: giveaway.id, partnerId: bakery.id, title: 'Coffee & bread giveaway', partnerName: 'Mkate Mtamu', status: 'idea', date: '2026-12-18', endDate: '2026-12-22' },
    ]);
    expect(await listCollaborationOccurrences('2026-12-23', '2026-12-31')).toEqual([]);
  });
});

describe("partners' accounts", () => {
  it('tracks them like competitors’ (role partner, partnerId), attaching an unattached one', async () => {
    const bakery = await partner('Mkate Mtamu');
    const account = await trackPartnerAccount(bakery.id, { platform: 'instagram', handle: 'mkatemtamu' }, 4_000);
    expect(account).toMatchObject({ platform: 'instagram', handle: 'mkatemtamu', role: 'partner', partnerId: bakery.id, displayName: 'Mkate Mtamu', createdAt: 4_000 });

    // Tracked in Settings as a partner account without a partner: attached, same row.
    const loose = await trackAccount({ platform: 'facebook', handle: 'mkatemtamubakery', role: 'partner' });
    const attached = await trackPartnerAccount(bakery.id, { platform: 'facebook', handle: 'mkatemtamubakery' });
    expect(attached).toMatchObject({ id: loose.id, partnerId: bakery.id });
    expect((await listPartnerAccounts()).map((a) => a.handle)).toEqual(['mkatemtamubakery', 'mkatemtamu']);
  });

  it("refuses the brand's own account, a competitor's and another partner's, and a bad handle, writing nothing", async () => {
    const bakery = await partner('Mkate Mtamu');
    const hub = await partner('Kazi Hub');
    await trackAccount({ platform: 'instagram', handle: 'kahawabora', role: 'own' });
    await db.competitors.add({ id: 'rival', name: 'Savanna Peak', website: null, swot: { strengths: [], weaknesses: [], opportunities: [], threats: [] }, notes: '', createdAt: 0, updatedAt: 0 });
    await db.accounts.add({ id: 'rival-ig', platform: 'instagram', handle: 'savannapeak', role: 'competitor', competitorId: 'rival' });
    await trackPartnerAccount(hub.id, { platform: 'instagram', handle: 'kazihub.ke' });

    const holder = async (handle: string) => {
      const error = await trackPartnerAccount(bakery.id, { platform: 'instagram', handle }).catch((failure: unknown) => failure);
      return error instanceof AccountInUseError ? error.holder : error;
    };
    expect(await holder('kahawabora')).toEqual({ role: 'own', name: null });
    expect(await holder('savannapeak')).toEqual({ role: 'competitor', name: 'Savanna Peak' });
    expect(await holder('kazihub.ke')).toEqual({ role: 'partner', name: 'Kazi Hub' });
    await expect(trackPartnerAccount(bakery.id, { platform: 'instagram', handle: '@Not Valid' })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.accounts.where('partnerId').equals(bakery.id).count()).toBe(0);
    expect((await db.accounts.get('rival-ig'))?.role).toBe('competitor');
  });

  it('attaches a kept account to another partner', async () => {
    const bakery = await partner('Mkate Mtamu');
    const loose = await trackAccount({ platform: 'x', handle: 'mkate', role: 'partner' });
    expect(await attachPartnerAccount(loose.id, bakery.id)).toMatchObject({ id: loose.id, partnerId: bakery.id });
    expect(await ruleOf(attachPartnerAccount(loose.id, 'gone'))).toBe('unknown-partner');
  });
});

describe('deleting a partner', () => {
  async function partnerWithDependents() {
    const bakery = await partner('Mkate Mtamu');
    const other = await partner('Kazi Hub');
    const first = await collaboration(bakery.id);
    await collaboration(bakery.id, { title: 'Second' });
    const othersCollab = await collaboration(other.id);
    const linked = await post('Linked', '2026-12-18');
    await linkPost(first.id, linked.id);
    await trackPartnerAccount(bakery.id, { platform: 'instagram', handle: 'mkatemtamu' });
    await trackPartnerAccount(bakery.id, { platform: 'facebook', handle: 'mkatemtamubakery' });
    await trackPartnerAccount(other.id, { platform: 'instagram', handle: 'kazihub.ke' });
    return { bakery, other, othersCollab, linked };
  }

  it('counts what depends on it, so the page can ask', async () => {
    const { bakery } = await partnerWithDependents();
    expect(await countPartnerDependents(bakery.id)).toEqual({ collaborations: 2, accounts: 2 });
  });

  it('deletes its collaborations and stops tracking its accounts; the linked posts stay', async () => {
    const { bakery, other, othersCollab, linked } = await partnerWithDependents();
    expect(await deletePartner(bakery.id, { accounts: 'untrack' })).toEqual({ collaborations: 2, untracked: 2, kept: 0 });
    expect(await listPartners()).toEqual([other]);
    expect((await listCollaborations()).map((c) => c.id)).toEqual([othersCollab.id]);
    expect((await listPartnerAccounts()).map((a) => a.handle)).toEqual(['kazihub.ke']);
    expect(await db.posts.get(linked.id)).toBeDefined();
  });

  it('keeps its accounts tracked as partner accounts without a partner', async () => {
    const { bakery } = await partnerWithDependents();
    expect(await deletePartner(bakery.id, { accounts: 'keep' })).toEqual({ collaborations: 2, untracked: 0, kept: 2 });
    const kept = (await listPartnerAccounts()).filter((a) => a.handle.startsWith('mkate'));
    expect(kept.map((a) => [a.handle, a.role, a.partnerId])).toEqual([
      ['mkatemtamubakery', 'partner', null],
      ['mkatemtamu', 'partner', null],
    ]);
  });

  it("leaves alone an account whose role was changed in Settings since, only dropping its link", async () => {
    const { bakery } = await partnerWithDependents();
    // Settings → Tracked accounts re-tracks it as a competitor's: trackAccount keeps its other fields.
    const moved = await trackAccount({ platform: 'facebook', handle: 'mkatemtamubakery', role: 'competitor' });
    expect(moved.partnerId).toBe(bakery.id);
    expect(await countPartnerDependents(bakery.id)).toEqual({ collaborations: 2, accounts: 1 });
    expect(await deletePartner(bakery.id, { accounts: 'untrack' })).toEqual({ collaborations: 2, untracked: 1, kept: 0 });
    expect(await db.accounts.get(moved.id)).toMatchObject({ role: 'competitor', partnerId: null });
  });

  it('rolls everything back when a step fails', async () => {
    const { bakery } = await partnerWithDependents();
    vi.spyOn(db.partners, 'delete').mockRejectedValueOnce(new Error('disk full'));
    await expect(deletePartner(bakery.id, { accounts: 'untrack' })).rejects.toThrow('disk full');
    expect(await countPartnerDependents(bakery.id)).toEqual({ collaborations: 2, accounts: 2 });
    expect(await db.partners.get(bakery.id)).toBeDefined();
  });
});
