/**
 * Steps 1, 3 and 6 for the sample brand: concept and SWOT, competitors, audience segments with
 * their hooks, partners, and the accounts the collectors track. Plain data plus ids and timestamps.
 */
import type { Account, Hook, Platform, Segment, Swot } from '@/storage/schemas';
import { HOUR_MS } from './calendar';
import type { SampleContext } from './calendar';
import { profileUrl } from './permalinks';

export const BRAND_NAME = 'Kahawa Bora Roasters';
/** The year the roastery opened: the anniversary counts from it. */
export const FOUNDING_YEAR = 2016;

const BRAND = {
  name: BRAND_NAME,
  idea: 'A small-batch Nairobi roastery buying directly from cooperatives in Nyeri and Kirinyaga, roasting weekly, delivering within 48 hours.',
  mission: 'Make Kenyan specialty coffee an everyday pleasure for Kenyans: fresh, fairly paid, explained in English and Kiswahili.',
  usp: 'Roasted this week, at your door in 48 hours, traceable to the cooperative, for less per cup than a café latte.',
  toneOfVoice: 'Warm, knowledgeable, a little playful. Kiswahili for everyday posts, English for guides and B2B.',
  // Roasted-bean brown: captions and watermarks on prepared images.
  color: '#6f3b1f',
  swot: {
    strengths: ['Direct trade with four cooperatives', 'Beans never older than 14 days', 'Bilingual content that feels local', '48-hour delivery across Nairobi'],
    weaknesses: ['A team of three does everything', 'No café to taste in', 'Pricier than supermarket brands'],
    opportunities: ['Home brewing is growing', 'Offices want better coffee', 'Bakery and co-working partners', 'Few Kiswahili coffee creators on TikTok'],
    threats: ['Café chains in every mall', 'Cheap instant coffee', 'Green coffee price swings'],
  },
};

const COMPETITORS: readonly { key: string; name: string; website: string; notes: string; swot: Swot }[] = [
  {
    key: 'savanna',
    name: 'Savanna Peak Coffee',
    website: 'https://www.savannapeakcoffee.co.ke/',
    notes: 'Twelve mall cafés, big budget, polished video; English only, rarely answers comments.',
    swot: {
      strengths: ['Known across Kenya', 'Professional video team'],
      weaknesses: ['Generic captions', 'Beans sit on shelves for weeks'],
      opportunities: ['Their fans ask for single origins', 'Wholesale too pricey for small offices'],
      threats: ['Can undercut us at Black Friday', 'Rumoured home subscription'],
    },
  },
  {
    key: 'jiko',
    name: 'Jiko Roast House',
    website: 'https://jikoroasthouse.co.ke/',
    notes: 'Artisan roaster in Westlands, about our size. Strong Facebook community; almost no video.',
    swot: {
      strengths: ['Loyal local community', 'Monthly roastery events'],
      weaknesses: ['Almost no video', 'No delivery outside Westlands'],
      opportunities: ['They ignore offices', 'Their home brewers are ours too'],
      threats: ['Price war on 250 g bags', 'Could court our bakeries'],
    },
  },
];

const PARTNERS = [
  { key: 'bakery', name: 'Mkate Mtamu Bakery', contact: 'Wanjiru Kamau, hello@mkatemtamu.co.ke', audienceOverlap: 55,
    notes: 'Sourdough bakery in Kilimani that sells our beans.' },
  { key: 'cowork', name: 'Kazi Hub Co-working', contact: 'Brian Otieno, brian@kazihub.co.ke', audienceOverlap: 40,
    notes: '300 members in Westlands; our beans are in the lounge.' },
];

export type SegmentKey = 'professionals' | 'office' | 'homebrew';

/** [key, name, description, interests, pains, age range, location, platforms, colour]. */
const SEGMENTS: readonly [SegmentKey, string, string, string[], string[], [number, number] | null, string, Platform[], string][] = [
  ['professionals', 'Young professionals in Nairobi', 'Office workers and freelancers who drink coffee daily and find brands online.',
    ['café culture', 'productivity', 'local brands'], ['Café coffee every day is expensive', 'No time to shop for beans'],
    [24, 35], 'Nairobi (Westlands, Kilimani, CBD)', ['instagram', 'tiktok', 'x'], '#c2410c'],
  ['office', 'Cafés and offices (wholesale)', 'Office managers and café owners who buy coffee by the kilo.',
    ['team wellbeing', 'reliable supply', 'cost per cup'], ['Staff hate instant coffee', 'Late deliveries'],
    null, 'Nairobi and Mombasa', ['linkedin', 'facebook', 'instagram'], '#1d4ed8'],
  ['homebrew', 'Home brewers and enthusiasts', 'People with a V60 or moka pot who want origins and recipes.',
    ['brew methods', 'single origins', 'farm stories'], ['Stale supermarket beans', 'Recipes that do not suit Kenyan coffee'],
    [28, 50], 'Nairobi, Kiambu, Nakuru', ['instagram', 'youtube', 'facebook', 'x'], '#15803d'],
];

