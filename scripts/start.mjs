#!/usr/bin/env node
// `npm start`: build, open Chromium with the extension, and make sure the sample workspace is there.
// With a display, the browser stays open on the side panel (as a tab) until you close it. Without one
// (a server, CI) it runs headless, writes a screenshot of every side-panel area, names the folder and exits.
// The profile lives in .mkakati-profile/, so what you do in it is kept for the next start.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, chromiumArgs } from './chromium.mjs';

const PROFILE = resolve('.mkakati-profile');
const SCREENSHOTS = resolve('.output/screenshots');
const AREAS = ['today', 'plan', 'compose', 'strategy', 'analytics', 'adjust', 'settings'];
/** The Strategy area's pages, photographed one by one (`#strategy/<page>`). */
const STRATEGY_PAGES = ['concept', 'competitors', 'goals', 'audience', 'networks', 'partners'];
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const context = await chromium.launchPersistentContext(PROFILE, {
  executablePath: CHROMIUM,
  headless: false, // headless comes from --headless=new, the mode that runs extensions
  args: chromiumArgs({ headless }),
  locale: 'en-US',
  viewport: headless ? { width: 400, height: 860 } : null,
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const panelUrl = (hash) => `chrome-extension://${new URL(worker.url()).host}/sidepanel.html#${hash}`;

const page = await context.newPage();
await page.goto(panelUrl('today'));
const summary = page.getByTestId('workspace-summary').or(page.getByTestId('workspace-empty'));
await summary.waitFor();
if (await page.getByTestId('workspace-empty').isVisible()) {
  console.log('Loading the sample workspace…');
  await page.goto(panelUrl('settings'));
  await page.getByRole('button', { name: /Load sample workspace|Pakia eneo la kazi la mfano/ }).click();
  await page.getByRole('status').filter({ hasText: /sample workspace is loaded|mfano limepakiwa/ }).waitFor();
}

if (headless) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const area of [...AREAS, ...STRATEGY_PAGES.map((name) => `strategy/${name}`)]) {
    await page.goto(panelUrl(area));
    await page.getByRole('tabpanel').waitFor();
    // Live queries and lazily loaded parts paint within a few hundred milliseconds.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SCREENSHOTS}/${area.replace('/', '-')}.png`, fullPage: true });
  }
  console.log(`No display: ran headless and wrote a screenshot of each side-panel area to ${SCREENSHOTS}/`);
  await context.close();
} else {
  await page.goto(panelUrl('today'));
  console.log('Mkakati is open. Close the browser window to stop.');
  await new Promise((done) => context.on('close', done));
}
