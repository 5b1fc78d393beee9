/**
 * The calendar's projection of planned posts: one `calendarDays` row per UTC day holding the light
 * fields of every post scheduled in it. A month view reads six weeks as ~44 rows in key order instead of
 * hundreds of index lookups, each cloning a whole post (text, notes, tags, media): that per-row cost is
 * what kept the month query of a 100k-post plan at the edge of its 25 ms budget.
 *
 * A Dexie middleware keeps it in step: every read-write transaction that touches `posts` also opens
 * `calendarDays`, and every put, delete or range delete of posts rewrites the days it touches in that
 * same transaction. No write path can forget it, and a failed transaction rolls both back together.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Post } from './schemas';

export const CALENDAR_FIELDS = ['id', 'groupId', 'platform', 'format', 'status', 'title', 'scheduledAt', 'localDate', 'localTime', 'timeZone', 'pillar', 'segmentId', 'hookId', 'campaignId', 'reminderLeadMinutes'] as const;

/** What the calendar draws of a post; `text` is only its first 80 characters (a title of last resort). */
export type CalendarEntry = Pick<Post, (typeof CALENDAR_FIELDS)[number]> & { text: string };

/** The posts scheduled in one UTC day (`day` = whole days since the epoch). Unscheduled ideas have none. */
export interface CalendarDay {
  day: number;
  entries: CalendarEntry[];
}

const DAY_MS = 86_400_000;

/** The UTC day an instant falls in: the key of its `calendarDays` row. */
export function dayOf(instant: number): number {
  return Math.floor(instant / DAY_MS);
}

export function projectPost(post: Post): CalendarEntry {
  const entry = Object.fromEntries(CALENDAR_FIELDS.map((field) => [field, post[field]])) as Pick<Post, (typeof CALENDAR_FIELDS)[number]>;
  return { ...entry, text: post.text.slice(0, 80) };
}

/** Per day touched: the ids to take out and the entries to put in. */
type DayChanges = Map<number, { remove: Set<string>; add: CalendarEntry[] }>;

function changesFor(before: readonly Post[], after: readonly Post[]): DayChanges {
  const changes: DayChanges = new Map();
  const at = (day: number) => {
    let change = changes.get(day);
    if (!change) changes.set(day, (change = { remove: new Set(), add: [] }));
    return change;
  };
  for (const post of before) if (post.scheduledAt !== null) at(dayOf(post.scheduledAt)).remove.add(post.id);
  for (const post of after) {
    if (post.scheduledAt === null) continue;
    const change = at(dayOf(post.scheduledAt));
    change.remove.add(post.id); // a put may repeat an id within one request: the last one wins
    change.add = change.add.filter((entry) => entry.id !== post.id);
    change.add.push(projectPost(post));
  }
  return changes;
}

async function rewriteDays(days: DBCoreTable, trans: DBCoreTransaction, changes: DayChanges): Promise<void> {
  if (changes.size === 0) return;
  const keys = [...changes.keys()];
  const current = (await days.getMany({ trans, keys })) as (CalendarDay | undefined)[];
  const puts: CalendarDay[] = [];
  const deletes: number[] = [];
  keys.forEach((day, i) => {
    const { remove, add } = changes.get(day)!;
    const entries = (current[i]?.entries ?? []).filter((entry) => !remove.has(entry.id)).concat(add);
    entries.sort((a, b) => a.scheduledAt! - b.scheduledAt! || (a.id < b.id ? -1 : 1));
    if (entries.length > 0) puts.push({ day, entries });
    else deletes.push(day);
  });
  if (puts.length > 0) await days.mutate({ type: 'put', trans, values: puts });
  if (deletes.length > 0) await days.mutate({ type: 'delete', trans, keys: deletes });
}

/** The posts a request overwrites or removes, read before it runs (inside the same transaction). */
async function rowsReplaced(posts: DBCoreTable, request: DBCoreMutateRequest): Promise<Post[]> {
  const { trans } = request;
  // An add never overwrites: a row already there makes that add fail and stays as it was.
  if (request.type === 'add') return [];
  if (request.type === 'deleteRange') {
    const found = await posts.query({ trans, values: true, query: { index: posts.schema.primaryKey, range: request.range } });
    return found.result as Post[];
  }
  const keys = request.type === 'delete' ? request.keys : (request.values as Post[]).map((post) => post.id);
  return ((await posts.getMany({ trans, keys })) as (Post | undefined)[]).filter((post) => post !== undefined);
}

export const calendarProjection: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'calendar-projection',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const withDays = mode === 'readwrite' && stores.includes('posts') && !stores.includes('calendarDays') ? [...stores, 'calendarDays'] : stores;
        return down.transaction(withDays, mode, options);
      },
      table(name) {
        const posts = down.table(name);
        if (name !== 'posts') return posts;
        return {
          ...posts,
          async mutate(request) {
            // Looked up here, not above: during an upgrade from before schema 4 the table does not exist yet.
            const days = down.table('calendarDays');
            // Clearing every post (a whole-workspace replace) clears every day without reading 100k rows.
            // DBCoreRangeType.Any is a const enum in Dexie's types (not importable here): its value is 3.
            const clearsAll = request.type === 'deleteRange' && Number(request.range.type) === 3;
            const before = clearsAll ? [] : await rowsReplaced(posts, request);
            const result = await posts.mutate(request);
            if (clearsAll) {
              await days.mutate({ type: 'deleteRange', trans: request.trans, range: request.range });
              return result;
            }
            // Only what was really written moves (a bulk write can fail for some rows and go on).
            const values = request.type === 'add' || request.type === 'put' ? (request.values as Post[]) : [];
            const failed = new Set(values.filter((_, i) => i in result.failures).map((post) => post.id));
            const written = values.filter((post) => !failed.has(post.id));
            await rewriteDays(days, request.trans, changesFor(before.filter((post) => !failed.has(post.id)), written));
            return result;
          },
        };
      },
    };
  },
};
