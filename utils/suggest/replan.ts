/**
 * What applying a suggestion's action does to the plan, row by row (issue 8: "a preview lists exactly
 * which planned posts and slots change"). Pure: it takes the rows the action may touch and returns
 * each one's before and after; storage/adjust.ts writes them in one transaction and keeps the befores
 * for undo. The same list is the preview, so what is shown is what is written.
 *
 * Which posts an action may touch:
 * - only posts that have not gone out: ideas and posts awaiting publication (draft, scheduled, ready),
 *   scheduled at or after `now` or not scheduled at all; published, missed and cancelled posts are the
 *   record of what happened and never change;
 * - a change of time (move-slot, reschedule) leaves `ready` posts alone: they were handed to the
 *   platform's composer or scheduler, and moving them here would put the plan out of step with it;
 * - a retag carries the field to the post's platform variants (`groupId`), as the editor does, since
 *   pillar, topic, segment and hook are shared by the variants of one idea (storage/posts.ts).
 * An action that finds nothing to change returns an empty list; the page says so instead of applying.
 */
import type { Campaign, ObservedPost, Post, Slot } from '@/storage/schemas';
import { addDays, isoWeekday, toInstant } from '@/utils/time/wall-clock';
import type { SuggestedAction } from './types';

export type RowChange =
  | { table: 'posts'; before: Post | null; after: Post }
  | { table: 'slots'; before: Slot | null; after: Slot }
  | { table: 'campaigns'; before: Campaign; after: Campaign };

export interface ReplanContext {
  /** Planned posts the action may touch: the upcoming ones and their platform variants. */
  posts: readonly Post[];
  slots: readonly Slot[];
  /** Own observed posts a recycle may copy, by id. */
  observed: ReadonlyMap<string, Pick<ObservedPost, 'id' | 'platform' | 'text' | 'url'>>;
  /** The brand's zone: a new post or slot is written on its wall clock. */
  timeZone: string;
  now: number;
  /** Ids for rows the action creates (storage's newId; a counter in tests). */
  newId: () => string;
}

const DAY_MINUTES = 24 * 60;
const TITLE_LENGTH = 60;

/** A post the plan may still change: not gone out, and not in the past. */
export function isChangeable(post: Post, now: number): boolean {
  const open = post.status === 'idea' || post.status === 'draft' || post.status === 'scheduled' || post.status === 'ready';
  return open && (post.scheduledAt === null || post.scheduledAt >= now);
}

/** A post whose time the plan may still move (not handed to the platform yet). */
export function isMovable(post: Post, now: number): boolean {
  return isChangeable(post, now) && post.status !== 'ready' && post.localDate !== null && post.localTime !== null;
}

const minutesOf = (localTime: string) => Number(localTime.slice(0, 2)) * 60 + Number(localTime.slice(3, 5));
const timeOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The post at another wall-clock date and time in its own zone, its instant recomputed. */
function movedTo(post: Post, localDate: string, localTime: string, now: number): Post {
  return { ...post, localDate, localTime, scheduledAt: toInstant(localDate, localTime, post.timeZone), updatedAt: now };
}

/** Shifts a wall-clock date and time by whole minutes (a day is 1,440 wall-clock minutes, DST or not). */
export function shiftWallClock(localDate: string, localTime: string, minutes: number): { localDate: string; localTime: string } {
  const total = minutesOf(localTime) + minutes;
  const days = Math.floor(total / DAY_MINUTES);
  return { localDate: addDays(localDate, days), localTime: timeOf(total - days * DAY_MINUTES) };
}

function postChanges(before: readonly Post[], change: (post: Post) => Post | null): RowChange[] {
  return before.flatMap((post) => {
    const after = change(post);
    return after ? [{ table: 'posts' as const, before: post, after }] : [];
  });
}

function byIds(ctx: ReplanContext, ids: readonly string[], allowed: (post: Post) => boolean): Post[] {
  const wanted = new Set(ids);
  return ctx.posts.filter((post) => wanted.has(post.id) && allowed(post));
}

/** A format as a row field: rules name formats as strings; the write validates them (storage/adjust.ts). */
const asFormat = (format: string) => format as Post['format'];

/**
 * The slot's upcoming posts: movable posts of its platform on its weekday and time (its occurrences,
 * whoever created them). Each moves within its own week to the new weekday, or a week on when that day
 * has passed.
 */
