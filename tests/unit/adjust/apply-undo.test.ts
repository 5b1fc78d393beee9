// Applying a re-plan in one transaction, refusing a stale or invalid one, and undoing it — keeping what
// was edited since — as the Adjust page does through storage/adjust.ts.
import { describe, expect, it } from 'vitest';
import { applyPlanChange, dismissSuggestion, listDecisions, restoreSuggestion, StalePreviewError, suggestionStateId, undoPlanChange, type ChangeLabel } from '@/storage/adjust';
import { db } from '@/storage/db';
import { postReminderId } from '@/storage/reminders';
import { ValidationError } from '@/storage/validation';
import { bulkChanges } from '@/utils/suggest/bulk-edit';
import { replanOf } from '@/utils/suggest/replan';
import { campaign, counter, post, slot, ZONE } from '../suggest/post-fixtures';

const NOW = Date.UTC(2026, 10, 26, 9, 0);
const LATER = NOW + 60_000;
const LABEL: ChangeLabel = { kind: 'suggestion', fingerprint: 'best-hours:instagram:3-18:move:s', rule: 'best-hours', title: { key: 'best-hours.move', params: { platform: 'instagram' } } };

async function seed() {
  const posts = [post('tue1', { status: 'scheduled', localDate: '2026-12-01' }), post('tue2', { localDate: '2026-12-08' }), post('other', { localDate: '2026-12-02', localTime: '09:00' })];
  // Posts are written in a transaction, as the app writes them (the calendar projection rides along).
  await db.transaction('rw', db.posts, db.slots, async () => {
    await db.posts.bulkAdd(posts);
    await db.slots.add(slot('s'));
  });
  return { posts, slots: [slot('s')] };
}

function moveSlot(rows: Awaited<ReturnType<typeof seed>>) {
  return replanOf({ kind: 'move-slot', slotId: 's', toWeekday: 3, toLocalTime: '19:30' }, { ...rows, observed: new Map(), timeZone: ZONE, now: NOW, newId: counter() });
}

describe('apply', () => {
  it('writes every row, keeps the reminder in step and records the decision', async () => {
    const changes = moveSlot(await seed());
    const decision = await applyPlanChange('adjust:best-hours:1', LABEL, changes, NOW);
    expect(decision).toMatchObject({ id: 'adjust:best-hours:1', status: 'applied', changed: 3, appliedAt: NOW, rule: 'best-hours' });
    expect(await db.slots.get('s')).toMatchObject({ weekday: 3, localTime: '19:30', updatedAt: NOW });
    expect(await db.posts.get('tue1')).toMatchObject({ localDate: '2026-12-02', localTime: '19:30', updatedAt: NOW });
    expect(await db.posts.get('other')).toMatchObject({ localDate: '2026-12-02', localTime: '09:00', updatedAt: 1 });
    const reminder = await db.reminders.get(postReminderId('tue1'));
    expect(reminder?.dueAt).toBeLessThanOrEqual((await db.posts.get('tue1'))!.scheduledAt!);
    expect(reminder?.dueAt).toBeGreaterThan(Date.UTC(2026, 11, 2));
  });

  it('refuses a preview the plan has moved past, and writes nothing', async () => {
    const changes = moveSlot(await seed());
    await db.transaction('rw', db.posts, async () => {
      await db.posts.update('tue2', { title: 'edited elsewhere', updatedAt: NOW - 1 });
    });
    await expect(applyPlanChange('adjust:x', LABEL, changes, NOW)).rejects.toBeInstanceOf(StalePreviewError);
    expect(await db.slots.get('s')).toMatchObject({ weekday: 2, localTime: '18:00' });
    expect(await db.posts.get('tue1')).toMatchObject({ localDate: '2026-12-01' });
    expect(await db.suggestionStates.count()).toBe(0);
  });

  it('refuses an invalid row before writing anything', async () => {
    const rows = await seed();
    const changes = replanOf({ kind: 'change-format', postIds: ['tue1', 'tue2'], toFormat: 'post' }, { ...rows, observed: new Map(), timeZone: ZONE, now: NOW, newId: counter() });
    await expect(applyPlanChange('adjust:x', LABEL, changes, NOW)).rejects.toBeInstanceOf(ValidationError);
    expect((await db.posts.get('tue1'))!.format).toBe('carousel');
    expect(await db.suggestionStates.count()).toBe(0);
  });

  it('refuses an empty change', async () => {
    await expect(applyPlanChange('adjust:x', LABEL, [], NOW)).rejects.toThrow(RangeError);
  });
});

