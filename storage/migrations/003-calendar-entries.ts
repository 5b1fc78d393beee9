/**
 * Schema 3: `calendarEntries`, a small projection of each planned post (no text body, notes, tags or
 * media) indexed by time, so the calendar reads a month without cloning whole post rows — the month
 * query on 100k posts missed its 25 ms budget reading full rows. storage/calendar-projection.ts keeps it
 * in step with `posts` inside every transaction that writes posts. Self-contained: the projection is
 * copied here as it is today.
 */
import type { Transaction } from 'dexie';

export const version = 3;

export const stores = {
  calendarEntries: 'id, scheduledAt',
} as const;

const FIELDS = ['id', 'groupId', 'platform', 'format', 'status', 'title', 'scheduledAt', 'localDate', 'localTime', 'timeZone', 'pillar', 'segmentId', 'hookId', 'campaignId', 'reminderLeadMinutes'] as const;

export async function upgrade(tx: Transaction): Promise<void> {
  const posts = (await tx.table('posts').toArray()) as Record<string, unknown>[];
  const entries = posts.map((post) => ({
    ...Object.fromEntries(FIELDS.map((field) => [field, post[field]])),
    text: typeof post.text === 'string' ? post.text.slice(0, 80) : '',
  }));
  await tx.table('calendarEntries').bulkPut(entries);
}
