/**
 * "Plan next month": the active weekly slots of a month turned into proposed idea-stage posts, with
 * pillars chosen so the month meets the content mix. Pure: the caller brings the slots, the month's
 * existing posts and the holidays, and decides what to write (storage/plan-next-month.ts).
 *
 * Rules, in the order they are applied to each slot occurrence (utils/time/recurrence.ts):
 * 1. before `notBefore` (a month already under way): skipped as past;
 * 2. on a holiday date given by the caller: skipped as a holiday;
 * 3. taken: an existing post on the same platform within ±30 minutes (a cancelled post frees the slot),
 *    or an earlier proposal of this plan on the same platform within ±30 minutes (two slots that
 *    duplicate each other give one post, not two at the same minute);
 * 4. otherwise proposed, at the slot's wall-clock time (09:00 stays 09:00 across DST).
 *
 * Pillars: the month's posts should follow the mix. Existing posts of the month whose pillar is in the
 * mix count towards it, so a month that already has its promotions gets education and community. The
 * whole month (existing + proposed) is apportioned by largest remainder; the proposals receive what is
 * still missing. A slot's own pillar is a preference: it is kept while that pillar's quota lasts, on
 * occurrences spread evenly over the month; every other proposal takes, in date order, the pillar
 * furthest behind its share so far, so pillars alternate instead of bunching at one end of the month.
 */
import type { Platform, Post, Slot } from '@/storage/schemas';
import { addMonths, type YearMonth } from '@/utils/calendar/month-grid';
import { addDays, formatDateParts } from '@/utils/time/local-date';
import { expandSlots, type Occurrence } from '@/utils/time/recurrence';
import { toInstant, todayIn } from '@/utils/time/wall-clock';
import { apportion, normaliseMix, pillarKey, type ContentMix, type MixShare } from './content-mix';

/** Two posts on one platform closer than this are one slot's worth of content. */
export const TAKEN_WITHIN_MS = 30 * 60 * 1000;

/** What the planner needs to know of an existing post. */
export type ExistingPost = Pick<Post, 'id' | 'platform' | 'scheduledAt' | 'status' | 'pillar'>;

export interface PlanMonthInput extends YearMonth {
  slots: readonly Slot[];
  /** The brand's IANA zone: slot times are meant in it. */
  timeZone: string;
  /** Posts of the month (a window ±30 minutes wider is fine: only the month's count towards the mix). */
  existingPosts: readonly ExistingPost[];
  mix: ContentMix;
  /** Local dates ('YYYY-MM-DD') to leave free, e.g. public holidays; none when absent. */
  holidays?: ReadonlySet<string>;
  /** Occurrences before this instant are not proposed (planning the current month). */
  notBefore?: number;
  /** The title of a proposed post; empty when absent. */
  titleOf?: (post: { pillar: string; format: Post['format']; platform: Platform }) => string;
}

/** A post to create: an idea at a slot's time. */
export interface MonthProposal {
  slotId: string;
  localDate: string;
  localTime: string;
  scheduledAt: number;
  timeZone: string;
  platform: Platform;
  format: Post['format'];
  pillar: string;
  title: string;
}

export interface PillarSummary {
  pillar: string;
  /** Normalised share of the mix; null for a pillar outside the mix (or when there is no mix). */
  percent: number | null;
  /** Posts this pillar should have over the month (existing + proposed); null outside the mix. */
  target: number | null;
  /** Existing posts of the month with this pillar (counted only for mix pillars). */
  existing: number;
  proposed: number;
}

export interface TakenOccurrence {
  occurrence: Occurrence;
  /** The existing post in the way; null when an earlier slot of this plan took the time. */
  postId: string | null;
}

export interface MonthPlanSummary {
  pillars: PillarSummary[];
  skippedHolidays: Occurrence[];
  skippedTaken: TakenOccurrence[];
  skippedPast: Occurrence[];
}

export interface MonthPlan extends YearMonth {
  timeZone: string;
  proposals: MonthProposal[];
  summary: MonthPlanSummary;
}

/** First and last local date of a month. */
export function monthDates({ year, month }: YearMonth): { first: string; last: string } {
  const next = addMonths(year, month, 1);
  return { first: formatDateParts(year, month, 1), last: addDays(formatDateParts(next.year, next.month, 1), -1) };
}

/** The instants where a month starts and the next one starts, in a zone: [from, to). */
export function monthSpan(yearMonth: YearMonth, timeZone: string): { from: number; to: number } {
  const { first, last } = monthDates(yearMonth);
  return { from: toInstant(first, '00:00', timeZone), to: toInstant(addDays(last, 1), '00:00', timeZone) };
}

/** The month after the one the brand's wall calendar shows at `now`. */
export function nextMonthIn(timeZone: string, now: number): YearMonth {
  const [year, month] = todayIn(timeZone, now).split('-').map(Number) as [number, number];
  return addMonths(year, month, 1);
}

