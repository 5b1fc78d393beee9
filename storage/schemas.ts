/**
 * The zod schema of every row kind in the `mkakati` database. TypeScript types are inferred from these
 * and never written twice. Schemas are strict (unknown keys are an error) and bounded (string lengths,
 * array sizes, number ranges), because the same schemas validate backups, which are untrusted input.
 *
 * Conventions of the storage contract (ARCHITECTURE.md):
 * - ids are client-made strings; instants are epoch milliseconds (UTC);
 * - a planned time also keeps its wall-clock intent (`localDate`, `localTime`, `timeZone`);
 * - a count that the page did not show is `null`, never 0.
 */
import { z } from 'zod';
import '@/utils/zod-setup';
import { LANGUAGES } from '@/utils/languages';
import { PLATFORMS, type Platform } from '@/utils/platforms';

export { LANGUAGES, PLATFORMS, type Platform };
export const platformSchema = z.enum(PLATFORMS);

/** Limits shared by every schema; generous for people, small enough to stop abuse. */
export const LIMITS = {
  id: 200,
  name: 200,
  shortText: 2_000,
  longText: 70_000,
  listItems: 500,
  /** Decoded size of one media file in a backup. */
  mediaBytes: 50 * 1024 * 1024,
  /** Counts above this are not real engagement figures (the world has ~8.2 billion people). */
  count: 1e12,
} as const;

export const idSchema = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'ids contain only letters, digits and _ . : -');
const nameSchema = z.string().trim().min(1).max(LIMITS.name);
const shortTextSchema = z.string().max(LIMITS.shortText);
const longTextSchema = z.string().max(LIMITS.longText);
/** Epoch milliseconds between 1970 and 2200. */
export const instantSchema = z.number().int().min(0).max(7_258_118_400_000);
/** A calendar day as written on a wall calendar: `YYYY-MM-DD`. */
export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date');
/** A wall-clock time `HH:mm` (24 h). */
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is written HH:mm (24 h)');
export const timeZoneSchema = z.string().min(1).max(64).refine(isKnownTimeZone, 'not a known IANA time zone');
const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb');
const textListSchema = z.array(shortTextSchema).max(LIMITS.listItems);
const idListSchema = z.array(idSchema).max(LIMITS.listItems);
const urlSchema = z.string().max(2_048).refine(isHttpUrl, 'not an http(s) address');
/** A lower-case account handle without `@`, as it appears in the account's URL. */
export const handleSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9._-]+$/, 'a handle is lower-case, without @ (letters, digits, . _ -)');

const timestamps = { createdAt: instantSchema, updatedAt: instantSchema };

export const swotSchema = z.strictObject({
  strengths: textListSchema,
  weaknesses: textListSchema,
  opportunities: textListSchema,
  threats: textListSchema,
});
export type Swot = z.infer<typeof swotSchema>;

// ── The content plan ─────────────────────────────────────────────────────────────────────────────

export const POST_FORMATS = ['text', 'image', 'carousel', 'video', 'reel', 'story', 'live', 'poll', 'article'] as const;
/**
 * `ready`: handed to the platform (its composer filled, or the text copied) and waiting to be published;
 * it becomes `published` when the collector sees it go out, or when the manager records its URL.
 */
export const POST_STATUSES = ['idea', 'draft', 'scheduled', 'ready', 'published', 'missed', 'cancelled'] as const;
/** Posts with a place in the plan that have not gone out yet: they are reminded of, upcoming, or overdue. */
export function awaitsPublication(status: (typeof POST_STATUSES)[number]): boolean {
  return status === 'draft' || status === 'scheduled' || status === 'ready';
}

/** Its time has passed and it has not gone out: Today lists it under Overdue (and only there). */
export function isOverdue(post: Pick<Post, 'status' | 'scheduledAt'>, now: number): boolean {
  return awaitsPublication(post.status) && post.scheduledAt !== null && post.scheduledAt < now;
}

