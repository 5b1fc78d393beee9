/**
 * Buffer's bulk upload (smm-facts.md d1; known only from third-party notes citing Buffer's help
 * article 926, so the header is a constant that is easy to update).
 */
import type { Post } from '@/storage/schemas';
import { toSafeCsv } from '@/utils/export/csv';
import { composePostText } from '@/utils/export/post-text';
import { selectSchedulerPosts, type SchedulerCsvExport, type SchedulerCsvOptions } from '@/utils/export/scheduler-posts';
import { formatWallClock } from '@/utils/export/scheduler-time';

/** Case-sensitive, in this order. `Board Name` (Pinterest only, unverified) is left out. */
export const BUFFER_HEADER = ['Text', 'Image URL', 'Tags', 'Posting Time'] as const;

/**
 * Rows per upload: 100 on paid plans, 10 on the free plan. The default is the paid limit; on a free
 * plan pass `maxRows: BUFFER_FREE_MAX_ROWS`. The rest come back as `omitted` (reason `row-limit`).
 */
export const BUFFER_MAX_ROWS = 100;
export const BUFFER_FREE_MAX_ROWS = 10;

/**
 * One row per post still to publish, in time order. Buffer takes one channel per upload, so pass
 * `platform` to get one file per channel.
 *
 * - `Text`: the post's text, then its hashtags with `#`.
 * - `Image URL`: blank. Buffer needs a direct public image link, and our media are local blobs that
 *   never leave the device; the image is added in Buffer's preview step.
 * - `Tags`: blank. Buffer tags must already exist in Buffer, and ours (pillars) may not.
 * - `Posting Time`: `YYYY-MM-DD HH:mm`, 24 h, on the wall clock of `timeZone` (Buffer applies the
 *   channel's zone, so it must be the same).
 */
export function exportBufferCsv(posts: readonly Post[], options: SchedulerCsvOptions): SchedulerCsvExport {
  const { chosen, omitted } = selectSchedulerPosts(posts, {
    platform: options.platform,
    maxRows: options.maxRows ?? BUFFER_MAX_ROWS,
  });
  const rows = chosen.map((post) => {
    const { date, time } = formatWallClock(post, options.timeZone);
    return [composePostText(post), '', '', `${date} ${time}`];
  });
  return { csv: toSafeCsv([BUFFER_HEADER, ...rows]), included: chosen.map((post) => post.id), omitted };
}
