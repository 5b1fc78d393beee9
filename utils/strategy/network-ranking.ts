/**
 * Step 4 of the strategy, choosing the networks: for each platform, how present the audience segments
 * are there (rated by the manager), how competitors do there and how the brand itself does there
 * (captured), turned into a ranked recommendation with its reasons. Pure: storage/networks.ts gathers
 * the rows and the captured figures.
 *
 * The score, out of 100, weighs the audience most:
 * - audience, up to 60: 20 × the mean presence of all segments there (0 absent … 3 very present);
 * - competitors' engagement, up to 25: 5 × the median engagement rate (by followers, in %) of the
 *   competitors' accounts there, counted up to 5 % (a rate that high is strong on every platform);
 * - the brand's own traction, up to 15: 10 × its followers there ÷ its followers on its biggest
 *   platform, plus its own median engagement rate there, counted up to 5 %.
 * Unknown figures add nothing (and a reason says how to get them). The score is rounded to one decimal;
 * equal scores share a rank and are ordered by their audience part, then by the order of PLATFORMS.
 */
import type { AccountFigures } from '@/utils/strategy/figures';
import { median } from '@/utils/strategy/figures';
import { PLATFORMS, type Platform } from '@/utils/platforms';
import type { MessageKey } from '@/utils/i18n/translate';

export const PRESENCE_LEVELS = [0, 1, 2, 3] as const;
export type PresenceLevel = (typeof PRESENCE_LEVELS)[number];
/** The rating a segment gets on a platform it lists (or does not) until the manager rates it. */
export const SUGGESTED_LISTED: PresenceLevel = 2;
export const SUGGESTED_UNLISTED: PresenceLevel = 0;

export const AUDIENCE_WEIGHT = 20;
export const COMPETITOR_WEIGHT = 5;
export const OWN_FOLLOWERS_WEIGHT = 10;
export const OWN_RATE_WEIGHT = 1;
/** Engagement rates (%) above this count as this much. */
export const RATE_CAP = 5;

/** What a segment row needs for its presence on a platform. */
export interface PresenceSource {
  platforms: readonly Platform[];
  presence?: Partial<Record<Platform, number>> | undefined;
}

/** The rating of a segment on a platform, or the suggestion from its platforms when not rated yet. */
export function presenceOf(segment: PresenceSource, platform: Platform): { level: PresenceLevel; rated: boolean } {
  const rated = segment.presence?.[platform];
  if (rated !== undefined && (PRESENCE_LEVELS as readonly number[]).includes(rated)) return { level: rated as PresenceLevel, rated: true };
  return { level: suggestedPresence(segment, platform), rated: false };
}

export function suggestedPresence(segment: Pick<PresenceSource, 'platforms'>, platform: Platform): PresenceLevel {
  return segment.platforms.includes(platform) ? SUGGESTED_LISTED : SUGGESTED_UNLISTED;
}

export interface SegmentPresence {
  segmentId: string;
  name: string;
  level: PresenceLevel;
  /** False while the level is only the suggestion from the segment's platforms. */
  rated: boolean;
}

export interface CompetitorsThere {
  /** Competitors with at least one tracked account on the platform. */
  competitors: number;
  /** Median of their accounts' latest follower counts; null when none was read. */
  medianFollowers: number | null;
  /** Median of their accounts' engagement rates (%); null when none is known. */
  engagementRate: number | null;
}

export interface OwnThere {
  /** The brand's tracked accounts on the platform. */
  accounts: number;
  /** Their followers together; null when none was read. */
  followers: number | null;
  /** Median of their engagement rates (%); null when none is known. */
  engagementRate: number | null;
}

export interface NetworkInput {
  platform: Platform;
  segments: SegmentPresence[];
  competitors: CompetitorsThere;
  own: OwnThere;
  /** The brand works this network (brand.platforms). */
  works: boolean;
}

/** A tracked account with the figures captured for it. */
export interface AccountWithFigures {
  id: string;
  platform: Platform;
  role: 'own' | 'competitor' | 'partner';
  competitorId?: string | null | undefined;
  figures: AccountFigures | undefined;
}

const known = (values: readonly (number | null | undefined)[]): number[] => values.filter((v): v is number => v !== null && v !== undefined);

/** One input per platform, in the order of PLATFORMS, from the rows and the accounts' figures. */
export function networkInputs(segments: readonly (PresenceSource & { id: string; name: string })[], accounts: readonly AccountWithFigures[], brandPlatforms: readonly Platform[]): NetworkInput[] {
  return PLATFORMS.map((platform) => {
    const here = accounts.filter((account) => account.platform === platform);
    const rivals = here.filter((account) => account.role === 'competitor');
    const own = here.filter((account) => account.role === 'own');
    const ownFollowers = known(own.map((account) => account.figures?.followers));
    return {
      platform,
      segments: segments.map((segment) => ({ segmentId: segment.id, name: segment.name, ...presenceOf(segment, platform) })),
      competitors: {
        // An account tracked as a competitor's but not tied to one counts as a competitor of its own.
        competitors: new Set(rivals.map((account) => account.competitorId ?? account.id)).size,
        medianFollowers: median(known(rivals.map((account) => account.figures?.followers))),
        engagementRate: median(known(rivals.map((account) => account.figures?.engagementRate))),
      },
      own: {
        accounts: own.length,
        followers: ownFollowers.length ? ownFollowers.reduce((a, b) => a + b, 0) : null,
        engagementRate: median(known(own.map((account) => account.figures?.engagementRate))),
      },
      works: brandPlatforms.includes(platform),
    };
  });
}

