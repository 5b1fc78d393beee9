// An XSS canary in every text a page or a user can put into the workspace — post titles, texts and
// notes, captured post texts, names of segments, campaigns, competitors, partners, goals and the brand —
// imported through the real backup path, then shown by every extension page: the side panel's areas
// and sections, a post in the editor and the composer, the popup and the printable report. Nowhere is
// markup made from it (no element, no handler, no dialog, no blocked inline script), and it is shown
// as the text it is.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { loadSample } from './page-checks';

const CANARY = '<img src=x data-canary onerror="globalThis.__xss=1"><script data-canary>globalThis.__xss=2</script>';
const FIELDS: Record<string, readonly string[]> = {
  posts: ['title', 'text', 'notes'],
  observedPosts: ['text'],
  segments: ['name', 'description'],
  hooks: ['title', 'offer'],
  campaigns: ['name', 'description'],
  competitors: ['name', 'notes'],
  partners: ['name', 'notes'],
  goals: ['title'],
  brand: ['name', 'description'],
  templates: ['name', 'text'],
  hashtagSets: ['name'],
  events: ['title'],
};

let harness: Harness;
let postId: string;
const dialogs: string[] = [];

/** Records blocked inline scripts and handlers before the page's own code runs. */
function watch(page: Page) {
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}

async function injected(page: Page): Promise<{ elements: number; xss: unknown; violations: string[] }> {
  return page.evaluate(() => ({
    elements: document.querySelectorAll('[data-canary], [onerror], img[src="x"]').length,
    xss: (globalThis as { __xss?: unknown }).__xss,
    violations: (globalThis as { __violations?: string[] }).__violations ?? [],
  }));
}

beforeAll(async () => {
  harness = await launchExtension();
  await harness.context.addInitScript(() => {
    const violations: string[] = ((globalThis as { __violations?: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}: ${event.sample}`));
  });
  const settings = await harness.openPage('sidepanel.html#settings');
  await loadSample(settings);
  const [download] = await Promise.all([settings.waitForEvent('download'), settings.getByRole('button', { name: 'Export workspace' }).click()]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8')) as { tables: Record<string, Record<string, unknown>[]> };
  for (const [table, fields] of Object.entries(FIELDS)) {
    for (const row of backup.tables[table] ?? []) {
      for (const field of fields) if (typeof row[field] === 'string') row[field] = table === 'observedPosts' ? CANARY.slice(0, 280) : `${CANARY} ${String(row[field])}`.slice(0, 200);
    }
  }
  const upcoming = backup.tables.posts!.find((post) => typeof post.scheduledAt === 'number' && post.scheduledAt > Date.now())!;
  postId = String(upcoming.id);
  const file = join(mkdtempSync(join(tmpdir(), 'mkakati-canary-')), 'canary.json');
  writeFileSync(file, JSON.stringify(backup));
  await settings.getByLabel('Replace the whole workspace with the backup').check();
  await settings.getByTestId('backup-file').setInputFiles(file);
  await settings.getByRole('button', { name: 'Continue' }).click();
  await settings.getByText(/^Imported [\d,]+ rows\.$/).waitFor();
  await settings.close();
});
afterAll(async () => {
  expect(harness.pageErrors).toEqual([]);
  await harness.close();
});

describe('an XSS canary in the workspace', () => {
  it.each([
    'sidepanel.html#today',
    'sidepanel.html#plan',
    `sidepanel.html#plan/${'POST'}`,
    `sidepanel.html#compose/${'POST'}`,
    'sidepanel.html#strategy/concept',
    'sidepanel.html#strategy/competitors',
    'sidepanel.html#strategy/goals',
    'sidepanel.html#strategy/audience',
    'sidepanel.html#strategy/partners',
    'sidepanel.html#analytics',
    'sidepanel.html#adjust',
    'sidepanel.html#settings',
    'popup.html',
    'report.html?from=MONTH-01&to=TODAY',
  ])('is shown as text, never run, on %s', async (path) => {
    const today = new Date().toISOString().slice(0, 10);
    const page = await harness.openPage(path.replace('POST', encodeURIComponent(postId)).replace('MONTH', today.slice(0, 7)).replace('TODAY', today));
    watch(page);
    // Drawn: the area has rendered content beyond the shell, and the page is idle.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800);
    expect(await injected(page)).toEqual({ elements: 0, xss: undefined, violations: [] });
    expect(dialogs).toEqual([]);
    if (!path.startsWith('popup') && !path.endsWith('#settings')) {
      // The canary is on screen — or in a form field — as the characters it is.
      const shown = await page.evaluate((canary) => document.body.innerText.includes('<img src=x') || [...document.querySelectorAll('input, textarea')].some((field) => (field as HTMLInputElement).value.includes(canary.slice(0, 20))), CANARY);
      expect(shown, `${path} shows the canary`).toBe(true);
    }
    await page.close();
  });
});
