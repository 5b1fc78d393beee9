// The pillars / topics / hooks rule on crafted data: it fires on a clear difference among linked posts
// with enough of them, and stays silent on unlinked posts, small or noisy samples and hidden counts.
import { describe, expect, it } from 'vitest';
import { contentKey, contentPerformanceRule } from '@/utils/suggest/content-performance';
import { derived, many, PERIOD, range, seeded, skewed } from './fixtures';

describe('content performance: fires on evidence', () => {
  it('finds a pillar doing better than the others, ignoring posts not linked to the plan', () => {
    const posts = [
      ...many(range(10, 300, 10), { planned: { pillar: 'Education' } }),
      ...many(range(10, 40, 3), { planned: { pillar: 'Promotion' } }),
      // Unlinked posts with high numbers: counted in the rest they would hide the difference.
      ...many(range(30, 400, 10)),
    ];
    const suggestions = contentPerformanceRule(posts, PERIOD);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({
      rule: 'content-performance',
      platform: 'instagram',
      title: { key: 'content-performance.pillar.higher', params: { platform: 'instagram', key: 'Education', chance: 100 } },
      evidence: { start: PERIOD.start, end: PERIOD.end, fingerprint: 'content-performance:instagram:pillar:Education:higher' },
      confidence: 'medium',
      action: { kind: 'none' },
    });
    const items = suggestions[0]!.evidence.items;
    expect(items[0]).toMatchObject({ key: 'medianEngagement', value: 345, n: 10, params: { dimension: 'pillar', key: 'Education' } });
    expect(items[1]).toMatchObject({ key: 'medianEngagementRest', value: 53.5, n: 10 });
  });

  it('finds an under-performing hook among several', () => {
    // Each hook is tested against all the others: four alike and one far below. (With only two alike,
    // each of them would also beat "the rest" — half of it being the weak hook — by the effect needed.)
    const posts = [
      ...many(range(12, 100, 8), { planned: { hookId: 'hook-question' } }),
      ...many(range(12, 102, 8), { planned: { hookId: 'hook-story' } }),
      ...many(range(12, 104, 8), { planned: { hookId: 'hook-myth' } }),
      ...many(range(12, 106, 8), { planned: { hookId: 'hook-number' } }),
      ...many(range(12, 5, 2), { planned: { hookId: 'hook-discount' } }),
    ];
    const suggestions = contentPerformanceRule(posts, PERIOD);
    expect(suggestions.map((s) => s.evidence.fingerprint)).toEqual(['content-performance:instagram:hook:hook-discount:lower']);
    expect(suggestions[0]!.title).toEqual({ key: 'content-performance.hook.lower', params: { platform: 'instagram', key: 'hook-discount', chance: 0 } });
  });

  it('tests topics too, as written but trimmed, and only the dimensions asked for', () => {
    const posts = [...many(range(10, 500, 10), { planned: { topic: ' Harvest ' } }), ...many(range(10, 50, 1), { planned: { topic: 'Prices' } })];
    expect(contentPerformanceRule(posts, PERIOD).map((s) => s.evidence.fingerprint)).toEqual(['content-performance:instagram:topic:Harvest:higher']);
    expect(contentPerformanceRule(posts, PERIOD, { dimensions: ['pillar', 'hook'] })).toEqual([]);
  });

  it('keeps platforms apart', () => {
    const posts = [
      ...many(range(10, 300, 10), { platform: 'linkedin', planned: { pillar: 'Education' } }),
      ...many(range(10, 40, 3), { platform: 'linkedin', planned: { pillar: 'Promotion' } }),
      // On X only Promotion is posted: one group, nothing to compare.
      ...many(range(10, 5000, 10), { platform: 'x', planned: { pillar: 'Promotion' } }),
    ];
    expect(contentPerformanceRule(posts, PERIOD).map((s) => [s.platform, s.evidence.fingerprint])).toEqual([['linkedin', 'content-performance:linkedin:pillar:Education:higher']]);
  });
});

describe('content performance: stays silent without evidence', () => {
  it('treats unlinked posts and blank values as having no value', () => {
    expect(contentKey(derived({ engagement: 1 }), 'pillar')).toBeNull();
    expect(contentKey(derived({ engagement: 1, planned: { pillar: '  ' } }), 'pillar')).toBeNull();
    expect(contentKey(derived({ engagement: 1, planned: { hookId: null } }), 'hook')).toBeNull();
    expect(contentKey(derived({ engagement: 1, planned: { hookId: 'h1' } }), 'hook')).toBe('h1');
    // Blank pillars are not a pillar of their own, and do not make a "rest".
    const posts = [...many(range(10, 300, 10), { planned: { pillar: 'Education' } }), ...many(range(10, 5, 1), { planned: { pillar: '' } })];
    expect(contentPerformanceRule(posts, PERIOD)).toEqual([]);
  });

  it('on small samples', () => {
    const posts = [...many(range(6, 900, 10), { planned: { pillar: 'Education' } }), ...many(range(30, 10, 1), { planned: { pillar: 'Promotion' } })];
    expect(contentPerformanceRule(posts, PERIOD)).toEqual([]);
  });

  it('on overlapping samples and equal numbers', () => {
    const overlapping = [...many(range(15, 10, 20), { planned: { pillar: 'A' } }), ...many(range(15, 20, 20), { planned: { pillar: 'B' } })];
    expect(contentPerformanceRule(overlapping, PERIOD)).toEqual([]);
    const equal = [...many(Array<number>(10).fill(7), { planned: { topic: 'A' } }), ...many(Array<number>(10).fill(7), { planned: { topic: 'B' } })];
    expect(contentPerformanceRule(equal, PERIOD)).toEqual([]);
  });

  it('leaves hidden counts out instead of counting them as 0', () => {
    const posts = [...many(range(10, 100, 1), { planned: { pillar: 'A' } }), ...many([...range(5, 100, 1), null, null, null, null, null], { planned: { pillar: 'B' } })];
    // B has five values, not ten low ones: nothing to say.
    expect(contentPerformanceRule(posts, PERIOD)).toEqual([]);
  });

  it('fires on pure noise no more often than the 5 % it allows', () => {
    const random = seeded(3);
    const runs = 500;
    let fired = 0;
    for (let run = 0; run < runs; run++) {
      const posts = ['A', 'B', 'C'].flatMap((pillar) => range(10, 0).map(() => derived({ engagement: skewed(random, 50), planned: { pillar } })));
      if (contentPerformanceRule(posts, PERIOD, { dimensions: ['pillar'] }).length > 0) fired++;
    }
    expect(fired / runs).toBeLessThan(0.07);
  });
});
