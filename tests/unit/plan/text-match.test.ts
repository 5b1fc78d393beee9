// When an observed post counts as the planned one: drift passes, near-misses of a template do not.
import { describe, expect, it } from 'vitest';
import { SAME_POST_THRESHOLD, normalizeText, textSimilarity } from '@/utils/plan/text-match';

const PLANNED = 'Cupping Friday at Westlands: taste three new single origins from Nyeri with our roasters. Book your seat, link in bio! #kahawa #nairobi';

describe('textSimilarity', () => {
  it('normalises case, links, mentions, hashtags, punctuation and emoji', () => {
    expect(normalizeText('Karibu! ☕ @KahawaBora #Nairobi https://t.co/x1 Ça va?')).toEqual(['karibu', 'kahawabora', 'nairobi', 'ça', 'va']);
  });

  it.each([
    ['the same text', PLANNED],
    ['an emoji and a shortened link added', `☕ ${PLANNED.replace('link in bio', 'https://t.co/abc')}`],
    ['cut at 280 characters by the platform', PLANNED.slice(0, 70)],
    ['hashtags dropped, one word fixed', 'Cupping Friday at Westlands: taste three new single origins from Nyeri with our roasters. Book your seat, link in bio.'],
    ['case and punctuation changed', PLANNED.toUpperCase().replaceAll(':', ' —')],
  ])('accepts %s', (_, observed) => {
    expect(textSimilarity(PLANNED, observed)).toBeGreaterThanOrEqual(SAME_POST_THRESHOLD);
  });

  it.each([
    ['the same template at another café', 'Cupping Friday at Kilimani: taste three new single origins from Kirinyaga with our roasters. Book your seat, link in bio! #kahawa #nairobi'],
    ['another post of the same campaign', 'Black Friday at Kahawa Bora: 30% off every bag of single origins from Nyeri, this weekend only. Link in bio!'],
    ['an unrelated post', 'Meet Wanjiru, our head roaster, and the story of how she learned to roast on a pan in Murang’a.'],
    ['an empty excerpt', ''],
  ])('rejects %s', (_, observed) => {
    expect(textSimilarity(PLANNED, observed)).toBeLessThan(SAME_POST_THRESHOLD);
  });

  it('is 1 for identical one-word posts and 0 against nothing', () => {
    expect(textSimilarity('Karibu', 'karibu!')).toBe(1);
    expect(textSimilarity('', 'karibu')).toBe(0);
  });
});
