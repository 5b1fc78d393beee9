/**
 * Partners and the interaction plan (step 6 of the strategy): partners, their tracked accounts (role
 * 'partner', linked by `partnerId`, tracked through storage/accounts.ts like competitors') and the
 * collaborations planned with them, which move idea → proposed → agreed → scheduled → done, or are
 * declined. A collaboration belongs to one partner and links planned posts by id. Every write that
 * touches more than one table is one transaction.
 */
import type { Platform } from '@/utils/platforms';
import { addDays, toInstant } from '@/utils/time/wall-clock';
import { findAccount, trackAccount, untrackAccount } from './accounts';
import { db } from './db';
import { newId } from './ids';
import { accountSchema, collaborationSchema, partnerSchema, type Account, type Collaboration, type Partner, type Post } from './schemas';
import { parseRow } from './validation';

export type CollaborationStatus = Collaboration['status'];
export type PartnerInput = Omit<Partner, 'id' | 'createdAt' | 'updatedAt'>;
/** What the collaboration form edits; the status moves with `moveCollaboration`, posts with `linkPost`. */
export type CollaborationInput = Pick<Collaboration, 'partnerId' | 'kind' | 'title' | 'start' | 'end' | 'notes'>;

/**
 * A rule of the interaction plan was broken; nothing was written. `rule` names it so the UI can say
 * it in the user's language:
 * - `needs-start`: a scheduled (or done) collaboration needs a start date;
 * - `end-before-start`, `end-without-start`: the dates do not make a range;
 * - `unknown-partner`, `unknown-collaboration`, `unknown-post`: what the write refers to is gone;
 * - `not-allowed-move`: that status does not follow the current one.
 */
export type PartnerRule = 'needs-start' | 'end-before-start' | 'end-without-start' | 'unknown-partner' | 'unknown-collaboration' | 'unknown-post' | 'not-allowed-move';
export class PartnerRuleError extends Error {
  constructor(readonly rule: PartnerRule) {
    super(`partners: ${rule}`);
    this.name = 'PartnerRuleError';
  }
}

/** The account is tracked for someone else (the brand, a competitor, another partner): it is not taken over. */
export class AccountInUseError extends Error {
  constructor(
    readonly account: Account,
    /** Who has it: the brand ('own'), a competitor or another partner (with its name when known). */
    readonly holder: { role: Account['role']; name: string | null },
  ) {
    super(`@${account.handle} on ${account.platform} is tracked as ${holder.role}${holder.name ? ` (${holder.name})` : ''}`);
    this.name = 'AccountInUseError';
  }
}

// ── Statuses ─────────────────────────────────────────────────────────────────────────────────────

/** The plan's way forward: each status and the one after it. */
export const NEXT_STATUS: Readonly<Partial<Record<CollaborationStatus, CollaborationStatus>>> = {
  idea: 'proposed',
  proposed: 'agreed',
  agreed: 'scheduled',
  scheduled: 'done',
};

/** Statuses that need the start date: from 'scheduled' on, the collaboration happens on a day. */
const DATED_STATUSES: readonly CollaborationStatus[] = ['scheduled', 'done'];

/** Where a collaboration may go from `status`: the next step, declined while still open, back to idea once declined. */
export function allowedMoves(status: CollaborationStatus): CollaborationStatus[] {
  if (status === 'declined') return ['idea'];
  if (status === 'done') return [];
  return [NEXT_STATUS[status]!, 'declined'];
}

/** Whether moving `collaboration` to `to` lacks nothing but is refused by the date rule. */
export function needsStartFor(collaboration: Pick<Collaboration, 'start'>, to: CollaborationStatus): boolean {
  return DATED_STATUSES.includes(to) && collaboration.start === null;
}

function validCollaboration(collaboration: Collaboration): Collaboration {
  const valid = parseRow(collaborationSchema, collaboration);
  if (valid.end !== null && valid.start === null) throw new PartnerRuleError('end-without-start');
  if (valid.start !== null && valid.end !== null && valid.end < valid.start) throw new PartnerRuleError('end-before-start');
  if (needsStartFor(valid, valid.status)) throw new PartnerRuleError('needs-start');
  return valid;
}

// ── Partners ─────────────────────────────────────────────────────────────────────────────────────

