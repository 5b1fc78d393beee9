// The networks choice matrix: presence (rated or suggested), per-platform inputs from accounts and their
// figures, and the ranking — scores worked out by hand in the comments from the documented weights:
// audience 20 × mean presence (≤ 60), competitors 5 × min(ER %, 5) (≤ 25), own 10 × followers ÷ the
// brand's biggest + min(own ER %, 5) (≤ 15).
import { describe, expect, it } from 'vitest';
import type { AccountFigures } from '@/utils/strategy/figures';
import { PLATFORMS, type Platform } from '@/utils/platforms';
import {
  networkInputs,
  presenceOf,
  rankNetworks,
  type CompetitorsThere,
  type NetworkInput,
  type OwnThere,
  type PresenceLevel,
} from '@/utils/strategy/network-ranking';

const SEGMENT_NAMES = ['Home brewers', 'Offices', 'Young professionals'] as const;

/** An input with the three segments at `levels` (rated unless listed in `suggested`). */
function input(
  platform: Platform,
  levels: [PresenceLevel, PresenceLevel, PresenceLevel],
  competitors: Partial<CompetitorsThere> = {},
  own: Partial<OwnThere> = {},
  suggested: number[] = [],
): NetworkInput {
  return {
    platform,
    segments: levels.map((level, index) => ({ segmentId: `s${index}`, name: SEGMENT_NAMES[index]!, level, rated: !suggested.includes(index) })),
    competitors: { competitors: 0, medianFollowers: null, engagementRate: null, ...competitors },
    own: { accounts: 0, followers: null, engagementRate: null, ...own },
    works: false,
  };
}

const figures = (followers: number | null, engagementRate: number | null): AccountFigures => ({
  followers,
  followersAt: followers === null ? null : 1,
  growth: null,
  growthDays: null,
  postsPerWeek: null,
  medianEngagement: null,
  engagementRate,
  bestFormat: null,
  sample: 0,
});

describe('presenceOf', () => {
  const segment = { platforms: ['instagram', 'x'] as Platform[], presence: { x: 0, tiktok: 3 } };

  it('suggests 2 on a listed platform and 0 elsewhere until rated', () => {
    expect(presenceOf(segment, 'instagram')).toEqual({ level: 2, rated: false });
    expect(presenceOf(segment, 'facebook')).toEqual({ level: 0, rated: false });
    expect(presenceOf({ platforms: ['youtube'] }, 'youtube')).toEqual({ level: 2, rated: false });
  });

  it('takes the rating over the listing, also a rating of 0 on a listed platform', () => {
    expect(presenceOf(segment, 'x')).toEqual({ level: 0, rated: true });
    expect(presenceOf(segment, 'tiktok')).toEqual({ level: 3, rated: true });
  });
});

