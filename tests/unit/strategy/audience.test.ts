// Segments and hooks: create, edit, validate; deleting one that hooks or posts depend on moves them or
// lets go of them as chosen, in one transaction (a failure changes nothing); the board's rows.
import { describe, expect, it, vi } from 'vitest';
import { blankForm, postInputFromForm } from '@/components/plan/post-form';
import { db } from '@/storage/db';
import { createPost, type PostInput } from '@/storage/posts';
import {
  loadAudienceRows,
  createHook,
  createSegment,
  deleteHook,
  deleteSegment,
  getSegment,
  countHookUsage,
  listHooks,
  listSegments,
  countSegmentUsage,
  updateHook,
  updateSegment,
  type HookInput,
  type SegmentInput,
} from '@/storage/strategy';
import { ValidationError } from '@/storage/validation';

const NOW = Date.UTC(2026, 10, 26, 6, 0);
const LATER = NOW + 60_000;
const BASE = { groupId: null, mediaIds: [], publishedUrl: null, publishedAt: null, externalId: null, timeZone: 'Africa/Nairobi' };

const professionals: SegmentInput = {
  name: 'Young professionals', description: 'Office workers who drink coffee daily.', interests: ['café culture'], pains: ['Café coffee is expensive'],
  ageMin: 24, ageMax: 35, location: 'Nairobi', platforms: ['instagram', 'tiktok'], color: '#c2410c',
};
const office: SegmentInput = { ...professionals, name: 'Offices', ageMin: null, ageMax: null, platforms: ['linkedin'], color: '#1d4ed8' };
const hookOf = (segmentId: string, title: string): HookInput => ({ segmentId, title, offer: `${title}: the offer`, kind: 'discount', callToAction: 'Order now', active: true });

function post(overrides: Partial<PostInput>): Promise<ReturnType<typeof createPost> extends Promise<infer P> ? P : never> {
  return createPost({ ...postInputFromForm({ ...blankForm('2026-12-01', '09:00'), title: 'A post' }, BASE), ...overrides }, NOW);
}

async function setUp() {
  const pros = await createSegment(professionals, NOW);
  const offices = await createSegment(office, NOW);
  const discount = await createHook(hookOf(pros.id, '15% off'), NOW);
  const flash = await createHook(hookOf(pros.id, 'Flash sale'), NOW);
  const trial = await createHook(hookOf(offices.id, 'Free trial'), NOW);
  const withHook = await post({ segmentId: pros.id, hookId: discount.id, title: 'With the discount' });
  const segmentOnly = await post({ segmentId: pros.id, hookId: null, title: 'Segment only' });
  const officePost = await post({ segmentId: offices.id, hookId: trial.id, title: 'Office trial' });
  return { pros, offices, discount, flash, trial, withHook, segmentOnly, officePost };
}

describe('segments', () => {
  it('creates, lists by name, and edits a segment, keeping what the form does not show', async () => {
    const created = await createSegment({ ...professionals, interests: [' café culture ', '', 'café culture', 'local brands'], platforms: ['x', 'x'] }, NOW);
    expect(created).toMatchObject({ name: 'Young professionals', interests: ['café culture', 'local brands'], platforms: ['x'], createdAt: NOW, updatedAt: NOW });
    await createSegment(office, NOW);
    expect((await listSegments()).map((s) => s.name)).toEqual(['Offices', 'Young professionals']);

    await db.segments.update(created.id, { presence: { instagram: 3 } }); // set by the Networks page
    const edited = await updateSegment(created.id, { name: '  Professionals  ', ageMax: null }, LATER);
    expect(edited).toMatchObject({ id: created.id, name: 'Professionals', ageMin: 24, ageMax: null, presence: { instagram: 3 }, createdAt: NOW, updatedAt: LATER });
    expect(await getSegment(created.id)).toEqual(edited);
  });

  it('refuses a blank name, a reversed age range, a bad colour and a twin name, writing nothing', async () => {
    await expect(createSegment({ ...professionals, name: '   ' }, NOW)).rejects.toMatchObject({ field: 'name' });
    await expect(createSegment({ ...professionals, ageMin: 40, ageMax: 30 }, NOW)).rejects.toMatchObject({ field: 'ageMax', detail: 'the oldest age is below the youngest' });
    await expect(createSegment({ ...professionals, ageMin: Number('abc') }, NOW)).rejects.toMatchObject({ field: 'ageMin' });
    await expect(createSegment({ ...professionals, color: 'orange' }, NOW)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.segments.count()).toBe(0);

    const first = await createSegment(professionals, NOW);
    await expect(createSegment({ ...office, name: 'YOUNG professionals' }, NOW)).rejects.toMatchObject({ field: 'name', detail: 'another segment has this name' });
    expect(await db.segments.count()).toBe(1);
    // Its own name is no twin.
    await expect(updateSegment(first.id, { description: 'Changed' }, LATER)).resolves.toMatchObject({ description: 'Changed' });
    await expect(updateSegment(first.id, { ageMin: 50 }, LATER)).rejects.toMatchObject({ field: 'ageMax' });
    expect((await getSegment(first.id))!.ageMin).toBe(24);
  });

  it('counts what depends on a segment: its hooks, and posts aimed at it or using its hooks', async () => {
    const { pros, offices, flash } = await setUp();
    // A post of another segment that uses one of this segment's hooks counts too.
    await post({ segmentId: offices.id, hookId: flash.id });
    expect(await countSegmentUsage(pros.id)).toEqual({ hooks: 2, posts: 3 });
    expect(await countSegmentUsage(offices.id)).toEqual({ hooks: 1, posts: 2 });
  });
});

