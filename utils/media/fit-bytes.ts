/**
 * Compression that keeps to a byte budget: encode at the quality the manager chose, and only when the
 * file is over the platform's limit, search downwards for the highest quality that fits. The encoder
 * is passed in (canvas.toBlob in the side panel, a fake in tests), so the search is tested exactly.
 */

export type OutputType = 'image/jpeg' | 'image/png' | 'image/webp';

export interface Encoded {
  blob: Blob;
  /** The quality used (0–1); null for PNG, which is lossless and has no quality. */
  quality: number | null;
}

export type Encoder = (type: OutputType, quality: number) => Promise<Blob>;

/** Below this JPEG/WebP looks blocky on a photo; a file that only fits lower is refused, not mangled. */
export const MIN_QUALITY = 0.5;
/** Steps of the search: 6 halvings of [0.5, chosen] leave under 0.01 of quality unexplored. */
const SEARCH_STEPS = 6;

export class OverBudgetError extends Error {
  constructor(
    readonly bytes: number,
    readonly budget: number,
  ) {
    super(`the image is ${bytes} bytes at the lowest quality tried; the limit is ${budget}`);
    this.name = 'OverBudgetError';
  }
}

/**
 * The encoded image at `quality`, or at the highest quality found that fits `budget` bytes.
 * Throws OverBudgetError when even MIN_QUALITY (or lossless PNG) is over the budget.
 */
export async function encodeWithinBudget(encode: Encoder, type: OutputType, quality: number, budget: number): Promise<Encoded> {
  if (type === 'image/png') {
    const blob = await encode(type, 1);
    if (blob.size > budget) throw new OverBudgetError(blob.size, budget);
    return { blob, quality: null };
  }
  const chosen = Math.min(1, Math.max(MIN_QUALITY, quality));
  const first = await encode(type, chosen);
  if (first.size <= budget) return { blob: first, quality: chosen };
  const floor = await encode(type, MIN_QUALITY);
  if (floor.size > budget) throw new OverBudgetError(floor.size, budget);
  // Invariant: `low` fits, `high` does not. Size falls as quality falls (near enough for JPEG/WebP).
  let low = MIN_QUALITY;
  let best = floor;
  let high = chosen;
  for (let step = 0; step < SEARCH_STEPS; step++) {
    const middle = Math.round(((low + high) / 2) * 1000) / 1000;
    const blob = await encode(type, middle);
    if (blob.size <= budget) {
      low = middle;
      best = blob;
    } else {
      high = middle;
    }
  }
  return { blob: best, quality: low };
}
