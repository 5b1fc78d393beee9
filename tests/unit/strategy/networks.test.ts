// The Networks repository: rating a segment's presence, keeping the suggestions (one transaction), the
// brand's networks (which need the brand row), and the matrix's data read from rows and captured figures.
import { describe, expect, it } from 'vitest';
import { db } from '@/storage/db';
import { loadSampleWorkspace } from '@/storage/load-sample';
import { acceptSuggestedPresence, loadNetworks, NoBrandError, rateSegmentPresence, setBrandPlatforms, setBrandWorks } from '@/storage/networks';
import type { Brand, Platform, Segment } from '@/storage/schemas';
import { ValidationError } from '@/storage/validation';
import { PLATFORMS } from '@/utils/platforms';
import type { PresenceLevel } from '@/utils/strategy/network-ranking';

const NOW = Date.UTC(2026, 10, 26, 12);
const DAY = 86_400_000;

function segment(id: string, name: string, platforms: Platform[], presence?: Segment['presence']): Segment {
  return {
    id, name, description: '', interests: [], pains: [], ageMin: null, ageMax: null, location: '', platforms,
    ...(presence ? { presence } : {}),
    color: '#15803d', createdAt: 1, updatedAt: 1,
  };
}

const brand: Brand = {
  id: 'brand', name: 'Kahawa Bora', idea: '', mission: '', usp: '', toneOfVoice: '',
  swot: { strengths: [], weaknesses: [], opportunities: [], threats: [] }, updatedAt: 1,
};

describe('rating a segment on a platform', () => {
  it('sets the rating, keeps the others and stamps the row', async () => {
    await db.segments.add(segment('home', 'Home brewers', ['instagram'], { x: 1 }));
    const rated = await rateSegmentPresence('home', 'instagram', 3, NOW);
    expect(rated.presence).toEqual({ x: 1, instagram: 3 });
    expect(await db.segments.get('home')).toMatchObject({ presence: { x: 1, instagram: 3 }, updatedAt: NOW });
    await rateSegmentPresence('home', 'instagram', 0, NOW + 1);
    expect((await db.segments.get('home'))!.presence).toEqual({ x: 1, instagram: 0 });
  });

  it('refuses a rating outside 0–3, an unknown platform or segment, and writes nothing', async () => {
    await db.segments.add(segment('home', 'Home brewers', ['instagram']));
    await expect(rateSegmentPresence('home', 'instagram', 4 as PresenceLevel, NOW)).rejects.toThrow(new ValidationError('presence', 'a rating is 0, 1, 2 or 3', 'presence-level'));
    await expect(rateSegmentPresence('home', 'instagram', 1.5 as PresenceLevel, NOW)).rejects.toBeInstanceOf(ValidationError);
    await expect(rateSegmentPresence('home', 'myspace' as Platform, 2, NOW)).rejects.toThrow(/platform: not a supported platform: myspace/);
    await expect(rateSegmentPresence('nobody', 'instagram', 2, NOW)).rejects.toThrow(/segmentId: no segment nobody/);
    expect(await db.segments.get('home')).toEqual(segment('home', 'Home brewers', ['instagram']));
  });
});

describe('keeping the suggested ratings', () => {
  it('writes each unrated platform’s suggestion (listed 2, else 0) and leaves given ratings alone', async () => {
    await db.segments.bulkAdd([segment('home', 'Home brewers', ['instagram', 'youtube'], { instagram: 1 }), segment('office', 'Offices', ['linkedin'])]);
    expect(await acceptSuggestedPresence(NOW)).toEqual({ segments: 2 });
    expect((await db.segments.get('home'))!.presence).toEqual({ instagram: 1, youtube: 2, x: 0, facebook: 0, linkedin: 0, tiktok: 0, threads: 0 });
    expect((await db.segments.get('office'))!.presence).toEqual({ linkedin: 2, x: 0, instagram: 0, facebook: 0, youtube: 0, tiktok: 0, threads: 0 });
    expect((await db.segments.get('office'))!.updatedAt).toBe(NOW);
    // Nothing left to suggest: nothing changes.
    expect(await acceptSuggestedPresence(NOW + 1)).toEqual({ segments: 0 });
    expect((await db.segments.get('home'))!.updatedAt).toBe(NOW);
  });

  it('writes nothing when one segment cannot be saved (one transaction)', async () => {
    await db.segments.add(segment('home', 'Home brewers', ['instagram']));
    // A row that breaks the contract (written around the repository): its update fails validation.
    await db.segments.add({ ...segment('broken', 'Broken', ['x']), color: 'red' });
    await expect(acceptSuggestedPresence(NOW)).rejects.toThrow(/color/);
    expect((await db.segments.get('home'))!.presence).toBeUndefined();
  });
});

describe('the networks the brand works', () => {
  it('needs the brand row and creates none', async () => {
    await expect(setBrandPlatforms(['instagram'], NOW)).rejects.toBeInstanceOf(NoBrandError);
    await expect(setBrandWorks('instagram', true, NOW)).rejects.toBeInstanceOf(NoBrandError);
    expect(await db.brand.count()).toBe(0);
  });

  it('stores each platform once, in platform order, and toggles one at a time', async () => {
    await db.brand.add(brand);
    expect((await setBrandPlatforms(['tiktok', 'instagram', 'tiktok'], NOW)).platforms).toEqual(['instagram', 'tiktok']);
    await setBrandWorks('x', true, NOW + 1);
    await setBrandWorks('x', true, NOW + 2);
    expect((await db.brand.get('brand'))!.platforms).toEqual(['x', 'instagram', 'tiktok']);
    await setBrandWorks('instagram', false, NOW + 3);
    expect(await db.brand.get('brand')).toEqual({ ...brand, platforms: ['x', 'tiktok'], updatedAt: NOW + 3 });
    expect((await setBrandPlatforms([], NOW + 4)).platforms).toEqual([]);
  });

  it('refuses an unknown platform and changes nothing', async () => {
    await db.brand.add({ ...brand, platforms: ['x'] });
    await expect(setBrandPlatforms(['x', 'myspace' as Platform], NOW)).rejects.toBeInstanceOf(ValidationError);
    await expect(setBrandWorks('myspace' as Platform, true, NOW)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.brand.get('brand')).toEqual({ ...brand, platforms: ['x'] });
  });
});