/** A reason as a message key and its parameters; `names` is a list the UI joins for its language. */
export interface Reason {
  key: MessageKey;
  params: Record<string, string | number>;
  names?: readonly string[];
}

export interface RankedNetwork {
  platform: Platform;
  /** 1 for the best; equal scores share a rank. */
  rank: number;
  /** 0–100, one decimal. */
  score: number;
  parts: { audience: number; competitors: number; own: number };
  reasons: Reason[];
  /** Whether anything at all is known here (a rating, a suggestion above absent, or a captured figure). */
  hasData: boolean;
  input: NetworkInput;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;
const capped = (rate: number | null): number => (rate === null ? 0 : Math.min(Math.max(rate, 0), RATE_CAP));

const LEVEL_KEYS = {
  3: 'strategy.networks.reason.segmentsVery',
  2: 'strategy.networks.reason.segmentsMuch',
  1: 'strategy.networks.reason.segmentsLittle',
} as const satisfies Record<1 | 2 | 3, MessageKey>;

function audienceReasons(segments: readonly SegmentPresence[]): Reason[] {
  if (segments.length === 0) return [{ key: 'strategy.networks.reason.noSegments', params: {} }];
  const reasons: Reason[] = [];
  for (const level of [3, 2, 1] as const) {
    const names = segments.filter((s) => s.level === level).map((s) => s.name);
    if (names.length) reasons.push({ key: LEVEL_KEYS[level], params: { count: names.length }, names });
  }
  if (reasons.length === 0) reasons.push({ key: 'strategy.networks.reason.segmentsAbsent', params: {} });
  const suggested = segments.filter((s) => !s.rated).length;
  if (suggested) reasons.push({ key: 'strategy.networks.reason.suggested', params: { count: suggested } });
  return reasons;
}

function competitorReasons({ competitors, medianFollowers, engagementRate }: CompetitorsThere): Reason[] {
  if (competitors === 0) return [{ key: 'strategy.networks.reason.noCompetitors', params: {} }];
  const reasons: Reason[] = [
    medianFollowers === null
      ? { key: 'strategy.networks.reason.competitorsHere', params: { count: competitors } }
      : { key: 'strategy.networks.reason.competitorsFollowers', params: { count: competitors, followers: Math.round(medianFollowers) } },
  ];
  reasons.push(
    engagementRate === null
      ? { key: 'strategy.networks.reason.competitorsNoData', params: {} }
      : { key: 'strategy.networks.reason.competitorsEngagement', params: { rate: round1(engagementRate) } },
  );
  return reasons;
}

function ownReasons({ accounts, followers, engagementRate }: OwnThere): Reason[] {
  if (accounts === 0) return [{ key: 'strategy.networks.reason.noOwnAccount', params: {} }];
  if (followers === null && engagementRate === null) return [{ key: 'strategy.networks.reason.ownNoData', params: {} }];
  const reasons: Reason[] = [];
  if (followers !== null) reasons.push({ key: 'strategy.networks.reason.ownFollowers', params: { count: followers } });
  if (engagementRate !== null) reasons.push({ key: 'strategy.networks.reason.ownEngagement', params: { rate: round1(engagementRate) } });
  return reasons;
}

/** The platforms ranked best first, each with its score, the parts of it and its reasons. */
export function rankNetworks(inputs: readonly NetworkInput[]): RankedNetwork[] {
  const biggest = Math.max(0, ...known(inputs.map((input) => input.own.followers)));
  const scored = inputs.map((input) => {
    const levels = input.segments.map((s) => s.level);
    const audience = levels.length ? (AUDIENCE_WEIGHT * levels.reduce<number>((a, b) => a + b, 0)) / levels.length : 0;
    const competitors = COMPETITOR_WEIGHT * capped(input.competitors.engagementRate);
    const followerShare = biggest > 0 && input.own.followers !== null ? input.own.followers / biggest : 0;
    const own = OWN_FOLLOWERS_WEIGHT * followerShare + OWN_RATE_WEIGHT * capped(input.own.engagementRate);
    const hasData =
      levels.some((level) => level > 0) ||
      input.segments.some((s) => s.rated) ||
      input.competitors.medianFollowers !== null ||
      input.competitors.engagementRate !== null ||
      input.own.followers !== null ||
      input.own.engagementRate !== null;
    return {
      platform: input.platform,
      rank: 0,
      score: round1(audience + competitors + own),
      parts: { audience: round1(audience), competitors: round1(competitors), own: round1(own) },
      reasons: [...audienceReasons(input.segments), ...competitorReasons(input.competitors), ...ownReasons(input.own)],
      hasData,
      input,
    };
  });
  const order = (platform: Platform) => PLATFORMS.indexOf(platform);
  scored.sort((a, b) => b.score - a.score || b.parts.audience - a.parts.audience || order(a.platform) - order(b.platform));
  scored.forEach((network, index) => {
    const previous = scored[index - 1];
    network.rank = previous && previous.score === network.score ? previous.rank : index + 1;
  });
  return scored;
}
