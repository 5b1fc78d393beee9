/**
 * The calendar's projection of planned posts, kept in step by a Dexie middleware: every transaction
 * that writes `posts` also writes `calendarEntries` (the middleware adds the table to the transaction),
 * and every put, delete or clear of posts is mirrored there. No write path can forget it, and a failed
 * transaction rolls both back together.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { Post } from './schemas';

export const CALENDAR_FIELDS = ['id', 'groupId', 'platform', 'format', 'status', 'title', 'scheduledAt', 'localDate', 'localTime', 'timeZone', 'pillar', 'segmentId', 'hookId', 'campaignId', 'reminderLeadMinutes'] as const;

/** What the calendar draws of a post; `text` is only its first 80 characters (a title of last resort). */
export type CalendarEntry = Pick<Post, (typeof CALENDAR_FIELDS)[number]> & { text: string };

export function projectPost(post: Post): CalendarEntry {
  const entry = Object.fromEntries(CALENDAR_FIELDS.map((field) => [field, post[field]])) as Pick<Post, (typeof CALENDAR_FIELDS)[number]>;
  return { ...entry, text: post.text.slice(0, 80) };
}

function mirror(request: DBCoreMutateRequest): DBCoreMutateRequest {
  switch (request.type) {
    case 'add':
    case 'put':
      return { type: 'put', trans: request.trans, values: (request.values as Post[]).map(projectPost) };
    case 'delete':
      return { type: 'delete', trans: request.trans, keys: request.keys };
    case 'deleteRange':
      return { type: 'deleteRange', trans: request.trans, range: request.range };
  }
}

export const calendarProjection: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'calendar-projection',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const withEntries = mode === 'readwrite' && stores.includes('posts') && !stores.includes('calendarEntries') ? [...stores, 'calendarEntries'] : stores;
        return down.transaction(withEntries, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'posts') return table;
        return {
          ...table,
          async mutate(request) {
            const result = await table.mutate(request);
            // Looked up here, not above: during an upgrade from before schema 3 the table does not exist yet.
            await down.table('calendarEntries').mutate(mirror(request));
            return result;
          },
        };
      },
    };
  },
};
