/**
 * Schema 4: the calendar's projection becomes one `calendarDays` row per UTC day (key: whole days since
 * the epoch) holding the light fields of that day's posts, replacing schema 3's row per post. Reading six
 * weeks is then ~44 rows in key order instead of hundreds of index lookups: the month query of a
 * 100k-post plan was at the edge of its 25 ms budget. Self-contained: the projection is copied here.
 */
import type { Transaction } from 'dexie';

export const version = 4;

export const stores = {
  calendarEntries: null,
  calendarDays: 'day',
} as const;

const FIELDS = ['id', 'groupId', 'platform', 'format', 'status', 'title', 'scheduledAt', 'localDate', 'localTime', 'timeZone', 'pillar', 'segmentId', 'hookId', 'campaignId', 'reminderLeadMinutes'] as const;
const DAY_MS = 86_400_000;

export async function upgrade(tx: Transaction): Promise<void> {
  const posts = (await tx.table('posts').toArray()) as Record<string, unknown>[];
  const days = new Map<number, Record<string, unknown>[]>();
  for (const post of posts) {
    if (typeof post.scheduledAt !== 'number') continue;
    const day = Math.floor(post.scheduledAt / DAY_MS);
    const entry = { ...Object.fromEntries(FIELDS.map((field) => [field, post[field]])), text: typeof post.text === 'string' ? post.text.slice(0, 80) : '' };
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  const rows = [...days].map(([day, entries]) => ({
    day,
    entries: entries.sort((a, b) => (a.scheduledAt as number) - (b.scheduledAt as number) || (String(a.id) < String(b.id) ? -1 : 1)),
  }));
  await tx.table('calendarDays').bulkPut(rows);
}
