/**
 * Schema 6: planned posts are also indexed by `publishedAt`, so the posts published in the last days can
 * be read without walking every published post — turning follow-up reminders on (storage/follow-ups.ts)
 * re-creates them for exactly those. Rows without a publication time (null) stay out of the index.
 * Self-contained: the store line is copied, not imported.
 */
export const version = 6;

export const stores = {
  posts: 'id, scheduledAt, [platform+scheduledAt], status, groupId, campaignId, segmentId, hookId, externalId, publishedAt',
} as const;
