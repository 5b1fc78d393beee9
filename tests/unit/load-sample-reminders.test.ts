// A workspace written whole (the sample, a backup) gives its upcoming posts their reminders at once:
// the sample carries none, and a post without a reminder would be missed silently.
import { describe, expect, it } from 'vitest';
import { db } from '@/storage/db';
import { loadSampleWorkspace } from '@/storage/load-sample';
import { postReminderId } from '@/storage/reminders';
import { awaitsPublication } from '@/storage/schemas';

describe('loading the sample workspace', () => {
  it('gives every upcoming post awaiting publication its pending reminder', async () => {
    const now = Date.now();
    await loadSampleWorkspace(now);
    const upcoming = (await db.posts.where('scheduledAt').aboveOrEqual(now + 60_000).toArray()).filter((post) => awaitsPublication(post.status));
    expect(upcoming.length).toBeGreaterThan(5);
    const reminders = await db.reminders.bulkGet(upcoming.map((post) => postReminderId(post.id)));
    expect(reminders.every((reminder) => reminder?.status === 'pending' && reminder.kind === 'post-due')).toBe(true);
    const ideas = (await db.posts.where('scheduledAt').aboveOrEqual(now).toArray()).filter((post) => post.status === 'idea');
    expect(await db.reminders.bulkGet(ideas.map((post) => postReminderId(post.id)))).toEqual(ideas.map(() => undefined));
  });
});