export const postSchema = z.strictObject({
  id: idSchema,
  /** Links the platform variants of one idea. */
  groupId: idSchema.nullable(),
  platform: platformSchema,
  format: z.enum(POST_FORMATS),
  status: z.enum(POST_STATUSES),
  title: z.string().max(LIMITS.name),
  /** The instant to publish; null for an idea without a date yet. */
  scheduledAt: instantSchema.nullable(),
  /** Wall-clock intent of `scheduledAt` in `timeZone`, kept so recurrences and DST behave. */
  localDate: localDateSchema.nullable(),
  localTime: localTimeSchema.nullable(),
  timeZone: timeZoneSchema,
  pillar: z.string().max(LIMITS.name),
  topic: z.string().max(LIMITS.name),
  segmentId: idSchema.nullable(),
  hookId: idSchema.nullable(),
  campaignId: idSchema.nullable(),
  text: longTextSchema,
  hashtags: z.array(z.string().max(140)).max(LIMITS.listItems),
  /** A first comment to post under the published post (the composer's); absent on older rows. */
  firstComment: longTextSchema.optional(),
  notes: longTextSchema,
  mediaIds: idListSchema,
  /** Minutes before `scheduledAt` to remind; null = the setting's default. */
  reminderLeadMinutes: z.number().int().min(0).max(10_080).nullable(),
  publishedUrl: urlSchema.nullable(),
  publishedAt: instantSchema.nullable(),
  /** The platform's own id once published (see observedPosts.postId). */
  externalId: z.string().max(LIMITS.id).nullable(),
  ...timestamps,
});
export type Post = z.infer<typeof postSchema>;

export const CAMPAIGN_KINDS = ['promotion', 'black-friday', 'contest', 'launch', 'holiday', 'partnership', 'other'] as const;
export const campaignSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  kind: z.enum(CAMPAIGN_KINDS),
  /** Inclusive local dates: a campaign is a band across whole days. */
  start: localDateSchema,
  end: localDateSchema,
  goalIds: idListSchema,
  color: colorSchema,
  notes: longTextSchema,
  ...timestamps,
});
export type Campaign = z.infer<typeof campaignSchema>;

export const calendarEventSchema = z.strictObject({
  id: idSchema,
  title: nameSchema,
  date: localDateSchema,
  endDate: localDateSchema.nullable(),
  /** Repeats every year on the same day (anniversaries, founding day). */
  yearly: z.boolean(),
  notes: longTextSchema,
  ...timestamps,
});
export type CalendarEvent = z.infer<typeof calendarEventSchema>;

export const slotSchema = z.strictObject({
  id: idSchema,
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: z.number().int().min(1).max(7),
  localTime: localTimeSchema,
  platform: platformSchema,
  format: z.enum(POST_FORMATS),
  pillar: z.string().max(LIMITS.name),
  active: z.boolean(),
  ...timestamps,
});
export type Slot = z.infer<typeof slotSchema>;

// ── The strategy ─────────────────────────────────────────────────────────────────────────────────

export const BRAND_ID = 'brand';
export const brandSchema = z.strictObject({
  id: z.literal(BRAND_ID),
  name: z.string().max(LIMITS.name),
  idea: longTextSchema,
  mission: longTextSchema,
  usp: longTextSchema,
  toneOfVoice: longTextSchema,
  swot: swotSchema,
  /** The networks the brand works (step 4), as chosen on the Networks page; absent until chosen. */
  platforms: z.array(platformSchema).max(PLATFORMS.length).optional(),
  /** The brand colour (#rrggbb): text and watermarks on prepared images. Absent until chosen. */
  color: colorSchema.optional(),
  updatedAt: instantSchema,
});
export type Brand = z.infer<typeof brandSchema>;

export const GOAL_METRICS = [
  'followers',
  'engagement-rate',
  'views',
  'posts-published',
  'likes',
  'comments',
  'reposts',
  'custom',
] as const;
export const GOAL_PERIODS = ['month', 'quarter', 'year', 'custom'] as const;
export const goalSchema = z.strictObject({
  id: idSchema,
  title: nameSchema,
  metric: z.enum(GOAL_METRICS),
  platform: z.union([platformSchema, z.literal('all')]),
  target: z.number().finite().min(0).max(LIMITS.count),
  baseline: z.number().finite().min(0).max(LIMITS.count).nullable(),
  /** For `custom` goals: the latest value entered by hand. */
  manualValue: z.number().finite().min(0).max(LIMITS.count).nullable(),
  period: z.enum(GOAL_PERIODS),
  periodStart: localDateSchema,
  periodEnd: localDateSchema,
  ...timestamps,
});
export type Goal = z.infer<typeof goalSchema>;

