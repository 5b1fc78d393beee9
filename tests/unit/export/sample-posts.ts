// A small plan in Nairobi (UTC+3, no DST) that every exporter test shares: two posts to publish
// (one planned in London, so its time is converted), one published, one undated idea, one cancelled.
import type { Post } from '@/storage/schemas';

export const NAIROBI = 'Africa/Nairobi';
/** 2025-03-12 11:00 in Nairobi: before the two posts still to publish, after the published one. */
export const NOW = Date.UTC(2025, 2, 12, 8, 0);

/** A complete, valid `Post`; tests override what they are about. */
export function makePost(overrides: Partial<Post> & Pick<Post, 'id'>): Post {
  return {
    groupId: null,
    platform: 'instagram',
    format: 'image',
    status: 'scheduled',
    title: '',
    scheduledAt: null,
    localDate: null,
    localTime: null,
    timeZone: NAIROBI,
    pillar: '',
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
    createdAt: Date.UTC(2025, 2, 1, 6, 0),
    updatedAt: Date.UTC(2025, 2, 1, 6, 0),
    ...overrides,
  };
}

/** Text with commas, quotes, a line break, emoji and Kiswahili. */
export const REEL = makePost({
  id: 'post-reel',
  platform: 'instagram',
  format: 'reel',
  status: 'scheduled',
  title: 'Kahawa ya asubuhi',
  scheduledAt: Date.UTC(2025, 2, 14, 6, 30),
  localDate: '2025-03-14',
  localTime: '09:30',
  pillar: 'Bidhaa',
  campaignId: 'camp-ramadhani',
  text: 'Habari za asubuhi! ☕ Kahawa mpya, "Kilimanjaro AA", kwa bei nafuu.\nKaribu dukani 🛍️',
  hashtags: ['kahawa', 'Nairobi'],
});

/** A formula as text; planned on London's wall clock (15:00 GMT = 18:00 in Nairobi); own lead. */
export const FORMULA = makePost({
  id: 'post-x',
  platform: 'x',
  format: 'text',
  status: 'draft',
  title: 'Bei; "poa", leo',
  scheduledAt: Date.UTC(2025, 2, 13, 15, 0),
  localDate: '2025-03-13',
  localTime: '15:00',
  timeZone: 'Europe/London',
  pillar: 'Ofa, punguzo',
  text: '=HYPERLINK("https://evil.example","bonyeza")',
  reminderLeadMinutes: 30,
});

export const PUBLISHED = makePost({
  id: 'post-published',
  platform: 'facebook',
  format: 'image',
  status: 'published',
  title: 'Tumefungua tawi jipya',
  scheduledAt: Date.UTC(2025, 2, 10, 9, 0),
  localDate: '2025-03-10',
  localTime: '12:00',
  pillar: 'Habari',
  text: 'Tumefungua tawi jipya Westlands.',
  hashtags: ['Westlands'],
  publishedUrl: 'https://www.facebook.com/mkakati/posts/123',
  publishedAt: Date.UTC(2025, 2, 10, 9, 2),
});

export const IDEA = makePost({
  id: 'post-idea',
  platform: 'tiktok',
  format: 'video',
  status: 'idea',
  title: 'Changamoto ya kahawa',
  text: 'Wazo: video ya barista',
});

export const CANCELLED = makePost({
  id: 'post-cancelled',
  platform: 'linkedin',
  format: 'article',
  status: 'cancelled',
  title: 'Makala ya zamani',
  scheduledAt: Date.UTC(2025, 2, 15, 7, 0),
  localDate: '2025-03-15',
  localTime: '10:00',
  text: 'Haitachapishwa',
});

/** Deliberately not in time order: the exporters sort. */
export const PLAN: Post[] = [REEL, IDEA, CANCELLED, FORMULA, PUBLISHED];
