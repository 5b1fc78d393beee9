/**
 * The month in numbers (step 8): per platform and overall, from the posts the collectors saw and the
 * plan. Pure: storage/analytics.ts gathers the rows with indexed queries, this adds them up.
 *
 * Formulas (smm-facts §d2; shown in the report beside each figure):
 * - engagement of a post = likes + comments + reposts (utils/strategy/figures.ts engagementOf);
 * - ER by followers = engagement ÷ followers × 100, with the account's follower count at publication
 *   (the last reading before it; the first after when none is older), averaged over posts
 *   ("average ER post", as NapoleonCat and Hootsuite);
 * - ER by views = engagement ÷ views × 100, averaged over posts that show views.
 * A hidden count is left out and counted as hidden; a total with an abbreviated count is approximate.
 */
import type { Platform } from '@/utils/platforms';
import { engagementOf, formatOfUrl, median } from '@/utils/strategy/figures';
import { honestTotal, meanOf, type HonestTotal } from './honest-sum';
import type { Period } from './period';

type CountName = 'likes' | 'reposts' | 'comments' | 'views' | 'bookmarks';

/** An observed post (storage `observedPosts`), published in the period. */
export interface ReportPost {
  id: string;
  platform: Platform;
  author: string;
  url: string;
  text: string;
  publishedAt: number;
  likes: number | null;
  reposts: number | null;
  comments: number | null;
  views: number | null;
  precision: Partial<Record<CountName, number>>;
  plannedPostId: string | null;
}

/** A planned post (storage `posts`): those scheduled in the period, and those observed posts link to. */
export interface ReportPlanned {
  id: string;
  platform: Platform;
  title: string;
  status: 'idea' | 'draft' | 'scheduled' | 'ready' | 'published' | 'missed' | 'cancelled';
  format: string;
  scheduledAt: number | null;
  publishedAt: number | null;
  pillar: string;
  topic: string;
  segmentId: string | null;
  hookId: string | null;
  campaignId: string | null;
}

/** An account with its follower readings (storage `profileSnapshots`), any order. */
export interface ReportAccount {
  platform: Platform;
  handle: string;
  readings: readonly { at: number; followers: number | null; approximate: boolean }[];
}

/** A post with what the report derives from it. */
export interface DerivedPost {
  post: ReportPost;
  engagement: number | null;
  /** Some count in the engagement was abbreviated. */
  approximate: boolean;
  followers: number | null;
  erFollowers: number | null;
  erViews: number | null;
  /** The planned format when linked to the plan, else what the address says (utils/strategy/figures.ts). */
  format: string;
  planned: ReportPlanned | null;
}

const accountKey = (platform: string, handle: string) => `${platform}:${handle.toLowerCase()}`;
const isRough = (post: ReportPost, name: CountName) => (post.precision[name] ?? 1) > 1;

/** The account's follower count at `at`: the last reading at or before it, else the first after. */
export function followersAt(account: ReportAccount | undefined, at: number): { value: number | null; approximate: boolean } {
  let before: ReportAccount['readings'][number] | undefined;
  let after: ReportAccount['readings'][number] | undefined;
  for (const reading of account?.readings ?? []) {
    if (reading.followers === null) continue;
    if (reading.at <= at) {
      if (!before || reading.at > before.at) before = reading;
    } else if (!after || reading.at < after.at) after = reading;
  }
  const chosen = before ?? after;
  return { value: chosen?.followers ?? null, approximate: chosen?.approximate ?? false };
}

export function derivePosts(posts: readonly ReportPost[], accounts: readonly ReportAccount[], plannedById: ReadonlyMap<string, ReportPlanned>): DerivedPost[] {
  const byKey = new Map(accounts.map((account) => [accountKey(account.platform, account.handle), account]));
  return posts.map((post) => {
    const engagement = engagementOf(post);
    const followers = followersAt(byKey.get(accountKey(post.platform, post.author)), post.publishedAt).value;
    const planned = post.plannedPostId ? (plannedById.get(post.plannedPostId) ?? null) : null;
    return {
      post,
      engagement,
      approximate: isRough(post, 'likes') || isRough(post, 'comments') || isRough(post, 'reposts'),
      followers,
      erFollowers: engagement !== null && followers !== null && followers > 0 ? (engagement / followers) * 100 : null,
      erViews: engagement !== null && post.views !== null && post.views > 0 ? (engagement / post.views) * 100 : null,
      format: planned?.format ?? formatOfUrl(post.platform, post.url),
      planned,
    };
  });
}

export interface FollowerChange {
  start: number | null;
  end: number | null;
  growth: number | null;
  approximate: boolean;
  /** Accounts whose start and end are both known, of all accounts summed. */
  known: number;
  accounts: number;
}

/** Followers at the period's start and end, summed over the accounts that have both. */
export function followerChange(accounts: readonly ReportAccount[], period: Pick<Period, 'start' | 'end'>): FollowerChange {
  let start = 0;
  let end = 0;
  let known = 0;
  let approximate = false;
  for (const account of accounts) {
    const first = followersAt(account, period.start);
    // The end is the last reading inside the period: a reading from after it is not "at its end".
    const inPeriod = { ...account, readings: account.readings.filter((reading) => reading.at < period.end) };
    const last = followersAt(inPeriod, period.end);
    if (first.value === null || last.value === null) continue;
    start += first.value;
    end += last.value;
    known++;
    approximate ||= first.approximate || last.approximate;
  }
  return known === 0
    ? { start: null, end: null, growth: null, approximate: false, known, accounts: accounts.length }
    : { start, end, growth: end - start, approximate, known, accounts: accounts.length };
}

