// The per-tab record behind the popup's "On this tab": counts each post once, keeps the latest profile
// and that profile's posts, starts over on another platform, and stays within its caps.
import { describe, expect, it } from 'vitest';
import type { PostObservation, ProfileObservation } from '@/utils/messaging';
import {
  TAB_CAPTURE_LIMITS,
  asTabCapture,
  emptyTabCapture,
  markTabPostsKept,
  mergeTabCapture,
  profilePosts,
  tabCaptureKey,
  type TabCaptureInput,
} from '@/utils/tab-capture';

const T0 = Date.UTC(2026, 10, 20, 9, 0);
const PROFILE_URL = 'https://www.instagram.com/kahawabora/';

function post(postId: string, author = 'kahawabora', likes = 10): PostObservation {
  return { postId, url: `https://www.instagram.com/p/${postId}/`, author, publishedAt: null, text: '', likes, reposts: null, comments: null, views: null, bookmarks: null, precision: {}, sponsored: false };
}

const PROFILE: ProfileObservation = { handle: 'kahawabora', name: 'Kahawa Bora', followers: 4_210, following: 310, posts: 220, precision: {} };

function input(overrides: Partial<TabCaptureInput> = {}): TabCaptureInput {
  const posts = overrides.posts ?? [];
  return { platform: 'instagram', url: PROFILE_URL, at: T0, posts, profile: null, health: { seen: posts.length, understood: posts.length }, keptIds: [], ...overrides };
}

describe('mergeTabCapture', () => {
  it('starts a record from the first batch', () => {
    const record = mergeTabCapture(null, input({ posts: [post('A1'), post('B2', 'someone')], profile: PROFILE, keptIds: ['A1'] }));
    expect(record).toMatchObject({
      platform: 'instagram', url: PROFILE_URL, firstCaptureAt: T0, lastCaptureAt: T0, postsRead: 2, postsKept: 1, seen: 2, understood: 2,
      profile: PROFILE, profileUrl: PROFILE_URL, profileAt: T0,
    });
    expect(profilePosts(record).map((p) => p.postId)).toEqual(['A1']);
  });

  it('counts a post read again (new counts, a reload) once, and sums the health', () => {
    let record = mergeTabCapture(null, input({ posts: [post('A1')], keptIds: ['A1'] }));
    record = mergeTabCapture(record, input({ at: T0 + 2_000, posts: [post('A1', 'kahawabora', 11), post('A2')], health: { seen: 3, understood: 2 }, keptIds: ['A1', 'A2'] }));
    expect(record).toMatchObject({ postsRead: 2, postsKept: 2, seen: 4, understood: 3, lastCaptureAt: T0 + 2_000, firstCaptureAt: T0 });
    // The newest observation of a post replaces the older one.
    expect(record.posts.map((p) => [p.postId, p.likes])).toEqual([['A1', 11], ['A2', 10]]);
  });

  it('keeps the latest profile through batches without one, and follows the page URL', () => {
    let record = mergeTabCapture(null, input({ profile: PROFILE }));
    record = mergeTabCapture(record, input({ at: T0 + 5_000, url: 'https://www.instagram.com/p/A1/', posts: [post('A1')] }));
    expect(record).toMatchObject({ url: 'https://www.instagram.com/p/A1/', profile: PROFILE, profileUrl: PROFILE_URL, profileAt: T0 });
    const other = { ...PROFILE, handle: 'chai.tamu', name: 'Chai Tamu' };
    record = mergeTabCapture(record, input({ at: T0 + 9_000, url: 'https://www.instagram.com/chai.tamu/', profile: other }));
    expect(record.profile).toEqual(other);
    expect(profilePosts(record)).toEqual([]);
  });

  it('starts over when the tab moves to another platform', () => {
    const record = mergeTabCapture(null, input({ posts: [post('A1')], profile: PROFILE }));
    const moved = mergeTabCapture(record, input({ platform: 'x', url: 'https://x.com/home', at: T0 + 1_000, posts: [] , health: { seen: 0, understood: 0 } }));
    expect(moved).toEqual(emptyTabCapture('x', 'https://x.com/home', T0 + 1_000));
  });

  it("keeps at most 50 posts, dropping other authors' before the profile's own", () => {
    const own = Array.from({ length: 10 }, (_, i) => post(`Own${i}`));
    const others = Array.from({ length: 60 }, (_, i) => post(`Other${i}`, 'someone'));
    let record = mergeTabCapture(null, input({ posts: own, profile: PROFILE }));
    record = mergeTabCapture(record, input({ posts: others }));
    expect(record.posts).toHaveLength(TAB_CAPTURE_LIMITS.posts);
    expect(profilePosts(record)).toHaveLength(10);
    expect(record.posts.at(-1)!.postId).toBe('Other59');
    expect(record.postsRead).toBe(70);
  });

  it('remembers at most 500 ids while the counters go on', () => {
    let record = mergeTabCapture(null, input());
    for (let batch = 0; batch < 4; batch++) {
      const posts = Array.from({ length: 150 }, (_, i) => post(`P${batch}x${i}`, 'someone'));
      record = mergeTabCapture(record, input({ posts, keptIds: posts.map((p) => p.postId) }));
    }
    expect(record.postsRead).toBe(600);
    expect(record.postsKept).toBe(600);
    expect(record.readIds).toHaveLength(TAB_CAPTURE_LIMITS.postIds);
    expect(record.readIds[0]).toBe('P0x100');
  });
});

describe('markTabPostsKept', () => {
  it('adds the posts recorded from the popup to the kept ones, once', () => {
    const record = mergeTabCapture(null, input({ posts: [post('A1'), post('A2')], profile: PROFILE, keptIds: [] }));
    const once = markTabPostsKept(record, ['A1', 'A2']);
    expect(once.postsKept).toBe(2);
    expect(markTabPostsKept(once, ['A1']).postsKept).toBe(2);
  });
});

describe('asTabCapture and tabCaptureKey', () => {
  it('accepts only records of the current shape', () => {
    const record = emptyTabCapture('x', 'https://x.com/home', T0);
    expect(asTabCapture(record)).toBe(record);
    expect(asTabCapture(undefined)).toBeNull();
    expect(asTabCapture({ ...record, version: 0 })).toBeNull();
    expect(asTabCapture('tab')).toBeNull();
    expect(tabCaptureKey(7)).toBe('tab-capture:7');
  });
});