/** Every partner, by name. */
export async function listPartners(): Promise<Partner[]> {
  return (await db.partners.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

export function getPartner(id: string): Promise<Partner | undefined> {
  return db.partners.get(id);
}

/** Creates (id null) or edits a partner; invalid input throws and writes nothing. */
export async function savePartner(id: string | null, input: PartnerInput, now = Date.now()): Promise<Partner> {
  return db.transaction('rw', db.partners, async () => {
    const current = id ? await db.partners.get(id) : undefined;
    if (id && !current) throw new PartnerRuleError('unknown-partner');
    const partner = parseRow(partnerSchema, {
      name: input.name,
      contact: input.contact,
      notes: input.notes,
      audienceOverlap: input.audienceOverlap,
      id: current?.id ?? newId(),
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    });
    await db.partners.put(partner);
    return partner;
  });
}

/** What depends on a partner: the question its delete has to ask. */
export interface PartnerDependents {
  collaborations: number;
  accounts: number;
}

export async function countPartnerDependents(id: string): Promise<PartnerDependents> {
  const [collaborations, accounts] = await Promise.all([
    db.collaborations.where('partnerId').equals(id).count(),
    db.accounts.where('partnerId').equals(id).filter((account) => account.role === 'partner').count(),
  ]);
  return { collaborations, accounts };
}

/**
 * Deletes a partner with its collaborations (a collaboration cannot exist without its partner; the
 * posts they link stay in the plan) and, as chosen, stops tracking its accounts or keeps them as
 * partner accounts without a partner. One transaction: all of it or nothing.
 */
export async function deletePartner(
  id: string,
  choice: { accounts: 'untrack' | 'keep' },
): Promise<{ collaborations: number; untracked: number; kept: number }> {
  return db.transaction('rw', db.partners, db.collaborations, db.accounts, async () => {
    if (!(await db.partners.get(id))) throw new PartnerRuleError('unknown-partner');
    const collaborations = await db.collaborations.where('partnerId').equals(id).delete();
    const linked = () => db.accounts.where('partnerId').equals(id);
    // An account whose role was changed since (in Settings) is no longer the partner's: only its link goes.
    await linked()
      .filter((account) => account.role !== 'partner')
      .modify({ partnerId: null });
    let untracked = 0;
    let kept = 0;
    if (choice.accounts === 'untrack') untracked = await linked().delete();
    else kept = await linked().modify({ partnerId: null });
    await db.partners.delete(id);
    return { collaborations, untracked, kept };
  });
}

// ── Partners' accounts ───────────────────────────────────────────────────────────────────────────

/** Every tracked partner account, attached to a partner or not, by platform and handle. */
export async function listPartnerAccounts(): Promise<Account[]> {
  const accounts = await db.accounts.where('role').equals('partner').toArray();
  return accounts.sort((a, b) => a.platform.localeCompare(b.platform) || a.handle.localeCompare(b.handle));
}

/** Who holds an account already tracked, when it is not free for `partnerId`. */
async function holderOf(account: Account, partnerId: string): Promise<AccountInUseError['holder'] | null> {
  if (account.role === 'partner' && (!account.partnerId || account.partnerId === partnerId)) return null;
  if (account.role === 'own') return { role: 'own', name: null };
  if (account.role === 'competitor') {
    const competitor = account.competitorId ? await db.competitors.get(account.competitorId) : undefined;
    return { role: 'competitor', name: competitor?.name ?? null };
  }
  // A link to a partner that no longer exists (an old backup) holds nothing.
  const other = await db.partners.get(account.partnerId!);
  return other ? { role: 'partner', name: other.name } : null;
}

/**
 * Tracks `handle` on `platform` for the partner (the handle is validated: a bad one throws and writes
 * nothing). A partner account without a partner is attached; an account tracked as the brand's own, a
 * competitor's or another partner's is refused with AccountInUseError rather than silently taken over.
 */
export async function trackPartnerAccount(
  partnerId: string,
  input: { platform: Platform; handle: string; displayName?: string },
  now = Date.now(),
): Promise<Account> {
  return db.transaction('rw', db.accounts, db.partners, db.competitors, async () => {
    const partner = await db.partners.get(partnerId);
    if (!partner) throw new PartnerRuleError('unknown-partner');
    const existing = await findAccount(input.platform, input.handle);
    const holder = existing ? await holderOf(existing, partnerId) : null;
    if (existing && holder) throw new AccountInUseError(existing, holder);
    // A name given wins; otherwise an account keeps its own, and a new one is named after the partner.
    const displayName = input.displayName?.trim() || existing?.displayName || partner.name;
    const tracked = await trackAccount({ platform: input.platform, handle: input.handle, role: 'partner', displayName }, now);
    const account = parseRow(accountSchema, { ...tracked, partnerId });
    await db.accounts.put(account);
    return account;
  });
}

/** Attaches a partner account that has no partner (kept when its partner was deleted, or added in Settings). */
export async function attachPartnerAccount(accountId: string, partnerId: string): Promise<Account> {
  return db.transaction('rw', db.accounts, db.partners, db.competitors, async () => {
    const account = await db.accounts.get(accountId);
    if (!account) throw new Error(`No tracked account ${accountId}`);
    if (!(await db.partners.get(partnerId))) throw new PartnerRuleError('unknown-partner');
    const holder = await holderOf(account, partnerId);
    if (holder) throw new AccountInUseError(account, holder);
    const attached = parseRow(accountSchema, { ...account, partnerId });
    await db.accounts.put(attached);
    return attached;
  });
}

/** Stops tracking a partner's account; what was captured of it stays (it is history). */
export function untrackPartnerAccount(accountId: string): Promise<void> {
  return untrackAccount(accountId);
}

// ── Collaborations ───────────────────────────────────────────────────────────────────────────────

/** Every collaboration: dated ones by start date, then undated ones, each by title. */
export async function listCollaborations(): Promise<Collaboration[]> {
  const all = await db.collaborations.toArray();
  return all.sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.title.localeCompare(b.title));
}

export function getCollaboration(id: string): Promise<Collaboration | undefined> {
  return db.collaborations.get(id);
}

/**
 * Creates (id null, as an idea) or edits a collaboration's partner, kind, title, dates and notes; the
 * status and linked posts are kept. The dates must make a range, and a scheduled or done
 * collaboration keeps its start date; a broken rule throws PartnerRuleError and writes nothing.
 */
export async function saveCollaboration(id: string | null, input: CollaborationInput, now = Date.now()): Promise<Collaboration> {
  return db.transaction('rw', db.collaborations, db.partners, async () => {
    const current = id ? await db.collaborations.get(id) : undefined;
    if (id && !current) throw new PartnerRuleError('unknown-collaboration');
    if (!(await db.partners.get(input.partnerId))) throw new PartnerRuleError('unknown-partner');
    const collaboration = validCollaboration({
      id: current?.id ?? newId(),
      partnerId: input.partnerId,
      kind: input.kind,
      title: input.title,
      start: input.start || null,
      end: input.end || null,
      notes: input.notes,
      status: current?.status ?? 'idea',
      postIds: current?.postIds ?? [],
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    });
    await db.collaborations.put(collaboration);
    return collaboration;
  });
}

/** Moves a collaboration to `to`, if that is a step `allowedMoves` offers and the date rule holds. */
export async function moveCollaboration(id: string, to: CollaborationStatus, now = Date.now()): Promise<Collaboration> {
  return db.transaction('rw', db.collaborations, async () => {
    const current = await db.collaborations.get(id);
    if (!current) throw new PartnerRuleError('unknown-collaboration');
    if (!allowedMoves(current.status).includes(to)) throw new PartnerRuleError('not-allowed-move');
    const moved = validCollaboration({ ...current, status: to, updatedAt: now });
    await db.collaborations.put(moved);
    return moved;
  });
}

/** Deletes one collaboration; the posts it linked stay in the plan. */
export async function deleteCollaboration(id: string): Promise<void> {
  await db.collaborations.delete(id);
}

/** Links a planned post to a collaboration (once). */
export async function linkPost(collaborationId: string, postId: string, now = Date.now()): Promise<Collaboration> {
  return db.transaction('rw', db.collaborations, db.posts, async () => {
    const current = await db.collaborations.get(collaborationId);
    if (!current) throw new PartnerRuleError('unknown-collaboration');
    if (!(await db.posts.get(postId))) throw new PartnerRuleError('unknown-post');
    if (current.postIds.includes(postId)) return current;
    const linked = validCollaboration({ ...current, postIds: [...current.postIds, postId], updatedAt: now });
    await db.collaborations.put(linked);
    return linked;
  });
}

export async function unlinkPost(collaborationId: string, postId: string, now = Date.now()): Promise<Collaboration> {
  return db.transaction('rw', db.collaborations, async () => {
    const current = await db.collaborations.get(collaborationId);
    if (!current) throw new PartnerRuleError('unknown-collaboration');
    if (!current.postIds.includes(postId)) return current;
    const unlinked = { ...current, postIds: current.postIds.filter((linked) => linked !== postId), updatedAt: now };
    await db.collaborations.put(unlinked);
    return unlinked;
  });
}

/** The posts a collaboration links, in time order (undated ideas last); ids of posts since deleted are skipped. */
export async function listLinkedPosts(collaboration: Pick<Collaboration, 'postIds'>): Promise<Post[]> {
  const posts = (await db.posts.bulkGet([...collaboration.postIds])).filter((post): post is Post => post !== undefined);
  return posts.sort((a, b) => (a.scheduledAt ?? Infinity) - (b.scheduledAt ?? Infinity));
}

/** Planned posts offered for linking, best first. */
export interface LinkCandidates {
  /** Posts planned on the collaboration's days (in the brand's time zone), in time order. */
  inRange: Post[];
  /** Posts within four weeks either side of its dates (or of today when it has none), in time order. */
  nearby: Post[];
  /** Ideas and drafts without a date yet, newest first. */
  undated: Post[];
}

const NEARBY_DAYS = 28;
const NEARBY_LIMIT = 100;
const UNDATED_LIMIT = 30;
const DAY_MS = 86_400_000;

/**
 * What to offer when linking posts to `collaboration`: posts in its date range on top, then nearby
 * ones, then undated ideas. Posts already linked and cancelled ones are left out. Bounded queries on
 * the `scheduledAt` index, so a plan of many thousand posts stays quick.
 */
export async function listLinkCandidates(collaboration: Pick<Collaboration, 'start' | 'end' | 'postIds'>, timeZone: string, now = Date.now()): Promise<LinkCandidates> {
  const linked = new Set(collaboration.postIds);
  const offered = (post: Post) => !linked.has(post.id) && post.status !== 'cancelled';
  let from = now;
  let to = now;
  let inRange: Post[] = [];
  if (collaboration.start) {
    from = toInstant(collaboration.start, '00:00', timeZone);
    to = toInstant(addDays(collaboration.end ?? collaboration.start, 1), '00:00', timeZone);
    inRange = (await db.posts.where('scheduledAt').between(from, to, true, false).toArray()).filter(offered);
  }
  const before = await db.posts
    .where('scheduledAt')
    .between(from - NEARBY_DAYS * DAY_MS, from, true, false)
    .reverse()
    .filter(offered)
    .limit(NEARBY_LIMIT / 2)
    .toArray();
  const after = await db.posts
    .where('scheduledAt')
    .between(to, to + NEARBY_DAYS * DAY_MS, true, false)
    .filter(offered)
    .limit(NEARBY_LIMIT / 2)
    .toArray();
  const undated = await db.posts
    .filter((post) => post.scheduledAt === null && offered(post))
    .limit(UNDATED_LIMIT)
    .toArray();
  return { inRange, nearby: [...before.reverse(), ...after], undated: undated.sort((a, b) => b.updatedAt - a.updatedAt) };
}

// ── On the calendar ──────────────────────────────────────────────────────────────────────────────

/** A dated collaboration as the Plan calendar shows it: a mark on each of its days. */
export interface CollaborationOccurrence {
  collaborationId: string;
  partnerId: string;
  title: string;
  partnerName: string;
  status: CollaborationStatus;
  /** 'YYYY-MM-DD', first and last day (inclusive). */
  date: string;
  endDate: string;
}

/**
 * Collaborations with dates that touch the local dates [from, to] (inclusive), with their partner's
 * name; declined ones are left out (they will not happen). The table is small: read whole.
 */
export async function listCollaborationOccurrences(from: string, to: string): Promise<CollaborationOccurrence[]> {
  return db.transaction('r', db.collaborations, db.partners, async () => {
    const collaborations = await db.collaborations.filter((c) => c.start !== null && c.status !== 'declined').toArray();
    const names = new Map((await db.partners.toArray()).map((partner) => [partner.id, partner.name]));
    return collaborations
      .map((c) => ({
        collaborationId: c.id,
        partnerId: c.partnerId,
        title: c.title,
        partnerName: names.get(c.partnerId) ?? '',
        status: c.status,
        date: c.start!,
        // A range written backwards (by an old backup) still shows on its first day.
        endDate: c.end && c.end > c.start! ? c.end : c.start!,
      }))
      .filter((occurrence) => occurrence.date <= to && occurrence.endDate >= from)
      .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  });
}
