/**
 * Is this observed post the planned one? Published text drifts from the plan (an emoji added, a link
 * shortened, hashtags moved, the platform cutting the excerpt at 280 characters), yet a brand's posts
 * repeat templates ("Cupping Friday at Westlands" / "… at Kilimani"). Word bigrams compared with the Dice
 * coefficient tolerate the drift and still tell templates apart, because a swapped word breaks two bigrams.
 */

/**
 * Similarity at or above which an observed post is taken to be the planned one. A template with two
 * words swapped scores about 0.81 and real drift (an emoji, a link removed, the excerpt cut) 0.89–1: a
 * wrong link is worse than none (the manager can paste the URL), so the bar sits above the near-misses.
 */
export const SAME_POST_THRESHOLD = 0.85;

/** Lower-case words without links, mentions, hashtag signs, punctuation or emoji; accents kept. */
export function normalizeText(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[@#]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

function bigrams(words: readonly string[]): Map<string, number> {
  const grams = new Map<string, number>();
  // A one-word text is its own single "bigram", so very short posts still compare.
  const list = words.length === 1 ? [words[0]!] : words.slice(1).map((word, i) => `${words[i]} ${word}`);
  for (const gram of list) grams.set(gram, (grams.get(gram) ?? 0) + 1);
  return grams;
}

/**
 * 0…1: how alike two post texts are. The observed excerpt may be cut short, so the planned text is
 * compared over the same number of words.
 */
export function textSimilarity(planned: string, observed: string): number {
  const seen = normalizeText(observed);
  const plan = normalizeText(planned).slice(0, Math.max(seen.length, 1));
  if (seen.length === 0 || plan.length === 0) return 0;
  const a = bigrams(plan);
  const b = bigrams(seen);
  let shared = 0;
  let total = 0;
  for (const count of a.values()) total += count;
  for (const [gram, count] of b) {
    total += count;
    shared += Math.min(count, a.get(gram) ?? 0);
  }
  return (2 * shared) / total;
}
