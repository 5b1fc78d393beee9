// The collector runtime on a fake page: queue-only observer, 10 ms idle chunks, id-keyed posts,
// one message per 2 s, navigation aborting the old page, and no throw into the page.
import { beforeEach, describe, expect, it } from 'vitest';
import type { PageKind, PlatformAdapter } from '@/utils/collect/adapter';
import { CHUNK_MS, POSTS_PER_MESSAGE, SEND_INTERVAL_MS, runCollector, type CaptureMessage, type CollectorEnv } from '@/utils/collect/runtime';

/** A toy platform: `<article data-likes>` roots with a permalink, profiles at /@handle. */
function toyAdapter(overrides: Partial<PlatformAdapter> = {}): PlatformAdapter & { reads: number } {
  const adapter = {
    platform: 'x' as const,
    reads: 0,
    rootSelector: 'article',
    detect: (url: URL): PageKind | null => (url.pathname.startsWith('/@') ? 'profile' : url.pathname === '/home' ? 'feed' : null),
    extract(root: Element) {
      adapter.reads++;
      const id = root.querySelector('a')?.getAttribute('href')?.split('/').pop();
      if (!id) return undefined;
      const likes = root.getAttribute('data-likes');
      return { postId: id, url: `https://x.com/a/status/${id}`, author: 'a', publishedAt: null, text: root.textContent ?? '', likes: likes === null ? null : Number(likes), reposts: null, comments: null, views: null, bookmarks: null, precision: {}, sponsored: false };
    },
    extractProfile: (doc: Document) => {
      const followers = doc.querySelector('[data-followers]')?.getAttribute('data-followers');
      return followers ? { handle: 'a', name: 'A', followers: Number(followers), following: null, posts: null, precision: {} } : undefined;
    },
    ...overrides,
  };
  return adapter;
}

/** A page with a hand-driven clock, idle queue and timers. */
function fakePage(path = '/home') {
  let now = 0;
  let href = `https://x.com${path}`;
  const idles: ((deadline: IdleDeadline) => void)[] = [];
  const timers: { at: number; work: () => void }[] = [];
  const sent: CaptureMessage[] = [];
  const navigation: ((href: string) => void)[] = [];
  const controller = new AbortController();
  const env: CollectorEnv = {
    document,
    href: () => href,
    idle: (work) => void idles.push(work),
    later: (work, ms) => void timers.push({ at: now + ms, work }),
    now: () => now,
    send: (message) => void sent.push(structuredClone(message)),
    onNavigate: (listener) => void navigation.push(listener),
    signal: controller.signal,
  };
  return {
    env,
    sent,
    controller,
    advance(ms: number) {
      now += ms;
    },
    /** Runs the idle callbacks queued so far, each with `remaining` ms of idle time. */
    runIdle(remaining = 50) {
      const batch = idles.splice(0);
      for (const work of batch) work({ didTimeout: false, timeRemaining: () => remaining });
      return batch.length;
    },
    /** Lets every queued idle chunk run (with observer records delivered first). */
    async settle() {
      await Promise.resolve();
      while (this.runIdle() > 0) await Promise.resolve();
    },
    /** Moves the clock by `ms`, firing the timers due on the way. */
    tick(ms: number) {
      const until = now + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > until) break;
        timers.shift();
        now = next.at;
        next.work();
      }
      now = until;
    },
    /** An SPA navigation as the Navigation API reports it: the event names the new address first. */
    navigate(path: string) {
      for (const listener of navigation) listener(`https://x.com${path}`);
      href = `https://x.com${path}`;
    },
  };
}

function feed(count: number, from = 1): string {
  return Array.from({ length: count }, (_, i) => `<article data-likes="${i}"><a href="/a/status/${from + i}">post ${from + i}</a></article>`).join('');
}

/** Markup as nodes, parsed in a separate document (no HTML sinks, even in tests). */
function nodes(html: string): Node[] {
  return [...new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes];
}
function setBody(html: string): void {
  document.body.replaceChildren(...nodes(html));
}
function append(html: string): void {
  document.body.append(...nodes(html));
}

beforeEach(() => {
  setBody('');
});

