/**
 * Deterministic randomness: the sample must be the same every time it is built for the same `now`
 * (tests compare two builds; a reloaded sample looks the same), so nothing reads Math.random.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  /** `length` characters drawn from `alphabet` (platform ids, shortcodes). */
  chars(alphabet: string, length: number): string;
}

/** The one fixed seed; every stream is derived from it and a key. */
const SAMPLE_SEED = 0x6b616877;

/** mulberry32: a tiny 32-bit generator, well mixed enough for believable sample numbers. */
function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    chars: (alphabet, length) => Array.from({ length }, () => alphabet.charAt(int(0, alphabet.length - 1))).join(''),
  };
}

/**
 * A stream of its own per key (one post's counts, one profile's growth…), hashed with FNV-1a:
 * adding a post does not reshuffle every number drawn after it.
 */
export function randomFor(key: string): Random {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return mulberry32(SAMPLE_SEED ^ hash);
}
