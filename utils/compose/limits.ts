/**
 * Each platform's text limits, as data. Every figure comes from ../shared/reference/smm-facts.md §d3
 * "Text limits" (the row is quoted beside it). The reference says formats change and asks for
 * unverified or conflicting figures to be easy to change: countText() takes an override for any of
 * these, so a setting (X Premium, TikTok's in-app limit, Instagram's old hashtag cap) needs no code.
 */
import type { Platform } from '@/utils/platforms';

/**
 * How a platform counts its characters.
 * - `x-weighted`: X's weighted length (twitter-text's parseTweet: most characters 1, emoji and CJK 2,
 *   every URL 23, after NFC). The reference spells this one out.
 * - `graphemes`: user-perceived characters (Intl.Segmenter). The reference is silent on what every
 *   other platform counts, so we count what a person sees: an emoji, a flag or "é" written as e + accent
 *   is one. (If a platform turns out to count UTF-16 units, emoji-heavy texts are under-counted here.)
 */
export type CountUnit = 'x-weighted' | 'graphemes';

/** The text fields of a post the composer counts. */
export type TextField = 'post' | 'title' | 'comment' | 'altText';

export interface PlatformLimits {
  unit: CountUnit;
  /** The post's main text: tweet, caption, description, commentary. */
  post: number;
  /** A separate title (YouTube video title, Facebook Reels title). */
  title?: number;
  /** A comment, e.g. the first comment under our own post. */
  comment?: number;
  /** An image's alt text. */
  altText?: number;
  /** At most this many hashtags in one text. */
  hashtags?: number;
  /** At most this many @mentions in one text (no platform's figure is in the reference yet). */
  mentions?: number;
}

export const TEXT_LIMITS: Record<Platform, PlatformLimits> = {
  x: {
    unit: 'x-weighted',
    // §d3 "X | 280 weighted characters: most characters count 1; emoji and CJK count 2; every URL counts
    // 23; NFC normalisation; use twitter-text | docs.x.com counting-characters".
    // Not the default: "X Premium | 25,000 | Ayrshare, Shoutrrr" (an override for Premium accounts).
    post: 280,
    // A reply (our first comment) is a post itself: same 280.
    comment: 280,
  },
  instagram: {
    unit: 'graphemes',
    // §d3 "Instagram | caption 2,200; hashtags 5 | hashtag cap announced 2025-12, per Social Samosa;
    // previously 30". The cap of 5 is the current one; 30 was the cap before December 2025.
    post: 2_200,
    hashtags: 5,
    // §d3 "Instagram | alt text 1,000; comment 2,196 | Ayrshare".
    comment: 2_196,
    altText: 1_000,
  },
  facebook: {
    unit: 'graphemes',
    // §d3 "Facebook | 63,206; Reels title 255 | Ayrshare, upload-post".
    post: 63_206,
    title: 255,
  },
  linkedin: {
    unit: 'graphemes',
    // §d3 "LinkedIn | 3,000; comment 1,250 | Ayrshare".
    post: 3_000,
    comment: 1_250,
  },
  youtube: {
    unit: 'graphemes',
    // §d3 "YouTube | title 100, description 5,000, tags 500 in total | Google Ads API
    // YouTubeVideoUpload, Zernio". The post text is the description. (Tags are video metadata, not
    // hashtags in the text, so they are not counted here.)
    post: 5_000,
    title: 100,
  },
  tiktok: {
    unit: 'graphemes',
    // §d3 "TikTok | 2,200 via API (4,000 for photo-post descriptions / in-app per other sources;
    // conflicting) | Ayrshare, upload-post". We keep the lower figure, so the composer warns too early
    // rather than too late; 4,000 is an override.
    post: 2_200,
  },
  threads: {
    unit: 'graphemes',
    // §d3 "Threads | 500 | Ayrshare". The reference gives no link or hashtag rule for Threads.
    post: 500,
  },
};

/**
 * The share of a limit, in percent, from which the composer warns ("near"): 90 %, so a 280 post warns
 * from 252 and a 2,200 caption from 1,980 — early enough to rephrase, late enough not to nag.
 */
export const NEAR_PERCENT = 90;

/** The count from which a limit is "near": the first whole count at or above 90 % of it. */
export function nearThreshold(limit: number): number {
  // Integer arithmetic (limit × 90 is exact), so a threshold never lands one too high through rounding.
  return Math.ceil((limit * NEAR_PERCENT) / 100);
}

/** The limit of one field of one platform, or null when the reference gives none. */
export function limitOf(platform: Platform, field: TextField, limits: PlatformLimits = TEXT_LIMITS[platform]): number | null {
  return limits[field] ?? null;
}
