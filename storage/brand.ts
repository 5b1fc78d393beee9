/**
 * The brand's concept (step 1 of the strategy): name, business idea, mission, unique selling point,
 * tone of voice and its SWOT. One row, id BRAND_ID; an empty workspace has none until the first save.
 */
import { db } from './db';
import { BRAND_ID, brandSchema, type Brand, type Swot } from './schemas';
import { parseRow } from './validation';

/** What the Concept page edits; `platforms` belongs to the Networks page and is kept as it is. */
export type BrandInput = Omit<Brand, 'id' | 'updatedAt' | 'platforms'>;

export const SWOT_QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const satisfies readonly (keyof Swot)[];

export function emptySwot(): Swot {
  return { strengths: [], weaknesses: [], opportunities: [], threats: [] };
}

/** The colour offered until the brand chose one: Mkakati's own accent. */
export const DEFAULT_BRAND_COLOR = '#0f766e';

/** The concept of a workspace that has none yet: every field empty. */
export function emptyBrand(): BrandInput {
  return { name: '', idea: '', mission: '', usp: '', toneOfVoice: '', swot: emptySwot(), color: DEFAULT_BRAND_COLOR };
}

/** The brand row, or undefined before the concept was first saved. */
export function getBrand(): Promise<Brand | undefined> {
  return db.brand.get(BRAND_ID);
}

/**
 * A SWOT as people mean it: each item trimmed, blank items dropped (an empty line is no strength).
 * Shared by the brand and the competitors.
 */
export function tidySwot(swot: Swot): Swot {
  const tidy = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== '');
  return { strengths: tidy(swot.strengths), weaknesses: tidy(swot.weaknesses), opportunities: tidy(swot.opportunities), threats: tidy(swot.threats) };
}

/**
 * Saves the concept: creates the row on the first save, otherwise changes the fields given and keeps
 * the rest (the Networks page's `platforms` among them). Validated first: bad input throws a
 * ValidationError naming the field and writes nothing.
 */
export async function saveBrand(patch: Partial<BrandInput>, now = Date.now()): Promise<Brand> {
  return db.transaction('rw', db.brand, async () => {
    const current = (await getBrand()) ?? { id: BRAND_ID, ...emptyBrand() };
    const merged = { ...current, ...patch, id: BRAND_ID, updatedAt: now };
    const valid = parseRow(brandSchema, merged);
    const brand: Brand = { ...valid, swot: tidySwot(valid.swot) };
    await db.brand.put(brand);
    return brand;
  });
}
