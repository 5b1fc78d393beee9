/**
 * The user's settings: one versioned row in the `settings` table. Reading never fails: a missing row
 * gives the defaults of this browser, and a row written by an older version (or damaged) is upgraded
 * field by field, keeping every value that is still valid.
 */
import { db } from './db';
import { followUpsOf, resyncFollowUps } from './follow-ups';
import { syncPostReminder } from './reminders';
import { parseRow } from './validation';
import {
  LANGUAGES,
  SETTINGS_ID,
  SETTINGS_VERSION,
  settingsSchema,
  type Language,
  type Settings,
  type WeeklyReview,
} from './schemas';

export type SettingsPatch = Partial<Omit<Settings, 'id' | 'version' | 'updatedAt'>>;

/** What the browser tells us about its user; passed in so tests can choose. */
export interface BrowserEnvironment {
  timeZone: string | undefined;
  languages: readonly string[];
}

export function readBrowserEnvironment(): BrowserEnvironment {
  return {
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    languages: typeof navigator === 'undefined' ? [] : navigator.languages,
  };
}

export const DEFAULT_LEAD_MINUTES = 15;
/** The weekly review when never set (storage/weekly-review.ts): on, Monday at 09:00 in the brand's zone. */
export const DEFAULT_WEEKLY_REVIEW: WeeklyReview = { enabled: true, weekday: 1, time: '09:00' };

export function weeklyReviewOf(settings: Pick<Settings, 'weeklyReview'>): WeeklyReview {
  return settings.weeklyReview ?? DEFAULT_WEEKLY_REVIEW;
}
const FALLBACK_TIME_ZONE = 'UTC';

export function defaultSettings(env: BrowserEnvironment = readBrowserEnvironment(), now = Date.now()): Settings {
  return {
    id: SETTINGS_ID,
    version: SETTINGS_VERSION,
    timeZone: settingsSchema.shape.timeZone.safeParse(env.timeZone).success ? env.timeZone! : FALLBACK_TIME_ZONE,
    country: countryFromLanguages(env.languages),
    language: languageFromLanguages(env.languages),
    notificationLeadMinutes: DEFAULT_LEAD_MINUTES,
    captureScope: 'tracked',
    digestTime: null,
    updatedAt: now,
  };
}

/** "sw-KE" or "sw" → Kiswahili; anything else → English, the other language we ship. */
export function languageFromLanguages(languages: readonly string[]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(base ?? '')) return base as Language;
  }
  return 'en';
}

/** The first region in the browser's languages ("en-KE" → "KE"); null when none names a region. */
export function countryFromLanguages(languages: readonly string[]): string | null {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag).region;
      if (region && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // A malformed language tag names no region; try the next one.
    }
  }
  return null;
}

/**
 * Turns whatever is stored into valid current settings: each field that fails its schema falls back to
 * the default, so an old or damaged row never locks the user out of the app.
 */
export function upgradeSettings(stored: unknown, env?: BrowserEnvironment): Settings {
  const defaults = defaultSettings(env);
  if (typeof stored !== 'object' || stored === null) return defaults;
  const parsed = settingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  const record = stored as Record<string, unknown>;
  const upgraded: Record<string, unknown> = { ...defaults };
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    if (key === 'id' || key === 'version') continue;
    if (settingsSchema.shape[key].safeParse(record[key]).success) upgraded[key] = record[key];
  }
  return settingsSchema.parse(upgraded);
}

export async function getSettings(): Promise<Settings> {
  return upgradeSettings(await db.settings.get(SETTINGS_ID));
}

/** Validates and saves a change; an invalid value throws ValidationError and saves nothing. */
export async function updateSettings(patch: SettingsPatch, now = Date.now()): Promise<Settings> {
  return db.transaction('rw', db.settings, db.posts, db.reminders, async () => {
    const current = await getSettings();
    const settings = parseRow(settingsSchema, { ...current, ...patch, id: SETTINGS_ID, version: SETTINGS_VERSION, updatedAt: now });
    await db.settings.put(settings);
    if (settings.notificationLeadMinutes !== current.notificationLeadMinutes) {
      // Posts that use the default lead time move their reminders with it.
      const posts = await db.posts.where('scheduledAt').aboveOrEqual(now).filter((post) => post.reminderLeadMinutes === null).toArray();
      for (const post of posts) await syncPostReminder(post, settings, now);
    }
    // Follow-ups turned off, on, or to other delays: cancelled, or re-created where still ahead.
    if (JSON.stringify(followUpsOf(settings)) !== JSON.stringify(followUpsOf(current))) await resyncFollowUps(settings, now);
    return settings;
  });
}