export const segmentSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  description: longTextSchema,
  interests: textListSchema,
  pains: textListSchema,
  ageMin: z.number().int().min(0).max(120).nullable(),
  ageMax: z.number().int().min(0).max(120).nullable(),
  location: z.string().max(LIMITS.name),
  platforms: z.array(platformSchema).max(PLATFORMS.length),
  /** How present the segment is on each platform, as the manager rates it: 0 absent … 3 very (Networks page). */
  presence: z.partialRecord(platformSchema, z.number().int().min(0).max(3)).optional(),
  color: colorSchema,
  ...timestamps,
});
export type Segment = z.infer<typeof segmentSchema>;

export const HOOK_KINDS = [
  'discount',
  'free-trial',
  'bonus',
  'giveaway',
  'useful-content',
  'social-proof',
  'urgency',
  'other',
] as const;
export const hookSchema = z.strictObject({
  id: idSchema,
  segmentId: idSchema,
  title: nameSchema,
  /** The offer or trigger, as the audience would read it. */
  offer: longTextSchema,
  kind: z.enum(HOOK_KINDS),
  callToAction: z.string().max(LIMITS.name),
  active: z.boolean(),
  ...timestamps,
});
export type Hook = z.infer<typeof hookSchema>;

export const competitorSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  website: urlSchema.nullable(),
  swot: swotSchema,
  notes: longTextSchema,
  ...timestamps,
});
export type Competitor = z.infer<typeof competitorSchema>;

export const partnerSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  contact: shortTextSchema,
  notes: longTextSchema,
  /** How much of the partner's audience is ours too, in percent, as the manager judges it. */
  audienceOverlap: z.number().min(0).max(100).nullable(),
  ...timestamps,
});
export type Partner = z.infer<typeof partnerSchema>;

export const COLLABORATION_KINDS = [
  'co-post',
  'shout-out-exchange',
  'exclusive-offer',
  'giveaway',
  'takeover',
  'joint-live',
  'other',
] as const;
export const COLLABORATION_STATUSES = ['idea', 'proposed', 'agreed', 'scheduled', 'done', 'declined'] as const;
export const collaborationSchema = z.strictObject({
  id: idSchema,
  partnerId: idSchema,
  kind: z.enum(COLLABORATION_KINDS),
  title: nameSchema,
  status: z.enum(COLLABORATION_STATUSES),
  start: localDateSchema.nullable(),
  end: localDateSchema.nullable(),
  postIds: idListSchema,
  notes: longTextSchema,
  ...timestamps,
});
export type Collaboration = z.infer<typeof collaborationSchema>;

export const ACCOUNT_ROLES = ['own', 'competitor', 'partner'] as const;
/** A tracked account needs only id, platform, handle and role; the rest is optional. */
export const accountSchema = z.strictObject({
  id: idSchema,
  platform: platformSchema,
  handle: handleSchema,
  role: z.enum(ACCOUNT_ROLES),
  competitorId: idSchema.nullable().optional(),
  partnerId: idSchema.nullable().optional(),
  displayName: z.string().max(LIMITS.name).optional(),
  url: urlSchema.nullable().optional(),
  createdAt: instantSchema.optional(),
});
export type Account = z.infer<typeof accountSchema>;

// ── Captured analytics ───────────────────────────────────────────────────────────────────────────

const countSchema = z.number().int().min(0).max(LIMITS.count).nullable();
export const POST_COUNT_NAMES = ['likes', 'reposts', 'comments', 'views', 'bookmarks'] as const;
export const PROFILE_COUNT_NAMES = ['followers', 'following', 'posts'] as const;
/** For each abbreviated count, its step (`{ likes: 100 }` for "1.2K"); absent counts are exact. */
const precisionSchema = <const K extends readonly [string, ...string[]]>(names: K) =>
  z.partialRecord(z.enum(names), z.number().int().min(1).max(LIMITS.count));
const postCounts = {
  likes: countSchema,
  reposts: countSchema,
  comments: countSchema,
  views: countSchema,
  bookmarks: countSchema,
  precision: precisionSchema(POST_COUNT_NAMES),
};

export const observedPostSchema = z.strictObject({
  /** `${platform}:${postId}` so one platform post is one row. */
  id: idSchema,
  platform: platformSchema,
  postId: z.string().min(1).max(LIMITS.id),
  url: urlSchema,
  author: handleSchema,
  publishedAt: instantSchema.nullable(),
  /** At most 280 characters of the post's text. */
  text: z.string().max(280),
  ...postCounts,
  firstSeenAt: instantSchema,
  lastSeenAt: instantSchema,
  plannedPostId: idSchema.nullable(),
});
export type ObservedPost = z.infer<typeof observedPostSchema>;

