// @vitest-environment node
// 10,000 random and malformed messages into the real background (router, handlers, capture) over the
// sample workspace, most of them from a content script's sender (the rest from extension pages and
// senders that are neither): every one gets a reply, none throws, nothing outside the observation
// tables changes, and what the observation path stores is valid and on
// the platform of the tab that sent it. Deterministic: the seed is printed, and a failure names its message.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { db } from '@/storage/db';
import { observedPostSchema, postSnapshotSchema, profileSnapshotSchema } from '@/storage/schemas';
import { buildSampleWorkspace } from '@/storage/sample';
import { TABLE_NAMES, type TableName } from '@/storage/tables';
import { writeWorkspace } from '@/storage/workspace';
import type { Message, PostObservation, Reply } from '@/utils/messaging';
import { PLATFORMS, platformOfPostUrl, type Platform } from '@/utils/platforms';
import { HOSTILE_STRINGS, mutate, randomSource, randomValue, type Random } from './random';

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const MESSAGES = 10_000;
const NOW = Date.UTC(2026, 10, 27, 9, 0);

/** What the observation path may write (with the collector health, which is no workspace table); every other table must stay exactly as it was. */
const OBSERVATION_TABLES: readonly TableName[] = ['observedPosts', 'postSnapshots', 'profileSnapshots'];

const PAGE_OF: Record<Platform, string> = {
  x: 'https://x.com/home',
  instagram: 'https://www.instagram.com/kahawabora/',
  facebook: 'https://www.facebook.com/kahawabora',
  linkedin: 'https://www.linkedin.com/feed/',
  youtube: 'https://www.youtube.com/@kahawabora',
  tiktok: 'https://www.tiktok.com/@kahawabora',
  threads: 'https://www.threads.com/@kahawabora',
};
const POST_URL_OF: Record<Platform, (id: string, author: string) => string> = {
  x: (id, author) => `https://x.com/${author}/status/${id}`,
  instagram: (id) => `https://www.instagram.com/p/${id}/`,
  facebook: (id, author) => `https://www.facebook.com/${author}/posts/${id}`,
  linkedin: (id) => `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`,
  youtube: (id) => `https://www.youtube.com/watch?v=${id}`,
  tiktok: (id, author) => `https://www.tiktok.com/@${author}/video/${id}`,
  threads: (id, author) => `https://www.threads.com/@${author}/post/${id}`,
};
const AUTHORS = ['kahawabora', 'chai.tamu', 'someone_else', 'brew-lab'];

type Sender = Browser.runtime.MessageSender;
const tab = (platform: Platform, id = 7): Sender => ({ id: fakeBrowser.runtime.id, url: PAGE_OF[platform], tab: { id } as Browser.tabs.Tab, frameId: 0 });

/** A well-formed capture with random (possibly hostile) content, on `platform`. */
function validCapture(random: Random, platform: Platform): Message<'capture'> {
  const count = () => (random.chance(0.2) ? null : random.int(5_000_000));
  const posts: PostObservation[] = Array.from({ length: random.int(6) }, () => {
    const author = random.pick(AUTHORS);
    const postId = `p${random.int(60)}`;
    return {
      postId,
      // Now and then a link the page pointed elsewhere: another site, or another platform.
      url: random.chance(0.03) ? random.pick(['https://evil.example/p/1', POST_URL_OF[random.pick(PLATFORMS)](postId, author)]) : POST_URL_OF[platform](postId, author),
      author,
      publishedAt: random.chance(0.3) ? null : NOW - random.int(90) * 86_400_000,
      text: random.pick(HOSTILE_STRINGS).slice(0, 280),
      likes: count(),
      reposts: count(),
      comments: count(),
      views: count(),
      bookmarks: count(),
      precision: random.chance(0.5) ? {} : { likes: 100 },
      sponsored: random.chance(0.1),
    };
  });
  const profile = random.chance(0.3) ? { handle: random.pick(AUTHORS), name: random.pick(HOSTILE_STRINGS).slice(0, 200), followers: count(), following: count(), posts: count(), precision: {} } : null;
  return { type: 'capture', platform, posts, profile, health: { seen: posts.length + random.int(3), understood: posts.length } };
}

