/** The strategy's audience side: segments and their hooks (read here; edited in the Strategy area). */
import { db } from './db';
import type { Hook, Segment } from './schemas';

export async function listSegments(): Promise<Segment[]> {
  return (await db.segments.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

export async function listHooks(): Promise<Hook[]> {
  return (await db.hooks.toArray()).sort((a, b) => a.title.localeCompare(b.title));
}
