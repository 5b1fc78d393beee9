/**
 * Counts read off a page → the numbers of an observation: each value, `null` where the page showed
 * none, and the precision step of each one that was abbreviated ("1.2K" → `{ likes: 100 }`). Exact
 * counts are not listed in `precision` (ARCHITECTURE.md "What a captured row means").
 */
import type { Count } from '@/utils/counts';
import type { PostObservation, ProfileObservation } from '@/utils/messaging';

const POST_COUNTS = ['likes', 'reposts', 'comments', 'views', 'bookmarks'] as const;
const PROFILE_COUNTS = ['followers', 'following', 'posts'] as const;

type Fields<K extends string> = Record<K, number | null> & { precision: Partial<Record<K, number>> };

function fields<K extends string>(names: readonly K[], read: Partial<Record<K, Count | null>>): Fields<K> {
  const out = { precision: {} } as Fields<K>;
  for (const name of names) {
    const count = read[name];
    (out as Record<K, number | null>)[name] = count?.value ?? null;
    if (count && count.step > 1) out.precision[name] = count.step;
  }
  return out;
}

/** A post's counts; a name left out was not shown (`null`). */
export function postCounts(read: Partial<Record<(typeof POST_COUNTS)[number], Count | null>>): Pick<PostObservation, (typeof POST_COUNTS)[number] | 'precision'> {
  return fields(POST_COUNTS, read);
}

/** A profile's counts; a name left out was not shown (`null`). */
export function profileCounts(read: Partial<Record<(typeof PROFILE_COUNTS)[number], Count | null>>): Pick<ProfileObservation, (typeof PROFILE_COUNTS)[number] | 'precision'> {
  return fields(PROFILE_COUNTS, read);
}
