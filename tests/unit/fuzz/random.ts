/**
 * A seeded source of random and hostile values for the fuzz tests: the same seed gives the same run,
 * so a failure is reproduced by its seed (printed by each test) alone.
 */
export type Random = ReturnType<typeof randomSource>;

/** mulberry32: small, fast, and good enough to pick mutations. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}

/** Strings a page could put where text belongs: markup, script, control characters, huge and odd ones. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '<img src=x onerror="globalThis.__xss=1">',
  '<script>globalThis.__xss=1</script>',
  'javascript:globalThis.__xss=1',
  '=HYPERLINK("https://evil.example")',
  '__proto__',
  'constructor',
  'toString',
  '\u0000\u0001\u001f',
  '\u202e\u200f',
  '\ud800',
  '🤖'.repeat(200),
  'a'.repeat(281),
  'x'.repeat(100_000),
  'https://evil.example/p/1',
  'https://x.com/kahawabora/status/1',
  'KahawaBora',
  'kahawabora',
  '1.2K',
  '١٢٣',
] as const;

const NUMBERS = [0, -1, 1, 1.5, -0, 2 ** 53, 1e12, 1e12 + 1, 1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 7_258_118_400_001, Date.now()];

/** Any value a structured-clone message can carry, to a small depth. */
export function randomValue(random: Random, depth = 0): unknown {
  const kind = random.int(depth > 2 ? 4 : 7);
  switch (kind) {
    case 0:
      return random.pick([null, undefined, true, false]);
    case 1:
      return random.chance(0.5) ? random.pick(NUMBERS) : random.int(1_000_000) - 1000;
    case 2:
      return random.pick(HOSTILE_STRINGS);
    case 3:
      return random.chance(0.5) ? new Date(random.int(2 ** 40)) : BigInt(random.int(1000));
    case 4:
      return Array.from({ length: random.int(5) }, () => randomValue(random, depth + 1));
    case 5:
      return Object.fromEntries(Array.from({ length: random.int(5) }, () => [random.pick(['type', 'posts', 'platform', 'profile', 'health', '__proto__', 'constructor', 'x', '']), randomValue(random, depth + 1)]));
    default:
      // An object whose own key is "__proto__", as JSON.parse makes it.
      return JSON.parse(`{"__proto__": {"polluted": true}, "type": ${JSON.stringify(random.pick(['capture', 'get-status', 'plan-changed', 'x']))}}`) as unknown;
  }
}

/** A copy of `value` with one thing changed at a random place: a field set, removed, added or retyped. */
export function mutate(random: Random, value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) {
    const list = value as unknown[];
    if (list.length === 0 || random.chance(0.2)) {
      return random.pick<() => unknown>([() => [], () => [...list, randomValue(random)], () => Array.from({ length: 201 + random.int(300) }, () => list[0] ?? null), () => randomValue(random)])();
    }
    const at = random.int(list.length);
    return list.map((item, index) => (index === at ? mutate(random, item, depth + 1) : item));
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    const roll = random.int(10);
    if (roll === 0 || entries.length === 0) return { ...value, [random.pick(['admin', 'type', '__proto__', 'extra', 'id'])]: randomValue(random) };
    if (roll === 1) return Object.fromEntries(entries.filter((_, index) => index !== random.int(entries.length)));
    if (roll === 2 && depth > 0) return randomValue(random);
    const at = random.int(entries.length);
    return Object.fromEntries(entries.map(([key, item], index) => [key, index === at ? mutate(random, item, depth + 1) : item]));
  }
  return random.chance(0.7) ? randomValue(random) : value;
}