function moveSlot(action: Extract<SuggestedAction, { kind: 'move-slot' }>, ctx: ReplanContext): RowChange[] {
  const slot = ctx.slots.find((row) => row.id === action.slotId);
  if (!slot) return [];
  const changes: RowChange[] = [{ table: 'slots', before: slot, after: { ...slot, weekday: action.toWeekday, localTime: action.toLocalTime, updatedAt: ctx.now } }];
  const onSlot = ctx.posts.filter(
    (post) => post.platform === slot.platform && isMovable(post, ctx.now) && post.localTime === slot.localTime && isoWeekday(post.localDate!) === slot.weekday,
  );
  for (const post of onSlot) {
    let localDate = addDays(post.localDate!, action.toWeekday - slot.weekday);
    let moved = movedTo(post, localDate, action.toLocalTime, ctx.now);
    if (moved.scheduledAt! < ctx.now) {
      localDate = addDays(localDate, 7);
      moved = movedTo(post, localDate, action.toLocalTime, ctx.now);
    }
    changes.push({ table: 'posts', before: post, after: moved });
  }
  return changes;
}

function addSlot(action: Extract<SuggestedAction, { kind: 'add-slot' }>, ctx: ReplanContext): RowChange[] {
  const slot: Slot = { id: ctx.newId(), weekday: action.weekday, localTime: action.localTime, platform: action.platform, format: asFormat(action.format), pillar: '', active: true, createdAt: ctx.now, updatedAt: ctx.now };
  return [{ table: 'slots', before: null, after: slot }];
}

function retag(action: Extract<SuggestedAction, { kind: 'retag' }>, ctx: ReplanContext): RowChange[] {
  const { field } = action;
  const value = field === 'pillar' || field === 'topic' ? (action.to ?? '') : action.to;
  const chosen = byIds(ctx, action.postIds, (post) => isChangeable(post, ctx.now));
  const groups = new Set(chosen.map((post) => post.groupId).filter((id): id is string => id !== null));
  const ids = new Set(chosen.map((post) => post.id));
  const touched = ctx.posts.filter((post) => ids.has(post.id) || (post.groupId !== null && groups.has(post.groupId) && isChangeable(post, ctx.now)));
  return postChanges(touched, (post) => (post[field] === value ? null : { ...post, [field]: value, updatedAt: ctx.now }));
}

function recycle(action: Extract<SuggestedAction, { kind: 'recycle' }>, ctx: ReplanContext): RowChange[] {
  const source = ctx.observed.get(action.observedPostId);
  if (!source) return [];
  const firstLine = source.text.split('\n')[0]!.trim();
  const title = firstLine.length > TITLE_LENGTH ? `${firstLine.slice(0, TITLE_LENGTH - 1)}…` : firstLine;
  const post: Post = {
    id: ctx.newId(),
    groupId: null,
    platform: action.platform,
    format: asFormat(action.format),
    status: 'idea',
    title,
    scheduledAt: toInstant(action.intoLocalDate, action.localTime, ctx.timeZone),
    localDate: action.intoLocalDate,
    localTime: action.localTime,
    timeZone: ctx.timeZone,
    pillar: '',
    topic: '',
    segmentId: null,
    hookId: null,
    campaignId: null,
    text: source.text,
    hashtags: [],
    notes: source.url,
    mediaIds: [],
    reminderLeadMinutes: null,
    publishedUrl: null,
    publishedAt: null,
    externalId: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  return [{ table: 'posts', before: null, after: post }];
}

/** The rows the action changes; empty when it changes nothing (an 'open' or 'none' action included). */
export function replanOf(action: SuggestedAction, ctx: ReplanContext): RowChange[] {
  switch (action.kind) {
    case 'move-slot':
      return moveSlot(action, ctx);
    case 'add-slot':
      return addSlot(action, ctx);
    case 'change-format': {
      const toFormat = asFormat(action.toFormat);
      return postChanges(byIds(ctx, action.postIds, (post) => isChangeable(post, ctx.now)), (post) => (post.format === toFormat ? null : { ...post, format: toFormat, updatedAt: ctx.now }));
    }
    case 'retag':
      return retag(action, ctx);
    case 'reschedule':
      return postChanges(byIds(ctx, action.postIds, (post) => isMovable(post, ctx.now)), (post) => {
        const to = shiftWallClock(post.localDate!, post.localTime!, action.shiftMinutes);
        const moved = movedTo(post, to.localDate, to.localTime, ctx.now);
        return moved.scheduledAt! < ctx.now ? null : moved;
      });
    case 'recycle':
      return recycle(action, ctx);
    case 'open':
    case 'none':
      return [];
  }
}