export function planMonth(input: PlanMonthInput): MonthPlan {
  const { year, month, timeZone, titleOf = () => '' } = input;
  const { first, last } = monthDates(input);
  const summary: MonthPlanSummary = { pillars: [], skippedHolidays: [], skippedTaken: [], skippedPast: [] };
  const live = input.existingPosts.filter((post): post is ExistingPost & { scheduledAt: number } => post.status !== 'cancelled' && post.scheduledAt !== null);

  const kept: Occurrence[] = [];
  for (const occurrence of expandSlots(input.slots, first, last, timeZone)) {
    if (input.notBefore !== undefined && occurrence.scheduledAt < input.notBefore) summary.skippedPast.push(occurrence);
    else if (input.holidays?.has(occurrence.localDate)) summary.skippedHolidays.push(occurrence);
    else {
      const near = (at: number, platform: Platform) => platform === occurrence.platform && Math.abs(at - occurrence.scheduledAt) <= TAKEN_WITHIN_MS;
      const post = live.find((existing) => near(existing.scheduledAt, existing.platform));
      if (post) summary.skippedTaken.push({ occurrence, postId: post.id });
      else if (kept.some((other) => near(other.scheduledAt, other.platform))) summary.skippedTaken.push({ occurrence, postId: null });
      else kept.push(occurrence);
    }
  }

  const shares = normaliseMix(input.mix);
  const { from, to } = monthSpan(input, timeZone);
  const existing = countByPillar(shares, live.filter((post) => post.scheduledAt >= from && post.scheduledAt < to));
  const pillars = shares.length ? assignPillars(kept, shares, existing, summary) : kept.map((occurrence) => occurrence.pillar.trim());
  if (!shares.length) summary.pillars = summariseWithoutMix(pillars);

  const proposals = kept.map((occurrence, i): MonthProposal => {
    const pillar = pillars[i]!;
    const { slotId, localDate, localTime, scheduledAt, platform, format } = occurrence;
    return { slotId, localDate, localTime, scheduledAt, timeZone, platform, format, pillar, title: titleOf({ pillar, format, platform }) };
  });
  return { year, month, timeZone, proposals, summary };
}

function countByPillar(shares: readonly MixShare[], posts: readonly ExistingPost[]): number[] {
  const index = new Map(shares.map((share, i) => [pillarKey(share.pillar), i]));
  const counts = shares.map(() => 0);
  for (const post of posts) {
    const i = index.get(pillarKey(post.pillar));
    if (i !== undefined) counts[i]!++;
  }
  return counts;
}

/** The pillar of each kept occurrence (see the module comment); fills `summary.pillars`. */
function assignPillars(kept: readonly Occurrence[], shares: readonly MixShare[], existing: readonly number[], summary: MonthPlanSummary): string[] {
  const existingTotal = existing.reduce((sum, count) => sum + count, 0);
  const targets = apportion(shares.map((share) => share.percent), existingTotal + kept.length);
  const finals = apportion(shares.map((share) => share.percent), existingTotal + kept.length, existing);
  const quotas = finals.map((count, i) => count - existing[i]!);
  const chosen: (number | undefined)[] = kept.map(() => undefined);

  // Preferences first: each pillar's preferring occurrences, thinned evenly to what its quota allows.
  const index = new Map(shares.map((share, i) => [pillarKey(share.pillar), i]));
  shares.forEach((_, p) => {
    const preferring = kept.flatMap((occurrence, i) => (index.get(pillarKey(occurrence.pillar)) === p ? [i] : []));
    const granted = Math.min(quotas[p]!, preferring.length);
    for (let k = 0; k < granted; k++) chosen[preferring[Math.floor(((k + 0.5) * preferring.length) / granted)]!] = p;
  });

  // The rest in date order: whichever pillar is furthest behind its remaining quota's even pace.
  const remaining = quotas.map((quota, p) => quota - chosen.filter((c) => c === p).length);
  const open = chosen.flatMap((c, i) => (c === undefined ? [i] : []));
  const given = remaining.map(() => 0);
  open.forEach((i, step) => {
    let best = -1;
    remaining.forEach((quota, p) => {
      if (given[p]! >= quota) return;
      const behind = (quota * (step + 1)) / open.length - given[p]!;
      if (best < 0 || behind > (remaining[best]! * (step + 1)) / open.length - given[best]! + 1e-9) best = p;
    });
    chosen[i] = best;
    given[best]!++;
  });

  summary.pillars = shares.map((share, p) => ({
    pillar: share.pillar,
    percent: share.percent,
    target: targets[p]!,
    existing: existing[p]!,
    proposed: quotas[p]!,
  }));
  return chosen.map((p) => shares[p!]!.pillar);
}

function summariseWithoutMix(pillars: readonly string[]): PillarSummary[] {
  const counts = new Map<string, number>();
  for (const pillar of pillars) counts.set(pillar, (counts.get(pillar) ?? 0) + 1);
  return [...counts].map(([pillar, proposed]) => ({ pillar, percent: null, target: null, existing: 0, proposed }));
}
