/**
 * Stale analytics (issue 8): the brand's own published posts whose numbers the collector has not read
 * for a while, so the report and the other rules stand on old counts. One suggestion per platform,
 * with an action that opens the analytics area (where the manager sees which posts to visit).
 *
 * Thresholds:
 * - RECENT_DAYS (30): only posts published in the last 30 days count; older posts' counts barely move;
 * - a post is stale when its last capture is older than STALE_AFTER_DAYS (7), or when it is more than
 *   FIRST_DAY_MS (24 h) old and was never captured after its first 24 h (its counts are a few hours'
 *   worth, which understates it next to posts read later);
 * - a platform is reported from MIN_STALE (3) stale posts: one or two posts missing a visit is normal
 *   between browsing sessions.
 * Posts without a publication time are left out (their age is unknown).
 *
 * Confidence: this is a count, not an estimate, so it is 'high' when stale posts are at least half of
 * the platform's recent posts, else 'medium'.
 * The fingerprint holds the stale posts' ids (hashed), so a dismissed suggestion comes back only when
 * another post goes stale.
 */
import type { Platform } from '@/utils/platforms';
import type { Suggestion } from './types';

export const STALE_ANALYTICS_RULE = 'stale-analytics';
export const RECENT_DAYS = 30;
export const STALE_AFTER_DAYS = 7;
export const MIN_STALE = 3;
const DAY_MS = 24 * 60 * 60_000;
export const FIRST_DAY_MS = DAY_MS;

/** An own observed post (storage `observedPosts`), the fields this rule reads. */
export interface StaleCandidate {
  id: string;
  platform: Platform;
  url: string;
  publishedAt: number | null;
  lastSeenAt: number;
  plannedPostId: string | null;
}

export interface StaleAnalyticsInput {
  observed: readonly StaleCandidate[];
  now: number;
}

/** Why a post is stale, or null when its counts are fresh enough. */
export function staleness(post: StaleCandidate, now: number): 'old-capture' | 'first-day-only' | null {
  if (post.publishedAt === null) return null;
  if (now - post.lastSeenAt > STALE_AFTER_DAYS * DAY_MS) return 'old-capture';
  if (now - post.publishedAt > FIRST_DAY_MS && post.lastSeenAt < post.publishedAt + FIRST_DAY_MS) return 'first-day-only';
  return null;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint of a list of ids. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function staleAnalyticsRule({ observed, now }: StaleAnalyticsInput): Suggestion[] {
  const start = now - RECENT_DAYS * DAY_MS;
  const byPlatform = new Map<Platform, { recent: number; oldCapture: StaleCandidate[]; firstDayOnly: StaleCandidate[] }>();
  for (const post of observed) {
    if (post.publishedAt === null || post.publishedAt < start || post.publishedAt > now) continue;
    const entry = byPlatform.get(post.platform) ?? { recent: 0, oldCapture: [], firstDayOnly: [] };
    entry.recent++;
    const why = staleness(post, now);
    if (why === 'old-capture') entry.oldCapture.push(post);
    else if (why === 'first-day-only') entry.firstDayOnly.push(post);
    byPlatform.set(post.platform, entry);
  }

  const suggestions: Suggestion[] = [];
  for (const [platform, { recent, oldCapture, firstDayOnly }] of [...byPlatform].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const stale = [...oldCapture, ...firstDayOnly];
    if (stale.length < MIN_STALE) continue;
    const oldestSeen = Math.min(...stale.map((post) => post.lastSeenAt));
    const params = { platform };
    suggestions.push({
      rule: STALE_ANALYTICS_RULE,
      platform,
      title: { key: STALE_ANALYTICS_RULE, params: { platform, count: stale.length } },
      evidence: {
        start,
        end: now,
        items: [
          { key: 'stalePosts', params, value: stale.length, n: recent },
          { key: 'staleOldCapture', params: { ...params, days: STALE_AFTER_DAYS }, value: oldCapture.length, n: recent },
          { key: 'staleFirstDayOnly', params, value: firstDayOnly.length, n: recent },
          { key: 'daysSinceOldestCapture', params, value: Math.floor((now - oldestSeen) / DAY_MS), n: stale.length },
        ],
        fingerprint: `${STALE_ANALYTICS_RULE}:${platform}:${hashOf(stale.map((post) => post.id).sort().join('\n'))}`,
      },
      confidence: stale.length * 2 >= recent ? 'high' : 'medium',
      action: { kind: 'open', area: 'analytics' },
    });
  }
  return suggestions;
}
