/**
 * What the Analytics report stands on, read in one transaction with indexed queries only: own and
 * competitor posts by `publishedAt`, planned posts by `scheduledAt` (plus the ones observed posts link
 * to), and per account the follower readings of the period with the last one before it and the first
 * after (`[platform+handle+at]`). Post snapshots are not read for the report: an observed post carries
 * its latest counts. So the cost follows the period's rows, not the database's size
 * (ARCHITECTURE.md budget: a month ≤ 300 ms over 100k planned posts and 1M snapshots).
 */
import { Dexie } from 'dexie';
import type { ReportAccount, ReportPlanned, ReportPost } from '@/utils/analytics/report';
import type { Period } from '@/utils/analytics/period';
import type { Platform } from '@/utils/platforms';
import { db } from './db';
import type { Account, ObservedPost, Post, ProfileSnapshot } from './schemas';

export interface CompetitorData {
  id: string;
  name: string;
  accounts: ReportAccount[];
  posts: ReportPost[];
}

export interface PeriodData {
  accounts: ReportAccount[];
  posts: ReportPost[];
  planned: ReportPlanned[];
  competitors: CompetitorData[];
}

export interface AnalyticsData {
  current: PeriodData;
  previous: PeriodData;
  /** Names for the breakdowns' ids. */
  names: { segment: Map<string, string>; hook: Map<string, string>; campaign: Map<string, string> };
}

const keyOf = (platform: string, handle: string) => `${platform}:${handle.toLowerCase()}`;

function toReportPost(row: ObservedPost & { publishedAt: number }): ReportPost {
  const { id, platform, author, url, text, publishedAt, likes, reposts, comments, views, precision, plannedPostId } = row;
  return { id, platform, author, url, text, publishedAt, likes, reposts, comments, views, precision, plannedPostId };
}

function toReportPlanned(row: Post): ReportPlanned {
  const { id, platform, title, status, format, scheduledAt, publishedAt, pillar, topic, segmentId, hookId, campaignId } = row;
  return { id, platform, title, status, format, scheduledAt, publishedAt, pillar, topic, segmentId, hookId, campaignId };
}

/** The account's readings in the period, with the last before and the first after it. */
async function readingsOf(account: Account, period: Pick<Period, 'start' | 'end'>): Promise<ReportAccount> {
  const range = db.profileSnapshots.where('[platform+handle+at]');
  const [before, during, after] = await Promise.all([
    range.between([account.platform, account.handle, Dexie.minKey], [account.platform, account.handle, period.start], true, false).last(),
    range.between([account.platform, account.handle, period.start], [account.platform, account.handle, period.end], true, false).toArray(),
    range.between([account.platform, account.handle, period.end], [account.platform, account.handle, Dexie.maxKey], true, true).first(),
  ]);
  const rows = [before, ...during, after].filter((row): row is ProfileSnapshot => row !== undefined);
  return { platform: account.platform, handle: account.handle, readings: rows.map((row) => ({ at: row.at, followers: row.followers, approximate: (row.precision.followers ?? 1) > 1 })) };
}

async function periodData(period: Pick<Period, 'start' | 'end'>, own: Account[], rivals: Account[], competitorNames: Map<string, string>, platform: Platform | null): Promise<PeriodData> {
  const observed = (await db.observedPosts.where('publishedAt').between(period.start, period.end, true, false).toArray()) as (ObservedPost & { publishedAt: number })[];
  const ownKeys = new Set(own.map((account) => keyOf(account.platform, account.handle)));
  const rivalOf = new Map(rivals.map((account) => [keyOf(account.platform, account.handle), account.competitorId!]));
  const posts: ReportPost[] = [];
  const rivalPosts = new Map<string, ReportPost[]>();
  for (const row of observed) {
    const key = keyOf(row.platform, row.author);
    if (ownKeys.has(key)) posts.push(toReportPost(row));
    const competitorId = rivalOf.get(key);
    if (!competitorId) continue;
    const list = rivalPosts.get(competitorId);
    if (list) list.push(toReportPost(row));
    else rivalPosts.set(competitorId, [toReportPost(row)]);
  }
  const scheduled = platform
    ? await db.posts.where('[platform+scheduledAt]').between([platform, period.start], [platform, period.end], true, false).toArray()
    : await db.posts.where('scheduledAt').between(period.start, period.end, true, false).toArray();
  const have = new Set(scheduled.map((post) => post.id));
  const linkedIds = [...new Set(posts.map((post) => post.plannedPostId).filter((id): id is string => id !== null && !have.has(id)))];
  const linked = (await db.posts.bulkGet(linkedIds)).filter((post): post is Post => post !== undefined);
  const [accounts, rivalAccounts] = await Promise.all([Promise.all(own.map((account) => readingsOf(account, period))), Promise.all(rivals.map((account) => readingsOf(account, period)))]);
  const competitors = [...competitorNames].map(([id, name]) => ({
    id,
    name,
    accounts: rivalAccounts.filter((_, index) => rivals[index]!.competitorId === id),
    posts: rivalPosts.get(id) ?? [],
  }));
  return { accounts, posts, planned: [...scheduled, ...linked].map(toReportPlanned), competitors };
}

