// The limits table is the reference's (smm-facts §d3): a figure changed here must be changed on purpose.
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/utils/platforms';
import { TEXT_LIMITS, limitOf, nearThreshold } from '@/utils/compose/limits';

describe('TEXT_LIMITS', () => {
  it('holds the figures of smm-facts §d3 for every platform', () => {
    expect(TEXT_LIMITS).toEqual({
      x: { unit: 'x-weighted', post: 280, comment: 280 },
      instagram: { unit: 'graphemes', post: 2200, hashtags: 5, comment: 2196, altText: 1000 },
      facebook: { unit: 'graphemes', post: 63206, title: 255 },
      linkedin: { unit: 'graphemes', post: 3000, comment: 1250 },
      youtube: { unit: 'graphemes', post: 5000, title: 100 },
      tiktok: { unit: 'graphemes', post: 2200 },
      threads: { unit: 'graphemes', post: 500 },
    });
    expect(Object.keys(TEXT_LIMITS).sort()).toEqual([...PLATFORMS].sort());
  });
});

describe('limitOf', () => {
  it('gives a field’s limit, or null where the reference has none', () => {
    expect(limitOf('youtube', 'title')).toBe(100);
    expect(limitOf('youtube', 'post')).toBe(5000);
    expect(limitOf('x', 'title')).toBeNull();
    expect(limitOf('threads', 'comment')).toBeNull();
    expect(limitOf('tiktok', 'post', { unit: 'graphemes', post: 4000 })).toBe(4000);
  });
});

describe('nearThreshold', () => {
  it('is the first whole count at or above 90 % of the limit', () => {
    expect(nearThreshold(280)).toBe(252);
    expect(nearThreshold(2200)).toBe(1980);
    expect(nearThreshold(63206)).toBe(56886); // 56,885.4 rounds up
    expect(nearThreshold(255)).toBe(230); // 229.5 rounds up
    expect(nearThreshold(2196)).toBe(1977);
    expect(nearThreshold(5)).toBe(5); // 4.5: a cap of 5 warns once it is reached
    expect(nearThreshold(100)).toBe(90);
  });
});
