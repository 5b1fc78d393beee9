// The brand's concept: created on the first save with id BRAND_ID, changed field by field afterwards
// (the Networks page's platforms survive), SWOT items tidied, bad input refused with nothing written.
import { describe, expect, it } from 'vitest';
import { emptyBrand, getBrand, saveBrand } from '@/storage/brand';
import { db } from '@/storage/db';
import { BRAND_ID, LIMITS } from '@/storage/schemas';
import { ValidationError } from '@/storage/validation';

describe('brand concept', () => {
  it('has no row in an empty workspace and creates it on the first save', async () => {
    expect(await getBrand()).toBeUndefined();
    const saved = await saveBrand({ name: 'Kahawa Bora', idea: 'Fresh Kenyan coffee' }, 1_000);
    expect(saved).toEqual({ ...emptyBrand(), id: BRAND_ID, name: 'Kahawa Bora', idea: 'Fresh Kenyan coffee', updatedAt: 1_000 });
    expect(await db.brand.toArray()).toEqual([saved]);
  });

  it('changes only the fields given and keeps the Networks page’s platforms', async () => {
    await saveBrand({ name: 'Kahawa Bora', mission: 'Everyday pleasure' }, 1_000);
    await db.brand.update(BRAND_ID, { platforms: ['instagram', 'tiktok'] });
    const saved = await saveBrand({ usp: '48-hour delivery', toneOfVoice: 'Warm' }, 2_000);
    expect(saved).toMatchObject({ name: 'Kahawa Bora', mission: 'Everyday pleasure', usp: '48-hour delivery', toneOfVoice: 'Warm', platforms: ['instagram', 'tiktok'], updatedAt: 2_000 });
    expect(await db.brand.count()).toBe(1);
  });

  it('trims SWOT items and drops blank ones, keeping their order', async () => {
    const saved = await saveBrand({
      swot: { strengths: ['  Direct trade ', '', 'Fresh beans'], weaknesses: ['   '], opportunities: ['Offices'], threats: [] },
    });
    expect(saved.swot).toEqual({ strengths: ['Direct trade', 'Fresh beans'], weaknesses: [], opportunities: ['Offices'], threats: [] });
    expect((await getBrand())?.swot).toEqual(saved.swot);
  });

  it('refuses bad input with the field named and writes nothing', async () => {
    const first = await saveBrand({ name: 'Kahawa Bora' }, 1_000);
    const tooLong = 'x'.repeat(LIMITS.name + 1);
    await expect(saveBrand({ name: tooLong, idea: 'changed' }, 2_000)).rejects.toMatchObject({ name: 'ValidationError', field: 'name' });
    const longItem = 'y'.repeat(LIMITS.shortText + 1);
    const error = await saveBrand({ swot: { strengths: ['ok', longItem], weaknesses: [], opportunities: [], threats: [] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('swot.strengths.1');
    expect(await db.brand.toArray()).toEqual([first]);
  });

  it('refuses bad input on an empty workspace without creating the row', async () => {
    await expect(saveBrand({ idea: 'z'.repeat(LIMITS.longText + 1) })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.brand.count()).toBe(0);
  });
});