describe('networkInputs', () => {
  it('gathers segments, competitors (counted once each), the brand and its choice per platform', () => {
    const segments = [
      { id: 'home', name: 'Home brewers', platforms: ['instagram'] as Platform[], presence: { instagram: 3 } },
      { id: 'office', name: 'Offices', platforms: ['linkedin'] as Platform[] },
    ];
    const accounts = [
      // Competitor c1 has two Instagram accounts, c2 one: 2 competitors, 3 accounts.
      { id: 'a1', platform: 'instagram' as const, role: 'competitor' as const, competitorId: 'c1', figures: figures(1000, 2) },
      { id: 'a2', platform: 'instagram' as const, role: 'competitor' as const, competitorId: 'c1', figures: figures(3000, 4) },
      { id: 'a3', platform: 'instagram' as const, role: 'competitor' as const, competitorId: 'c2', figures: figures(50_000, null) },
      { id: 'a4', platform: 'instagram' as const, role: 'own' as const, figures: figures(4210, 2.5) },
      // Partners are not part of the matrix.
      { id: 'a5', platform: 'instagram' as const, role: 'partner' as const, figures: figures(9_999_999, 50) },
      // A competitor account not tied to a competitor row is a competitor of its own; no figures yet.
      { id: 'a6', platform: 'tiktok' as const, role: 'competitor' as const, competitorId: null, figures: undefined },
      { id: 'a7', platform: 'tiktok' as const, role: 'own' as const, figures: figures(null, null) },
    ];
    const inputs = networkInputs(segments, accounts, ['instagram']);
    expect(inputs.map((i) => i.platform)).toEqual([...PLATFORMS]);

    const instagram = inputs.find((i) => i.platform === 'instagram')!;
    expect(instagram.segments).toEqual([
      { segmentId: 'home', name: 'Home brewers', level: 3, rated: true },
      { segmentId: 'office', name: 'Offices', level: 0, rated: false },
    ]);
    // Followers: median of 1,000, 3,000 and 50,000 = 3,000; ER: median of 2 and 4 (the third is unknown) = 3.
    expect(instagram.competitors).toEqual({ competitors: 2, medianFollowers: 3000, engagementRate: 3 });
    expect(instagram.own).toEqual({ accounts: 1, followers: 4210, engagementRate: 2.5 });
    expect(instagram.works).toBe(true);

    const tiktok = inputs.find((i) => i.platform === 'tiktok')!;
    expect(tiktok.competitors).toEqual({ competitors: 1, medianFollowers: null, engagementRate: null });
    expect(tiktok.own).toEqual({ accounts: 1, followers: null, engagementRate: null });
    expect(tiktok.works).toBe(false);

    const linkedin = inputs.find((i) => i.platform === 'linkedin')!;
    expect(linkedin.segments.map((s) => [s.segmentId, s.level, s.rated])).toEqual([
      ['home', 0, false],
      ['office', 2, false],
    ]);
    expect(linkedin.competitors).toEqual({ competitors: 0, medianFollowers: null, engagementRate: null });
    expect(linkedin.own).toEqual({ accounts: 0, followers: null, engagementRate: null });
  });
});

