// The content mix: shares normalised to 100, whole posts by largest remainder, a starting mix from slots.
import { describe, expect, it } from 'vitest';
import { apportion, mixFromSlotPillars, normaliseMix } from '@/utils/plan/content-mix';

describe('normaliseMix', () => {
  it('keeps a mix that sums to 100 as it is, in order', () => {
    expect(normaliseMix({ education: 40, promotion: 30, community: 30 })).toEqual([
      { pillar: 'education', percent: 40 },
      { pillar: 'promotion', percent: 30 },
      { pillar: 'community', percent: 30 },
    ]);
  });

  it('reads other sums as relative weights', () => {
    const shares = normaliseMix({ education: 50, promotion: 50, community: 100 });
    expect(shares.map((share) => share.percent)).toEqual([25, 25, 50]);
  });

  it('drops empty names and zero, negative or non-numeric weights, and merges spellings of one pillar', () => {
    expect(normaliseMix({ ' Education ': 30, education: 10, '': 20, promotion: 0, community: -5, events: Number.NaN, team: 60 })).toEqual([
      { pillar: 'Education', percent: 40 },
      { pillar: 'team', percent: 60 },
    ]);
    expect(normaliseMix({})).toEqual([]);
    expect(normaliseMix({ a: 0 })).toEqual([]);
  });
});

describe('apportion', () => {
  it('gives whole items by largest remainder, ties to the earlier share', () => {
    expect(apportion([40, 30, 30], 10)).toEqual([4, 3, 3]);
    expect(apportion([40, 30, 30], 7)).toEqual([3, 2, 2]); // 2.8 / 2.1 / 2.1
    expect(apportion([1, 1, 1], 4)).toEqual([2, 1, 1]);
    expect(apportion([1, 1, 1], 0)).toEqual([0, 0, 0]);
    expect(apportion([50, 50], 9)).toEqual([5, 4]);
  });

  it('fills from existing counts towards the ideal, never taking away', () => {
    // Ideal over 10: 4 / 3 / 3; promotion already has 5.
    expect(apportion([40, 30, 30], 10, [0, 5, 0])).toEqual([3, 5, 2]);
    expect(apportion([40, 30, 30], 10, [4, 0, 0])).toEqual([4, 3, 3]);
  });

  it('leaves everything where it is without weights', () => {
    expect(apportion([0, 0], 5, [1, 0])).toEqual([1, 0]);
  });
});

describe('mixFromSlotPillars', () => {
  it('weights pillars by their slots in whole percent summing to 100', () => {
    const mix = mixFromSlotPillars(['education', 'Education', 'community', 'behind the scenes', '', 'community', 'education']);
    expect(mix).toEqual({ education: 50, community: 33, 'behind the scenes': 17 });
    expect(Object.values(mix).reduce((a, b) => a + b, 0)).toBe(100);
    expect(mixFromSlotPillars(['', ' '])).toEqual({});
  });
});
