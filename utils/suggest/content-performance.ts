/**
 * Pillars, topics and hooks that over- or under-perform (issue 8): per platform and per dimension, each
 * value (a pillar, a topic, a hook id) is tested against the platform's other posts that have a value
 * for that dimension, with Mann–Whitney U (compare-groups.ts: minimum sample, Holm-adjusted p, minimum
 * effect, confidence, measure). The values come from the planned post an observed post is linked to;
 * posts not linked, or whose planned post leaves the dimension blank, are left out of that dimension,
 * as are posts outside the period and posts whose counts were all hidden.
 *
 * Platforms are not pooled: a pillar posted mostly where engagement is high would look strong for
 * that reason alone. Formats are not controlled for: a pillar made mostly of reels carries the reels'
 * numbers (the format-mix rule shows that side).
 *
 * Title keys are `content-performance.<dimension>.<higher|lower>` with { platform, key, chance } —
 * `key` is the pillar or topic as written, or the hook's id (the page shows the hook's name).
 * The action is 'none' for now (the retag / re-plan action needs the upcoming plan).
 */
import type { DerivedPost } from '@/utils/analytics/report';
import { compareGroups, findingEvidence, metricFor, postsByPlatform, valueOf, type CompareOptions } from './compare-groups';
import type { Suggestion } from './types';

export const CONTENT_PERFORMANCE_RULE = 'content-performance';
export const CONTENT_DIMENSIONS = ['pillar', 'topic', 'hook'] as const;
export type ContentDimension = (typeof CONTENT_DIMENSIONS)[number];

export interface ContentPerformanceOptions extends CompareOptions {
  dimensions?: readonly ContentDimension[];
}

/** The post's value for the dimension, or null when it has none (not linked, or blank). */
export function contentKey(post: DerivedPost, dimension: ContentDimension): string | null {
  const planned = post.planned;
  if (!planned) return null;
  const value = dimension === 'pillar' ? planned.pillar : dimension === 'topic' ? planned.topic : planned.hookId;
  return value === null || value.trim() === '' ? null : value.trim();
}

export function contentPerformanceRule(posts: readonly DerivedPost[], period: { start: number; end: number }, options: ContentPerformanceOptions = {}): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const [platform, mine] of postsByPlatform(posts, period)) {
    const metric = metricFor(mine);
    for (const dimension of options.dimensions ?? CONTENT_DIMENSIONS) {
      const entries = mine.flatMap((post) => {
        const key = contentKey(post, dimension);
        const value = valueOf(post, metric);
        return key === null || value === null ? [] : [{ key, value }];
      });
      for (const finding of compareGroups(entries, options)) {
        const params = { platform, dimension, key: finding.key };
        suggestions.push({
          rule: CONTENT_PERFORMANCE_RULE,
          platform,
          title: { key: `${CONTENT_PERFORMANCE_RULE}.${dimension}.${finding.direction}`, params: { platform, key: finding.key, chance: Math.round(finding.test.effect * 100) } },
          evidence: {
            start: period.start,
            end: period.end,
            items: findingEvidence(finding, metric, params),
            fingerprint: `${CONTENT_PERFORMANCE_RULE}:${platform}:${dimension}:${finding.key}:${finding.direction}`,
          },
          confidence: finding.confidence,
          action: { kind: 'none' },
        });
      }
    }
  }
  return suggestions;
}
