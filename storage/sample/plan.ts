/**
 * Steps 5 and 6: recurring slots, posts from six weeks back to a month ahead, and collaborations.
 * Posts are drafted with readable keys, then sorted and numbered (`sample-post-001` is the oldest).
 */
import type { Collaboration, Platform, Post, Slot } from '@/storage/schemas';
import { DAY_MS, HOUR_MS, MINUTE_MS, SAMPLE_TIME_ZONE, dateOfDay, instantOf, isoWeekdayOf, yearOfDay, type Day, type SampleContext } from './calendar';
import { nextWeekday, type CampaignKey, type PlacedCampaign, type PlacedEvents } from './calendar-items';
import { CAMPAIGN_IDEAS, COFFEES, EXTRA_IDEAS, SLOT_IDEAS, fillText, type ContentIdea, type Pillar, type SlotIdeaPool } from './content';
import { mintPermalink, permalinkKindOf } from './permalinks';
import { randomFor, type Random } from './random';
import { FOUNDING_YEAR, hookIdOf, ownAccountOf, partnerIdOf, platformsOfSegment, segmentIdOf } from './strategy';

type Format = Post['format'];
/** One platform variant of an idea: where, in what format, at what local time. */
type Variant = readonly [Platform, Format, string];

/**
 * [key, ISO weekday, time, platform, format, pillar, idea pool]: reels in the evening, B2B in the
 * morning. YouTube guides are monthly and planned by hand: that slot is off (no pool).
 */
const SLOTS: readonly [string, number, string, Platform, Format, Pillar, SlotIdeaPool | null][] = [
  ['mon-linkedin-text', 1, '08:00', 'linkedin', 'text', 'education', 'linkedin'],
  ['tue-instagram-reel', 2, '18:00', 'instagram', 'reel', 'behind the scenes', 'reel'],
  ['wed-facebook-image', 3, '12:30', 'facebook', 'image', 'community', 'facebook'],
  ['thu-instagram-reel', 4, '18:00', 'instagram', 'reel', 'education', 'reel'],
  ['fri-x-text', 5, '08:30', 'x', 'text', 'community', 'x'],
  ['sat-instagram-carousel', 6, '10:00', 'instagram', 'carousel', 'education', 'carousel'],
  ['sun-tiktok-video', 7, '17:00', 'tiktok', 'video', 'behind the scenes', 'tiktok'],
  ['wed-youtube-video', 3, '16:00', 'youtube', 'video', 'education', null],
];
/** More than ten days ahead only these slots are sketched: a real plan thins out. */
const CORE_SLOTS: ReadonlySet<string> = new Set(['tue-instagram-reel', 'thu-instagram-reel', 'sun-tiktok-video']);

export const buildSlots = (ctx: SampleContext): Slot[] =>
  SLOTS.map(([key, weekday, localTime, platform, format, pillar, pool]) => ({
    id: `sample-slot-${key}`,
    weekday, localTime, platform, format, pillar,
    active: pool !== null,
    createdAt: ctx.setupAt,
    updatedAt: ctx.setupAt,
  }));

interface PostDraft {
  key: string;
  slot: string | null;
  day: Day | null;
  time: string | null;
  platform: Platform;
  format: Format;
  idea: ContentIdea;
  campaignId: string | null;
  groupId: string | null;
  /** A past post that did not go out: it stays `missed`. */
  missed: boolean;
  /** Part of a campaign, an event or a partnership: always scheduled, never a loose idea. */
  committed: boolean;
}

const draft = ([platform, format, time]: Variant, fields: Pick<PostDraft, 'key' | 'day' | 'idea'> & Partial<PostDraft>): PostDraft => ({
  slot: null,
  campaignId: null,
  groupId: null,
  missed: false,
  committed: false,
  platform,
  format,
  time,
  ...fields,
});

