/**
 * What the sample brand and the accounts it tracks say, in English and Kiswahili. Placeholders
 * ({coffee}, {cooperative}, {notes}, {notesSw}, {years}) are filled with the coffee of the week,
 * so a theme that comes back every few weeks still reads as a new post.
 */
import type { HookKey, SegmentKey } from './strategy';

/** The content pillars, used consistently by slots, posts and reports. */
export const PILLARS = ['education', 'promotion', 'community', 'behind the scenes'] as const;
export type Pillar = (typeof PILLARS)[number];
const [EDU, PROMO, COMMUNITY, BTS] = PILLARS;

export interface ContentIdea {
  pillar: Pillar;
  segment: SegmentKey;
  /** Always a hook of `segment`. */
  hook: HookKey | null;
  topic: string;
  title: string;
  text: string;
  hashtags: readonly string[];
}

const BRAND = ['KahawaBora', 'NairobiCoffee'];
const SW = ['KahawaYaKenya', 'Nairobi'];
const BREW = ['HomeBrewing', 'SpecialtyCoffee'];

const idea = (
  [pillar, segment, hook]: readonly [Pillar, SegmentKey, HookKey | null],
  topic: string,
  title: string,
  text: string,
  hashtags: readonly string[] = BRAND,
): ContentIdea => ({ pillar, segment, hook, topic, title, text, hashtags });

/** The coffees on rotation, one per week. */
export const COFFEES = [
  { coffee: 'Nyeri AA Gatomboya', cooperative: 'Gatomboya cooperative', notes: 'blackcurrant', notesSw: 'matunda meusi' },
  { coffee: 'Kirinyaga AB Kii', cooperative: 'Rung’eto cooperative', notes: 'red grape', notesSw: 'zabibu' },
  { coffee: 'Murang’a Peaberry', cooperative: 'Kamacharia cooperative', notes: 'orange', notesSw: 'machungwa' },
  { coffee: 'Embu Batian', cooperative: 'Kianjokoma cooperative', notes: 'plum and cocoa', notesSw: 'plamu na kakao' },
] as const;

/** Ideas per recurring slot (see plan.ts), taken in turn week after week. */
export const SLOT_IDEAS = {
  linkedin: [
    idea([EDU, 'office', 'trusted-by'], 'office coffee', 'What 40 offices taught us about coffee', 'We roast for 40+ Nairobi offices. Teams drink twice as much when the coffee is good, and a grinder on site beats a fancy machine. This week: {coffee}.'),
    idea([EDU, 'office', 'office-trial'], 'office coffee', 'The real cost of a cup at the office', 'Fresh coffee costs an office about KES 18 a cup; a café latte, KES 350. Try our free 1 kg office trial.', ['OfficeCoffee']),
  ],
  reel: [
    idea([BTS, 'professionals', null], 'roasting', 'Kutoka shambani hadi kikombeni', 'Kutoka shambani hadi kikombeni ☕ Tazama {coffee} ikichomwa hapa Nairobi. Agiza leo, tukuletee ndani ya saa 48.', SW),
    idea([EDU, 'homebrew', 'brew-guide'], 'brewing', 'V60 in 60 seconds', 'V60 in 60 seconds: 15 g of {coffee}, 250 g of water at 94 °C, done by 3 minutes. Full recipe in our free brew guide.', BREW),
    idea([COMMUNITY, 'professionals', 'first-bag'], 'morning routine', 'Morning routine, Nairobi edition', 'Alarm at 6, kettle on, {coffee} in the French press. Your first subscription bag is 15% off with KARIBU15.'),
  ],
  facebook: [
    idea([COMMUNITY, 'homebrew', null], 'coffee of the week', 'Kahawa ya wiki', 'Wiki hii: {coffee} kutoka {cooperative}, yenye ladha ya {notesSw}. Ni kahawa ipi unapenda asubuhi? 👇', SW),
    idea([EDU, 'homebrew', 'brew-guide'], 'storage', 'How to keep beans fresh', 'Airtight jar, no sun, never the fridge, and grind just before brewing: {coffee} stays lively for a month.', BREW),
  ],
  x: [
    idea([COMMUNITY, 'professionals', null], 'morning', 'Habari za asubuhi', 'Habari za asubuhi, Nairobi! ☕ Kikombe cha kwanza leo ni {coffee}. Wewe unakunywa nini?', SW),
    idea([COMMUNITY, 'professionals', 'flash-sale'], 'weekend', 'Weekend flash sale', 'Weekend flash sale: 25% off {coffee} for 48 hours, while this week’s roast lasts.'),
  ],
  carousel: [
    idea([EDU, 'homebrew', 'brew-guide'], 'brew methods', '4 ways to brew Kenyan coffee at home', 'French press, moka pot, AeroPress, V60: swipe for a recipe for each, made with {coffee}.', BREW),
    idea([BTS, 'homebrew', 'microlot-sample'], 'farm visit', 'Ziara ya shamba: {cooperative}', 'Ziara yetu kwa {cooperative} 🌱 Tulikutana na wakulima na tukachagua {coffee}.', SW),
  ],
  tiktok: [
    idea([BTS, 'professionals', null], 'roaster life', 'Siku moja na mchomaji wetu', 'Siku moja na mchomaji wetu 🔥 Tunaanza saa kumi na moja alfajiri; saa mbili {coffee} iko kwenye mifuko.', SW),
    idea([COMMUNITY, 'professionals', 'monthly-giveaway'], 'giveaway', 'Guess the tasting notes', 'Guess the tasting notes of {coffee} 👀 Right answers enter this month’s draw for 1 kg of coffee.'),
  ],
} as const satisfies Record<string, readonly ContentIdea[]>;
export type SlotIdeaPool = keyof typeof SLOT_IDEAS;

