/**
 * Collector speed in Chromium: each platform's adapter over its feed fixture grown to 1,000 and 3,000
 * posts (the fixture's own posts cloned), timed from finding the roots to the last observation — what
 * the runtime does for a page, minus the idle-time slicing. Budget (ARCHITECTURE.md): ≤ 5 ms for 1,000
 * posts, and 3,000 posts ≤ 3.5× that (linear).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = new URL('..', import.meta.url).pathname;
const PLATFORMS = ['x', 'instagram', 'facebook', 'linkedin', 'youtube', 'tiktok', 'threads'];

/** The adapters and the root finder as one script for a plain page (no extension, no content script). */
async function bundle() {
  const contents = [`export { topLevelRoots } from './utils/collect/roots';`, ...PLATFORMS.map((p) => `export { adapter as ${p} } from './entrypoints/${p}.content/adapter';`)].join('\n');
  const result = await build({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'iife', globalName: 'mkakatiBench', write: false, minify: true, tsconfig: join(ROOT, 'tsconfig.json'), platform: 'browser', logLevel: 'error' });
  return result.outputFiles[0].text;
}

/** The platform's English feed fixture (or its first feed): markup and address. */
function feedFixture(platform) {
  const dir = join(ROOT, 'tests/fixtures', platform);
  const feeds = readdirSync(dir)
    .filter((file) => file.endsWith('.json') && file !== 'urls.json')
    .map((file) => ({ file, expected: JSON.parse(readFileSync(join(dir, file), 'utf8')) }))
    .filter(({ expected }) => expected.kind === 'feed')
    .map(({ file, expected }) => ({ html: readFileSync(join(dir, file.replace(/\.json$/, '.html')), 'utf8'), url: expected.url }));
  return feeds.find(({ html }) => /<html[^>]*lang="en/.test(html)) ?? feeds[0];
}

/** Median ms to find and read `count` posts, after a warm-up pass. */
async function timeExtraction(context, code, platform, fixture, count) {
  const page = await context.newPage();
  try {
    // about:blank with the fixture's markup: no content script runs here to compete with the timing.
    await page.setContent(fixture.html);
    await page.addScriptTag({ content: code });
    return await page.evaluate(
      ({ platform, url, count }) => {
        const { topLevelRoots, [platform]: adapter } = globalThis.mkakatiBench;
        const originals = topLevelRoots(document, adapter.rootSelector);
        if (originals.length === 0) throw new Error(`${platform}: no post roots in the feed fixture`);
        for (let i = originals.length; i < count; i++) {
          const original = originals[i % originals.length];
          original.parentElement.appendChild(original.cloneNode(true));
        }
        const context = { url: new URL(url), locale: document.documentElement.lang || 'en' };
        const pass = () => {
          const started = performance.now();
          const roots = topLevelRoots(document, adapter.rootSelector).slice(0, count);
          let understood = 0;
          for (const root of roots) if (adapter.extract(root, context)) understood++;
          return { ms: performance.now() - started, roots: roots.length, understood };
        };
        // What the machine gives right now: touching every element of the page once (for comparing runs
        // made under different load; the budget itself is absolute).
        const touch = () => {
          const started = performance.now();
          let n = 0;
          for (const element of document.querySelectorAll('*')) if (element.getAttribute('href')) n++;
          return performance.now() - started + n * 0;
        };
        // The floor under any adapter: finding the roots, nothing read yet.
        const rootsOnly = () => {
          const started = performance.now();
          topLevelRoots(document, adapter.rootSelector);
          return performance.now() - started;
        };
        // Passes to warm the JIT and the style caches, then the median of 11. V8's optimising compiler
        // runs on a background thread; on two busy cores it lags, and passes 4–6 were still 1.5–2× slower
        // than later ones, so eight warm-up passes (a feed the manager scrolls is processed far more often).
        for (let i = 0; i < 8; i++) pass();
        const runs = Array.from({ length: 11 }, pass);
        runs.sort((a, b) => a.ms - b.ms);
        const baselines = Array.from({ length: 11 }, touch).sort((a, b) => a - b);
        // The floor under any adapter that reads a post's counts: finding the roots, then one walk through
        // each post (a query for an element no page has; the counts sit at the end of a post in document
        // order, so reading them by selector walks about this far).
        const oneWalk = () => {
          const started = performance.now();
          let found = 0;
          for (const root of topLevelRoots(document, adapter.rootSelector)) if (root.querySelector('mkakati-none')) found++;
          return performance.now() - started + found;
        };
        const floors = Array.from({ length: 11 }, rootsOnly).sort((a, b) => a - b);
        const walks = Array.from({ length: 11 }, oneWalk).sort((a, b) => a - b);
        return { ...runs[5], baseline: baselines[5], rootsOnly: floors[5], oneWalk: walks[5] };
      },
      { platform, url: fixture.url, count },
    );
  } finally {
    await page.close();
  }
}

/**
 * What one call from JavaScript into the DOM costs on this machine (getAttribute over 100k elements, after
 * two warm-up passes as the adapters get). For scale only: the adapters' time turned out to be mostly
 * their own JavaScript (regular expressions, allocations), not DOM calls (docs/collectors.md#speed).
 */
export async function domCallCost(context) {
  const page = await context.newPage();
  try {
    return await page.evaluate(() => {
      for (let i = 0; i < 100_000; i++) document.body.appendChild(document.createElement('div')).setAttribute('data-n', String(i));
      const elements = Array.from(document.querySelectorAll('div'));
      const pass = () => {
        let found = 0;
        const started = performance.now();
        for (const element of elements) if (element.getAttribute('data-n')) found++;
        // Microseconds per call.
        return ((performance.now() - started) * 1000) / Math.max(found, 1);
      };
      pass();
      pass();
      return pass();
    });
  } finally {
    await page.close();
  }
}

/**
 * The least an X post can be read with, over the X feed grown to 1,000 posts: its <time> (datetime, and
 * the permalink around it), its text, and the action group's label (all counts at once); one query per
 * field, no parsing, no check for quoted cards or ads. Whatever the adapter does is on top of this, so
 * when this alone exceeds the budget on a machine, no selector-based adapter meets it there.
 */
export async function xRequiredReads(context) {
  const page = await context.newPage();
  try {
    await page.setContent(feedFixture('x').html);
    return await page.evaluate(() => {
      const roots = () => Array.from(document.querySelectorAll('article[data-testid="tweet"]'));
      const originals = roots();
      for (let i = originals.length; i < 1_000; i++) originals[i % originals.length].parentElement.appendChild(originals[i % originals.length].cloneNode(true));
      const pass = () => {
        const started = performance.now();
        let n = 0;
        for (const root of roots()) {
          const time = root.querySelector('time');
          if (time) n += (time.getAttribute('datetime') ?? '').length + (time.parentElement?.getAttribute('href') ?? '').length;
          const text = root.querySelector('[data-testid="tweetText"]');
          if (text) n += (text.textContent ?? '').length;
          const group = root.querySelector('[role="group"]');
          if (group) n += (group.getAttribute('aria-label') ?? '').length;
        }
        return performance.now() - started + n * 0;
      };
      for (let i = 0; i < 8; i++) pass();
      return Array.from({ length: 11 }, pass).sort((a, b) => a - b)[5];
    });
  } finally {
    await page.close();
  }
}

/** One row per platform: { platform, one: {ms, roots, understood}, three: {...} }. */
export async function extractionFigures(context) {
  const code = await bundle();
  const figures = [];
  for (const platform of PLATFORMS) {
    const fixture = feedFixture(platform);
    const one = await timeExtraction(context, code, platform, fixture, 1_000);
    const three = await timeExtraction(context, code, platform, fixture, 3_000);
    figures.push({ platform, one, three });
  }
  return figures;
}

/** `node scripts/bench-extract.mjs [platform …]`: the figures alone, in a plain headless Chromium. */
if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { chromium } = await import('playwright-core');
  const { CHROMIUM } = await import('./chromium.mjs');
  const only = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new'] });
  try {
    const code = await bundle();
    const context = await browser.newContext();
    console.log(`one DOM call (getAttribute) costs ${(await domCallCost(context)).toFixed(2)} µs here`);
    if (only.length === 0 || only.includes('x')) console.log(`x: the reads a post needs at the least (time, permalink, text, the counts' label; no parsing), 1,000 posts: ${(await xRequiredReads(context)).toFixed(1)} ms`);
    for (const platform of PLATFORMS.filter((p) => only.length === 0 || only.includes(p))) {
      const fixture = feedFixture(platform);
      const one = await timeExtraction(context, code, platform, fixture, 1_000);
      const three = await timeExtraction(context, code, platform, fixture, 3_000);
      console.log(`${platform}: 1,000 posts ${one.ms.toFixed(1)} ms (${one.understood}/${one.roots} read; finding the roots alone ${one.rootsOnly.toFixed(1)} ms, and walking each post once ${one.oneWalk.toFixed(1)} ms; touching every element ${one.baseline.toFixed(1)} ms, ratio ${(one.ms / one.baseline).toFixed(1)}) · 3,000 posts ${three.ms.toFixed(1)} ms (${(three.ms / one.ms).toFixed(2)}×)`);
    }
  } finally {
    await browser.close();
  }
}