describe('rankNetworks', () => {
  const inputs: NetworkInput[] = [
    // x: audience 20 × (1+1+1)/3 = 20; nothing captured → 20.
    input('x', [1, 1, 1]),
    // instagram: audience 20 × (3+2+1)/3 = 40; competitors 5 × 3.14 = 15.7; own 10 × 4210/4210 + 2 = 12 → 67.7.
    input('instagram', [3, 2, 1], { competitors: 2, medianFollowers: 25_125, engagementRate: 3.14 }, { accounts: 1, followers: 4210, engagementRate: 2 }),
    // facebook: audience 20 × (1+1+2)/3 = 26.666…; a competitor without figures and own without figures add 0 → 26.7.
    input('facebook', [1, 1, 2], { competitors: 1 }, { accounts: 1 }),
    // linkedin: nothing at all (the zeros are only suggestions) → 0.
    input('linkedin', [0, 0, 0], {}, {}, [0, 1, 2]),
    // youtube: audience 0; competitors 5 × 4 = 20 → 20, tied with x but with a smaller audience part.
    input('youtube', [0, 0, 0], { competitors: 1, medianFollowers: 900, engagementRate: 4 }),
    // tiktok: audience 20 × 2/3 = 13.333…; competitors 5 × min(6.4, 5) = 25; own 10 × 2105/4210 = 5 → 43.333… → 43.3.
    input('tiktok', [2, 0, 0], { competitors: 1, medianFollowers: 21_500, engagementRate: 6.4 }, { accounts: 1, followers: 2105 }, [0]),
    // threads: rated absent for all → 0, tied with linkedin, which comes first in PLATFORMS.
    input('threads', [0, 0, 0]),
  ];
  const ranked = rankNetworks(inputs);

  it('orders by score, ties by audience part then the platform order, and ties share a rank', () => {
    expect(ranked.map((n) => [n.platform, n.rank, n.score])).toEqual([
      ['instagram', 1, 67.7],
      ['tiktok', 2, 43.3],
      ['facebook', 3, 26.7],
      ['x', 4, 20],
      ['youtube', 4, 20],
      ['linkedin', 6, 0],
      ['threads', 6, 0],
    ]);
  });

  it('keeps the parts of each score', () => {
    expect(ranked.find((n) => n.platform === 'instagram')!.parts).toEqual({ audience: 40, competitors: 15.7, own: 12 });
    expect(ranked.find((n) => n.platform === 'tiktok')!.parts).toEqual({ audience: 13.3, competitors: 25, own: 5 });
    expect(ranked.find((n) => n.platform === 'youtube')!.parts).toEqual({ audience: 0, competitors: 20, own: 0 });
  });

  it('gives the reasons: segments by level, competitors, the brand', () => {
    expect(ranked.find((n) => n.platform === 'instagram')!.reasons).toEqual([
      { key: 'strategy.networks.reason.segmentsVery', params: { count: 1 }, names: ['Home brewers'] },
      { key: 'strategy.networks.reason.segmentsMuch', params: { count: 1 }, names: ['Offices'] },
      { key: 'strategy.networks.reason.segmentsLittle', params: { count: 1 }, names: ['Young professionals'] },
      { key: 'strategy.networks.reason.competitorsFollowers', params: { count: 2, followers: 25_125 } },
      // 3.14 % is shown with one decimal.
      { key: 'strategy.networks.reason.competitorsEngagement', params: { rate: 3.1 } },
      { key: 'strategy.networks.reason.ownFollowers', params: { count: 4210 } },
      { key: 'strategy.networks.reason.ownEngagement', params: { rate: 2 } },
    ]);
    expect(ranked.find((n) => n.platform === 'facebook')!.reasons).toEqual([
      { key: 'strategy.networks.reason.segmentsMuch', params: { count: 1 }, names: ['Young professionals'] },
      { key: 'strategy.networks.reason.segmentsLittle', params: { count: 2 }, names: ['Home brewers', 'Offices'] },
      { key: 'strategy.networks.reason.competitorsHere', params: { count: 1 } },
      { key: 'strategy.networks.reason.competitorsNoData', params: {} },
      { key: 'strategy.networks.reason.ownNoData', params: {} },
    ]);
    expect(ranked.find((n) => n.platform === 'tiktok')!.reasons.map((r) => r.key)).toEqual([
      'strategy.networks.reason.segmentsMuch',
      'strategy.networks.reason.suggested',
      'strategy.networks.reason.competitorsFollowers',
      'strategy.networks.reason.competitorsEngagement',
      'strategy.networks.reason.ownFollowers',
    ]);
    expect(ranked.find((n) => n.platform === 'linkedin')!.reasons).toEqual([
      { key: 'strategy.networks.reason.segmentsAbsent', params: {} },
      { key: 'strategy.networks.reason.suggested', params: { count: 3 } },
      { key: 'strategy.networks.reason.noCompetitors', params: {} },
      { key: 'strategy.networks.reason.noOwnAccount', params: {} },
    ]);
  });

  it('tells which platforms have anything to stand on (a rating of absent is something)', () => {
    expect(ranked.filter((n) => !n.hasData).map((n) => n.platform)).toEqual(['linkedin']);
  });

  it('with no data at all, scores 0 everywhere, one shared rank, in platform order, saying what to do', () => {
    const empty = rankNetworks(networkInputs([], [], []));
    expect(empty.map((n) => [n.platform, n.rank, n.score, n.hasData])).toEqual(PLATFORMS.map((p) => [p, 1, 0, false]));
    expect(empty[0]!.reasons.map((r) => r.key)).toEqual([
      'strategy.networks.reason.noSegments',
      'strategy.networks.reason.noCompetitors',
      'strategy.networks.reason.noOwnAccount',
    ]);
  });

  it('a brand with 0 followers everywhere gets no share (no division by zero)', () => {
    const [first] = rankNetworks([input('x', [0, 0, 0], {}, { accounts: 1, followers: 0, engagementRate: null })]);
    expect(first!.score).toBe(0);
    expect(first!.reasons.at(-1)).toEqual({ key: 'strategy.networks.reason.ownFollowers', params: { count: 0 } });
    expect(first!.hasData).toBe(true);
  });

  it('an unrated suggestion counts like a rating in the score', () => {
    // 20 × (2+2+0)/3 = 26.666… → 26.7, whether rated or suggested.
    const rated = rankNetworks([input('instagram', [2, 2, 0])])[0]!;
    const suggested = rankNetworks([input('instagram', [2, 2, 0], {}, {}, [0, 1, 2])])[0]!;
    expect(rated.score).toBe(26.7);
    expect(suggested.score).toBe(26.7);
    expect(suggested.reasons).toContainEqual({ key: 'strategy.networks.reason.suggested', params: { count: 3 } });
  });
});
