/**
 * Bulk edit of the upcoming plan (issue 8, "changing the strategy"): re-tag pillars, reassign a segment,
 * a hook or a campaign across the posts a filter selects, or move a campaign with its posts. Pure, like
 * replan.ts: it returns the row changes the Adjust page previews and storage/adjust.ts applies in one
 * transaction and can undo.
 *
 * - Only posts that have not gone out and are not in the past change (replan.ts `isChangeable`); moving
 *   a campaign moves only posts whose time may move (`isMovable`: not `ready`), and never into the past.
 * - A shared field (pillar, topic, segment, hook, campaign) is carried to the post's platform variants
 *   among the given posts, as the editor does (storage/posts.ts SHARED_GROUP_FIELDS).
 * - Setting a hook also sets its segment: a hook is an offer to one segment.
 */
import type { Campaign, Hook, Post } from '@/storage/schemas';
import type { Platform } from '@/utils/platforms';
import { addDays, compareLocalDates } from '@/utils/time/wall-clock';
import { isChangeable, isMovable, type RowChange } from './replan';
import { toInstant } from '@/utils/time/wall-clock';

export const BULK_FIELDS = ['pillar', 'topic', 'segmentId', 'hookId', 'campaignId'] as const;
export type BulkField = (typeof BULK_FIELDS)[number];

export interface BulkFilter {
  platform: Platform | 'all';
  /** Inclusive local dates. */
  from: string;
  to: string;
  /** Only posts whose field has this value ('' or null: posts without one); absent: any post. */
  match?: { field: BulkField; value: string | null };
}

export type BulkEdit = { kind: 'set'; field: BulkField; to: string | null } | { kind: 'move-campaign'; campaignId: string; days: number };

export interface BulkContext {
  posts: readonly Post[];
  campaigns: readonly Campaign[];
  hooks: readonly Hook[];
  now: number;
}

const valueOf = (post: Post, field: BulkField): string | null => {
  const value = post[field];
  return value === null || value.trim() === '' ? null : value;
};

/** The posts the filter selects (changeable ones only), in date order. */
export function selectPosts(filter: BulkFilter, ctx: Pick<BulkContext, 'posts' | 'now'>): Post[] {
  const match = filter.match;
  const wanted = match ? (match.value === null || match.value.trim() === '' ? null : match.value) : undefined;
  return ctx.posts
    .filter(
      (post) =>
        isChangeable(post, ctx.now) &&
        post.localDate !== null &&
        compareLocalDates(post.localDate, filter.from) >= 0 &&
        compareLocalDates(post.localDate, filter.to) <= 0 &&
        (filter.platform === 'all' || post.platform === filter.platform) &&
        (!match || valueOf(post, match.field) === wanted),
    )
    .sort((a, b) => (a.scheduledAt ?? 0) - (b.scheduledAt ?? 0) || (a.id < b.id ? -1 : 1));
}

function setField(edit: Extract<BulkEdit, { kind: 'set' }>, filter: BulkFilter, ctx: BulkContext): RowChange[] {
  const text = edit.field === 'pillar' || edit.field === 'topic';
  const to = text ? (edit.to ?? '').trim() : edit.to;
  const patch: Partial<Post> = { [edit.field]: to };
  if (edit.field === 'hookId' && to) {
    const hook = ctx.hooks.find((row) => row.id === to);
    if (!hook) return [];
    patch.segmentId = hook.segmentId;
  }
  const chosen = selectPosts(filter, ctx);
  const groups = new Set(chosen.map((post) => post.groupId).filter((id): id is string => id !== null));
  const ids = new Set(chosen.map((post) => post.id));
  const touched = ctx.posts.filter((post) => ids.has(post.id) || (post.groupId !== null && groups.has(post.groupId) && isChangeable(post, ctx.now)));
  return touched.flatMap((post) => {
    const after = { ...post, ...patch, updatedAt: ctx.now };
    const same = (Object.keys(patch) as (keyof Post)[]).every((key) => post[key] === after[key]);
    return same ? [] : [{ table: 'posts' as const, before: post, after }];
  });
}

function moveCampaign(edit: Extract<BulkEdit, { kind: 'move-campaign' }>, ctx: BulkContext): RowChange[] {
  const campaign = ctx.campaigns.find((row) => row.id === edit.campaignId);
  if (!campaign || !Number.isInteger(edit.days) || edit.days === 0) return [];
  const changes: RowChange[] = [{ table: 'campaigns', before: campaign, after: { ...campaign, start: addDays(campaign.start, edit.days), end: addDays(campaign.end, edit.days), updatedAt: ctx.now } }];
  for (const post of ctx.posts) {
    if (post.campaignId !== campaign.id || !isMovable(post, ctx.now)) continue;
    const localDate = addDays(post.localDate!, edit.days);
    const scheduledAt = toInstant(localDate, post.localTime!, post.timeZone);
    if (scheduledAt < ctx.now) continue;
    changes.push({ table: 'posts', before: post, after: { ...post, localDate, scheduledAt, updatedAt: ctx.now } });
  }
  return changes;
}

export function bulkChanges(edit: BulkEdit, filter: BulkFilter, ctx: BulkContext): RowChange[] {
  return edit.kind === 'set' ? setField(edit, filter, ctx) : moveCampaign(edit, ctx);
}
