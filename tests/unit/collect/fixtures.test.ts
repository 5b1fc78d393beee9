/**
 * Every adapter over every fixture of its platform (ARCHITECTURE.md "Testing" 2): the markup in
 * `tests/fixtures/<platform>/<case>.html` must give exactly the observations in `<case>.json`, and every
 * detector must recognise its own URLs and no other platform's (`tests/fixtures/<platform>/urls.json`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageContext, PageKind, PlatformAdapter } from '@/utils/collect/adapter';
import { topLevelRoots } from '@/utils/collect/roots';
import { PLATFORMS, type Platform } from '@/utils/platforms';
import type { PostObservation, ProfileObservation } from '@/utils/messaging';

const FIXTURES = join(__dirname, '../../fixtures');

const modules = import.meta.glob<{ adapter: PlatformAdapter }>('/entrypoints/*.content/adapter.ts', { eager: true });
const adapters = new Map<Platform, PlatformAdapter>(Object.values(modules).map(({ adapter }) => [adapter.platform, adapter]));

interface Expected {
  url: string;
  kind: PageKind;
  /** Top-level post roots in the markup: what health calls "seen". */
  seen: number;
  posts: PostObservation[];
  profile: ProfileObservation | null;
}

type UrlCases = Partial<Record<PageKind | 'none', string[]>>;

function cases(platform: Platform): string[] {
  return readdirSync(join(FIXTURES, platform))
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length));
}

function load(platform: Platform, name: string): { doc: Document; expected: Expected } {
  const html = readFileSync(join(FIXTURES, platform, `${name}.html`), 'utf8');
  const expected = JSON.parse(readFileSync(join(FIXTURES, platform, `${name}.json`), 'utf8')) as Expected;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { doc, expected };
}

function read(adapter: PlatformAdapter, doc: Document, expected: Expected) {
  const page: PageContext = { url: new URL(expected.url), locale: doc.documentElement.lang || 'en' };
  const roots = topLevelRoots(doc, adapter.rootSelector);
  const posts = roots.map((root) => adapter.extract(root, page)).filter((post) => post !== undefined);
  return { kind: adapter.detect(page.url), seen: roots.length, posts, profile: adapter.extractProfile(doc, page) ?? null };
}

it('has an adapter for every platform', () => {
  expect([...adapters.keys()].sort()).toEqual([...PLATFORMS].sort());
});

describe.each([...adapters.values()])('$platform adapter', (adapter) => {
  const names = cases(adapter.platform);

  it('has fixtures of a post page, a feed and a profile, in English and one other language', () => {
    const loaded = names.map((name) => load(adapter.platform, name));
    const kinds = new Set(loaded.map(({ expected }) => expected.kind));
    // A platform's "post page" is its video page where videos are the posts (YouTube, TikTok).
    expect(kinds.has('post') || kinds.has('video'), 'a post or video page fixture').toBe(true);
    for (const kind of ['feed', 'profile'] as const) expect(kinds, `a ${kind} fixture`).toContain(kind);
    const languages = new Set(loaded.map(({ doc }) => (doc.documentElement.lang || 'en').slice(0, 2)));
    expect(languages.has('en') && languages.size >= 2, `languages: ${[...languages].join(', ')}`).toBe(true);
    expect(loaded.every(({ doc }) => doc.documentElement.lang !== ''), 'every fixture declares <html lang>').toBe(true);
  });

  it.each(names)('reads %s exactly as expected', (name) => {
    const { doc, expected } = load(adapter.platform, name);
    const html = readFileSync(join(FIXTURES, adapter.platform, `${name}.html`), 'utf8');
    expect(html.trimStart().startsWith('<!--'), 'the first line says what the fixture reproduces and where from').toBe(true);
    expect(read(adapter, doc, expected)).toEqual({ kind: expected.kind, seen: expected.seen, posts: expected.posts, profile: expected.profile });
  });

  it('recognises its own URLs and no other platform’s', () => {
    const own = JSON.parse(readFileSync(join(FIXTURES, adapter.platform, 'urls.json'), 'utf8')) as UrlCases;
    for (const [kind, urls] of Object.entries(own)) {
      for (const url of urls) expect(adapter.detect(new URL(url)), url).toBe(kind === 'none' ? null : kind);
    }
    for (const other of PLATFORMS.filter((platform) => platform !== adapter.platform)) {
      const theirs = JSON.parse(readFileSync(join(FIXTURES, other, 'urls.json'), 'utf8')) as UrlCases;
      for (const url of Object.values(theirs).flat()) expect(adapter.detect(new URL(url)), `${url} is ${other}’s`).toBeNull();
    }
  });
});