/** A post scheduled this close after its time and published counts as on time. */
export const ON_TIME_MS = 60 * 60_000;
/** A post still waiting this long after its time is counted as missed, not pending. */
export const MISSED_AFTER_MS = 24 * 60 * 60_000;

export interface Adherence {
  /** Posts the plan holds for the period (ideas and cancelled ones left out). */
  planned: number;
  published: number;
  onTime: number;
  late: number;
  missed: number;
  /** Still to come, or due less than a day ago. */
  pending: number;
}

export function adherenceOf(planned: readonly ReportPlanned[], now: number): Adherence {
  const result: Adherence = { planned: 0, published: 0, onTime: 0, late: 0, missed: 0, pending: 0 };
  for (const post of planned) {
    if (post.status === 'idea' || post.status === 'cancelled' || post.scheduledAt === null) continue;
    result.planned++;
    if (post.status === 'published') {
      result.published++;
      if (post.publishedAt !== null && post.publishedAt > post.scheduledAt + ON_TIME_MS) result.late++;
      else result.onTime++;
    } else if (post.status === 'missed' || post.scheduledAt + MISSED_AFTER_MS < now) result.missed++;
    else result.pending++;
  }
  return result;
}

export interface Summary {
  posts: number;
  likes: HonestTotal;
  reposts: HonestTotal;
  comments: HonestTotal;
  views: HonestTotal;
  engagement: HonestTotal;
  erFollowers: { value: number | null; n: number };
  erViews: { value: number | null; n: number };
  medianEngagement: number | null;
  followers: FollowerChange;
}

export function summarize(posts: readonly DerivedPost[], accounts: readonly ReportAccount[], period: Pick<Period, 'start' | 'end'>): Summary {
  const total = (name: 'likes' | 'reposts' | 'comments' | 'views') => honestTotal(posts.map(({ post }) => ({ value: post[name], approximate: isRough(post, name) })));
  return {
    posts: posts.length,
    likes: total('likes'),
    reposts: total('reposts'),
    comments: total('comments'),
    views: total('views'),
    engagement: honestTotal(posts.map((post) => ({ value: post.engagement, approximate: post.approximate }))),
    erFollowers: meanOf(posts.map((post) => post.erFollowers)),
    erViews: meanOf(posts.map((post) => post.erViews)),
    medianEngagement: median(posts.flatMap((post) => (post.engagement === null ? [] : [post.engagement]))),
    followers: followerChange(accounts, period),
  };
}

/** The `count` posts with the most and with the least engagement (posts with none shown are in neither). */
export function topAndBottom(posts: readonly DerivedPost[], count = 5): { top: DerivedPost[]; bottom: DerivedPost[] } {
  const ranked = posts.filter((post) => post.engagement !== null).sort((a, b) => b.engagement! - a.engagement! || a.post.publishedAt - b.post.publishedAt);
  return { top: ranked.slice(0, count), bottom: ranked.slice(-count).reverse() };
}

export interface PlatformReport {
  platform: Platform | 'all';
  summary: Summary;
  adherence: Adherence;
  top: DerivedPost[];
  bottom: DerivedPost[];
}

export interface ReportInput {
  period: Period;
  now: number;
  /** The brand's own accounts and their readings. */
  accounts: readonly ReportAccount[];
  /** Own posts published in the period. */
  posts: readonly ReportPost[];
  /** Planned posts scheduled in the period, plus those the posts link to. */
  planned: readonly ReportPlanned[];
}

export interface Report {
  period: Period;
  posts: DerivedPost[];
  overall: PlatformReport;
  platforms: PlatformReport[];
}

/** The report: overall, and per platform that has an account, a post or a planned post in the period. */
export function buildReport({ period, now, accounts, posts, planned }: ReportInput): Report {
  const plannedById = new Map(planned.map((post) => [post.id, post]));
  const derived = derivePosts(posts, accounts, plannedById);
  const scheduled = planned.filter((post) => post.scheduledAt !== null && post.scheduledAt >= period.start && post.scheduledAt < period.end);
  const part = (platform: Platform | 'all'): PlatformReport => {
    const mine = <T extends { platform: Platform }>(rows: readonly T[]) => (platform === 'all' ? [...rows] : rows.filter((row) => row.platform === platform));
    const partPosts = derived.filter((post) => platform === 'all' || post.post.platform === platform);
    return { platform, summary: summarize(partPosts, mine(accounts), period), adherence: adherenceOf(mine(scheduled), now), ...topAndBottom(partPosts) };
  };
  const present = new Set<Platform>([...accounts.map((a) => a.platform), ...posts.map((p) => p.platform), ...scheduled.map((p) => p.platform)]);
  return { period, posts: derived, overall: part('all'), platforms: [...present].sort().map(part) };
}
