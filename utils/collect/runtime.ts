/**
 * The collector runtime every content script shares (ARCHITECTURE.md "Collectors"). Its promises to the
 * page: one MutationObserver whose callback only queues nodes; all reading in idle chunks of at most
 * 10 ms; posts keyed by their platform id (feeds recycle and drop nodes); at most one message every 2 s
 * and only when something changed; an SPA navigation aborts the old page's work; nothing ever throws
 * into the page. Everything the runtime needs from the browser comes in through `CollectorEnv`, so the
 * same code runs under WXT's content-script context and in unit tests.
 */
import type { Message, PostObservation, ProfileObservation } from '@/utils/messaging';
import type { PageContext, PageKind, PlatformAdapter } from './adapter';
import { rootsTouchedBy, topLevelRoots } from './roots';

/** Longest stretch of reading before the runtime gives the page its main thread back. */
export const CHUNK_MS = 10;
/** At most one message per tab in this interval. */
export const SEND_INTERVAL_MS = 2_000;
/** Posts per message (the background refuses more: MESSAGE_LIMITS.postsPerCapture). */
export const POSTS_PER_MESSAGE = 200;

export type CaptureMessage = Message<'capture'>;

export interface CollectorEnv {
  document: Document;
  /** The page's address now (location.href). */
  href(): string;
  /** Runs `work` when the page is idle (requestIdleCallback through the content-script context). */
  idle(work: (deadline: IdleDeadline) => void): void;
  /** Runs `work` after `ms` (setTimeout through the content-script context). */
  later(work: () => void, ms: number): void;
  /** A monotonic clock in ms (performance.now). */
  now(): number;
  /** Hands a batch to the background; failures are the env's to swallow (a reloaded extension). */
  send(message: CaptureMessage): void;
  /**
   * Calls `listener` with the new address on an SPA navigation (wxt:locationchange). The address comes
   * with the event: with the Navigation API the event fires before `location.href` changes.
   */
  onNavigate(listener: (href: string) => void): void;
  /** Aborted when the content script is invalidated (extension reloaded or updated). */
  signal: AbortSignal;
}

/**
 * A change to the page's tree that may touch posts: new nodes, new text, a count's new label, or a
 * recycled feed item pointing its permalink (href) at another post.
 */
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label', 'title', 'href', 'datetime'] };

function signature(observation: PostObservation | ProfileObservation): string {
  return JSON.stringify(observation);
}

/** One page's reading: created on load and on every SPA navigation, aborted when the page changes. */
class PageSession {
  /** Nodes to map to roots, first in first out (document order on load); `#head` is the next one. */
  #queue: Node[] = [];
  #head = 0;
  readonly #roots = new Set<Element>();
  readonly #seen = new WeakSet<Element>();
  readonly #understood = new WeakSet<Element>();
  readonly #observer: MutationObserver;
  #scheduled = false;
  #aborted = false;