export const postSnapshotSchema = z.strictObject({
  id: idSchema,
  observedPostId: idSchema,
  at: instantSchema,
  ...postCounts,
});
export type PostSnapshot = z.infer<typeof postSnapshotSchema>;

export const profileSnapshotSchema = z.strictObject({
  id: idSchema,
  platform: platformSchema,
  handle: handleSchema,
  at: instantSchema,
  followers: countSchema,
  following: countSchema,
  posts: countSchema,
  precision: precisionSchema(PROFILE_COUNT_NAMES),
});
export type ProfileSnapshot = z.infer<typeof profileSnapshotSchema>;

/**
 * How well the collectors read one platform lately: per minute of the last hour, post roots seen and
 * understood (from each capture's `health`). Derived and short-lived: never backed up.
 */
export const captureHealthSchema = z.strictObject({
  platform: platformSchema,
  lastCaptureAt: instantSchema,
  /** [minute since the epoch, seen, understood], oldest first, only minutes of the last hour. */
  minutes: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0), z.number().int().min(0)])).max(61),
});
export type CaptureHealth = z.infer<typeof captureHealthSchema>;

// ── Automation and assets ────────────────────────────────────────────────────────────────────────

export const REMINDER_KINDS = ['post-due', 'refresh-analytics', 'weekly-review', 'daily-digest'] as const;
export const REMINDER_STATUSES = ['pending', 'fired', 'snoozed', 'cancelled'] as const;
/** Statuses of a reminder still to be delivered. */
export const WAITING_REMINDER_STATUSES: readonly (typeof REMINDER_STATUSES)[number][] = ['pending', 'snoozed'];
export const reminderSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(REMINDER_KINDS),
  postId: idSchema.nullable(),
  /** When it should fire now (a snooze moves this). */
  dueAt: instantSchema,
  /** When it was meant for, from the post's time and lead; a snooze leaves this alone. */
  intendedAt: instantSchema,
  status: z.enum(REMINDER_STATUSES),
  firedAt: instantSchema.nullable(),
  /** Delivered more than an hour after `dueAt` (the browser was closed, the machine asleep). */
  late: z.boolean(),
  createdAt: instantSchema,
});
export type Reminder = z.infer<typeof reminderSchema>;

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export const VIDEO_TYPES = ['video/mp4', 'video/webm', 'video/quicktime'] as const;
/**
 * A video attached to a post is recorded, not copied: its facts (checked against each platform's
 * limits) and the chosen cover frame. The row's blob is that cover (a JPEG), so a backup stays small
 * and the manager uploads the video from where it already is.
 */
export const videoFactsSchema = z.strictObject({
  name: z.string().max(LIMITS.name),
  type: z.enum(VIDEO_TYPES),
  /** The video file's size (the row's `bytes` is the cover's). */
  bytes: z.number().int().min(0).max(1024 ** 4),
  durationSeconds: z.number().finite().min(0).max(86_400),
  width: z.number().int().min(1).max(20_000),
  height: z.number().int().min(1).max(20_000),
  /** The cover frame's time in seconds. */
  coverAt: z.number().finite().min(0).max(86_400),
});
export type VideoFacts = z.infer<typeof videoFactsSchema>;

export const mediaSchema = z.strictObject({
  id: idSchema,
  postId: idSchema.nullable(),
  name: z.string().max(LIMITS.name),
  type: z.enum([...IMAGE_TYPES, ...VIDEO_TYPES]),
  blob: z.instanceof(Blob),
  bytes: z.number().int().min(0).max(LIMITS.mediaBytes),
  width: z.number().int().min(0).max(20_000).nullable(),
  height: z.number().int().min(0).max(20_000).nullable(),
  /** The crop/size preset it was prepared for, e.g. `instagram-portrait`; `video-cover` for a video's cover. */
  preset: z.string().max(100).nullable(),
  /** A prepared image: the original it was cut from (null once that original is removed). Absent on older rows. */
  sourceId: idSchema.nullable().optional(),
  /** A prepared image: the encoder quality used (0–1), null when lossless (PNG). */
  quality: z.number().min(0).max(1).nullable().optional(),
  /** For a video: its facts; the blob is its cover frame. */
  video: videoFactsSchema.optional(),
  createdAt: instantSchema,
});
export type Media = z.infer<typeof mediaSchema>;