export type HookKey = 'first-bag' | 'flash-sale' | 'monthly-giveaway' | 'office-trial' | 'trusted-by' | 'barista-training' | 'brew-guide' | 'microlot-sample';

/** [key, segment, kind, title, offer, call to action]. */
const HOOKS: readonly [HookKey, SegmentKey, Hook['kind'], string, string, string][] = [
  ['first-bag', 'professionals', 'discount', '15% off the first bag', 'First subscription bag 15% off with KARIBU15.', 'Start your subscription'],
  ['flash-sale', 'professionals', 'urgency', '48-hour flash sale', '25% off selected coffees for 48 hours only.', 'Order before it ends'],
  ['monthly-giveaway', 'professionals', 'giveaway', 'Win a month of coffee', 'Follow, tag a friend, share: 1 kg of coffee to win every month.', 'Enter the giveaway'],
  ['office-trial', 'office', 'free-trial', 'Free 1 kg office trial', 'One kilo free for two weeks, grinder on loan.', 'Book a free trial'],
  ['trusted-by', 'office', 'social-proof', 'Brewed at 40+ offices', 'More than forty Nairobi offices and cafés serve our coffee.', 'See who brews with us'],
  ['barista-training', 'office', 'bonus', 'Free barista training', 'Barista training with the first wholesale order.', 'Ask for a quote'],
  ['brew-guide', 'homebrew', 'useful-content', 'Free brew guide', 'V60, French press and moka pot recipes for Kenyan coffee.', 'Download the guide'],
  ['microlot-sample', 'homebrew', 'bonus', 'Micro-lot sample', 'A 50 g micro-lot sample with every 1 kg order.', 'Order a kilo'],
];

export const segmentIdOf = (key: SegmentKey): string => `sample-segment-${key}`;
export const hookIdOf = (key: HookKey): string => `sample-hook-${key}`;
export const partnerIdOf = (key: string): string => `sample-partner-${key}`;

/** Where a segment can be reached: campaign posts go only where their segment is. */
export function platformsOfSegment(key: SegmentKey): readonly Platform[] {
  return SEGMENTS.find((s) => s[0] === key)?.[7] ?? [];
}

/** A tracked account and its profile's shape over the six weeks; `owner` is a competitor or partner key. */
export interface TrackedAccount extends Pick<Account, 'id' | 'platform' | 'handle' | 'role'> {
  owner: string | null;
  followers: number;
  followersPerDay: number;
  following: number | null;
  posts: number | null;
  postsPerWeek: number;
  hour: number;
}

type AccountRow = readonly [Platform, string, number, number, number | null, number | null, number?, number?];

/**
 * By role and owner: [platform, handle, followers, followers/day, following, posts, posts/week, local
 * hour they post at]. Counts a profile does not show (pages, company profiles) are null.
 */
const ACCOUNTS: Record<Account['role'], Record<string, readonly AccountRow[]>> = {
  own: {
    own: [
      ['instagram', 'kahawabora', 3180, 11, 412, 286],
      ['x', 'kahawabora', 1140, 2, 380, 1930],
      ['facebook', 'kahawaboraroasters', 2410, 4, null, null],
      ['linkedin', 'kahawa-bora-roasters', 860, 2, null, null],
      ['tiktok', 'kahawabora', 1870, 16, 95, 64],
      ['youtube', 'kahawabora', 310, 1, null, 18],
    ],
  },
  competitor: {
    savanna: [
      ['instagram', 'savannapeakcoffee', 48_200, 35, 610, 2140, 3, 9],
      ['x', 'savannapeak', 12_300, 4, 890, 8400, 3, 8],
      ['tiktok', 'savannapeakcoffee', 21_500, 60, 40, 210, 1.5, 19],
    ],
    jiko: [
      ['instagram', 'jikoroasthouse', 2050, 4, 820, 640, 2, 11],
      ['facebook', 'jikoroasthouse', 5600, 5, null, null, 2, 13],
    ],
  },
  partner: {
    bakery: [
      ['instagram', 'mkatemtamu', 6800, 9, 540, 980, 0.7, 7],
      ['facebook', 'mkatemtamubakery', 3950, 3, null, null, 0.5, 8],
    ],
    cowork: [
      ['linkedin', 'kazi-hub-coworking', 2300, 3, null, null, 0.5, 10],
      ['instagram', 'kazihub.ke', 1500, 2, 300, 410, 0.5, 12],
    ],
  },
};

