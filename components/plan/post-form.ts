/**
 * The post editor's form: every field as the text the user typed, and the conversions between that and
 * a post. Kept apart from the component so the rules (hashtags, empty lead time) are tested directly.
 */
import type { PostInput } from '@/storage/posts';
import type { Post } from '@/storage/schemas';

export interface PostForm {
  platform: Post['platform'];
  format: Post['format'];
  status: Post['status'];
  title: string;
  localDate: string;
  localTime: string;
  pillar: string;
  topic: string;
  segmentId: string;
  hookId: string;
  campaignId: string;
  text: string;
  hashtags: string;
  notes: string;
  lead: string;
}

export function formFromPost(post: Post): PostForm {
  return {
    platform: post.platform,
    format: post.format,
    status: post.status,
    title: post.title,
    localDate: post.localDate ?? '',
    localTime: post.localTime ?? '',
    pillar: post.pillar,
    topic: post.topic,
    segmentId: post.segmentId ?? '',
    hookId: post.hookId ?? '',
    campaignId: post.campaignId ?? '',
    text: post.text,
    hashtags: post.hashtags.map((tag) => `#${tag}`).join(' '),
    notes: post.notes,
    lead: post.reminderLeadMinutes === null ? '' : String(post.reminderLeadMinutes),
  };
}

/** What a new post opened from elsewhere starts with (a hook on the Audience board: segment, hook, text). */
export type NewPostPreset = Partial<Omit<PostForm, 'localDate' | 'localTime'>>;

export function blankForm(localDate: string, localTime: string, preset: NewPostPreset = {}): PostForm {
  return {
    platform: 'instagram', format: 'image', status: 'draft', title: '', localDate, localTime, pillar: '', topic: '',
    segmentId: '', hookId: '', campaignId: '', text: '', hashtags: '', notes: '', lead: '',
    ...preset,
  };
}

/** "#kahawa  coffee,#Nairobi" → ["kahawa", "coffee", "Nairobi"]: stored without '#', duplicates dropped. */
export function parseHashtags(text: string): string[] {
  const tags = text
    .split(/[\s,]+/)
    .map((tag) => tag.replace(/^#+/, '').trim())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** The form as a post to save; `base` carries what the form does not edit (group, media, publication). */
export function postInputFromForm(form: PostForm, base: Pick<PostInput, 'groupId' | 'mediaIds' | 'publishedUrl' | 'publishedAt' | 'externalId' | 'timeZone'>): PostInput {
  const lead = form.lead.trim();
  return {
    ...base,
    platform: form.platform,
    format: form.format,
    status: form.status,
    title: form.title.trim(),
    localDate: form.localDate || null,
    localTime: form.localTime || null,
    pillar: form.pillar.trim(),
    topic: form.topic.trim(),
    segmentId: form.segmentId || null,
    hookId: form.hookId || null,
    campaignId: form.campaignId || null,
    text: form.text,
    hashtags: parseHashtags(form.hashtags),
    notes: form.notes,
    // Anything but a whole number is left to the schema to refuse, with the field named.
    reminderLeadMinutes: lead === '' ? null : Number(lead),
  };
}
