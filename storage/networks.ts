/**
 * The Networks page (step 4): what the choice matrix stands on — segments and their presence ratings,
 * the brand's chosen platforms, tracked accounts and their captured figures — and the two edits made
 * there: rating how present a segment is on a platform, and choosing the networks the brand works.
 * The ranking itself is pure (utils/strategy/network-ranking.ts).
 */
import { networkInputs, presenceOf, PRESENCE_LEVELS, type NetworkInput, type PresenceLevel } from '@/utils/strategy/network-ranking';
import { PLATFORMS, type Platform } from '@/utils/platforms';
import { figuresByAccount } from './account-figures';
import { db } from './db';
import { BRAND_ID, brandSchema, segmentSchema, type Brand, type Segment } from './schemas';
import { ValidationError, parseRow } from './validation';

/** Choosing networks edits the brand row, which the Concept page creates: without it there is nothing to edit. */
export class NoBrandError extends Error {
  constructor() {
    super('The brand has no concept yet: fill in the concept first.');
    this.name = 'NoBrandError';
  }
}

export interface NetworksData {
  brand: Brand | undefined;
  segments: Segment[];
  /** One per platform, in the order of PLATFORMS. */
  inputs: NetworkInput[];
}

function checkPlatform(platform: unknown): Platform {
  if (!(PLATFORMS as readonly unknown[]).includes(platform)) throw new ValidationError('platform', `not a supported platform: ${String(platform)}`, 'unsupported-platform');
  return platform as Platform;
}

function checkLevel(level: unknown): PresenceLevel {
  if (!(PRESENCE_LEVELS as readonly unknown[]).includes(level)) throw new ValidationError('presence', 'a rating is 0, 1, 2 or 3', 'presence-level');
  return level as PresenceLevel;
}

/** Everything the matrix needs, read in one transaction; figures are those of the 30 days before `now`. */
export async function loadNetworks(now = Date.now()): Promise<NetworksData> {
  return db.transaction('r', [db.brand, db.segments, db.accounts, db.profileSnapshots, db.observedPosts, db.posts], async () => {
    const [brand, segments, accounts] = await Promise.all([db.brand.get(BRAND_ID), db.segments.toArray(), db.accounts.toArray()]);
    segments.sort((a, b) => a.name.localeCompare(b.name));
    const relevant = accounts.filter((account) => account.role !== 'partner');
    const figures = await figuresByAccount(relevant, now);
    const inputs = networkInputs(
      segments,
      relevant.map((account) => ({ ...account, figures: figures.get(`${account.platform}:${account.handle}`) })),
      brand?.platforms ?? [],
    );
    return { brand, segments, inputs };
  });
}

/** Rates how present a segment is on a platform (0 absent … 3 very). Bad input throws and writes nothing. */
export async function rateSegmentPresence(segmentId: string, platform: Platform, level: PresenceLevel, now = Date.now()): Promise<Segment> {
  checkPlatform(platform);
  checkLevel(level);
  return db.transaction('rw', db.segments, async () => {
    const segment = await db.segments.get(segmentId);
    if (!segment) throw new ValidationError('segmentId', `no segment ${segmentId}`, 'no-such-segment');
    const rated = parseRow(segmentSchema, { ...segment, presence: { ...segment.presence, [platform]: level }, updatedAt: now });
    await db.segments.put(rated);
    return rated;
  });
}

/**
 * Keeps every suggested rating (from the platforms each segment lists) as the manager's own, in one
 * transaction; ratings already given stay. Returns how many segments changed.
 */
export async function acceptSuggestedPresence(now = Date.now()): Promise<{ segments: number }> {
  return db.transaction('rw', db.segments, async () => {
    const segments = await db.segments.toArray();
    const changed: Segment[] = [];
    for (const segment of segments) {
      const presence = { ...segment.presence };
      let added = false;
      for (const platform of PLATFORMS) {
        const { level, rated } = presenceOf(segment, platform);
        if (rated) continue;
        presence[platform] = level;
        added = true;
      }
      // Validated all before any is written: one bad row leaves every row as it was.
      if (added) changed.push(parseRow(segmentSchema, { ...segment, presence, updatedAt: now }));
    }
    await db.segments.bulkPut(changed);
    return { segments: changed.length };
  });
}

/** Sets the networks the brand works (stored once each, in the order of PLATFORMS). Needs the brand row. */
export async function setBrandPlatforms(platforms: readonly Platform[], now = Date.now()): Promise<Brand> {
  platforms.forEach(checkPlatform);
  const chosen = PLATFORMS.filter((platform) => platforms.includes(platform));
  return db.transaction('rw', db.brand, async () => {
    const brand = await db.brand.get(BRAND_ID);
    if (!brand) throw new NoBrandError();
    const updated = parseRow(brandSchema, { ...brand, platforms: chosen, updatedAt: now });
    await db.brand.put(updated);
    return updated;
  });
}

/** Adds or removes one network of the brand's, reading the current choice in the same transaction. */
export async function setBrandWorks(platform: Platform, works: boolean, now = Date.now()): Promise<Brand> {
  checkPlatform(platform);
  return db.transaction('rw', db.brand, async () => {
    const current = (await db.brand.get(BRAND_ID))?.platforms ?? [];
    const next = works ? [...current, platform] : current.filter((p) => p !== platform);
    return setBrandPlatforms(next, now);
  });
}