/** How each campaign shows in the plan: a launch on several platforms, ideas for slots, an ending. */
const CAMPAIGN_PLANS: Record<CampaignKey, { launch: readonly Variant[]; slotIdeas: readonly ContentIdea[]; closing?: readonly Variant[]; closingDay?: number }> = {
  blackFriday: {
    launch: [['instagram', 'image', '07:00'], ['facebook', 'image', '07:15'], ['x', 'text', '07:30']],
    slotIdeas: CAMPAIGN_IDEAS.blackFriday.slice(1, 3),
    closing: [['x', 'text', '10:00'], ['instagram', 'story', '10:00']], // on Cyber Monday
  },
  promotion: { launch: [['instagram', 'image', '07:00'], ['facebook', 'image', '07:15'], ['x', 'text', '07:30']], slotIdeas: CAMPAIGN_IDEAS.promotion.slice(1) },
  contest: {
    launch: [['instagram', 'carousel', '09:00'], ['facebook', 'image', '09:15']],
    slotIdeas: CAMPAIGN_IDEAS.contest.slice(1, 2),
    closing: [['instagram', 'story', '12:00']], // the winner, the day after
    closingDay: 1,
  },
};

/** The next idea of a list (one counter per list) whose segment is on the platform. */
function pickIdea(ideas: readonly ContentIdea[], platform: Platform, counters: Map<string, number>, counter: string): ContentIdea | undefined {
  const start = counters.get(counter) ?? 0;
  for (let i = start; i < start + ideas.length; i++) {
    const idea = ideas[i % ideas.length];
    if (idea && platformsOfSegment(idea.segment).includes(platform)) {
      counters.set(counter, i + 1);
      return idea;
    }
  }
  return undefined;
}

/** Every slot on every day; during a campaign, slots carry its ideas where its audience is. */
function draftSlotPosts(ctx: SampleContext, campaigns: readonly PlacedCampaign[], taken: ReadonlySet<string>): PostDraft[] {
  const drafts: PostDraft[] = [];
  const counters = new Map<string, number>();
  for (let day = ctx.firstDay; day <= ctx.lastDay; day++) {
    for (const [key, weekday, time, platform, format, , pool] of SLOTS) {
      // Skipped when a launch or an announcement already fills this platform today.
      if (pool === null || weekday !== isoWeekdayOf(day) || taken.has(`${day}:${platform}`)) continue;
      const campaign = campaigns.find((c) => day >= c.band.start && day <= c.band.end && (c.takesOver === 'all' || c.takesOver.includes(platform)));
      const campaignIdea = campaign && pickIdea(CAMPAIGN_PLANS[campaign.key].slotIdeas, platform, counters, campaign.key);
      const idea = campaignIdea ?? pickIdea(SLOT_IDEAS[pool], platform, counters, pool) ?? SLOT_IDEAS[pool][0];
      const daysAgo = ctx.today - day;
      // Two slots did not go out, for the plan-against-actual view.
      const missed = (key === 'fri-x-text' && daysAgo >= 19 && daysAgo <= 25) || (key === 'sun-tiktok-video' && daysAgo >= 5 && daysAgo <= 11);
      const campaignId = campaignIdea ? (campaign?.id ?? null) : null;
      drafts.push(draft([platform, format, time], { key: `slot:${dateOfDay(day)}:${key}`, slot: key, day, idea, campaignId, committed: campaignId !== null, missed }));
    }
  }
  return drafts;
}

