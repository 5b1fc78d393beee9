/**
 * The Dexie database `mkakati`. Only code in storage/ touches it (lint enforces this); the rest of the
 * extension goes through the repositories. Every released schema version stays declared (migrations/).
 */
import { Dexie, type EntityTable } from 'dexie';
import { calendarProjection, type CalendarDay } from './calendar-projection';
import { MIGRATIONS } from './migrations';
import type {
  Account,
  Brand,
  CalendarEvent,
  CaptureHealth,
  Campaign,
  Collaboration,
  Competitor,
  Goal,
  HashtagSet,
  Hook,
  Media,
  ObservedPost,
  Partner,
  Post,
  PostSnapshot,
  ProfileSnapshot,
  Reminder,
  Segment,
  Settings,
  Slot,
  SuggestionState,
  Template,
} from './schemas';

export const DB_NAME = 'mkakati';

export class MkakatiDb extends Dexie {
  // `declare`, not fields: a class field would shadow the table Dexie defines on the instance.
  declare posts: EntityTable<Post, 'id'>;
  declare campaigns: EntityTable<Campaign, 'id'>;
  declare events: EntityTable<CalendarEvent, 'id'>;
  declare slots: EntityTable<Slot, 'id'>;
  declare brand: EntityTable<Brand, 'id'>;
  declare goals: EntityTable<Goal, 'id'>;
  declare segments: EntityTable<Segment, 'id'>;
  declare hooks: EntityTable<Hook, 'id'>;
  declare competitors: EntityTable<Competitor, 'id'>;
  declare partners: EntityTable<Partner, 'id'>;
  declare collaborations: EntityTable<Collaboration, 'id'>;
  declare accounts: EntityTable<Account, 'id'>;
  declare observedPosts: EntityTable<ObservedPost, 'id'>;
  declare postSnapshots: EntityTable<PostSnapshot, 'id'>;
  declare profileSnapshots: EntityTable<ProfileSnapshot, 'id'>;
  declare reminders: EntityTable<Reminder, 'id'>;
  declare media: EntityTable<Media, 'id'>;
  declare templates: EntityTable<Template, 'id'>;
  declare hashtagSets: EntityTable<HashtagSet, 'id'>;
  declare suggestionStates: EntityTable<SuggestionState, 'id'>;
  declare settings: EntityTable<Settings, 'id'>;
  /** Derived from `posts` (storage/calendar-projection.ts); never written directly, never backed up. */
  declare calendarDays: EntityTable<CalendarDay, 'day'>;
  /** The collectors' recent health per platform (storage/capture-health.ts); never backed up. */
  declare captureHealth: EntityTable<CaptureHealth, 'platform'>;

  constructor(name = DB_NAME) {
    super(name);
    for (const migration of MIGRATIONS) {
      const declared = this.version(migration.version).stores({ ...migration.stores });
      if (migration.upgrade) declared.upgrade(migration.upgrade);
    }
    this.use(calendarProjection);
  }
}

export const db = new MkakatiDb();
