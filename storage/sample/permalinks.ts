/**
 * Believable platform ids and canonical permalinks, in the shapes the collectors store
 * (ARCHITECTURE.md, "What a captured row means"). Where a platform's ids encode their creation time
 * (X, LinkedIn, TikTok), the sample encodes the real publishing instant too.
 */
import type { Platform, Post } from '@/storage/schemas';
import type { Random } from './random';

const SHORTCODE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
/** Facebook's pfbid ids use base 58 (no 0, O, I, l). */
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** X's snowflake epoch (2010-11-04T01:42:54.657Z). */
const X_EPOCH = 1_288_834_974_657n;

export type PermalinkKind = 'post' | 'video' | 'story';
export const permalinkKindOf = (format: Post['format']): PermalinkKind =>
  format === 'story' ? 'story' : format === 'reel' || format === 'video' || format === 'live' ? 'video' : 'post';

const PROFILE_URLS: Record<Platform, string> = {
  x: 'https://x.com/{handle}',
  instagram: 'https://www.instagram.com/{handle}/',
  facebook: 'https://www.facebook.com/{handle}',
  linkedin: 'https://www.linkedin.com/company/{handle}/',
  youtube: 'https://www.youtube.com/@{handle}',
  tiktok: 'https://www.tiktok.com/@{handle}',
  threads: 'https://www.threads.net/@{handle}',
};
export const profileUrl = (platform: Platform, handle: string): string => PROFILE_URLS[platform].replace('{handle}', handle);

/** The platform's own id for a post published at `publishedAt`, and its canonical URL. */
export function mintPermalink(platform: Platform, kind: PermalinkKind, handle: string, publishedAt: number, random: Random): { postId: string; url: string } {
  const ms = BigInt(publishedAt);
  const low = (bits: number) => BigInt(random.int(0, 2 ** bits - 1));
  const shortcode = 'D' + random.chars(SHORTCODE, 10);
  const digits = (first: string, length: number) => first + random.chars('0123456789', length - 1);
  switch (platform) {
    case 'x': {
      // Snowflake: milliseconds since X's epoch, then 22 bits of machine and sequence.
      const postId = (((ms - X_EPOCH) << 22n) | low(22)).toString();
      return { postId, url: `https://x.com/${handle}/status/${postId}` };
    }
    case 'linkedin': {
      // Activity ids keep the epoch milliseconds in their top bits.
      const postId = ((ms << 22n) | low(22)).toString();
      return { postId, url: `https://www.linkedin.com/feed/update/urn:li:activity:${postId}/` };
    }
    case 'tiktok': {
      // Video ids start with the epoch seconds in their top 32 bits.
      const postId = (((ms / 1000n) << 32n) | low(32)).toString();
      return { postId, url: `https://www.tiktok.com/@${handle}/video/${postId}` };
    }
    case 'instagram': {
      if (kind !== 'story') return { postId: shortcode, url: `https://www.instagram.com/${kind === 'video' ? 'reel' : 'p'}/${shortcode}/` };
      const postId = digits('3', 19);
      return { postId, url: `https://www.instagram.com/stories/${handle}/${postId}/` };
    }
    case 'threads':
      return { postId: shortcode, url: `https://www.threads.net/@${handle}/post/${shortcode}` };
    case 'facebook': {
      const postId = kind === 'video' ? digits('1', 16) : 'pfbid0' + random.chars(BASE58, 50);
      return { postId, url: `https://www.facebook.com/${handle}/${kind === 'video' ? `videos/${postId}/` : `posts/${postId}`}` };
    }
    case 'youtube': {
      const postId = random.chars(SHORTCODE, 11);
      return { postId, url: `https://www.youtube.com/watch?v=${postId}` };
    }
  }
}