describe('deleting a segment', () => {
  it('moves its hooks and posts to another segment', async () => {
    const { pros, offices, discount, flash, trial, withHook, segmentOnly, officePost } = await setUp();
    expect(await deleteSegment(pros.id, { kind: 'move', to: offices.id }, LATER)).toEqual({ hooks: 2, posts: 2 });
    expect(await db.segments.get(pros.id)).toBeUndefined();
    expect((await listHooks()).map((h) => [h.id, h.segmentId])).toEqual(
      expect.arrayContaining([[discount.id, offices.id], [flash.id, offices.id], [trial.id, offices.id]]),
    );
    expect(await db.posts.get(withHook.id)).toMatchObject({ segmentId: offices.id, hookId: discount.id, updatedAt: LATER });
    expect(await db.posts.get(segmentOnly.id)).toMatchObject({ segmentId: offices.id, hookId: null });
    expect(await db.posts.get(officePost.id)).toMatchObject({ segmentId: offices.id, hookId: trial.id, updatedAt: NOW });
  });

  it('or deletes its hooks and clears segment and hook from its posts, which stay', async () => {
    const { pros, offices, discount, trial, withHook, segmentOnly, officePost } = await setUp();
    const crossing = await post({ segmentId: offices.id, hookId: discount.id, title: 'Other segment, this hook' });
    expect(await deleteSegment(pros.id, { kind: 'detach' }, LATER)).toEqual({ hooks: 2, posts: 3 });
    expect((await listHooks()).map((h) => h.id)).toEqual([trial.id]);
    expect(await db.posts.get(withHook.id)).toMatchObject({ segmentId: null, hookId: null, updatedAt: LATER });
    expect(await db.posts.get(segmentOnly.id)).toMatchObject({ segmentId: null, hookId: null });
    // Its hook is gone, its own segment stays.
    expect(await db.posts.get(crossing.id)).toMatchObject({ segmentId: offices.id, hookId: null });
    expect(await db.posts.get(officePost.id)).toMatchObject({ segmentId: offices.id, hookId: trial.id });
    expect(await db.posts.count()).toBe(4);
  });

  it('refuses to move them into itself or a missing segment, and changes nothing', async () => {
    const { pros, withHook } = await setUp();
    await expect(deleteSegment(pros.id, { kind: 'move', to: pros.id }, LATER)).rejects.toMatchObject({ field: 'to' });
    await expect(deleteSegment(pros.id, { kind: 'move', to: 'gone' }, LATER)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.segments.get(pros.id)).toBeDefined();
    expect(await countSegmentUsage(pros.id)).toEqual({ hooks: 2, posts: 2 });
    expect(await db.posts.get(withHook.id)).toMatchObject({ segmentId: pros.id, updatedAt: NOW });
  });

  it('runs in one transaction: a failure at the last step leaves hooks and posts as they were', async () => {
    const { pros, offices, withHook } = await setUp();
    const before = { hooks: await db.hooks.toArray(), posts: await db.posts.toArray(), segments: await db.segments.toArray() };
    const spy = vi.spyOn(db.segments, 'delete').mockRejectedValue(new Error('disk full'));
    await expect(deleteSegment(pros.id, { kind: 'detach' }, LATER)).rejects.toThrow('disk full');
    await expect(deleteSegment(pros.id, { kind: 'move', to: offices.id }, LATER)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await db.hooks.toArray()).toEqual(before.hooks);
    expect(await db.posts.toArray()).toEqual(before.posts);
    expect(await db.segments.toArray()).toEqual(before.segments);
    expect((await db.posts.get(withHook.id))!.segmentId).toBe(pros.id);
  });
});

