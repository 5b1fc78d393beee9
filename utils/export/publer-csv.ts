/**
 * Publer's CSV bulk scheduling (smm-facts.md d1, from Publer's help article "how to use a CSV file"
 * and its blog post on the bulk scheduler).
 */
import type { Post } from '@/storage/schemas';
import { toSafeCsv } from '@/utils/export/csv';
import { composePostText } from '@/utils/export/post-text';
import { selectSchedulerPosts, type SchedulerCsvExport, type SchedulerCsvOptions } from '@/utils/export/scheduler-posts';
import { formatWallClock } from '@/utils/export/scheduler-time';

/**
 * The 12 columns, in order; Publer asks that none be removed. Spelled as in Publer's own help
 * article. Columns 5–12 (from `Title` on) are confirmed only by third-party code, which spells them
 * "Title, Labels, Alt text, Comments, Pin Board, Subtype, CTA, Reminder": if Publer rejects a
 * header, that spelling is the one to try.
 */
export const PUBLER_HEADER = [
  'Date',
  'Text',
  'Link(s)',
  'Media URL(s)',
  'Title',
  'Labels',
  'Alt text(s)',
  'Comment(s)',
  'Pin board',
  'Post subtype',
  'CTA',
  'Reminder',
] as const;

export interface PublerCsvOptions extends SchedulerCsvOptions {
  /** Campaign names by id, so a post's campaign becomes one of its labels. */
  campaignNames?: ReadonlyMap<string, string>;
}

/** Publer's post subtypes that our formats name; every other format is a plain post (blank). */
const SUBTYPE_OF_FORMAT: Partial<Record<Post['format'], string>> = { reel: 'reel', story: 'story' };

/**
 * One row per post still to publish, in time order; no row limit unless `maxRows` is given (the
 * reference names none for Publer).
 *
 * - `Date`: `YYYY-MM-DD HH:MM`, 24 h, on the wall clock of `timeZone`.
 * - `Text`: the post's text, then its hashtags with `#`. `Title`: the post's title.
 * - `Labels`: pillar, campaign name and format, comma-joined (Publer also uses labels to
 *   auto-schedule). A comma inside one of them would split it, so it becomes a space.
 * - `Post subtype`: `reel` or `story` when the format says so.
 * - `Link(s)`, `Media URL(s)`: blank. A planned post has no link field (its `publishedUrl` is the
 *   post itself, after publishing) and our media are local blobs without a public address.
 * - `Alt text(s)`, `Comment(s)`, `Pin board`, `CTA`, `Reminder`: blank; the plan has no such data.
 */
export function exportPublerCsv(posts: readonly Post[], options: PublerCsvOptions): SchedulerCsvExport {
  const { chosen, omitted } = selectSchedulerPosts(posts, {
    platform: options.platform,
    maxRows: options.maxRows ?? Infinity,
  });
  const rows = chosen.map((post) => {
    const { date, time } = formatWallClock(post, options.timeZone);
    const campaign = post.campaignId === null ? undefined : options.campaignNames?.get(post.campaignId);
    const labels = joinLabels([post.pillar, campaign ?? '', post.format]);
    const subtype = SUBTYPE_OF_FORMAT[post.format] ?? '';
    return [`${date} ${time}`, composePostText(post), '', '', post.title.trim(), labels, '', '', '', subtype, '', ''];
  });
  return { csv: toSafeCsv([PUBLER_HEADER, ...rows]), included: chosen.map((post) => post.id), omitted };
}

function joinLabels(labels: readonly string[]): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const label of labels) {
    const clean = label.replaceAll(',', ' ').replace(/\s+/g, ' ').trim();
    const key = clean.toLowerCase();
    if (clean === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(clean);
  }
  return kept.join(',');
}
