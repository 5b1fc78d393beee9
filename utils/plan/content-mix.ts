/**
 * The content mix: how a month's posts should split between pillars ("education 40 %, promotion 30 %,
 * community 30 %"), and the apportionment that turns shares into whole posts.
 *
 * People type percentages that do not add up (40 + 40 + 40) or leave a row at 0; the mix is read as
 * relative weights and normalised, so any non-negative numbers mean something sensible.
 */

/** Pillar name → weight (a percentage, normalised when the weights do not sum to 100). */
export type ContentMix = Readonly<Record<string, number>>;

/** One pillar of a normalised mix; `percent` of all shares sums to 100. */
export interface MixShare {
  pillar: string;
  percent: number;
}

/** How pillar names are compared: "Education " and "education" are the same pillar. */
export function pillarKey(pillar: string): string {
  return pillar.trim().toLowerCase();
}

/**
 * The mix as shares summing to 100, in the order given. Names are trimmed; empty names, weights that
 * are not positive finite numbers, and later spellings of a pillar already listed are merged or dropped
 * (a duplicate's weight is added to the first spelling). An empty result means "no mix".
 */
export function normaliseMix(mix: ContentMix): MixShare[] {
  const merged = new Map<string, MixShare>();
  for (const [name, weight] of Object.entries(mix)) {
    const pillar = name.trim();
    if (!pillar || !Number.isFinite(weight) || weight <= 0) continue;
    const key = pillarKey(pillar);
    const known = merged.get(key);
    if (known) known.percent += weight;
    else merged.set(key, { pillar, percent: weight });
  }
  const total = [...merged.values()].reduce((sum, share) => sum + share.percent, 0);
  return [...merged.values()].map(({ pillar, percent }) => ({ pillar, percent: (percent / total) * 100 }));
}

/**
 * Splits `total` whole items between weights by largest remainder, filled deficit-first: starting from
 * the counts already there (`start`), each next item goes to the share furthest below its ideal
 * `weight / Σweights × total`; ties go to the earlier share, so the answer never depends on anything but
 * the input order. Starting from zero this is exactly the largest-remainder (Hamilton) method. A share
 * that `start` already fills beyond its ideal gets nothing more. Returns the final counts (start included).
 */
export function apportion(weights: readonly number[], total: number, start: readonly number[] = []): number[] {
  const counts = weights.map((_, i) => start[i] ?? 0);
  const sumWeights = weights.reduce((sum, weight) => sum + Math.max(0, weight), 0);
  if (sumWeights <= 0) return counts;
  const ideal = weights.map((weight) => (Math.max(0, weight) / sumWeights) * total);
  let placed = counts.reduce((sum, count) => sum + count, 0);
  for (; placed < total; placed++) {
    let best = 0;
    for (let i = 1; i < counts.length; i++) {
      if (ideal[i]! - counts[i]! > ideal[best]! - counts[best]! + 1e-9) best = i;
    }
    counts[best]!++;
  }
  return counts;
}

/**
 * A starting mix from the slots' own pillars: each pillar weighted by how many active slots carry it,
 * in whole percentages that sum to exactly 100 (largest remainder). Slots without a pillar add nothing.
 */
export function mixFromSlotPillars(pillars: readonly string[]): Record<string, number> {
  const counts = new Map<string, { pillar: string; count: number }>();
  for (const name of pillars) {
    const pillar = name.trim();
    if (!pillar) continue;
    const entry = counts.get(pillarKey(pillar)) ?? { pillar, count: 0 };
    entry.count++;
    counts.set(pillarKey(pillar), entry);
  }
  const entries = [...counts.values()];
  const percents = apportion(
    entries.map((entry) => entry.count),
    entries.length ? 100 : 0,
  );
  return Object.fromEntries(entries.map((entry, i) => [entry.pillar, percents[i]!]));
}