/** Ideas outside the slots: monthly formats, company events and partnerships. */
export const EXTRA_IDEAS = {
  youtube: [
    idea([EDU, 'homebrew', 'brew-guide'], 'brewing', 'How to brew a perfect V60 with Kenyan coffee', 'Ratio, grind, water and the pour that brings out the {notes} of {coffee}. Free brew guide below.', BREW),
    idea([BTS, 'homebrew', null], 'farm visit', 'From cherry to cup with the {cooperative}', 'Picking, pulping and drying with the {cooperative}: where {coffee} begins.', BREW),
  ],
  article: [idea([EDU, 'office', 'office-trial'], 'office coffee', 'Why office coffee costs more than you think', 'Instant looks cheap until you count the café runs: in ten Nairobi offices, fresh coffee on site cut coffee spending by 40%.', ['OfficeCoffee'])],
  poll: [
    idea([COMMUNITY, 'professionals', null], 'habits', 'Unakunywaje kahawa yako?', 'Unakunywaje kahawa yako asubuhi? ☕ Black, na maziwa, latte… au huna muda? 😅', SW),
    idea([COMMUNITY, 'homebrew', null], 'next guide', 'Which guide should we film next?', 'Which brew guide should we film next? AeroPress, Chemex or moka pot?'),
  ],
  cupping: idea([COMMUNITY, 'homebrew', 'microlot-sample'], 'cupping session', 'Public cupping at the roastery', 'Karibu kwenye cupping yetu Jumamosi saa nne asubuhi! Onja kahawa tatu mpya. Nafasi 20 tu: jisajili kupitia kiungo kwenye bio.', SW),
  anniversary: idea([COMMUNITY, 'professionals', null], 'anniversary', 'Miaka {years} ya Kahawa Bora', 'Miaka {years} ya Kahawa Bora! 🎂 Tulianza kwenye gereji Kilimani; leo tunahudumia nyumba, ofisi na mikahawa kote Nairobi. Asanteni!', SW),
  coPost: idea([COMMUNITY, 'office', 'trusted-by'], 'partners', 'Fresh coffee at Kazi Hub', 'Kazi Hub members: the lounge now brews Kahawa Bora. Come for the Wi-Fi, stay for {coffee}.', ['KaziHub', 'KahawaBora']),
  undated: [idea([BTS, 'homebrew', null], 'harvest trip', 'Harvest trip vlog to Nyeri', 'Film the next harvest trip: the farmers, the drying beds, the first cup.')],
} as const;