/** Campaign launches (one group per campaign) and endings, then monthly formats, events and partnerships. */
function draftOtherPosts(ctx: SampleContext, campaigns: readonly PlacedCampaign[], events: PlacedEvents): PostDraft[] {
  const drafts: PostDraft[] = [];
  const group = (name: string, day: Day, idea: ContentIdea, variants: readonly Variant[], extra: Partial<PostDraft> = {}) =>
    variants.forEach((v) => drafts.push(draft(v, { key: `${name}:${v[0]}`, day, idea, groupId: `sample-group-${name}`, committed: true, ...extra })));
  for (const { key, id, band } of campaigns) {
    const { launch, closing = [], closingDay = 0 } = CAMPAIGN_PLANS[key];
    const ideas: readonly ContentIdea[] = CAMPAIGN_IDEAS[key];
    const last = ideas[ideas.length - 1] ?? ideas[0];
    if (ideas[0]) group(`${key}-launch`, band.start, ideas[0], launch, { campaignId: id });
    if (last) closing.forEach((v) => drafts.push(draft(v, { key: `${key}-closing:${v[0]}`, day: band.end + closingDay, idea: last, campaignId: id, committed: true })));
  }
  group('cupping', events.cupping - 5, EXTRA_IDEAS.cupping, [['instagram', 'image', '12:00'], ['facebook', 'image', '12:15']]);
  group('anniversary', events.anniversary, EXTRA_IDEAS.anniversary, [['instagram', 'carousel', '09:00'], ['facebook', 'image', '09:15']]);
  group('copost-kazi-hub', ctx.today - 16, EXTRA_IDEAS.coPost, [['linkedin', 'text', '10:30'], ['instagram', 'image', '10:45']]);

  // Monthly formats on a fixed weekday near each offset from today.
  const monthly = (ideas: readonly ContentIdea[], offsets: readonly number[], weekday: number, variant: Variant) =>
    offsets.forEach((offset, i) => {
      const idea = ideas[i % ideas.length];
      if (idea) drafts.push(draft(variant, { key: `${variant[0]}:${variant[1]}:${i}`, day: nextWeekday(ctx.today + offset, weekday), idea }));
    });
  monthly(EXTRA_IDEAS.youtube, [-27, 8], 3, ['youtube', 'video', '16:00']);
  monthly(EXTRA_IDEAS.article, [-20], 4, ['linkedin', 'article', '09:00']);
  monthly(EXTRA_IDEAS.poll, [-19, 4], 3, ['x', 'poll', '12:00']);
  EXTRA_IDEAS.undated.forEach((idea, i) => drafts.push(draft(['youtube', 'video', ''], { key: `undated:${i}`, day: null, time: null, idea })));
  return drafts;
}

/** Keys of the posts that collaborations link to (see `group` above). */
const CONTEST_POST_KEYS = ['contest-launch:instagram', 'contest-launch:facebook', 'contest-closing:instagram'];
const COPOST_KEYS = ['copost-kazi-hub:linkedin', 'copost-kazi-hub:instagram'];

/** A post due less than this long ago may still be going out: neither published nor missed yet. */
const SETTLED_AFTER = 2 * HOUR_MS;