describe('collector runtime', () => {
  it('reads the page in idle time and sends what it understood, with health', async () => {
    setBody(`${feed(3)}<article>no id</article>`);
    const page = fakePage();
    const adapter = toyAdapter();
    runCollector(adapter, page.env);
    expect(adapter.reads).toBe(0); // nothing before the page is idle
    await page.settle();
    page.tick(0);
    expect(page.sent).toHaveLength(1);
    expect(page.sent[0]!.posts.map((p) => p.postId)).toEqual(['1', '2', '3']);
    expect(page.sent[0]!.health).toEqual({ seen: 4, understood: 3 });
  });

  it('only queues in the observer callback; new and changed posts are read at idle time', async () => {
    setBody(feed(2));
    const page = fakePage();
    const adapter = toyAdapter();
    runCollector(adapter, page.env);
    await page.settle();
    page.tick(0);
    const readsAfterLoad = adapter.reads;

    append(feed(2, 3));
    document.querySelector('a[href$="/1"]')!.firstChild!.textContent = 'post 1 edited';
    await Promise.resolve();
    expect(adapter.reads).toBe(readsAfterLoad);
    await page.settle();
    page.tick(SEND_INTERVAL_MS);
    expect(page.sent).toHaveLength(2);
    // In the order the page changed: the two new posts, then the edit.
    expect(page.sent[1]!.posts.map((p) => [p.postId, p.text])).toEqual([
      ['3', 'post 3'],
      ['4', 'post 4'],
      ['1', 'post 1 edited'],
    ]);
  });

  it('stops each chunk at 10 ms and goes on in the next idle period', async () => {
    setBody(feed(30));
    const page = fakePage();
    const adapter = toyAdapter();
    // Each read costs 1 ms of the page's time.
    const extract = adapter.extract.bind(adapter);
    adapter.extract = (root, ctx) => {
      page.advance(1);
      return extract(root, ctx);
    };
    runCollector(adapter, page.env);
    await Promise.resolve();
    page.runIdle();
    expect(adapter.reads).toBe(CHUNK_MS);
    page.runIdle(3); // a short idle period is respected too
    expect(adapter.reads).toBe(CHUNK_MS + 3);
    await page.settle();
    expect(adapter.reads).toBe(30);
  });

  it('keys posts by id: an unchanged post is not sent twice, a recycled node is read as its new post', async () => {
    setBody(feed(2));
    const page = fakePage();
    runCollector(toyAdapter(), page.env);
    await page.settle();
    page.tick(0);

    // The feed re-renders post 2 identically, and recycles post 1's node for post 7.
    const second = document.querySelector('article:nth-of-type(2)')!;
    second.replaceWith(second.cloneNode(true));
    document.querySelector('a[href$="/1"]')!.setAttribute('href', '/a/status/7');
    await page.settle();
    page.tick(SEND_INTERVAL_MS);
    expect(page.sent.map((m) => m.posts.map((p) => p.postId))).toEqual([['1', '2'], ['7']]);
  });

  it('sends at most one message every 2 s, and nothing when nothing changed', async () => {
    setBody(feed(1));
    const page = fakePage();
    runCollector(toyAdapter(), page.env);
    await page.settle();
    page.tick(0);
    for (let i = 2; i <= 5; i++) {
      append(feed(1, i));
      await page.settle();
      page.tick(300);
    }
    expect(page.sent).toHaveLength(1);
    page.tick(SEND_INTERVAL_MS);
    expect(page.sent).toHaveLength(2);
    expect(page.sent[1]!.posts.map((p) => p.postId)).toEqual(['2', '3', '4', '5']);
    page.tick(10 * SEND_INTERVAL_MS);
    expect(page.sent).toHaveLength(2);
  });

  it(`splits more than ${POSTS_PER_MESSAGE} posts over messages 2 s apart`, async () => {
    setBody(feed(POSTS_PER_MESSAGE + 50));
    const page = fakePage();
    runCollector(toyAdapter(), page.env);
    await page.settle();
    page.tick(0);
    expect(page.sent.map((m) => m.posts.length)).toEqual([POSTS_PER_MESSAGE]);
    page.tick(SEND_INTERVAL_MS);
    expect(page.sent.map((m) => m.posts.length)).toEqual([POSTS_PER_MESSAGE, 50]);
  });

  it('aborts the old page’s work on SPA navigation and reads the new page', async () => {
    setBody(feed(30));
    const page = fakePage();
    const adapter = toyAdapter();
    runCollector(adapter, page.env);
    await Promise.resolve();
    page.runIdle(0); // no idle time: nothing read yet
    setBody('<div data-followers="4210"></div>');
    page.navigate('/@a');
    await page.settle();
    page.tick(SEND_INTERVAL_MS);
    expect(adapter.reads).toBe(0);
    expect(page.sent).toEqual([{ type: 'capture', platform: 'x', posts: [], profile: { handle: 'a', name: 'A', followers: 4210, following: null, posts: null, precision: {} }, health: { seen: 0, understood: 0 } }]);
  });

  it('reads nothing on pages the adapter does not handle', async () => {
    setBody(feed(3));
    const page = fakePage('/settings');
    const adapter = toyAdapter();
    runCollector(adapter, page.env);
    await page.settle();
    page.tick(10 * SEND_INTERVAL_MS);
    expect(adapter.reads).toBe(0);
    expect(page.sent).toEqual([]);
  });

  it('never throws into the page: a failing extraction is reported as not understood', async () => {
    setBody(feed(2));
    const page = fakePage();
    runCollector(
      toyAdapter({
        extract: () => {
          throw new Error('layout changed');
        },
      }),
      page.env,
    );
    await expect(page.settle()).resolves.toBeUndefined();
    page.tick(0);
    expect(page.sent).toEqual([{ type: 'capture', platform: 'x', posts: [], profile: null, health: { seen: 2, understood: 0 } }]);
  });

  it('stops for good when the content script is invalidated', async () => {
    setBody(feed(2));
    const page = fakePage();
    const adapter = toyAdapter();
    runCollector(adapter, page.env);
    page.controller.abort();
    append(feed(2, 3));
    await page.settle();
    page.tick(10 * SEND_INTERVAL_MS);
    expect(adapter.reads).toBe(0);
    expect(page.sent).toEqual([]);
  });
});
