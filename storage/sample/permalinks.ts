/**
 * Believable platform ids and canonical permalinks, in the shapes the collectors store
 * (ARCHITECTURE.md, "What a captured row means"). Where a platform's ids encode their creation
 * time (X, LinkedIn, TikTok), the sample encodes the real publishing instant too, so an id decoded
 * by a curious developer points at the right moment.
 */
import type { Platform, Post } from '@/storage/schemas';
import type { Random } from './random';

const DIGITS = '0123456789';
const SHORTCODE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
/** Facebook's pfbid ids use a base-58 alphabet (no 0, O, I, l). */
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** X's epoch for snowflake ids (2010-11-04T01:42:54.657Z). */
const X_EPOCH = 1_288_834_974_657n;

/** What kind of permalink a post gets; only the format matters, not the whole post. */
export type PermalinkKind = 'post' | 'video' | 'story';

export function permalinkKindOf(format: Post['format']): PermalinkKind {
  if (format === 'reel' || format === 'video' || format === 'live') return 'video';
  return format === 'story' ? 'story' : 'post';
}

export function profileUrl(platform: Platform, handle: string): string {
  switch (platform) {
    case 'x':
      return `https://x.com/${handle}`;
    case 'instagram':
      return `https://www.instagram.com/${handle}/`;
    case 'facebook':
      return `https://www.facebook.com/${handle}`;
    case 'linkedin':
      return `https://www.linkedin.com/company/${handle}/`;
    case 'youtube':
      return `https://www.youtube.com/@${handle}`;
    case 'tiktok':
      return `https://www.tiktok.com/@${handle}`;
    case 'threads':
      return `https://www.threads.net/@${handle}`;
  }
}

/** A random bit pattern below 2^bits, drawn in 16-bit pieces (a float has only 53 bits). */
function randomBits(random: Random, bits: number): bigint {
  let value = 0n;
  for (let done = 0; done < bits; done += 16) value = (value << 16n) | BigInt(random.int(0, 0xffff));
  return value & ((1n << BigInt(bits)) - 1n);
}

function digits(random: Random, first: string, length: number): string {
  return first + random.chars(DIGITS, length - 1);
}

/** The platform's own id for a post published at `publishedAt`, and its canonical URL. */
export function mintPermalink(
  platform: Platform,
  kind: PermalinkKind,
  handle: string,
  publishedAt: number,
  random: Random,
): { postId: string; url: string } {
  const ms = BigInt(publishedAt);
  switch (platform) {
    case 'x': {
      // Snowflake: milliseconds since X's epoch, then 22 bits of machine and sequence.
      const postId = (((ms - X_EPOCH) << 22n) | randomBits(random, 22)).toString();
      return { postId, url: `https://x.com/${handle}/status/${postId}` };
    }
    case 'linkedin': {
      // LinkedIn activity ids keep the epoch milliseconds in their top bits the same way.
      const postId = ((ms << 22n) | randomBits(random, 22)).toString();
      return { postId, url: `https://www.linkedin.com/feed/update/urn:li:activity:${postId}/` };
    }
    case 'tiktok': {
      // TikTok video ids start with the epoch seconds in their top 32 bits.
      const postId = (((ms / 1000n) << 32n) | randomBits(random, 32)).toString();
      return { postId, url: `https://www.tiktok.com/@${handle}/video/${postId}` };
    }
    case 'instagram': {
      if (kind === 'story') {
        const postId = digits(random, '3', 19);
        return { postId, url: `https://www.instagram.com/stories/${handle}/${postId}/` };
      }
      const postId = 'D' + random.chars(SHORTCODE, 10);
      return { postId, url: `https://www.instagram.com/${kind === 'video' ? 'reel' : 'p'}/${postId}/` };
    }
    case 'threads': {
      const postId = 'D' + random.chars(SHORTCODE, 10);
      return { postId, url: `https://www.threads.net/@${handle}/post/${postId}` };
    }
    case 'facebook': {
      if (kind === 'video') {
        const postId = digits(random, '1', 16);
        return { postId, url: `https://www.facebook.com/${handle}/videos/${postId}/` };
      }
      const postId = 'pfbid0' + random.chars(BASE58, 50);
      return { postId, url: `https://www.facebook.com/${handle}/posts/${postId}` };
    }
    case 'youtube': {
      const postId = random.chars(SHORTCODE, 11);
      return { postId, url: `https://www.youtube.com/watch?v=${postId}` };
    }
  }
}
