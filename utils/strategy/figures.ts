/**
 * The figures the strategy pages compare accounts by (competitor table, networks matrix, goals),
 * computed from what the collectors captured. Pure: storage/account-figures.ts gathers the rows.
 *
 * Honest numbers (ARCHITECTURE.md): a count the page hid is null, so a post whose counts are all hidden
 * has no engagement (null), not 0, and is left out of medians; a figure with nothing to stand on is null,
 * and the page says what to do instead of showing 0.
 */
import type { Platform } from '@/utils/platforms';

export const DAY_MS = 86_400_000;
/** The window the figures describe: the last 30 days. */
export const WINDOW_DAYS = 30;

/** The post counts engagement is made of. */
export interface EngagementCounts {
  likes: number | null;
  comments: number | null;
  reposts: number | null;
}

/**
 * Public interactions on a post: likes + comments + reposts/shares (smm-facts §d2, "engagements"). Views
 * and saves are left out: most platforms do not show them on every post, so adding them would make the
 * platforms' figures incomparable. Null when the page showed none of the three.
 */
export function engagementOf(counts: EngagementCounts): number | null {
  if (counts.likes === null && counts.comments === null && counts.reposts === null) return null;
  return (counts.likes ?? 0) + (counts.comments ?? 0) + (counts.reposts ?? 0);
}

/** The median of the values, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Engagement by followers (ER post, smm-facts §d2) in percent, or null when either side is unknown. */
export function engagementRate(engagement: number | null, followers: number | null): number | null {
  if (engagement === null || followers === null || followers <= 0) return null;
  return (engagement / followers) * 100;
}

/**
 * A post's format as far as the page tells: the planned format when the post is one of ours and linked
 * to its plan, else what its address says. Photo, carousel and text posts share addresses on most
 * platforms, so they are one kind, 'post'.
 */
export type ObservedFormat = 'reel' | 'video' | 'story' | 'live' | 'post' | 'image' | 'carousel' | 'text' | 'poll' | 'article';

export function formatOfUrl(platform: Platform, url: string): ObservedFormat {
  let path: string;
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    return 'post';
  }
  if (platform === 'tiktok') return path.includes('/photo/') ? 'post' : 'video';
  if (path.includes('/stories/')) return 'story';
  if (path.includes('/reel/') || path.includes('/reels/') || path.startsWith('/shorts/')) return 'reel';
  if (path.startsWith('/watch') || path.includes('/videos/') || path.startsWith('/live/')) return 'video';
  return 'post';
}

/** One captured post, reduced to what the figures need. */
export interface FigurePost extends EngagementCounts {
  publishedAt: number | null;
  format: ObservedFormat;
}

/** One profile reading: followers at a time (null when the page hid the count). */
export interface FollowerReading {
  at: number;
  followers: number | null;
}

export interface AccountFigures {
  /** The latest follower count read, and when; null before any profile visit showed it. */
  followers: number | null;
  followersAt: number | null;
  /** Followers now minus the last reading at least 30 days older (or the oldest reading, see `growthDays`). */
  growth: number | null;
  /** How many days the growth spans (30 when history allows; fewer when the first reading is younger). */
  growthDays: number | null;
  /** Posts published in the last 30 days, per week; null when none of the account's posts was ever seen. */
  postsPerWeek: number | null;
  /** Median engagement per post over the last 30 days' posts with counts. */
  medianEngagement: number | null;
  /** Median engagement ÷ followers × 100. */
  engagementRate: number | null;
  /** The format with the highest median engagement (at least two posts of it), or null. */
  bestFormat: ObservedFormat | null;
  /** How many posts of the window the medians stand on. */
  sample: number;
}

/**
 * Figures of one account at `now`. `readings` and `posts` may come in any order and span any time; only
 * the 30-day window (and the readings needed for growth) count.
 */
export function accountFigures(readings: readonly FollowerReading[], posts: readonly FigurePost[], now: number): AccountFigures {
  const known = readings.filter((r) => r.followers !== null && r.at <= now).sort((a, b) => a.at - b.at);
  const latest = known.at(-1);
  const followers = latest?.followers ?? null;
  let growth: number | null = null;
  let growthDays: number | null = null;
  if (latest && known.length > 1) {
    const cutoff = latest.at - WINDOW_DAYS * DAY_MS;
    // The last reading a full window before the latest, or the oldest when history is shorter.
    const before = known.filter((r) => r.at <= cutoff).at(-1) ?? known[0];
    if (before && before !== latest) {
      growth = (latest.followers as number) - (before.followers as number);
      growthDays = Math.max(1, Math.round((latest.at - before.at) / DAY_MS));
    }
  }

  const from = now - WINDOW_DAYS * DAY_MS;
  const recent = posts.filter((p) => p.publishedAt !== null && p.publishedAt > from && p.publishedAt <= now);
  const postsPerWeek = posts.length === 0 ? null : (recent.length * 7) / WINDOW_DAYS;
  const engagements: number[] = [];
  const byFormat = new Map<ObservedFormat, number[]>();
  for (const post of recent) {
    const engagement = engagementOf(post);
    if (engagement === null) continue;
    engagements.push(engagement);
    const list = byFormat.get(post.format) ?? [];
    list.push(engagement);
    byFormat.set(post.format, list);
  }
  const medianEngagement = median(engagements);
  let bestFormat: ObservedFormat | null = null;
  let best = -1;
  for (const [format, values] of byFormat) {
    const value = values.length >= 2 ? (median(values) as number) : -1;
    if (value > best) {
      best = value;
      bestFormat = format;
    }
  }
  return {
    followers,
    followersAt: latest?.at ?? null,
    growth,
    growthDays,
    postsPerWeek,
    medianEngagement,
    engagementRate: engagementRate(medianEngagement, followers),
    bestFormat: best >= 0 ? bestFormat : null,
    sample: engagements.length,
  };
}

/**
 * Several accounts as one (a competitor on every platform, the brand on all): followers, growth and
 * posts per week add up; medians pool the posts. The rate is the median of each post's engagement over
 * its own account's followers — a sum of followers across platforms would understate every one of them.
 */
export function combinedFigures(parts: readonly { readings: readonly FollowerReading[]; posts: readonly FigurePost[] }[], now: number): AccountFigures {
  const each = parts.map((part) => accountFigures(part.readings, part.posts, now));
  const sum = (values: (number | null)[]): number | null => (values.every((v) => v === null) ? null : values.reduce<number>((total, v) => total + (v ?? 0), 0));
  const pooled = accountFigures([], parts.flatMap((part) => part.posts), now);
  const from = now - WINDOW_DAYS * DAY_MS;
  const rates: number[] = [];
  parts.forEach((part, index) => {
    const followers = each[index]?.followers ?? null;
    for (const post of part.posts) {
      if (post.publishedAt === null || post.publishedAt <= from || post.publishedAt > now) continue;
      const rate = engagementRate(engagementOf(post), followers);
      if (rate !== null) rates.push(rate);
    }
  });
  const growthParts = each.filter((f) => f.growth !== null);
  return {
    ...pooled,
    followers: sum(each.map((f) => f.followers)),
    followersAt: each.reduce<number | null>((last, f) => (f.followersAt !== null && (last === null || f.followersAt > last) ? f.followersAt : last), null),
    growth: growthParts.length ? sum(growthParts.map((f) => f.growth)) : null,
    growthDays: growthParts.length ? Math.min(...growthParts.map((f) => f.growthDays as number)) : null,
    postsPerWeek: sum(each.map((f) => f.postsPerWeek)),
    engagementRate: median(rates),
  };
}
