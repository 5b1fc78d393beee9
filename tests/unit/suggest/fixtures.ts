// A small factory of DerivedPost for the rule tests: only what the rules read is meaningful.
import type { DerivedPost, ReportPlanned } from '@/utils/analytics/report';
import type { Platform } from '@/utils/platforms';

export const PERIOD = { start: Date.UTC(2026, 10, 1), end: Date.UTC(2026, 11, 1) };
const HOUR = 3_600_000;

let counter = 0;

export interface PostSpec {
  platform?: Platform;
  format?: string;
  engagement: number | null;
  followers?: number | null;
  publishedAt?: number;
  planned?: Partial<ReportPlanned> | null;
}

export function derived({ platform = 'instagram', format = 'post', engagement, followers = null, publishedAt, planned = null }: PostSpec): DerivedPost {
  const n = ++counter;
  const id = `p${n}`;
  return {
    post: {
      id: `${platform}:${id}`,
      platform,
      author: 'kahawabora',
      url: `https://example.com/${id}`,
      text: id,
      publishedAt: publishedAt ?? PERIOD.start + (n % 600) * HOUR,
      likes: engagement,
      reposts: null,
      comments: null,
      views: null,
      precision: {},
      plannedPostId: planned ? `plan-${id}` : null,
    },
    engagement,
    approximate: false,
    followers,
    erFollowers: engagement !== null && followers !== null && followers > 0 ? (engagement / followers) * 100 : null,
    erViews: null,
    format,
    planned: planned
      ? { id: `plan-${id}`, platform, title: id, status: 'published', format, scheduledAt: null, publishedAt: null, pillar: '', topic: '', segmentId: null, hookId: null, campaignId: null, ...planned }
      : null,
  };
}

/** Posts with the given engagements, the rest of the spec shared. */
export function many(engagements: readonly (number | null)[], spec: Omit<PostSpec, 'engagement'> = {}): DerivedPost[] {
  return engagements.map((engagement) => derived({ ...spec, engagement }));
}

/** `count` values from `from` in steps of `step`. */
export function range(count: number, from: number, step = 1): number[] {
  return Array.from({ length: count }, (_, i) => from + i * step);
}

/** A seeded generator (mulberry32), so the noise tests are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A skewed engagement like real posts' (log-normal around `scale`). */
export function skewed(random: () => number, scale: number): number {
  const u = Math.max(random(), 1e-12);
  const v = random();
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return Math.round(scale * Math.exp(0.8 * normal));
}
