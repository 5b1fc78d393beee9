/**
 * Figures per tracked account from what the collectors captured (utils/strategy/figures.ts does the
 * arithmetic): the competitor table, the networks matrix and goals read them from here.
 */
import { Dexie } from 'dexie';
import { accountFigures, combinedFigures, formatOfUrl, type AccountFigures, type FigurePost, type FollowerReading } from '@/utils/strategy/figures';
import { db } from './db';
import type { Account } from './schemas';

/** What the figures of one account stand on, read in one transaction. */
export interface AccountHistory {
  readings: FollowerReading[];
  posts: FigurePost[];
}

type AccountKey = Pick<Account, 'platform' | 'handle'>;

/** Each account's readings and posts (keyed `platform:handle`), with planned formats for linked posts. */
export async function accountHistories(accounts: readonly AccountKey[]): Promise<Map<string, AccountHistory>> {
  return db.transaction('r', [db.profileSnapshots, db.observedPosts, db.posts], async () => {
    const histories = new Map<string, AccountHistory>();
    for (const { platform, handle } of accounts) {
      const key = `${platform}:${handle}`;
      if (histories.has(key)) continue;
      const [snapshots, observed] = await Promise.all([
        db.profileSnapshots.where('[platform+handle+at]').between([platform, handle, Dexie.minKey], [platform, handle, Dexie.maxKey]).toArray(),
        db.observedPosts.where('[platform+author]').equals([platform, handle]).toArray(),
      ]);
      const planned = await db.posts.bulkGet(observed.map((o) => o.plannedPostId).filter((id): id is string => id !== null));
      const formats = new Map(planned.filter((p) => p !== undefined).map((p) => [p.id, p.format]));
      histories.set(key, {
        readings: snapshots.map((s) => ({ at: s.at, followers: s.followers })),
        posts: observed.map((o) => ({
          publishedAt: o.publishedAt,
          likes: o.likes,
          comments: o.comments,
          reposts: o.reposts,
          format: (o.plannedPostId && formats.get(o.plannedPostId)) || formatOfUrl(o.platform, o.url),
        })),
      });
    }
    return histories;
  });
}

/** Figures of each account, keyed `platform:handle`. */
export async function figuresByAccount(accounts: readonly AccountKey[], now = Date.now()): Promise<Map<string, AccountFigures>> {
  const histories = await accountHistories(accounts);
  return new Map([...histories].map(([key, history]) => [key, accountFigures(history.readings, history.posts, now)]));
}

/** Figures of several accounts taken together (a competitor's or the brand's across platforms). */
export async function figuresOfAll(accounts: readonly AccountKey[], now = Date.now()): Promise<AccountFigures> {
  const histories = await accountHistories(accounts);
  return combinedFigures([...histories.values()], now);
}