describe('undo', () => {
  it('restores every row and removes what the re-plan created', async () => {
    const rows = await seed();
    const changes = [...moveSlot(rows), ...replanOf({ kind: 'add-slot', platform: 'tiktok', weekday: 6, localTime: '20:00', format: 'video' }, { ...rows, observed: new Map(), timeZone: ZONE, now: NOW, newId: () => 'new-slot' })];
    await applyPlanChange('adjust:a', LABEL, changes, NOW);
    const result = await undoPlanChange('adjust:a', LATER);
    expect(result).toEqual({ restored: 4, keptIds: [] });
    expect(await db.slots.get('s')).toEqual(slot('s'));
    expect(await db.slots.get('new-slot')).toBeUndefined();
    expect(await db.posts.get('tue1')).toEqual(rows.posts[0]);
    const [decision] = await listDecisions();
    expect(decision).toMatchObject({ id: 'adjust:a', status: 'undone', at: LATER });
    await expect(undoPlanChange('adjust:a', LATER)).rejects.toThrow(/Nothing applied/);
  });

  it('keeps a row edited after the re-plan and says so', async () => {
    const changes = moveSlot(await seed());
    await applyPlanChange('adjust:a', LABEL, changes, NOW);
    await db.transaction('rw', db.posts, async () => {
      await db.posts.update('tue2', { title: 'changed my mind', updatedAt: LATER });
    });
    const result = await undoPlanChange('adjust:a', LATER + 1);
    expect(result.keptIds).toEqual(['tue2']);
    expect(await db.posts.get('tue2')).toMatchObject({ title: 'changed my mind', localDate: '2026-12-09' });
    expect(await db.posts.get('tue1')).toMatchObject({ localDate: '2026-12-01' });
    expect((await listDecisions())[0]!.keptIds).toEqual(['tue2']);
  });

  it('moves a campaign with its posts and back', async () => {
    await db.campaigns.add(campaign('c'));
    await db.transaction('rw', db.posts, async () => {
      await db.posts.bulkAdd([post('in', { campaignId: 'c', localDate: '2026-12-03' }), post('out', { localDate: '2026-12-03' })]);
    });
    const changes = bulkChanges({ kind: 'move-campaign', campaignId: 'c', days: 7 }, { platform: 'all', from: '2026-11-26', to: '2026-12-31' }, { posts: await db.posts.toArray(), campaigns: await db.campaigns.toArray(), hooks: [], now: NOW });
    await applyPlanChange('bulk:1', { kind: 'bulk', fingerprint: '', rule: 'bulk', title: { key: 'move-campaign', params: { campaign: 'Campaign c', days: 7 } } }, changes, NOW);
    expect(await db.campaigns.get('c')).toMatchObject({ start: '2026-12-08', end: '2026-12-14' });
    expect(await db.posts.get('in')).toMatchObject({ localDate: '2026-12-10' });
    expect(await db.posts.get('out')).toMatchObject({ localDate: '2026-12-03' });
    await undoPlanChange('bulk:1', LATER);
    expect(await db.campaigns.get('c')).toMatchObject({ start: '2026-12-01', end: '2026-12-07' });
    expect(await db.posts.get('in')).toMatchObject({ localDate: '2026-12-03' });
  });
});

describe('dismiss', () => {
  it('records the reason per evidence, and shows it again on request', async () => {
    const suggestion = { rule: 'format-mix', evidence: { start: 0, end: 1, items: [], fingerprint: 'format-mix:instagram:reel higher:higher' } };
    const id = suggestionStateId(suggestion);
    expect(id).toMatch(/^adjust:format-mix:[0-9a-f]{16}$/);
    expect(suggestionStateId({ ...suggestion, evidence: { ...suggestion.evidence, fingerprint: 'format-mix:instagram:reel:lower' } })).not.toBe(id);
    await dismissSuggestion(id, { kind: 'suggestion', fingerprint: suggestion.evidence.fingerprint, rule: 'format-mix', title: { key: 'format-mix.higher', params: {} } }, '  Not relevant to our strategy: reels are out  ', NOW);
    expect(await listDecisions()).toMatchObject([{ id, status: 'dismissed', reason: 'Not relevant to our strategy: reels are out', changed: 0 }]);
    await expect(undoPlanChange(id)).rejects.toThrow();
    await restoreSuggestion(id);
    expect(await listDecisions()).toEqual([]);
  });
});