export const TRACKED_ACCOUNTS: readonly TrackedAccount[] = (['own', 'competitor', 'partner'] as const).flatMap((role) =>
  Object.entries(ACCOUNTS[role]).flatMap(([owner, rows]) =>
    rows.map(([platform, handle, followers, followersPerDay, following, posts, postsPerWeek = 0, hour = 0]) => ({
      id: `sample-account-${owner}-${platform}`,
      platform, handle, role, owner: role === 'own' ? null : owner,
      followers, followersPerDay, following, posts, postsPerWeek, hour,
    })),
  ),
);

export function ownAccountOf(platform: Platform): TrackedAccount {
  const account = TRACKED_ACCOUNTS.find((a) => a.role === 'own' && a.platform === platform);
  if (!account) throw new Error(`the sample has no own ${platform} account`);
  return account;
}

const TEMPLATES: readonly [string, Platform | null, string][] = [
  ['New coffee drop (Instagram)', 'instagram', '☕ New on the roaster: {coffee} from {cooperative}.\nTastes like {notes}.\n👉 Link in bio'],
  ['Kidokezo cha wiki (any platform)', null, 'Kidokezo cha wiki ☕ {kidokezo}\nUna swali? Tuulize kwenye maoni!'],
];

/** Tags are stored without "#". */
const HASHTAG_SETS: readonly [string, string[]][] = [
  ['Brand (every post)', ['KahawaBora', 'NairobiCoffee', 'KenyanCoffee']],
  ['Home brewing', ['HomeBrewing', 'PourOver', 'V60', 'SpecialtyCoffee']],
  ['Kiswahili & local', ['KahawaYaKenya', 'Nairobi', 'MadeInKenya']],
];

const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The strategy tables, written when the manager set the workspace up. */
export function buildStrategy(ctx: SampleContext) {
  const created = { createdAt: ctx.setupAt, updatedAt: ctx.setupAt };
  const nameOf = new Map<string | null, string>([[null, BRAND_NAME], ...[...COMPETITORS, ...PARTNERS].map((x) => [x.key, x.name] as const)]);
  return {
    // The concept was refined the day after the first draft.
    brand: [{ id: 'brand' as const, ...BRAND, updatedAt: ctx.setupAt + 26 * HOUR_MS }],
    competitors: COMPETITORS.map(({ key, ...c }) => ({ id: `sample-competitor-${key}`, ...c, ...created })),
    partners: PARTNERS.map(({ key, ...p }) => ({ id: partnerIdOf(key), ...p, ...created })),
    segments: SEGMENTS.map(([key, name, description, interests, pains, ages, location, platforms, color]): Segment => ({
      id: segmentIdOf(key),
      name, description, interests, pains, location, platforms, color,
      ageMin: ages?.[0] ?? null,
      ageMax: ages?.[1] ?? null,
      ...created,
    })),
    hooks: HOOKS.map(([key, segment, kind, title, offer, callToAction]): Hook => ({
      id: hookIdOf(key),
      segmentId: segmentIdOf(segment),
      title, offer, kind, callToAction,
      active: true,
      ...created,
    })),
    accounts: TRACKED_ACCOUNTS.map(({ id, platform, handle, role, owner }): Account => ({
      id, platform, handle, role,
      displayName: nameOf.get(owner) ?? handle,
      url: profileUrl(platform, handle),
      competitorId: role === 'competitor' ? `sample-competitor-${owner}` : null,
      partnerId: role === 'partner' ? partnerIdOf(owner ?? '') : null,
      createdAt: ctx.setupAt,
    })),
    templates: TEMPLATES.map(([name, platform, text]) => ({ id: `sample-template-${slug(name)}`, name, platform, text, ...created })),
    hashtagSets: HASHTAG_SETS.map(([name, tags]) => ({ id: `sample-hashtags-${slug(name)}`, name, tags: [...tags], ...created })),
  };
}
