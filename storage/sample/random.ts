/**
 * Deterministic randomness for the sample workspace. The sample must be the same every time it is
 * built for the same `now` (tests compare two builds; a user who reloads it sees the same brand), so
 * nothing here reads Math.random or the clock.
 */

/** The one fixed seed of the sample; every stream below is derived from it and a readable key. */
const SAMPLE_SEED = 0x6b616877; // "kahw"

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** `length` characters drawn from `alphabet` (for platform ids and shortcodes). */
  chars(alphabet: string, length: number): string;
}

/** mulberry32: a tiny 32-bit generator, well mixed enough for believable sample numbers. */
function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick() needs a non-empty list');
    return item;
  };
  return {
    next,
    int,
    between: (min, max) => min + next() * (max - min),
    pick,
    chance: (probability) => next() < probability,
    chars: (alphabet, length) => Array.from({ length }, () => pick([...alphabet])).join(''),
  };
}

/** FNV-1a: turns a key into a 32-bit number. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A stream of its own for each thing that needs randomness (one post's counts, one profile's
 * growth…). Keyed streams keep the sample stable: adding a post does not reshuffle every number
 * drawn after it.
 */
export function randomFor(key: string): Random {
  return createRandom(SAMPLE_SEED ^ hashKey(key));
}