describe('the matrix’s data', () => {
  it('reads segments, the brand’s choice and each platform’s captured figures', async () => {
    await db.brand.add({ ...brand, platforms: ['instagram'] });
    await db.segments.bulkAdd([segment('office', 'Offices', ['linkedin']), segment('home', 'Home brewers', ['instagram'], { instagram: 3 })]);
    await db.accounts.bulkAdd([
      { id: 'own-ig', platform: 'instagram', handle: 'kahawabora', role: 'own' },
      { id: 'rival-ig', platform: 'instagram', handle: 'rival', role: 'competitor', competitorId: 'rival' },
      { id: 'rival-x', platform: 'x', handle: 'rival', role: 'competitor', competitorId: 'rival' },
      { id: 'bakery-ig', platform: 'instagram', handle: 'bakery', role: 'partner', partnerId: 'bakery' },
    ]);
    const snapshot = (handle: string, followers: number) => ({
      id: `snap-${handle}`, platform: 'instagram' as const, handle, at: NOW - DAY, followers, following: null, posts: null, precision: {},
    });
    await db.profileSnapshots.bulkAdd([snapshot('kahawabora', 4210), snapshot('rival', 20_000), snapshot('bakery', 6800)]);
    const post = (author: string, n: number, likes: number, comments: number) => ({
      id: `instagram:${author}${n}`, platform: 'instagram' as const, postId: `${author}${n}`, url: `https://www.instagram.com/p/${author}${n}/`, author,
      publishedAt: NOW - n * DAY, text: '', likes, comments, reposts: null, views: null, bookmarks: null, precision: {},
      firstSeenAt: NOW - n * DAY, lastSeenAt: NOW, plannedPostId: null,
    });
    await db.observedPosts.bulkAdd([post('kahawabora', 1, 100, 10), post('kahawabora', 2, 90, 20), post('rival', 1, 500, 100), post('bakery', 1, 9000, 0)]);

    const data = await loadNetworks(NOW);
    expect(data.brand?.platforms).toEqual(['instagram']);
    expect(data.segments.map((s) => s.name)).toEqual(['Home brewers', 'Offices']);
    expect(data.inputs.map((i) => i.platform)).toEqual([...PLATFORMS]);
    const instagram = data.inputs.find((i) => i.platform === 'instagram')!;
    expect(instagram.works).toBe(true);
    expect(instagram.segments.map((s) => [s.name, s.level, s.rated])).toEqual([
      ['Home brewers', 3, true],
      ['Offices', 0, false],
    ]);
    // Rival: one post of 500 + 100 = 600 engagements over 20,000 followers = 3 %. The bakery is a partner: left out.
    expect(instagram.competitors).toEqual({ competitors: 1, medianFollowers: 20_000, engagementRate: 3 });
    // Ours: posts of 110 and 110 engagements, median 110, over 4,210 followers = 2.6128… %.
    expect(instagram.own.accounts).toBe(1);
    expect(instagram.own.followers).toBe(4210);
    expect(instagram.own.engagementRate).toBeCloseTo((110 / 4210) * 100, 10);
    // On X the rival is tracked but nothing was captured: no data, not 0.
    expect(data.inputs.find((i) => i.platform === 'x')!.competitors).toEqual({ competitors: 1, medianFollowers: null, engagementRate: null });
  });

  it('reads the sample workspace: its competitors, its own accounts, no brand choice yet', async () => {
    await loadSampleWorkspace(NOW);
    const data = await loadNetworks(NOW);
    expect(data.brand?.name).toBe('Kahawa Bora Roasters');
    expect(data.inputs.every((i) => !i.works)).toBe(true);
    const byPlatform = new Map(data.inputs.map((i) => [i.platform, i]));
    // Savanna Peak is on Instagram, X and TikTok; Jiko on Instagram and Facebook.
    expect(PLATFORMS.map((p) => byPlatform.get(p)!.competitors.competitors)).toEqual([1, 2, 1, 0, 0, 1, 0]);
    expect(PLATFORMS.map((p) => byPlatform.get(p)!.own.accounts)).toEqual([1, 1, 1, 1, 1, 1, 0]);
    // Six weeks of daily profile snapshots: every own account's followers are known.
    for (const p of PLATFORMS.filter((p) => p !== 'threads')) expect(byPlatform.get(p)!.own.followers).toBeGreaterThan(0);
    expect(byPlatform.get('instagram')!.competitors.engagementRate).toBeGreaterThan(0);
    // Three segments, none rated yet: each shows its suggestion.
    expect(byPlatform.get('linkedin')!.segments.map((s) => [s.name, s.level, s.rated])).toEqual([
      ['Cafés and offices (wholesale)', 2, false],
      ['Home brewers and enthusiasts', 0, false],
      ['Young professionals in Nairobi', 0, false],
    ]);
  });
});