  constructor(
    private readonly adapter: PlatformAdapter,
    private readonly page: PageContext,
    readonly kind: PageKind,
    private readonly env: CollectorEnv,
    private readonly outbox: Outbox,
  ) {
    // The callback only queues: the page's own work comes first, reading waits for idle time.
    this.#observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'childList') record.addedNodes.forEach((node) => this.#queue.push(node));
        else this.#queue.push(record.target);
      }
      this.#schedule();
    });
    const body = env.document.body ?? env.document.documentElement;
    this.#observer.observe(body, OBSERVED);
    this.#queue.push(body);
    this.#schedule();
  }

  abort(): void {
    this.#aborted = true;
    this.#observer.disconnect();
    this.#queue = [];
    this.#head = 0;
    this.#roots.clear();
  }

  #schedule(): void {
    if (this.#scheduled || this.#aborted) return;
    this.#scheduled = true;
    this.env.idle((deadline) => {
      this.#scheduled = false;
      if (!this.#aborted) this.#work(deadline);
    });
  }

  /** One idle chunk: map queued nodes to roots, read roots, then the profile; stop at the budget. */
  #work(deadline: IdleDeadline): void {
    const started = this.env.now();
    // A timed-out idle callback has no idle time left; still read one small chunk so busy pages progress.
    const budget = deadline.didTimeout ? CHUNK_MS / 2 : Math.min(CHUNK_MS, deadline.timeRemaining());
    const overBudget = () => this.env.now() - started >= budget;
    const selector = this.adapter.rootSelector;

    while (this.#head < this.#queue.length && !overBudget()) {
      const node = this.#queue[this.#head++]!;
      if (!node.isConnected) continue;
      const roots = node === this.env.document.body ? topLevelRoots(node as Element, selector) : rootsTouchedBy(node, selector);
      for (const root of roots) this.#roots.add(root);
    }
    if (this.#head === this.#queue.length) {
      this.#queue = [];
      this.#head = 0;
    }
    for (const root of this.#roots) {
      if (overBudget()) break;
      this.#roots.delete(root);
      if (root.isConnected) this.#read(root);
    }
    if (this.kind === 'profile' && this.#queue.length === 0 && this.#roots.size === 0) this.#readProfile();
    if (this.#queue.length > 0 || this.#roots.size > 0) this.#schedule();
  }

  #read(root: Element): void {
    if (!this.#seen.has(root)) {
      this.#seen.add(root);
      this.outbox.health.seen++;
      // Health travels even when nothing is understood: a page seen but not read must be heard of.
      this.outbox.noteHealth();
    }
    let observation: PostObservation | undefined;
    try {
      observation = this.adapter.extract(root, this.page);
    } catch {
      // A page we do not understand must never break: the root stays "seen, not understood" in health.
      observation = undefined;
    }
    if (!observation) return;
    if (!this.#understood.has(root)) {
      this.#understood.add(root);
      this.outbox.health.understood++;
    }
    this.outbox.offerPost(observation);
  }

  #readProfile(): void {
    try {
      const profile = this.adapter.extractProfile(this.env.document, this.page);
      if (profile) this.outbox.offerProfile(profile);
    } catch {
      // As for posts: a profile we cannot read is simply not sent.
    }
  }
}

/** What is waiting to be sent for this tab, and the throttle that sends it. */
class Outbox {
  /** Post roots seen and understood since the last message (each root element counted once). */
  readonly health = { seen: 0, understood: 0 };
  readonly #sent = new Map<string, string>();
  readonly #posts = new Map<string, PostObservation>();
  #profile: ProfileObservation | null = null;
  #profileSent = '';
  #lastSentAt = -Infinity;
  #timer = false;

  constructor(
    private readonly adapter: PlatformAdapter,
    private readonly env: CollectorEnv,
  ) {}

  offerPost(observation: PostObservation): void {
    const key = observation.postId;
    if (this.#sent.get(key) === signature(observation)) return;
    this.#posts.set(key, observation);
    this.#flushSoon();
  }

  offerProfile(profile: ProfileObservation): void {
    if (signature(profile) === this.#profileSent) return;
    this.#profile = profile;
    this.#flushSoon();
  }

  noteHealth(): void {
    this.#flushSoon();
  }

  #flushSoon(): void {
    if (this.#timer || this.env.signal.aborted) return;
    this.#timer = true;
    const wait = Math.max(0, this.#lastSentAt + SEND_INTERVAL_MS - this.env.now());
    this.env.later(() => {
      this.#timer = false;
      this.#flush();
    }, wait);
  }

  #flush(): void {
    if (this.env.signal.aborted) return;
    const posts = [...this.#posts.values()].slice(0, POSTS_PER_MESSAGE);
    const profile = this.#profile;
    const health = { ...this.health };
    if (posts.length === 0 && !profile && health.seen === 0) return;

    for (const post of posts) {
      this.#posts.delete(post.postId);
      this.#sent.set(post.postId, signature(post));
    }
    if (profile) {
      this.#profileSent = signature(profile);
      this.#profile = null;
    }
    this.health.seen = 0;
    this.health.understood = 0;
    this.#lastSentAt = this.env.now();
    this.env.send({ type: 'capture', platform: this.adapter.platform, posts, profile, health });
    if (this.#posts.size > 0) this.#flushSoon();
  }
}

/** Reads the page with `adapter` for as long as the content script lives (until `env.signal` aborts). */
export function runCollector(adapter: PlatformAdapter, env: CollectorEnv): void {
  const outbox = new Outbox(adapter, env);
  let session: PageSession | null = null;

  const start = (href = env.href()) => {
    session?.abort();
    session = null;
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return;
    }
    const kind = adapter.detect(url);
    if (!kind) return;
    const locale = env.document.documentElement.lang || 'en';
    session = new PageSession(adapter, { url, locale }, kind, env, outbox);
  };

  start();
  env.onNavigate((href) => start(href));
  env.signal.addEventListener('abort', () => session?.abort(), { once: true });
}
