/**
 * Format mix (issue 8): per platform, a format whose posts reliably do better — or worse — than the
 * platform's other posts. Each format is tested against the rest with Mann–Whitney U (compare-groups.ts:
 * minimum sample, Holm-adjusted p, minimum effect, confidence, and the measure — ER by followers when
 * every post shows a follower count, else engagement). Posts outside the period, and posts whose counts
 * were all hidden, are left out.
 *
 * The action is 'none' for now: the re-plan (change-format on the upcoming planned posts) needs the
 * plan, which this rule does not read; the Adjust step that has it attaches the action.
 */
import type { DerivedPost } from '@/utils/analytics/report';
import { compareGroups, findingEvidence, metricFor, postsByPlatform, valueOf, type CompareOptions } from './compare-groups';
import type { Suggestion } from './types';

export const FORMAT_MIX_RULE = 'format-mix';

export function formatMixRule(posts: readonly DerivedPost[], period: { start: number; end: number }, options: CompareOptions = {}): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const [platform, mine] of postsByPlatform(posts, period)) {
    const metric = metricFor(mine);
    const entries = mine.flatMap((post) => {
      const value = valueOf(post, metric);
      return value === null ? [] : [{ key: post.format, value }];
    });
    for (const finding of compareGroups(entries, options)) {
      const params = { platform, format: finding.key };
      suggestions.push({
        rule: FORMAT_MIX_RULE,
        platform,
        title: { key: `${FORMAT_MIX_RULE}.${finding.direction}`, params: { ...params, chance: Math.round(finding.test.effect * 100) } },
        evidence: {
          start: period.start,
          end: period.end,
          items: findingEvidence(finding, metric, params),
          fingerprint: `${FORMAT_MIX_RULE}:${platform}:${finding.key}:${finding.direction}`,
        },
        confidence: finding.confidence,
        action: { kind: 'none' },
      });
    }
  }
  return suggestions;
}
