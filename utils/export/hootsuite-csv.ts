/**
 * Hootsuite's Bulk Composer (smm-facts.md d1: partly verified, from 2015–16 user blogs; the
 * reference asks to check the current sample CSV in the Bulk Composer, so the layout is kept in
 * constants here).
 */
import type { Post } from '@/storage/schemas';
import { toSafeCsv } from '@/utils/export/csv';
import { composePostText } from '@/utils/export/post-text';
import { selectSchedulerPosts, type SchedulerCsvExport, type SchedulerCsvOptions } from '@/utils/export/scheduler-posts';
import { formatWallClock } from '@/utils/export/scheduler-time';

/**
 * Messages per upload. Hootsuite counts posts already scheduled against it too, so when the UI
 * knows that number it passes `maxRows: HOOTSUITE_MAX_ROWS - alreadyScheduled`.
 */
export const HOOTSUITE_MAX_ROWS = 350;

/** The date format to pick in the upload dialog: the file itself does not say which it uses. */
export const HOOTSUITE_DATE_FORMAT = 'MM/DD/YYYY HH:mm (24 h)';

/**
 * One row of three fields per post still to publish, in time order: date/time, message, link.
 *
 * - No header row: the Bulk Composer reads every row as a message of three positional fields, so a
 *   header would be one more (invalid) message. Third-party exporters that add headers disagree with
 *   each other on them.
 * - Date/time: `MM/DD/YYYY HH:mm`, 24 h, on the wall clock of `timeZone`; the user picks that format
 *   in the upload dialog. Times are not rounded: the "minutes end in 0 or 5" and "at least 10 minutes
 *   ahead" rules are unverified, and Hootsuite's own check names the rows it refuses.
 * - Link: blank (the field is optional, and a planned post has no link to share).
 * - At most `maxRows` (default 350) rows; the rest come back as `omitted` (reason `row-limit`).
 */
export function exportHootsuiteCsv(posts: readonly Post[], options: SchedulerCsvOptions): SchedulerCsvExport {
  const { chosen, omitted } = selectSchedulerPosts(posts, {
    platform: options.platform,
    maxRows: options.maxRows ?? HOOTSUITE_MAX_ROWS,
  });
  const rows = chosen.map((post) => {
    const { date, time } = formatWallClock(post, options.timeZone);
    return [`${toUsDate(date)} ${time}`, composePostText(post), ''];
  });
  return { csv: toSafeCsv(rows), included: chosen.map((post) => post.id), omitted };
}

/** `YYYY-MM-DD` → `MM/DD/YYYY`. */
function toUsDate(date: string): string {
  return date.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$2/$3/$1');
}