/** A message and its sender: mostly captures from platform tabs, mutated or not, and junk of every kind. */
function nextCase(random: Random): { message: unknown; sender: Sender } {
  const platform = random.pick(PLATFORMS);
  const roll = random.next();
  const senderRoll = random.next();
  const sender: Sender =
    senderRoll < 0.8
      ? tab(platform, 1 + random.int(3))
      : senderRoll < 0.88
        ? tab(random.pick(PLATFORMS))
        : senderRoll < 0.93
          ? { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html` }
          : random.pick<Sender>([
              { ...tab(platform), frameId: 3 },
              { ...tab(platform), id: 'another-extension' },
              { ...tab(platform), url: 'https://evil.example/' },
              { ...tab(platform), url: PAGE_OF[platform].replace('https:', 'http:') },
              { id: fakeBrowser.runtime.id },
              {},
            ]);
  if (roll < 0.3) return { message: validCapture(random, platform), sender };
  if (roll < 0.75) return { message: mutate(random, validCapture(random, platform)), sender };
  if (roll < 0.85) return { message: mutate(random, { type: random.pick(['get-status', 'plan-changed', 'fill-composer']) }), sender };
  return { message: randomValue(random), sender };
}

async function dumpOtherTables(): Promise<Record<string, unknown[]>> {
  const others = TABLE_NAMES.filter((name) => !OBSERVATION_TABLES.includes(name));
  return Object.fromEntries(await Promise.all(others.map(async (name) => [name, await db.table(name).toArray()] as const)));
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Mkakati', version: '0.1.0' });
  await writeWorkspace(buildSampleWorkspace({ now: NOW }), 'replace');
  background.main();
  // The background makes its reminders when told the plan changed; from then on the extension pages'
  // messages among the random ones (get-status, plan-changed) must change nothing either.
  await (fakeBrowser.runtime.onMessage.trigger({ type: 'plan-changed' }, { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html` }) as unknown as Promise<unknown>);
});
afterEach(async () => {
  vi.useRealTimers();
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 5));
});

describe(`10,000 random messages (seed ${SEED})`, () => {
  it('each gets a reply, nothing throws, and only the observation path writes, validly', async () => {
    const errors = vi.spyOn(console, 'error');
    const before = await dumpOtherTables();
    const random = randomSource(SEED);
    const codes = new Map<string, number>();
    for (let i = 0; i < MESSAGES; i++) {
      const { message, sender } = nextCase(random);
      const replies = (await fakeBrowser.runtime.onMessage.trigger(message, sender)) as unknown as Reply[];
      const reply = replies[0];
      const code = reply?.ok ? 'ok' : reply?.error.code;
      if (code !== 'ok' && code !== 'unknown-type' && code !== 'forbidden-sender' && code !== 'malformed') {
        throw new Error(`message ${i} (seed ${SEED}) got ${JSON.stringify(reply)}`);
      }
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    // Every kind of outcome happened: the mix reaches the handlers as well as the guards.
    expect([...codes.keys()].sort()).toEqual(['forbidden-sender', 'malformed', 'ok', 'unknown-type']);
    expect(codes.get('ok')).toBeGreaterThan(1000);
    expect(errors).not.toHaveBeenCalled();

    expect(await dumpOtherTables()).toEqual(before);
    const observed = await db.observedPosts.toArray();
    expect(observed.length).toBeGreaterThan(100);
    for (const row of observed) {
      expect(observedPostSchema.safeParse(row).success).toBe(true);
      expect(platformOfPostUrl(row.url)).toBe(row.platform);
    }
    for (const row of await db.postSnapshots.toArray()) expect(postSnapshotSchema.safeParse(row).success).toBe(true);
    for (const row of await db.profileSnapshots.toArray()) expect(profileSnapshotSchema.safeParse(row).success).toBe(true);
  }, 240_000);
});
