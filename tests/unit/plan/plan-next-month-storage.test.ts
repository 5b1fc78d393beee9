// Applying a month plan writes posts, reminders and the batch record together; undo removes only the
// ideas nobody touched, also after a reload, and keeps (and reports) the ones that were edited.
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/storage/db';
import { applyMonthPlan, listMonthPlanBatches, listPostsForMonthPlan, undoMonthPlan } from '@/storage/plan-next-month';
import { createPost, updatePost } from '@/storage/posts';
import { postReminderId } from '@/storage/reminders';
import type { Slot } from '@/storage/schemas';
import { ValidationError } from '@/storage/validation';
import { planMonth, type MonthProposal } from '@/utils/plan/plan-month';

const ZONE = 'Africa/Nairobi';
const NOW = Date.UTC(2026, 2, 20, 8, 0);
const SLOTS: Slot[] = [2, 4].map((weekday) => ({ id: `s${weekday}`, weekday, localTime: '18:00', platform: 'instagram', format: 'reel', pillar: '', active: true, createdAt: 0, updatedAt: 0 }));

function aprilPlan(): MonthProposal[] {
  return planMonth({ slots: SLOTS, year: 2026, month: 4, timeZone: ZONE, existingPosts: [], mix: { education: 50, community: 50 }, titleOf: ({ pillar }) => `${pillar} · Reel` }).proposals;
}

describe('applyMonthPlan', () => {
  it('creates every proposal as an idea and records the batch', async () => {
    const { batchId, postIds } = await applyMonthPlan(aprilPlan(), NOW);
    expect(batchId).toBe(`plan-month:2026-04:${NOW}`);
    expect(postIds).toHaveLength(9);
    const posts = await db.posts.orderBy('scheduledAt').toArray();
    expect(posts.map((post) => post.localDate)).toEqual(['2026-04-02', '2026-04-07', '2026-04-09', '2026-04-14', '2026-04-16', '2026-04-21', '2026-04-23', '2026-04-28', '2026-04-30']);
    expect(posts[0]).toMatchObject({ status: 'idea', title: 'education · Reel', pillar: 'education', localTime: '18:00', timeZone: ZONE, scheduledAt: Date.parse('2026-04-02T15:00:00Z'), groupId: null, createdAt: NOW, updatedAt: NOW });
    expect(await db.reminders.count()).toBe(0); // ideas get no reminder
    expect(await listMonthPlanBatches()).toEqual([{ id: batchId, status: 'applied', year: 2026, month: 4, at: NOW, appliedAt: NOW, postIds, keptPostIds: [] }]);
    expect((await listPostsForMonthPlan({ year: 2026, month: 4 }, ZONE)).map((post) => post.id).sort()).toEqual([...postIds].sort());
  });

  it('runs in one transaction: a failing write leaves nothing behind', async () => {
    const spy = vi.spyOn(db.posts, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(applyMonthPlan(aprilPlan(), NOW)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await db.posts.count()).toBe(0);
    expect(await db.suggestionStates.count()).toBe(0);
  });

  it('refuses an invalid proposal before writing, and an empty or multi-month plan', async () => {
    const [first, ...rest] = aprilPlan();
    await expect(applyMonthPlan([{ ...first!, title: 'x'.repeat(201) }, ...rest], NOW)).rejects.toBeInstanceOf(ValidationError);
    await expect(applyMonthPlan([], NOW)).rejects.toThrow(RangeError);
    await expect(applyMonthPlan([first!, { ...first!, localDate: '2026-05-05' }], NOW)).rejects.toThrow(/one month/);
    expect(await db.posts.count()).toBe(0);
  });

  it('gives two batches applied in the same millisecond their own records', async () => {
    const a = await applyMonthPlan(aprilPlan().slice(0, 2), NOW);
    const b = await applyMonthPlan(aprilPlan().slice(2, 4), NOW);
    expect(b.batchId).toBe(`${a.batchId}-2`);
    expect(await listMonthPlanBatches()).toHaveLength(2);
  });
});

describe('undoMonthPlan', () => {
  it('deletes the untouched ideas and keeps the edited ones, after a reload, in one transaction', async () => {
    const own = { platform: 'x', format: 'text', status: 'scheduled', title: 'Mine', localDate: '2026-04-01', localTime: '09:00', timeZone: ZONE, pillar: '', topic: '' } as const;
    await createPost({ ...own, groupId: null, segmentId: null, hookId: null, campaignId: null, text: '', hashtags: [], notes: '', mediaIds: [], reminderLeadMinutes: null, publishedUrl: null, publishedAt: null, externalId: null }, NOW);
    const { batchId, postIds } = await applyMonthPlan(aprilPlan(), NOW);
    const [edited, promoted] = postIds;
    await updatePost(edited!, { title: 'Cupping at the roastery' }, NOW + 1_000);
    await updatePost(promoted!, { status: 'scheduled' }, NOW + 1_000);
    await db.posts.delete(postIds[2]!);

    // A reload: a new connection to the same database finds the batch by its record.
    db.close();
    await db.open();
    const later = NOW + 60_000;
    const spy = vi.spyOn(Dexie.prototype, 'transaction');
    const result = await undoMonthPlan(batchId, later);
    expect(spy).toHaveBeenCalledTimes(1);

    expect(result.removedIds).toEqual(postIds.slice(3));
    expect(result.kept.map((post) => post.id)).toEqual([edited, promoted]);
    expect(result.missingIds).toEqual([postIds[2]]);
    expect(await db.posts.count()).toBe(3); // the user's own post and the two edited ones
    expect((await db.reminders.get(postReminderId(promoted!)))!.status).toBe('pending');
    const [batch] = await listMonthPlanBatches();
    expect(batch).toMatchObject({ id: batchId, status: 'undone', at: later, appliedAt: NOW, keptPostIds: [edited, promoted] });
  });

  it('takes the removed ideas out of the collaborations that linked them, and only those', async () => {
    const { batchId, postIds } = await applyMonthPlan(aprilPlan(), NOW);
    const [kept, removed] = postIds;
    await updatePost(kept!, { title: 'Giveaway post' }, NOW + 1_000);
    await db.collaborations.add({ id: 'c1', partnerId: 'p1', kind: 'giveaway', title: 'Giveaway', status: 'agreed', start: '2026-04-07', end: null, postIds: [kept!, removed!], notes: '', createdAt: NOW, updatedAt: NOW });
    await undoMonthPlan(batchId, NOW + 60_000);
    expect(await db.collaborations.get('c1')).toMatchObject({ postIds: [kept], updatedAt: NOW + 60_000 });
  });

  it('undoes a batch only once', async () => {
    const { batchId } = await applyMonthPlan(aprilPlan(), NOW);
    await undoMonthPlan(batchId, NOW);
    await expect(undoMonthPlan(batchId, NOW)).rejects.toThrow(/No applied month plan/);
    await expect(undoMonthPlan('plan-month:2026-04:1', NOW)).rejects.toThrow(/No applied month plan/);
  });

  it('ignores records that are not month plans', async () => {
    await db.suggestionStates.bulkAdd([
      { id: 'rule:posting-time:abc', status: 'applied', reason: '', at: NOW, undo: null },
      { id: 'plan-month:2026-04:5', status: 'applied', reason: '', at: NOW, undo: { broken: true } },
    ]);
    expect(await listMonthPlanBatches()).toEqual([]);
  });
});
