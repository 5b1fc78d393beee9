/**
 * The text of a variant as it will be published: its body (with UTM tags on its links when asked)
 * followed by its hashtags — what the counter counts and what "Copy" puts on the clipboard.
 */
import type { Post } from '@/storage/schemas';
import { composePostText } from '@/utils/export/post-text';
import { withUtm } from '@/utils/compose/utm';

export interface UtmChoice {
  on: boolean;
  /** The campaign's slug; null when the post has no campaign (utm_campaign is left out then). */
  campaignSlug: string | null;
}

export function finalText(variant: Pick<Post, 'id' | 'platform' | 'hashtags'>, text: string, utm: UtmChoice): string {
  const body = utm.on ? withUtm(text, { platform: variant.platform, campaignSlug: utm.campaignSlug, postId: variant.id }) : text;
  return composePostText({ text: body, hashtags: variant.hashtags });
}

/** Adds a block (a template, a hook) after the draft, separated by a blank line; an empty draft becomes the block. */
export function appendBlock(text: string, block: string): string {
  const body = text.trimEnd();
  const added = block.trim();
  if (added === '') return text;
  return body === '' ? added : `${body}\n\n${added}`;
}
