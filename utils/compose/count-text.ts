/**
 * The composer's live counters: how much of a platform's limit a text uses, and whether to warn.
 * Count what the platform publishes: a post's text together with its hashtags (composePostText), not
 * the body alone.
 */
import twitterText from 'twitter-text';
import type { Platform } from '@/utils/platforms';
import { extractHashtags, extractMentions } from './hashtags';
import { TEXT_LIMITS, nearThreshold, type CountUnit, type PlatformLimits, type TextField } from './limits';

/** ok: below 90 % of the limit; near: from 90 % up to the limit itself; over: past it. */
export type Level = 'ok' | 'near' | 'over';

/** Against a cap: how many are used and what is left (negative when over). */
export interface Tally {
  used: number;
  limit: number;
  remaining: number;
  level: Level;
}

export interface TextCount {
  platform: Platform;
  field: TextField;
  unit: CountUnit;
  /** Characters used, in the platform's unit. */
  used: number;
  /** null when the reference gives no limit for this field of this platform. */
  limit: number | null;
  /** limit − used, negative when over; null without a limit. */
  remaining: number | null;
  /** 'ok' without a limit. */
  level: Level;
  /** Only where the platform caps hashtags (Instagram), on the post and comment fields. */
  hashtags?: Tally;
  /** Only where the platform caps mentions (none in the reference yet; settable by override). */
  mentions?: Tally;
}

export interface CountOptions {
  /** Which text of the post: 'post' (default), 'title', 'comment' or 'altText'. */
  field?: TextField;
  /**
   * Figures that replace the reference's for this count — a setting for what the reference marks as
   * varying or conflicting: X Premium's 25,000, TikTok's in-app 4,000, Instagram's former 30 hashtags.
   */
  limits?: Partial<Omit<PlatformLimits, 'unit'>>;
}

export function levelOf(used: number, limit: number): Level {
  if (used > limit) return 'over';
  return used >= nearThreshold(limit) ? 'near' : 'ok';
}

function tally(used: number, limit: number): Tally {
  return { used, limit, remaining: limit - used, level: levelOf(used, limit) };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * V8's Intl.Segmenter takes time quadratic in the length of the string it segments (measured on Node
 * 20: 63,206 characters in one go take over a second, in pieces about 50 ms — one go would freeze the
 * composer on a long Facebook post), so texts are segmented in pieces of about this many UTF-16 units,
 * cut where a grapheme boundary is certain. A long run with no such cut (a wall of emoji or Hangul) is
 * segmented whole: slower, still right.
 */
const PIECE = 256;

/**
 * A character no grapheme rule ever joins to its neighbour (grapheme cluster break class "Other"):
 * printable ASCII, Latin-1 and Latin Extended letters, CJK punctuation, kana and CJK ideographs,
 * without the combining marks among them (U+302A–U+302F, U+3099–U+309A).
 */
function isLoneCharacter(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0x2ff) ||
    (code >= 0x3000 && code <= 0x30ff && !(code >= 0x302a && code <= 0x302f) && code !== 0x3099 && code !== 0x309a) ||
    (code >= 0x4e00 && code <= 0x9fff)
  );
}

/** Is there certainly a grapheme boundary before `text[at]`? After a line feed, or between two lone characters. */
function isSafeCut(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return before === 0x0a || (isLoneCharacter(before) && isLoneCharacter(text.charCodeAt(at)));
}

/**
 * User-perceived characters: "é" (one code point or e + combining accent), "👍🏽", "🇰🇪" and
 * "👨‍👩‍👧‍👦" are one each. Used where the reference does not say what a platform counts.
 */
export function countGraphemes(text: string): number {
  let count = 0;
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + PIECE, text.length);
    while (end < text.length && !isSafeCut(text, end)) end += 1;
    const segments = graphemes.segment(text.slice(start, end))[Symbol.iterator]();
    while (!segments.next().done) count += 1;
    start = end;
  }
  return count;
}

/**
 * X's weighted length (smm-facts §d3, docs.x.com counting-characters) from twitter-text's own
 * parseTweet: the text is NFC-normalised first; each URL counts 23 (with or without "https://",
 * "example.com" too); each emoji twitter-text recognises counts 2 however many code points it has (ZWJ
 * sequences, flags, skin tones); characters in X's light ranges (U+0000–U+10FF: Latin, Greek, Cyrillic,
 * Arabic, Hebrew, Devanagari…, and some punctuation) count 1; every other one, CJK among them, counts 2.
 * twitter-text 3.1.0 knows emoji by twemoji-parser 11's list (2019): a ZWJ sequence of newer emoji is
 * counted part by part (🧑‍🧑‍🧒 gives 8, not 2) — over-counting, so the warning comes early, not late.
 */
export function countXWeighted(text: string): number {
  return twitterText.parseTweet(text).weightedLength;
}

function countIn(unit: CountUnit, text: string): number {
  return unit === 'x-weighted' ? countXWeighted(text) : countGraphemes(text);
}

/**
 * The fields whose hashtags and mentions the platform links, so its caps apply: the post and a comment
 * (each counted on its own text; whether a first comment's tags add to the caption's is not in the
 * reference). A title or an alt text has no links.
 */
const TAGGED_FIELDS: ReadonlySet<TextField> = new Set(['post', 'comment']);

/** How much of `platform`'s limit for one field `text` uses, with its level and any tag caps. */
export function countText(platform: Platform, text: string, options: CountOptions = {}): TextCount {
  const field = options.field ?? 'post';
  const limits: PlatformLimits = { ...TEXT_LIMITS[platform], ...options.limits };
  const used = countIn(limits.unit, text);
  const limit = limits[field] ?? null;
  const count: TextCount = {
    platform,
    field,
    unit: limits.unit,
    used,
    limit,
    remaining: limit === null ? null : limit - used,
    level: limit === null ? 'ok' : levelOf(used, limit),
  };
  if (!TAGGED_FIELDS.has(field)) return count;
  if (limits.hashtags !== undefined) count.hashtags = tally(extractHashtags(platform, text).length, limits.hashtags);
  if (limits.mentions !== undefined) count.mentions = tally(extractMentions(platform, text).length, limits.mentions);
  return count;
}
