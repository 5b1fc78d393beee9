// Compression within a byte budget: the chosen quality when it fits, else the highest that fits, else a clear refusal.
import { describe, expect, it } from 'vitest';
import { encodeWithinBudget, MIN_QUALITY, OverBudgetError, type Encoder } from '@/utils/media/fit-bytes';

/** A fake JPEG encoder: the file grows linearly with quality (bytes = base + slope × quality); records each call. */
function fakeEncoder(base: number, slope: number) {
  const calls: number[] = [];
  const encode: Encoder = (_type, quality) => {
    calls.push(quality);
    return Promise.resolve(new Blob([new Uint8Array(Math.round(base + slope * quality))]));
  };
  return { encode, calls };
}

describe('encodeWithinBudget', () => {
  it('keeps the chosen quality when the file fits, in one encode', async () => {
    const { encode, calls } = fakeEncoder(1000, 1000);
    const result = await encodeWithinBudget(encode, 'image/jpeg', 0.9, 5000);
    expect(result).toMatchObject({ quality: 0.9 });
    expect(result.blob.size).toBe(1900);
    expect(calls).toEqual([0.9]);
  });

  it('finds the highest quality under the budget, within a hundredth', async () => {
    // bytes = 100,000 + 1,000,000 q; budget 800,000 → q ≤ 0.7.
    const { encode } = fakeEncoder(100_000, 1_000_000);
    const result = await encodeWithinBudget(encode, 'image/jpeg', 0.92, 800_000);
    expect(result.blob.size).toBeLessThanOrEqual(800_000);
    expect(result.quality).toBeGreaterThan(0.69);
    expect(result.quality).toBeLessThanOrEqual(0.7);
    expect(result.blob.size).toBe(Math.round(100_000 + 1_000_000 * result.quality!));
  });

  it('refuses, naming the size, when even the lowest quality is over', async () => {
    const { encode } = fakeEncoder(9_000_000, 1_000_000);
    const error = await encodeWithinBudget(encode, 'image/jpeg', 0.9, 5_000_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OverBudgetError);
    expect(error).toMatchObject({ bytes: 9_000_000 + 1_000_000 * MIN_QUALITY, budget: 5_000_000 });
  });

  it('encodes PNG once, losslessly, and refuses it when too big', async () => {
    const small = fakeEncoder(2000, 0);
    expect(await encodeWithinBudget(small.encode, 'image/png', 0.6, 5000)).toMatchObject({ quality: null });
    expect(small.calls).toEqual([1]);
    await expect(encodeWithinBudget(fakeEncoder(6000, 0).encode, 'image/png', 0.9, 5000)).rejects.toBeInstanceOf(OverBudgetError);
  });

  it('lifts a quality below the floor to the floor', async () => {
    const { encode, calls } = fakeEncoder(10, 10);
    expect((await encodeWithinBudget(encode, 'image/jpeg', 0.1, 1000)).quality).toBe(MIN_QUALITY);
    expect(calls).toEqual([MIN_QUALITY]);
  });
});