/** Campaign ideas: the first is the launch, posted on several platforms at once. */
export const CAMPAIGN_IDEAS = {
  blackFriday: [
    idea([PROMO, 'professionals', 'flash-sale'], 'black friday', 'Black Friday: 25% off all coffee', 'Black Friday imefika! 🖤 Punguzo la 25% kwa kahawa zote hadi Cyber Monday. Msimbo: BORA25.', ['BlackFriday', 'KahawaBora']),
    idea([PROMO, 'professionals', 'first-bag'], 'black friday', 'Black Friday subscription deal', 'Black Friday only: your first three subscription bags 25% off, fresh {coffee} every two weeks.', ['BlackFriday']),
    idea([PROMO, 'office', 'barista-training'], 'black friday', 'Black Friday for offices', 'Offices: wholesale orders before Cyber Monday get 25% off the first month and a free barista training.', ['BlackFriday']),
    idea([PROMO, 'professionals', 'flash-sale'], 'cyber monday', 'Cyber Monday: last hours', 'Saa chache zimebaki! ⏳ Leo ni siku ya mwisho ya punguzo la 25%. Msimbo: BORA25.', ['CyberMonday']),
  ],
  promotion: [
    idea([PROMO, 'professionals', 'first-bag'], 'subscription', 'Subscribe & save week', 'Subscribe & save week ☕ Fresh coffee every two weeks, first bag 15% off with KARIBU15.'),
    idea([PROMO, 'professionals', 'first-bag'], 'subscription', 'Usajili: kahawa mlangoni kwako', 'Kahawa mpya kila wiki mbili, mlangoni kwako. Wiki hii tu: punguzo la 15% (KARIBU15).', SW),
    idea([PROMO, 'homebrew', 'microlot-sample'], 'subscription', 'Subscribers taste first', 'This week every subscription bag comes with a sample of our newest micro-lot, {coffee}.'),
  ],
  contest: [
    idea([PROMO, 'professionals', 'monthly-giveaway'], 'giveaway', 'Giveaway with Mkate Mtamu', 'SHINDANO 🎉 Shinda kilo 1 ya kahawa na mikate ya wiki nzima kutoka Mkate Mtamu! Fuata akaunti zote mbili, tag rafiki, shiriki.', ['Shindano']),
    idea([PROMO, 'professionals', 'monthly-giveaway'], 'giveaway', 'Giveaway: coffee and sourdough', 'Win 1 kg of {coffee} and a week of sourdough: follow us and Mkate Mtamu, tag a friend, share.', ['Giveaway']),
    idea([COMMUNITY, 'professionals', 'monthly-giveaway'], 'giveaway', 'And the winner is…', 'Hongera to our giveaway winner! 🎉 Thank you all, and thank you Mkate Mtamu.', ['Shindano']),
  ],
} as const satisfies Record<string, readonly ContentIdea[]>;

/** What competitors and partners post (by their key in strategy.ts), taken in turn. */
export const OTHER_CAPTIONS: Record<string, readonly string[]> = {
  savanna: ['Your weekend starts with a Savanna Peak flat white.', 'New café at Two Rivers: the first 100 guests get a free cappuccino.'],
  jiko: ['Saturday cupping at the roast house, 10 am.', 'Kahawa ya Jumatatu: punguzo la 10% kwa mfuko wa gramu 500.'],
  bakery: ['Sourdough out of the oven at 7 am 🍞', 'Cinnamon rolls and a cup of Kahawa Bora: the best Saturday.'],
  cowork: ['Members’ breakfast on Friday: coffee by Kahawa Bora.'],
};

/** Fills the {placeholders} of an idea's title or text. */
export function fillText(template: string, variables: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(variables[name] ?? match));
}
