/**
 * The table list of the workspace with the schema of each row kind: the one place that says which
 * tables make up a workspace (backup, sample, counts and "is it empty" all walk this list).
 */
import type { z } from 'zod';
import {
  accountSchema,
  brandSchema,
  calendarEventSchema,
  campaignSchema,
  collaborationSchema,
  competitorSchema,
  goalSchema,
  hashtagSetSchema,
  hookSchema,
  mediaSchema,
  observedPostSchema,
  partnerSchema,
  postSchema,
  postSnapshotSchema,
  profileSnapshotSchema,
  reminderSchema,
  segmentSchema,
  settingsSchema,
  slotSchema,
  suggestionStateSchema,
  templateSchema,
} from './schemas';

export const TABLE_SCHEMAS = {
  brand: brandSchema,
  goals: goalSchema,
  segments: segmentSchema,
  hooks: hookSchema,
  competitors: competitorSchema,
  partners: partnerSchema,
  collaborations: collaborationSchema,
  accounts: accountSchema,
  campaigns: campaignSchema,
  events: calendarEventSchema,
  slots: slotSchema,
  posts: postSchema,
  media: mediaSchema,
  templates: templateSchema,
  hashtagSets: hashtagSetSchema,
  reminders: reminderSchema,
  observedPosts: observedPostSchema,
  postSnapshots: postSnapshotSchema,
  profileSnapshots: profileSnapshotSchema,
  suggestionStates: suggestionStateSchema,
  settings: settingsSchema,
} as const;

export type TableName = keyof typeof TABLE_SCHEMAS;
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[];
export type RowOf<T extends TableName> = z.infer<(typeof TABLE_SCHEMAS)[T]>;

/** The rows of a whole workspace, table by table. */
export type WorkspaceData = { [T in TableName]: RowOf<T>[] };

/** Tables that hold at most one row. */
export const SINGLETON_TABLES: readonly TableName[] = ['brand', 'settings'];

export function emptyWorkspace(): WorkspaceData {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as WorkspaceData;
}
