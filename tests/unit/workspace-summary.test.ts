// What Today and the popup say the workspace holds (storage/workspace.ts): whether it is empty, found
// without counting, and the counts of the plan and the captures over their windows.
import { describe, expect, it } from 'vitest';
import { db } from '@/storage/db';
import { loadSampleWorkspace } from '@/storage/load-sample';
import { hasUserContent, summariseWorkspace } from '@/storage/workspace';

describe('an empty workspace', () => {
  it('is one without user content: settings and reminders alone do not count', async () => {
    await db.reminders.put({ id: 'weekly-review:2026-11-30', kind: 'weekly-review', postId: null, dueAt: 1, intendedAt: 1, status: 'pending', firedAt: null, late: false, createdAt: 0 });
    expect(await hasUserContent()).toBe(false);
    expect(await summariseWorkspace()).toMatchObject({ empty: true, upcoming: 0 });
    await db.hashtagSets.put({ id: 'h', name: 'Coffee', tags: ['#kahawa'], createdAt: 0, updatedAt: 0 });
    expect(await hasUserContent()).toBe(true);
    expect(await summariseWorkspace()).toMatchObject({ empty: false });
  });
});

describe('the workspace summary', () => {
  it('counts the plan four weeks ahead and the captures of the last 30 days, the small tables whole', async () => {
    const now = Date.now();
    await loadSampleWorkspace(now);
    const DAY = 86_400_000;
    const posts = await db.posts.toArray();
    const observed = await db.observedPosts.toArray();
    const upcoming = posts.filter((post) => post.scheduledAt !== null && post.scheduledAt >= now && post.scheduledAt < now + 28 * DAY).length;
    const captured = observed.filter((row) => row.publishedAt !== null && row.publishedAt >= now - 30 * DAY && row.publishedAt <= now).length;
    // The windows leave some out: the counts are not the whole tables.
    expect(upcoming).toBeGreaterThan(0);
    expect(upcoming).toBeLessThan(posts.length);
    expect(captured).toBeGreaterThan(0);
    expect(await summariseWorkspace(now)).toEqual({
      empty: false,
      upcoming,
      campaigns: await db.campaigns.count(),
      segments: await db.segments.count(),
      accounts: await db.accounts.count(),
      captured,
    });
  });
});
