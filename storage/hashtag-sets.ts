/** Hashtag sets: named groups of tags the composer appends to a draft in one step. */
import { db } from './db';
import { newId } from './ids';
import { hashtagSetSchema, type HashtagSet } from './schemas';
import { parseRow } from './validation';

export type HashtagSetInput = Omit<HashtagSet, 'id' | 'createdAt' | 'updatedAt'>;

/** Tags as stored: without `#` or blank space, each once (in any case), in the order given. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const tag of tags) {
    const cleaned = tag.replace(/\s+/g, '').replace(/^[#＃]+/, '');
    const key = cleaned.toLocaleLowerCase();
    if (cleaned === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(cleaned);
  }
  return kept;
}

/** Every set, by name. */
export async function listHashtagSets(): Promise<HashtagSet[]> {
  return (await db.hashtagSets.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

export async function createHashtagSet(input: HashtagSetInput, now = Date.now()): Promise<HashtagSet> {
  const set = parseRow(hashtagSetSchema, { ...input, tags: cleanTags(input.tags), id: newId(), createdAt: now, updatedAt: now });
  await db.hashtagSets.add(set);
  return set;
}

/** Applies an edit; throws when the set is gone or the result is invalid (nothing is written then). */
export async function updateHashtagSet(id: string, patch: Partial<HashtagSetInput>, now = Date.now()): Promise<HashtagSet> {
  return db.transaction('rw', db.hashtagSets, async () => {
    const current = await db.hashtagSets.get(id);
    if (!current) throw new Error(`No hashtag set ${id}`);
    const next = { ...current, ...patch, updatedAt: now };
    const set = parseRow(hashtagSetSchema, { ...next, tags: cleanTags(next.tags) });
    await db.hashtagSets.put(set);
    return set;
  });
}

export async function deleteHashtagSet(id: string): Promise<void> {
  await db.hashtagSets.delete(id);
}
