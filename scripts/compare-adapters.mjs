/**
 * A speed change to an adapter, checked for sameness and measured against the code it replaces:
 *
 *   node scripts/compare-adapters.mjs <platform> [git-ref=HEAD] [mutations=2000]
 *
 * Builds the platform's adapter from the working tree ("new") and from <git-ref> ("old"), then in Chromium:
 * 1. runs both over every fixture of the platform and over `mutations` randomly altered copies (elements
 *    removed, moved, duplicated; attributes and texts changed): every observation must be identical;
 * 2. times both over the feed fixture grown to 1,000 posts, alternating old and new passes in one page so
 *    that both see the same machine load, and prints the medians.
 * Exits with 1 when any observation differs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const [platform, ref = 'HEAD', mutationsArg = '2000'] = process.argv.slice(2);
if (!platform || !existsSync(join(ROOT, 'entrypoints', `${platform}.content`))) {
  console.error('usage: node scripts/compare-adapters.mjs <platform> [git-ref] [mutations]');
  process.exit(2);
}
const MUTATIONS = Number(mutationsArg);

/** The adapter and the root finder bundled from the tree at `root` (the `@/` alias resolved there). */
async function bundle(root) {
  const contents = `export { topLevelRoots } from './utils/collect/roots'; export { adapter } from './entrypoints/${platform}.content/adapter';`;
  const alias = {
    name: 'alias',
    setup(on) {
      on.onResolve({ filter: /^@\// }, async (args) => on.resolve(`./${args.path.slice(2)}`, { resolveDir: root, kind: args.kind }));
    },
  };
  const result = await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, format: 'iife', globalName: 'bench', write: false, minify: true, platform: 'browser', logLevel: 'error', plugins: [alias], nodePaths: [join(ROOT, 'node_modules')] });
  return result.outputFiles[0].text;
}

const worktree = mkdtempSync(join(tmpdir(), 'mkakati-ref-'));
execFileSync('git', ['-C', ROOT, 'worktree', 'add', '--detach', worktree, ref], { stdio: 'ignore' });
let oldCode;
try {
  oldCode = (await bundle(worktree)).replace(/^var bench/, 'var benchOld');
} finally {
  execFileSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', worktree], { stdio: 'ignore' });
  rmSync(worktree, { recursive: true, force: true });
}
const newCode = await bundle(ROOT);

const dir = join(ROOT, 'tests/fixtures', platform);
const fixtures = readdirSync(dir)
  .filter((file) => file.endsWith('.html'))
  .map((file) => {
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.html$/, '.json')), 'utf8'));
    return { file, html: readFileSync(join(dir, file), 'utf8'), url: expected.url, kind: expected.kind };
  });

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new'] });
let differences = 0;
try {
  const page = await (await browser.newContext()).newPage();
  for (const fixture of fixtures) {
    await page.setContent(fixture.html);
    await page.addScriptTag({ content: oldCode });
    await page.addScriptTag({ content: newCode });
    const result = await page.evaluate(
      ({ url, mutations, seed }) => {
        const context = { url: new URL(url), locale: document.documentElement.lang || 'en' };
        const read = (lib) => {
          const posts = lib.topLevelRoots(document, lib.adapter.rootSelector).map((root) => {
            try {
              return lib.adapter.extract(root, context) ?? null;
            } catch (error) {
              return { threw: String(error) };
            }
          });
          let profile;
          try {
            profile = lib.adapter.extractProfile(document, context) ?? null;
          } catch (error) {
            profile = { threw: String(error) };
          }
          return JSON.stringify({ posts, profile });
        };
        let state = seed;
        const random = (below) => {
          state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
          return state % below;
        };
        const pristine = document.body.cloneNode(true);
        const diffs = [];
        const compare = (what) => {
          const a = read(globalThis.benchOld);
          const b = read(globalThis.bench);
          if (a !== b && diffs.length < 3) diffs.push({ what, old: a.slice(0, 600), new: b.slice(0, 600) });
          return a !== b;
        };
        let differing = compare('as saved') ? 1 : 0;
        const WORDS = ['', '0', '12', '1,234', '5.6K', '7,6 mil', 'Ad', 'Sponsored', 'Like', 'Reply', 'views', 'reactions', '2 comments', 'https://x.com/a/status/1', '/@a/post/B', 'urn:li:activity:7', 'true', 'link', 'group', 'button', 'article'];
        for (let i = 0; i < mutations; i++) {
          if (i % 25 === 0) document.body.replaceWith(pristine.cloneNode(true));
          const all = document.body.querySelectorAll('*');
          if (all.length === 0) continue;
          const el = all[random(all.length)];
          const target = all[random(all.length)];
          const op = random(6);
          if (op === 0) el.remove();
          else if (op === 1) target.appendChild(el.cloneNode(true));
          else if (op === 2 && !el.contains(target)) target.before(el);
          else if (op === 3 && el.attributes.length) el.setAttribute(el.attributes[random(el.attributes.length)].name, WORDS[random(WORDS.length)]);
          else if (op === 4) el.textContent = WORDS[random(WORDS.length)];
          else if (el.attributes.length) el.removeAttribute(el.attributes[random(el.attributes.length)].name);
          if (compare(`mutation ${i} (op ${op} on <${el.localName}>)`)) differing++;
        }
        return { differing, diffs };
      },
      { url: fixture.url, mutations: Math.ceil(MUTATIONS / fixtures.length), seed: 20261127 },
    );
    differences += result.differing;
    console.log(`${fixture.file}: ${result.differing === 0 ? 'same' : `${result.differing} differ`}`);
    for (const diff of result.diffs) console.log(`  ${diff.what}\n    old ${diff.old}\n    new ${diff.new}`);
  }

  const feed = fixtures.find((fixture) => fixture.kind === 'feed' && /<html[^>]*lang="en/.test(fixture.html)) ?? fixtures.find((fixture) => fixture.kind === 'feed');
  await page.setContent(feed.html);
  await page.addScriptTag({ content: oldCode });
  await page.addScriptTag({ content: newCode });
  const times = await page.evaluate(({ url }) => {
    const { topLevelRoots, adapter } = globalThis.bench;
    const originals = topLevelRoots(document, adapter.rootSelector);
    for (let i = originals.length; i < 1000; i++) originals[i % originals.length].parentElement.appendChild(originals[i % originals.length].cloneNode(true));
    const context = { url: new URL(url), locale: document.documentElement.lang || 'en' };
    const pass = (lib) => {
      const started = performance.now();
      for (const root of lib.topLevelRoots(document, lib.adapter.rootSelector).slice(0, 1000)) lib.adapter.extract(root, context);
      return performance.now() - started;
    };
    const old = [];
    const next = [];
    for (let i = 0; i < 8; i++) {
      pass(globalThis.benchOld);
      pass(globalThis.bench);
    }
    for (let i = 0; i < 21; i++) {
      old.push(pass(globalThis.benchOld));
      next.push(pass(globalThis.bench));
    }
    const median = (list) => list.sort((a, b) => a - b)[10];
    return { old: median(old), next: median(next) };
  }, { url: feed.url });
  console.log(`1,000 posts: old ${times.old.toFixed(2)} ms, new ${times.next.toFixed(2)} ms (${((times.next / times.old - 1) * 100).toFixed(1)} %)`);
} finally {
  await browser.close();
}
if (differences > 0) {
  console.error(`${differences} observations differ`);
  process.exit(1);
}
