// The hooks-per-segment board: per hook its posts, their median engagement (hand-worked below) from the
// captured posts linked to them, honest about posts without numbers, and when it was last used.
import { describe, expect, it } from 'vitest';
import { buildHookBoard, buildHookCard, draftFromHook, engagementOfPlanned, timeOfUse } from '@/components/strategy/audience/hook-board';
import type { Hook, ObservedPost, Post, Segment } from '@/storage/schemas';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1, 9, 0);

const segment = (id: string, name: string, platforms: Segment['platforms'] = []): Segment => ({
  id, name, description: '', interests: [], pains: [], ageMin: null, ageMax: null, location: '', platforms, color: '#123456', createdAt: 0, updatedAt: 0,
});
const hook = (id: string, segmentId: string, title: string, active = true): Hook => ({
  id, segmentId, title, offer: `${title} offer`, kind: 'discount', callToAction: 'Buy', active, createdAt: 0, updatedAt: 0,
});
const post = (id: string, hookId: string | null, status: Post['status'], scheduledAt: number | null, publishedAt: number | null = null): Post => ({
  id, groupId: null, platform: 'instagram', format: 'image', status, title: id, scheduledAt, localDate: null, localTime: null, timeZone: 'Africa/Nairobi',
  pillar: '', topic: '', segmentId: null, hookId, campaignId: null, text: '', hashtags: [], notes: '', mediaIds: [], reminderLeadMinutes: null,
  publishedUrl: null, publishedAt, externalId: null, createdAt: 0, updatedAt: 0,
});
const capture = (id: string, plannedPostId: string | null, counts: Pick<ObservedPost, 'likes' | 'comments' | 'reposts'>, lastSeenAt = T0): ObservedPost => ({
  id: `instagram:${id}`, platform: 'instagram', postId: id, url: `https://www.instagram.com/p/${id}/`, author: 'kahawabora', publishedAt: T0, text: '',
  views: null, bookmarks: null, precision: {}, firstSeenAt: T0, lastSeenAt, plannedPostId, ...counts,
});

describe('a hook’s card', () => {
  it('takes the median of the posts with numbers and counts the published ones without', () => {
    const posts = [
      post('p1', 'h', 'published', T0, T0 + 5 * 60_000),
      post('p2', 'h', 'published', T0 + DAY, T0 + DAY),
      post('p3', 'h', 'published', T0 + 2 * DAY, T0 + 2 * DAY),
      post('p4', 'h', 'published', T0 + 3 * DAY, T0 + 3 * DAY), // captured, but every count hidden
      post('p5', 'h', 'published', T0 + 4 * DAY, T0 + 4 * DAY), // never captured
      post('p6', 'h', 'scheduled', T0 + 9 * DAY), // still to come: no numbers expected
      post('other', 'x', 'published', T0 + 20 * DAY, T0 + 20 * DAY),
    ];
    const captures: Record<string, ObservedPost[]> = {
      p1: [capture('a', 'p1', { likes: 120, comments: 14, reposts: 6 })], // 140
      p2: [capture('b', 'p2', { likes: 40, comments: null, reposts: 2 })], // 42 (a hidden count adds nothing)
      p3: [capture('c', 'p3', { likes: 300, comments: 25, reposts: 10 })], // 335
      p4: [capture('d', 'p4', { likes: null, comments: null, reposts: null })], // null
      other: [capture('e', 'other', { likes: 9999, comments: 0, reposts: 0 })],
    };
    const card = buildHookCard(hook('h', 's', 'Flash sale'), posts, (id) => captures[id] ?? [], T0 + 5 * DAY);
    // Engagements 42, 140, 335 → sorted middle = 140.
    expect(card.medianEngagement).toBe(140);
    expect(card.measured).toBe(3);
    // p4 (hidden counts) and p5 (no capture) are published without numbers; p6 is not published.
    expect(card.unmeasuredPublished).toBe(2);
    expect(card.published).toBe(5);
    expect(card.posts.map((entry) => entry.post.id)).toEqual(['p6', 'p5', 'p4', 'p3', 'p2', 'p1']);
    expect(card.posts.map((entry) => entry.engagement)).toEqual([null, null, null, 335, 42, 140]);
    // Now is T0 + 5 days: the last use is p5 (T0 + 4 days), the next planned one p6 (T0 + 9 days).
    expect(card.lastUsedAt).toBe(T0 + 4 * DAY);
    expect(card.nextUseAt).toBe(T0 + 9 * DAY);
  });

  it('averages the two middle values of an even count, and uses published times over scheduled ones', () => {
    const posts = [post('p1', 'h', 'published', T0, T0 + DAY), post('p2', 'h', 'published', T0 + 2 * DAY, T0 + 2 * DAY + 3_600_000), post('idea', 'h', 'idea', null)];
    const captures: Record<string, ObservedPost[]> = {
      p1: [capture('a', 'p1', { likes: 10, comments: 1, reposts: 0 })], // 11
      p2: [capture('b', 'p2', { likes: 20, comments: 4, reposts: 1 })], // 25
    };
    const card = buildHookCard(hook('h', 's', 'Giveaway'), posts, (id) => captures[id] ?? [], T0 + 10 * DAY);
    expect(card.medianEngagement).toBe(18); // (11 + 25) / 2
    expect(card.lastUsedAt).toBe(T0 + 2 * DAY + 3_600_000); // p2's publish time, not its schedule
    expect(card.nextUseAt).toBeNull();
    expect(card.posts.at(-1)!.post.id).toBe('idea'); // undated last
    expect(card.posts.at(-1)!.at).toBeNull();
  });

  it('says nothing is known rather than 0', () => {
    const card = buildHookCard(hook('h', 's', 'New'), [post('idea', 'h', 'idea', null)], () => [], T0);
    expect(card).toMatchObject({ medianEngagement: null, measured: 0, published: 0, unmeasuredPublished: 0, lastUsedAt: null, nextUseAt: null });
    expect(buildHookCard(hook('h', 's', 'Unused'), [], () => [], T0)).toMatchObject({ posts: [], medianEngagement: null, lastUsedAt: null });
  });

  it('reads a planned post’s engagement from its most recently seen capture', () => {
    expect(engagementOfPlanned([capture('old', 'p', { likes: 5, comments: 0, reposts: 0 }, T0), capture('new', 'p', { likes: 50, comments: 5, reposts: 0 }, T0 + DAY)])).toBe(55);
    expect(engagementOfPlanned([])).toBeNull();
    expect(timeOfUse({ publishedAt: null, scheduledAt: T0 })).toBe(T0);
  });
});