/**
 * Everything the report and its comparison need for `period` and `previous`; with `platform`, only
 * that platform's accounts, posts and plan (the planned posts then come through `[platform+scheduledAt]`).
 */
export async function loadAnalytics(period: Period, previous: Period, platform: Platform | null = null): Promise<AnalyticsData> {
  return db.transaction('r', [db.accounts, db.observedPosts, db.posts, db.profileSnapshots, db.competitors, db.segments, db.hooks, db.campaigns], async () => {
    const accounts = (await db.accounts.toArray()).filter((account) => platform === null || account.platform === platform);
    const own = accounts.filter((account) => account.role === 'own');
    const rivals = accounts.filter((account) => account.role === 'competitor' && account.competitorId);
    const competitorNames = new Map((await db.competitors.toArray()).map((competitor) => [competitor.id, competitor.name]));
    const [current, before, segments, hooks, campaigns] = await Promise.all([
      periodData(period, own, rivals, competitorNames, platform),
      periodData(previous, own, rivals, competitorNames, platform),
      db.segments.toArray(),
      db.hooks.toArray(),
      db.campaigns.toArray(),
    ]);
    return {
      current,
      previous: before,
      names: {
        segment: new Map(segments.map((row) => [row.id, row.name])),
        hook: new Map(hooks.map((row) => [row.id, row.title])),
        campaign: new Map(campaigns.map((row) => [row.id, row.name])),
      },
    };
  });
}

/**
 * One period's data without a comparison (the Adjust area's rules read a quarter, and a year for
 * evergreen posts), with the same indexed reads as the report. `Pick<Period, 'start' | 'end'>` is
 * enough: the rules count in instants.
 */
export async function loadPeriodData(period: Pick<Period, 'start' | 'end'>): Promise<PeriodData> {
  return db.transaction('r', [db.accounts, db.observedPosts, db.posts, db.profileSnapshots, db.competitors], async () => {
    const accounts = await db.accounts.toArray();
    const own = accounts.filter((account) => account.role === 'own');
    const rivals = accounts.filter((account) => account.role === 'competitor' && account.competitorId);
    const competitorNames = new Map((await db.competitors.toArray()).map((competitor) => [competitor.id, competitor.name]));
    return periodData(period, own, rivals, competitorNames, null);
  });
}

/** One observed post's snapshots, oldest first (a single post's growth curve). */
export function postSnapshots(observedPostId: string) {
  return db.postSnapshots.where('[observedPostId+at]').between([observedPostId, Dexie.minKey], [observedPostId, Dexie.maxKey]).toArray();
}

/** Follower readings of the brand's accounts over the period (the followers chart). */
export async function followerSeries(period: Period): Promise<{ platform: Account['platform']; handle: string; points: { at: number; followers: number | null; approximate: boolean }[] }[]> {
  return db.transaction('r', [db.accounts, db.profileSnapshots], async () => {
    const own = await db.accounts.where('role').equals('own').toArray();
    return Promise.all(
      own.map(async (account) => {
        const rows = await db.profileSnapshots.where('[platform+handle+at]').between([account.platform, account.handle, period.start], [account.platform, account.handle, period.end], true, false).toArray();
        return { platform: account.platform, handle: account.handle, points: rows.map((row) => ({ at: row.at, followers: row.followers, approximate: (row.precision.followers ?? 1) > 1 })) };
      }),
    );
  });
}
