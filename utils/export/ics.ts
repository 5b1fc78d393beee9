/**
 * The content plan as an iCalendar file (RFC 5545), for Google Calendar, Outlook or Apple Calendar:
 * one 15-minute event per dated post, with a reminder for posts still to publish.
 */
import type { Platform, Post } from '@/storage/schemas';
import { compareByTime, isDatedPost, type DatedPost } from '@/utils/export/dated-posts';
import { escapeIcsText, foldIcsLine } from '@/utils/export/ics-text';
import { composePostText } from '@/utils/export/post-text';

export interface IcsOptions {
  /** Shown by calendar apps as the calendar's name (`X-WR-CALNAME`). */
  calendarName: string;
  /** Epoch ms of the export, for `DTSTAMP` and to tell future posts from past ones. */
  now: number;
  /** Minutes before a post to remind, for posts without their own lead (the settings' default). */
  defaultLeadMinutes: number;
  /** `PRODID`: who made the file. */
  productId?: string;
}

export const DEFAULT_ICS_PRODUCT_ID = '-//Mkakati//Content plan//EN';

/** How long an event lasts: long enough to see on a calendar, short enough not to block a day. */
const EVENT_DURATION = 'PT15M';

/** Platform names are brand names, the same in every language. */
const PLATFORM_NAMES: Record<Platform, string> = {
  x: 'X',
  instagram: 'Instagram',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  threads: 'Threads',
};

/** Longest summary taken from a post's text when it has no title, in code points. */
const SUMMARY_FROM_TEXT_LENGTH = 60;

/**
 * Writes the plan as an iCalendar file: every post with a date that is not cancelled, in time order.
 *
 * - `DTSTART` is in UTC (`…Z`): an instant means the same in every calendar app and zone, and the
 *   file needs no VTIMEZONE. The app shows it on the viewer's own wall clock.
 * - `STATUS`: CONFIRMED for scheduled and published posts; TENTATIVE for ideas, drafts and missed
 *   posts (they have not happened as planned).
 * - A `VALARM` for each post not yet published whose time is still ahead of `now`: calendar apps
 *   show overdue alarms of past events on import, which would be noise for a month of history.
 * - Posts are keyed `UID:<id>@mkakati`, so importing again updates the events instead of doubling them
 *   in apps that honour UIDs.
 */
export function exportPlanToIcs(posts: readonly Post[], options: IcsOptions): string {
  assertLead(options.defaultLeadMinutes);
  const events = posts
    .filter(isDatedPost)
    .filter((post) => post.status !== 'cancelled')
    .sort(compareByTime)
    .flatMap((post) => describeEvent(post, options));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeIcsText(options.productId ?? DEFAULT_ICS_PRODUCT_ID)}`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeIcsText(options.calendarName)}`,
    ...events,
    'END:VCALENDAR',
  ];
  // Every line ends with CRLF, the last one too (RFC 5545 §3.1: contentline ends in CRLF).
  return lines.map((line) => `${foldIcsLine(line)}\r\n`).join('');
}

function describeEvent(post: DatedPost, options: IcsOptions): string[] {
  const summary = summarise(post);
  const description = composePostText(post);
  const url = normaliseUrl(post.publishedUrl);
  const categories = [post.format, post.pillar.trim()].filter((category) => category !== '');
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(`${post.id}@mkakati`)}`,
    `DTSTAMP:${formatIcsUtc(options.now)}`,
    `DTSTART:${formatIcsUtc(post.scheduledAt)}`,
    `DURATION:${EVENT_DURATION}`,
    `SUMMARY:${escapeIcsText(summary)}`,
  ];
  if (description !== '') lines.push(`DESCRIPTION:${escapeIcsText(description)}`);
  if (url !== null) lines.push(`URL:${url}`);
  // Each category is escaped on its own: the commas between them are the list's separators.
  lines.push(`CATEGORIES:${categories.map(escapeIcsText).join(',')}`);
  lines.push(`STATUS:${post.status === 'scheduled' || post.status === 'ready' || post.status === 'published' ? 'CONFIRMED' : 'TENTATIVE'}`);
  if (post.status !== 'published' && post.scheduledAt > options.now) {
    const lead = post.reminderLeadMinutes ?? options.defaultLeadMinutes;
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-PT${lead}M`, `DESCRIPTION:${escapeIcsText(summary)}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/** "<Platform>: <title>"; without a title, the start of the text's first line stands in. */
function summarise(post: Post): string {
  const title = post.title.trim() || shorten(post.text.trim().split(/\r\n|\r|\n/)[0] ?? '');
  return title === '' ? PLATFORM_NAMES[post.platform] : `${PLATFORM_NAMES[post.platform]}: ${title}`;
}

function shorten(text: string): string {
  const codePoints = Array.from(text);
  return codePoints.length <= SUMMARY_FROM_TEXT_LENGTH ? text : `${codePoints.slice(0, SUMMARY_FROM_TEXT_LENGTH - 1).join('').trimEnd()}…`;
}

/**
 * The URL as the URL parser writes it, or null. The schema checks a URL by parsing it, and the
 * parser silently drops tabs and line breaks, so a stored value could still hold a CRLF that would
 * start a new content line; the parser's own serialisation cannot.
 */
function normaliseUrl(value: string | null): string | null {
  if (value === null) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    // Not a URL: the event simply has no link.
    return null;
  }
}

/** `YYYYMMDDTHHMMSSZ`, the UTC form of DATE-TIME (RFC 5545 §3.3.5, form #2). */
function formatIcsUtc(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

function assertLead(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw new RangeError(`defaultLeadMinutes must be a whole number ≥ 0, not ${minutes}`);
  }
}
