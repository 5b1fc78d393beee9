/**
 * What the scheduler exporters (Buffer, Publer, Hootsuite) share: which posts go into an upload,
 * in which order, and the result they hand back so the UI can say what was left out.
 */
import type { Platform, Post } from '@/storage/schemas';
import { compareByTime, isDatedPost, type DatedPost } from '@/utils/export/dated-posts';
import { composePostText } from '@/utils/export/post-text';

export interface SchedulerCsvOptions {
  /**
   * The IANA zone the times are written in. Bulk uploads carry no zone: the scheduler applies its
   * channel's zone, so this must be the zone the channel is set to (normally the brand's).
   */
  timeZone: string;
  /** Only this platform's posts: each upload goes to the channel(s) picked in the scheduler. */
  platform?: Platform;
  /** At most this many rows; the exporter's own limit when absent. */
  maxRows?: number;
}

export type OmitReason =
  /** Beyond the row limit of one upload: export again after these are uploaded. */
  | 'row-limit'
  /** Neither text nor hashtags: with no media in the file either, the row would be empty. */
  | 'no-text';

export interface OmittedPost {
  id: string;
  reason: OmitReason;
}

export interface SchedulerCsvExport {
  /** The file's content: UTF-8 text, CRLF line endings, RFC 4180 quoting, cells neutralised. */
  csv: string;
  /** Ids of the posts written, in row order (time order). */
  included: string[];
  /** Posts that match the filter but are not in the file, in time order, with why. */
  omitted: OmittedPost[];
}

/**
 * Statuses a scheduler should still publish. Published, missed and cancelled posts are history:
 * uploading them would publish them (again).
 */
const SCHEDULABLE_STATUSES: ReadonlySet<Post['status']> = new Set(['idea', 'draft', 'scheduled', 'ready']);

/**
 * Picks the posts of one upload: dated, still to publish, of the platform asked for, with some
 * text, in time order, and at most `maxRows` of them.
 */
export function selectSchedulerPosts(
  posts: readonly Post[],
  options: Pick<SchedulerCsvOptions, 'platform'> & { maxRows: number },
): { chosen: DatedPost[]; omitted: OmittedPost[] } {
  const { platform, maxRows } = options;
  if (!(Number.isInteger(maxRows) || maxRows === Infinity) || maxRows < 0) {
    throw new RangeError(`maxRows must be a whole number ≥ 0, not ${maxRows}`);
  }
  const candidates = posts
    .filter(isDatedPost)
    .filter((post) => SCHEDULABLE_STATUSES.has(post.status) && (platform === undefined || post.platform === platform))
    .sort(compareByTime);
  const chosen: DatedPost[] = [];
  const omitted: OmittedPost[] = [];
  for (const post of candidates) {
    if (composePostText(post) === '') omitted.push({ id: post.id, reason: 'no-text' });
    else if (chosen.length >= maxRows) omitted.push({ id: post.id, reason: 'row-limit' });
    else chosen.push(post);
  }
  return { chosen, omitted };
}
