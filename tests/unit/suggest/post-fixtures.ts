// Planned posts and slots for the re-plan tests: full rows, as storage holds them.
import type { Campaign, Post, Slot } from '@/storage/schemas';
import { toInstant } from '@/utils/time/wall-clock';

export const ZONE = 'Africa/Nairobi';

export function post(id: string, fields: Partial<Post>): Post {
  const localDate = fields.localDate ?? '2026-12-01';
  const localTime = fields.localTime ?? '18:00';
  const timeZone = fields.timeZone ?? ZONE;
  return {
    id,
    groupId: null,
    platform: 'instagram',
    format: 'carousel',
    status: 'draft',
    title: id,
    scheduledAt: toInstant(localDate, localTime, timeZone),
    localDate,
    localTime,
    timeZone,
    pillar: 'education',
    topic: '',
    segmentId: null,
    hookId: null,
    campaignId: null,
    text: '',
    hashtags: [],
    notes: '',
    mediaIds: [],
    reminderLeadMinutes: null,
    publishedUrl: null,
    publishedAt: null,
    externalId: null,
    createdAt: 1,
    updatedAt: 1,
    ...fields,
  };
}

export function slot(id: string, fields: Partial<Slot> = {}): Slot {
  return { id, weekday: 2, localTime: '18:00', platform: 'instagram', format: 'reel', pillar: '', active: true, createdAt: 1, updatedAt: 1, ...fields };
}

export function campaign(id: string, fields: Partial<Campaign> = {}): Campaign {
  return { id, name: `Campaign ${id}`, kind: 'promotion', start: '2026-12-01', end: '2026-12-07', goalIds: [], color: '#0f766e', notes: '', createdAt: 1, updatedAt: 1, ...fields };
}

/** Ids n1, n2 … for the rows a re-plan creates. */
export function counter(): () => string {
  let n = 0;
  return () => `n${++n}`;
}