describe('the board', () => {
  it('lists segments by name with their hooks, active first, and links captures by planned post', () => {
    const board = buildHookBoard({
      segments: [segment('s2', 'Offices'), segment('s1', 'Home brewers')],
      hooks: [hook('h1', 's1', 'Brew guide'), hook('h2', 's1', 'Archived', false), hook('h3', 's1', 'Another'), hook('h4', 's2', 'Trial')],
      posts: [post('p1', 'h1', 'published', T0, T0), post('p2', 'h1', 'published', T0 + DAY, T0 + DAY), post('p3', 'h4', 'published', T0, T0)],
      observed: [
        capture('a', 'p1', { likes: 30, comments: 3, reposts: 1 }), // 34
        capture('b', 'p2', { likes: 70, comments: 8, reposts: 2 }), // 80
        capture('z', null, { likes: 1000, comments: 0, reposts: 0 }), // not ours: ignored
      ],
    }, T0 + 10 * DAY);
    expect(board.map((column) => column.segment.name)).toEqual(['Home brewers', 'Offices']);
    expect(board[0]!.hooks.map((card) => card.hook.title)).toEqual(['Another', 'Brew guide', 'Archived']);
    const guide = board[0]!.hooks[1]!;
    expect(guide.medianEngagement).toBe(57); // (34 + 80) / 2
    expect(guide.posts).toHaveLength(2);
    expect(board[1]!.hooks[0]).toMatchObject({ medianEngagement: null, unmeasuredPublished: 1, lastUsedAt: T0, nextUseAt: null });
  });

  it('makes a draft preset from a hook: segment, hook, offer and call to action, the segment’s first platform', () => {
    const h = { ...hook('h', 's', 'Trial'), offer: '  One kilo free for two weeks. ', callToAction: 'Book a free trial' };
    expect(draftFromHook(h, segment('s', 'Offices', ['linkedin', 'facebook']))).toEqual({
      segmentId: 's', hookId: 'h', platform: 'linkedin', text: 'One kilo free for two weeks.\n\nBook a free trial',
    });
    expect(draftFromHook({ ...h, offer: '' }, segment('s', 'Offices'))).toEqual({ segmentId: 's', hookId: 'h', text: 'Book a free trial' });
  });
});