describe('hooks', () => {
  it('creates and edits a hook of an existing segment only', async () => {
    const pros = await createSegment(professionals, NOW);
    const hook = await createHook({ ...hookOf(pros.id, ' Flash sale '), callToAction: '  Order before it ends ' }, NOW);
    expect(hook).toMatchObject({ segmentId: pros.id, title: 'Flash sale', callToAction: 'Order before it ends', active: true });
    const { hook: off } = await updateHook(hook.id, { active: false, kind: 'urgency' }, LATER);
    expect(off).toMatchObject({ active: false, kind: 'urgency', createdAt: NOW, updatedAt: LATER });

    await expect(createHook(hookOf('gone', 'Orphan'), NOW)).rejects.toMatchObject({ field: 'segmentId' });
    await expect(createHook({ ...hookOf(pros.id, 'Odd'), kind: 'bribe' as HookInput['kind'] }, NOW)).rejects.toMatchObject({ field: 'kind' });
    await expect(createHook(hookOf(pros.id, ''), NOW)).rejects.toMatchObject({ field: 'title' });
    await expect(updateHook(hook.id, { segmentId: 'gone' }, LATER)).rejects.toMatchObject({ field: 'segmentId' });
    expect(await db.hooks.count()).toBe(1);
    expect((await db.hooks.get(hook.id))!.segmentId).toBe(pros.id);
  });

  it('given to another segment, takes its posts along', async () => {
    const { offices, discount, withHook, segmentOnly } = await setUp();
    const { movedPosts } = await updateHook(discount.id, { segmentId: offices.id }, LATER);
    expect(movedPosts).toBe(1);
    expect(await db.posts.get(withHook.id)).toMatchObject({ segmentId: offices.id, hookId: discount.id });
    expect((await db.posts.get(segmentOnly.id))!.segmentId).not.toBe(offices.id);
  });
});

describe('deleting a hook', () => {
  it('clears it from its posts, which keep their segment', async () => {
    const { pros, discount, withHook } = await setUp();
    expect(await countHookUsage(discount.id)).toBe(1);
    expect(await deleteHook(discount.id, { kind: 'clear' }, LATER)).toEqual({ posts: 1 });
    expect(await db.hooks.get(discount.id)).toBeUndefined();
    expect(await db.posts.get(withHook.id)).toMatchObject({ segmentId: pros.id, hookId: null, updatedAt: LATER });
  });

  it('or moves its posts to another hook, and that hook’s segment', async () => {
    const { offices, discount, trial, withHook } = await setUp();
    expect(await deleteHook(discount.id, { kind: 'move', to: trial.id }, LATER)).toEqual({ posts: 1 });
    expect(await db.posts.get(withHook.id)).toMatchObject({ segmentId: offices.id, hookId: trial.id });
    expect(await countHookUsage(trial.id)).toBe(2);
  });

  it('refuses a missing target and rolls back on failure', async () => {
    const { discount, withHook } = await setUp();
    await expect(deleteHook(discount.id, { kind: 'move', to: discount.id }, LATER)).rejects.toMatchObject({ field: 'to' });
    const spy = vi.spyOn(db.hooks, 'delete').mockRejectedValue(new Error('disk full'));
    await expect(deleteHook(discount.id, { kind: 'clear' }, LATER)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await db.hooks.get(discount.id)).toBeDefined();
    expect(await db.posts.get(withHook.id)).toMatchObject({ hookId: discount.id, updatedAt: NOW });
  });
});

describe('the board’s rows', () => {
  it('reads segments, hooks, the posts with a hook and only their captures', async () => {
    const { withHook, officePost, segmentOnly } = await setUp();
    const capture = (id: string, plannedPostId: string | null) => ({
      id: `instagram:${id}`, platform: 'instagram' as const, postId: id, url: `https://www.instagram.com/p/${id}/`, author: 'kahawabora', publishedAt: NOW, text: '',
      likes: 10, reposts: null, comments: 2, views: null, bookmarks: null, precision: {}, firstSeenAt: NOW, lastSeenAt: NOW, plannedPostId,
    });
    await db.observedPosts.bulkAdd([capture('a', withHook.id), capture('b', segmentOnly.id), capture('c', null)]);
    const rows = await loadAudienceRows();
    expect(rows.segments.map((s) => s.name)).toEqual(['Offices', 'Young professionals']);
    expect(rows.hooks.map((h) => h.title)).toEqual(['15% off', 'Flash sale', 'Free trial']);
    expect(rows.posts.map((p) => p.id).sort()).toEqual([withHook.id, officePost.id].sort());
    expect(rows.observed.map((o) => o.postId)).toEqual(['a']);
  });
});
