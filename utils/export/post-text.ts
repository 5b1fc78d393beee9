import type { Post } from '@/storage/schemas';

/**
 * The text a post is published with: its body, a blank line, then its hashtags with `#`.
 * Hashtags are stored without `#`; a stray `#` or space inside one is dropped because a platform
 * would end the tag there. Blank space around the body is not content, so it is trimmed (and a
 * post whose body and tags are empty composes to '', which the exporters treat as "no text").
 */
export function composePostText(post: Pick<Post, 'text' | 'hashtags'>): string {
  const tags = post.hashtags
    .map((tag) => tag.replace(/\s+/g, '').replace(/^#+/, ''))
    .filter((tag) => tag !== '')
    .map((tag) => `#${tag}`)
    .join(' ');
  return [post.text.trim(), tags].filter((part) => part !== '').join('\n\n');
}