function statusOf(ctx: SampleContext, post: PostDraft, scheduledAt: number | null, random: Random): Post['status'] {
  if (scheduledAt === null) return 'idea';
  if (scheduledAt <= ctx.now - SETTLED_AFTER) return post.missed ? 'missed' : 'published';
  const daysAhead = (scheduledAt - ctx.now) / DAY_MS;
  if (daysAhead <= 7 || post.committed) return 'scheduled';
  if (daysAhead <= 16) return random.chance(0.5) ? 'scheduled' : 'draft';
  return random.chance(0.4) ? 'draft' : 'idea';
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

function finalizePost(ctx: SampleContext, post: PostDraft, id: string): Post {
  const random = randomFor(`post:${post.key}`);
  const scheduledAt = post.day === null || post.time === null ? null : instantOf(post.day, post.time);
  const status = statusOf(ctx, post, scheduledAt, random);
  // The coffee of the day's ISO week (day 4 was a Monday) and the brand's age fill the placeholders.
  const week = post.day === null ? 0 : Math.floor((post.day + 3) / 7);
  const variables = { ...COFFEES[week % COFFEES.length], years: (post.day === null ? FOUNDING_YEAR : yearOfDay(post.day)) - FOUNDING_YEAR };
  const createdAt = clamp((scheduledAt ?? ctx.now) - random.int(3, 12) * DAY_MS, ctx.setupAt, ctx.now);
  let updatedAt = clamp(createdAt + random.int(0, 48) * HOUR_MS, createdAt, ctx.now);
  let published: Pick<Post, 'publishedAt' | 'publishedUrl' | 'externalId'> = { publishedAt: null, publishedUrl: null, externalId: null };
  if (status === 'published' && scheduledAt !== null) {
    const publishedAt = scheduledAt + random.int(0, 9) * MINUTE_MS; // by hand, just after the reminder
    const { postId, url } = mintPermalink(post.platform, permalinkKindOf(post.format), ownAccountOf(post.platform).handle, publishedAt, random);
    published = { publishedAt, publishedUrl: url, externalId: postId };
    updatedAt = publishedAt + random.int(1, 5) * MINUTE_MS;
  } else if (status === 'missed' && scheduledAt !== null) {
    updatedAt = scheduledAt + 65 * MINUTE_MS; // labelled missed when its reminder was an hour late
  }
  return {
    id,
    groupId: post.groupId,
    platform: post.platform,
    format: post.format,
    status,
    title: fillText(post.idea.title, variables),
    scheduledAt,
    localDate: post.day === null ? null : dateOfDay(post.day),
    localTime: post.time,
    timeZone: SAMPLE_TIME_ZONE,
    pillar: post.idea.pillar,
    topic: post.idea.topic,
    segmentId: segmentIdOf(post.idea.segment),
    hookId: post.idea.hook === null ? null : hookIdOf(post.idea.hook),
    campaignId: post.campaignId,
    text: fillText(post.idea.text, variables),
    hashtags: [...post.idea.hashtags],
    notes: status === 'missed' ? 'Not published: the roaster broke down that morning. Reuse next week?' : '',
    mediaIds: [],
    // Launches remind an hour ahead, to check the discount code; the rest use the setting.
    reminderLeadMinutes: post.groupId?.endsWith('-launch') ? 60 : null,
    ...published,
    createdAt,
    updatedAt,
  };
}

export function buildPosts(ctx: SampleContext, campaigns: readonly PlacedCampaign[], events: PlacedEvents): { posts: Post[]; idOfKey: ReadonlyMap<string, string> } {
  const others = draftOtherPosts(ctx, campaigns, events);
  const taken = new Set(others.filter((d) => d.committed).map((d) => `${d.day}:${d.platform}`));
  const drafts = [...draftSlotPosts(ctx, campaigns, taken), ...others]
    .filter((d) => d.day === null || (d.day >= ctx.firstDay && d.day <= ctx.lastDay))
    .filter((d) => d.slot === null || d.committed || (d.day ?? 0) - ctx.today <= 10 || CORE_SLOTS.has(d.slot));
  const at = (d: PostDraft) => (d.day === null || d.time === null ? Number.POSITIVE_INFINITY : instantOf(d.day, d.time));
  drafts.sort((a, b) => at(a) - at(b) || a.key.localeCompare(b.key));
  const ids = drafts.map((d, i) => [d.key, `sample-post-${String(i + 1).padStart(3, '0')}`] as const);
  return { posts: drafts.map((d, i) => finalizePost(ctx, d, ids[i]?.[1] ?? '')), idOfKey: new Map(ids) };
}

export function buildCollaborations(ctx: SampleContext, campaigns: readonly PlacedCampaign[], idOfKey: ReadonlyMap<string, string>): Collaboration[] {
  const postIds = (keys: readonly string[]) => keys.flatMap((key) => idOfKey.get(key) ?? []);
  const created = { createdAt: ctx.setupAt + DAY_MS, updatedAt: ctx.setupAt + DAY_MS };
  const copostDay = dateOfDay(ctx.today - 16);
  const collaborations: Collaboration[] = [{
    id: 'sample-collab-kazi-hub-copost',
    partnerId: partnerIdOf('cowork'),
    kind: 'co-post',
    title: 'Fresh coffee at Kazi Hub',
    status: 'done',
    start: copostDay,
    end: copostDay,
    postIds: postIds(COPOST_KEYS),
    notes: 'Both accounts posted the same photo of the lounge.',
    ...created,
  }];
  const contest = campaigns.find((c) => c.key === 'contest')?.band;
  if (contest) {
    collaborations.push({
      id: 'sample-collab-bakery-giveaway',
      partnerId: partnerIdOf('bakery'),
      kind: 'giveaway',
      title: 'Coffee & bread giveaway',
      status: contest.end < ctx.today ? 'done' : 'scheduled',
      start: dateOfDay(contest.start),
      end: dateOfDay(contest.end),
      postIds: postIds(CONTEST_POST_KEYS),
      notes: 'Mkate Mtamu posts the same giveaway; the prize is shared half and half.',
      ...created,
    });
  }
  return collaborations;
}
