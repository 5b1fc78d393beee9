/**
 * The report as CSV: one row per post, and the summary (each figure with its sample and the previous
 * period). Column names are English and stable, so a spreadsheet built on last month's file still
 * reads this month's. Numbers are written plain (a dot for decimals); a hidden count is an empty cell,
 * never 0. Text cells (post texts, names) go through the formula guard; numbers do not need it and
 * would be spoilt by it (a negative change would become text).
 */
import { toCsv, neutraliseFormula } from '@/utils/export/csv';
import { toWallClock } from '@/utils/time/wall-clock';
import type { HonestTotal } from './honest-sum';
import type { PlatformReport, Report } from './report';

export interface Names {
  segment: ReadonlyMap<string, string>;
  hook: ReadonlyMap<string, string>;
  campaign: ReadonlyMap<string, string>;
}

const num = (value: number | null, digits?: number) => (value === null || !Number.isFinite(value) ? '' : digits === undefined ? String(value) : String(Number(value.toFixed(digits))));
const text = (value: string) => neutraliseFormula(value);
const named = (names: ReadonlyMap<string, string>, id: string | null) => (id === null ? '' : text(names.get(id) ?? id));

export const POST_COLUMNS = [
  'Published', 'Platform', 'Account', 'URL', 'Text', 'Likes', 'Reposts', 'Comments', 'Views', 'Engagement', 'Approximate',
  'Followers at publication', 'ER by followers %', 'ER by views %', 'Format', 'Planned post', 'Pillar', 'Topic', 'Segment', 'Hook', 'Campaign',
] as const;

export function postsCsv(report: Report, timeZone: string, names: Names): string {
  const rows = report.posts
    .slice()
    .sort((a, b) => a.post.publishedAt - b.post.publishedAt)
    .map(({ post, engagement, approximate, followers, erFollowers, erViews, format, planned }) => {
      const { localDate, localTime } = toWallClock(post.publishedAt, timeZone);
      return [
        `${localDate} ${localTime}`, post.platform, text(post.author), text(post.url), text(post.text),
        num(post.likes), num(post.reposts), num(post.comments), num(post.views), num(engagement), approximate ? 'yes' : 'no',
        num(followers), num(erFollowers, 4), num(erViews, 4), text(format), text(planned?.title ?? ''), text(planned?.pillar ?? ''), text(planned?.topic ?? ''),
        named(names.segment, planned?.segmentId ?? null), named(names.hook, planned?.hookId ?? null), named(names.campaign, planned?.campaignId ?? null),
      ];
    });
  return toCsv([[...POST_COLUMNS], ...rows]);
}

export const SUMMARY_COLUMNS = ['Part', 'Figure', 'Value', 'Shown', 'Hidden', 'Approximate', 'Previous period', 'Change'] as const;

/** The summary of each part (overall first) against the same part of the previous period. */
export function summaryCsv(report: Report, previous: Report): string {
  const rows: string[][] = [];
  const previousPart = (platform: PlatformReport['platform']) => (platform === 'all' ? previous.overall : previous.platforms.find((part) => part.platform === platform));
  for (const part of [report.overall, ...report.platforms]) {
    const before = previousPart(part.platform);
    const add = (figure: string, value: number | null, old: number | null | undefined, extra: Partial<HonestTotal> = {}, digits?: number) =>
      rows.push([part.platform, figure, num(value, digits), num(extra.shown ?? null), num(extra.hidden ?? null), extra.approximate ? 'yes' : 'no', num(old ?? null, digits), value !== null && old != null ? num(value - old, digits) : '']);
    const { summary, adherence } = part;
    const was = before?.summary;
    add('Followers at start', summary.followers.start, was?.followers.start, { approximate: summary.followers.approximate });
    add('Followers at end', summary.followers.end, was?.followers.end, { approximate: summary.followers.approximate });
    add('Follower growth', summary.followers.growth, was?.followers.growth, { approximate: summary.followers.approximate });
    add('Posts published', summary.posts, was?.posts);
    add('Posts planned', adherence.planned, before?.adherence.planned);
    add('Planned posts published', adherence.published, before?.adherence.published);
    add('Published on time', adherence.onTime, before?.adherence.onTime);
    add('Published late', adherence.late, before?.adherence.late);
    add('Missed', adherence.missed, before?.adherence.missed);
    for (const name of ['likes', 'reposts', 'comments', 'views', 'engagement'] as const) {
      add(name[0]!.toUpperCase() + name.slice(1), summary[name].value, was?.[name].value, summary[name]);
    }
    add('Median engagement per post', summary.medianEngagement, was?.medianEngagement);
    add('ER by followers % (engagement / followers x 100, mean per post)', summary.erFollowers.value, was?.erFollowers.value, { shown: summary.erFollowers.n }, 4);
    add('ER by views % (engagement / views x 100, mean per post)', summary.erViews.value, was?.erViews.value, { shown: summary.erViews.n }, 4);
  }
  return toCsv([[...SUMMARY_COLUMNS], ...rows]);
}