export const templateSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  platform: platformSchema.nullable(),
  text: longTextSchema,
  ...timestamps,
});
export type Template = z.infer<typeof templateSchema>;

export const hashtagSetSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  tags: z.array(z.string().max(140)).max(LIMITS.listItems),
  ...timestamps,
});
export type HashtagSet = z.infer<typeof hashtagSetSchema>;

/** Any JSON value; used for undo records, whose shape belongs to the rule that wrote them. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const jsonSchema: z.ZodType<Json> = z.lazy(() =>
  z.union([
    z.string().max(LIMITS.longText),
    z.number().finite(),
    z.boolean(),
    z.null(),
    z.array(jsonSchema).max(10_000),
    z.record(z.string().max(LIMITS.name), jsonSchema),
  ]),
);
export const suggestionStateSchema = z.strictObject({
  /** The suggestion's key: rule id plus a fingerprint of its evidence. */
  id: idSchema,
  status: z.enum(['applied', 'dismissed', 'undone']),
  reason: shortTextSchema,
  at: instantSchema,
  undo: jsonSchema.nullable(),
});
export type SuggestionState = z.infer<typeof suggestionStateSchema>;

// ── Helpers used by the refinements above ────────────────────────────────────────────────────────

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const knownZones = new Map<string, boolean>();
export function isKnownTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      // Intl throws RangeError for an unknown zone: that is the answer, not a failure.
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    // URL throws TypeError on anything that is not a URL.
    return false;
  }
}

// ── Settings (one row, versioned; see storage/settings.ts for defaults and upgrades) ────────────

export const SETTINGS_ID = 'settings';
/** 2: adds `digestTime` (a version-1 row is upgraded field by field in storage/settings.ts). */
export const SETTINGS_VERSION = 2;
export const CAPTURE_SCOPES = ['tracked', 'everything'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;
/** The ten steps of the strategy (PRODUCT.md), in order: the first-run guide walks them. */
export const GUIDE_STEPS = ['concept', 'goals', 'audience', 'networks', 'content-plan', 'partners', 'publishing', 'analytics', 'adjustments', 'automation'] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

export const settingsSchema = z.strictObject({
  id: z.literal(SETTINGS_ID),
  version: z.literal(SETTINGS_VERSION),
  /** The brand's IANA time zone: every planned time is meant in it. */
  timeZone: timeZoneSchema,
  /** ISO 3166-1 alpha-2 code of the country whose public holidays the calendar shows; null = none. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'a country is a two-letter ISO code')
    .nullable(),
  language: languageSchema,
  /** Default minutes between a reminder and the post's time. */
  notificationLeadMinutes: z.number().int().min(0).max(10_080),
  /** Which captured posts and profiles to keep: tracked accounts only, or everything opened. */
  captureScope: z.enum(CAPTURE_SCOPES),
  /** When to send the morning digest of what is due today (brand time zone); null = no digest. */
  digestTime: localTimeSchema.nullable(),
  /**
   * Follow-up reminders to open a published post so its numbers are read again (storage/follow-ups.ts):
   * on or off, and hours after publication. Optional: absent on rows and backups from before it
   * existed, which mean the default (on, 24 h and 7 days).
   */
  followUps: z
    .strictObject({
      enabled: z.boolean(),
      delaysHours: z
        .array(z.number().int().min(1).max(90 * 24))
        .max(10)
        .refine((hours) => new Set(hours).size === hours.length, 'each delay once'),
    })
    .optional(),
  /**
   * The weekly review (issue 8): a reminder on this weekday and time (brand zone) with a digest of the
   * Adjust area's suggestions, opening that area. Optional: absent means the default (on, Monday 09:00).
   */
  weeklyReview: z
    .strictObject({
      enabled: z.boolean(),
      /** ISO weekday: 1 = Monday … 7 = Sunday. */
      weekday: z.number().int().min(1).max(7),
      time: localTimeSchema,
    })
    .optional(),
  /** The first-run guide through the ten steps: which are done, and whether it was put away. */
  guide: z
    .strictObject({
      done: z.array(z.enum(GUIDE_STEPS)).max(GUIDE_STEPS.length),
      skipped: z.boolean(),
    })
    .optional(),
  updatedAt: instantSchema,
});
export type Settings = z.infer<typeof settingsSchema>;
export type FollowUps = NonNullable<Settings['followUps']>;
export type WeeklyReview = NonNullable<Settings['weeklyReview']>;
