/**
 * Schema 1: the tables of the storage contract (ARCHITECTURE.md) as first declared.
 * Self-contained on purpose: a migration never imports live code, so it means tomorrow what it means today.
 */
export const version = 1;

export const stores = {
  posts: 'id, scheduledAt, [platform+scheduledAt], status, groupId, campaignId, segmentId, hookId, externalId',
  campaigns: 'id, start, end',
  events: 'id, date',
  slots: 'id, weekday, platform',
  brand: 'id',
  goals: 'id, periodEnd',
  segments: 'id',
  hooks: 'id, segmentId',
  competitors: 'id',
  partners: 'id',
  collaborations: 'id, partnerId, status',
  accounts: 'id, [platform+handle], role, competitorId, partnerId',
  observedPosts: 'id, [platform+author], publishedAt, lastSeenAt, plannedPostId',
  postSnapshots: 'id, [observedPostId+at], at',
  profileSnapshots: 'id, [platform+handle+at], at',
  reminders: 'id, [status+dueAt], postId',
  media: 'id, postId',
  templates: 'id',
  hashtagSets: 'id',
  suggestionStates: 'id, status',
} as const;
