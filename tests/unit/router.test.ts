// The router acts only on well-formed messages from the senders allowed for their type.
import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createRouter, verifySender, type Handlers } from '@/entrypoints/background/router';
import type { Message } from '@/utils/messaging';

type Sender = Browser.runtime.MessageSender;
const SELF = { id: 'mkakati-id', origin: 'chrome-extension://mkakati-id/' };

const PAGE: Sender = { id: SELF.id, url: `${SELF.origin}sidepanel.html#settings` };
const X_TAB: Sender = { id: SELF.id, url: 'https://x.com/kahawabora', tab: { id: 7 } as Browser.tabs.Tab, frameId: 0 };

function capture(overrides: Partial<Message<'capture'>> = {}): Message<'capture'> {
  return {
    type: 'capture',
    platform: 'x',
    posts: [
      { postId: '1860000000000000001', url: 'https://x.com/kahawabora/status/1860000000000000001', author: 'kahawabora', publishedAt: 1_764_000_000_000, text: 'Cupping Friday', likes: 1200, reposts: 4, comments: null, views: 15000, bookmarks: 2, precision: { likes: 100, views: 1000 }, sponsored: false },
    ],
    profile: null,
    health: { seen: 1, understood: 1 },
    ...overrides,
  };
}

function setup() {
  const handlers = {
    capture: vi.fn(() => Promise.resolve({ posts: 1, snapshots: 1, profileSnapshots: 0, linked: 0, kept: true })),
    'get-status': vi.fn(() => Promise.resolve({ version: '0.1.0', schemaVersion: 2, startedAt: 1 })),
    'plan-changed': vi.fn(() => Promise.resolve({ nextReminderAt: null })),
  } satisfies Handlers;
  return { handlers, route: createRouter(handlers, SELF) };
}

describe('verifySender', () => {
  it('knows extension pages and top-frame content scripts of supported platforms', () => {
    expect(verifySender(PAGE, SELF)).toEqual({ kind: 'extension-page', url: PAGE.url });
    expect(verifySender(X_TAB, SELF)).toEqual({ kind: 'content-script', url: X_TAB.url, platform: 'x', tabId: 7 });
  });

  it.each<[string, Sender]>([
    ['another extension', { ...PAGE, id: 'someone-else' }],
    ['no id', { url: PAGE.url }],
    ['no url', { id: SELF.id }],
    ['a page of an unsupported site', { ...X_TAB, url: 'https://example.com/' }],
    ['a look-alike host', { ...X_TAB, url: 'https://x.com.example.net/' }],
    ['plain http', { ...X_TAB, url: 'http://x.com/home' }],
    ['a sub-frame', { ...X_TAB, frameId: 3 }],
    ['a platform page without a tab', { id: SELF.id, url: X_TAB.url, frameId: 0 }],
  ])('refuses %s', (_, sender) => {
    expect(verifySender(sender, SELF)).toBeNull();
  });
});

describe('router', () => {
  it('hands a valid capture from its platform tab to the handler', async () => {
    const { route, handlers } = setup();
    const reply = await route(capture(), X_TAB);
    expect(reply).toEqual({ ok: true, data: { posts: 1, snapshots: 1, profileSnapshots: 0, linked: 0, kept: true } });
    expect(handlers.capture).toHaveBeenCalledOnce();
  });

  it('answers get-status to an extension page', async () => {
    const { route } = setup();
    expect(await route({ type: 'get-status' }, PAGE)).toMatchObject({ ok: true, data: { schemaVersion: 2 } });
  });

  it.each<[string, unknown, Sender, string]>([
    ['a command from a content script', { type: 'get-status' }, X_TAB, 'forbidden-sender'],
    ['a plan change from a content script', { type: 'plan-changed' }, X_TAB, 'forbidden-sender'],
    ['a capture from an extension page', capture(), PAGE, 'forbidden-sender'],
    ['a capture from a foreign extension', capture(), { ...X_TAB, id: 'evil' }, 'forbidden-sender'],
    ['a capture claiming Instagram from an X tab', capture({ platform: 'instagram' }), X_TAB, 'forbidden-sender'],
    ['a capture from an unsupported site', capture(), { ...X_TAB, url: 'https://evil.example/' }, 'forbidden-sender'],
    ['an unknown type', { type: 'delete-everything' }, PAGE, 'unknown-type'],
    ['an inherited property as type', { type: 'toString' }, PAGE, 'unknown-type'],
    ['null', null, PAGE, 'unknown-type'],
    ['a string', 'capture', X_TAB, 'unknown-type'],
    ['an extra key', { ...capture(), admin: true }, X_TAB, 'malformed'],
    ['a missing field', { ...capture(), health: undefined }, X_TAB, 'malformed'],
    ['a negative count', capture({ posts: [{ ...capture().posts[0]!, likes: -1 }] }), X_TAB, 'malformed'],
    ['a fractional count', capture({ posts: [{ ...capture().posts[0]!, likes: 1.5 }] }), X_TAB, 'malformed'],
    ['a count as text', capture({ posts: [{ ...capture().posts[0]!, likes: '1.2K' as never }] }), X_TAB, 'malformed'],
    ['a Date object', capture({ posts: [{ ...capture().posts[0]!, publishedAt: new Date() as never }] }), X_TAB, 'malformed'],
    ['a text over 280 characters', capture({ posts: [{ ...capture().posts[0]!, text: 'a'.repeat(281) }] }), X_TAB, 'malformed'],
    ['a javascript: url', capture({ posts: [{ ...capture().posts[0]!, url: 'javascript:alert(1)' }] }), X_TAB, 'malformed'],
    ['a post address on another site', capture({ posts: [{ ...capture().posts[0]!, url: 'https://evil.example/kahawabora/status/1' }] }), X_TAB, 'malformed'],
    ['a post address on another platform', capture({ posts: [{ ...capture().posts[0]!, url: 'https://www.instagram.com/p/C1/' }] }), X_TAB, 'malformed'],
    ['an upper-case handle', capture({ posts: [{ ...capture().posts[0]!, author: 'KahawaBora' }] }), X_TAB, 'malformed'],
    ['too many posts', capture({ posts: Array.from({ length: 201 }, () => capture().posts[0]!) }), X_TAB, 'malformed'],
    ['a get-status with a payload', { type: 'get-status', wipe: true }, PAGE, 'malformed'],
  ])('rejects %s without acting', async (_, message, sender, code) => {
    const { route, handlers } = setup();
    const reply = await route(message, sender);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(handlers.capture).not.toHaveBeenCalled();
    expect(handlers['get-status']).not.toHaveBeenCalled();
    expect(handlers['plan-changed']).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error reply', async () => {
    const { route, handlers } = setup();
    handlers.capture.mockRejectedValueOnce(new Error('disk full'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await route(capture(), X_TAB)).toEqual({ ok: false, error: { code: 'failed', message: 'disk full' } });
  });
});
