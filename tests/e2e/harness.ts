/**
 * The e2e harness: launches the built extension in Debian's Chromium with a fresh profile and gives
 * the extension id, its service worker, extension pages as tabs, and platform pages served at their
 * real URLs through request routing (so the real manifest and content scripts apply to them).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, chromiumArgs } from '../../scripts/chromium.mjs';

export { EXTENSION_DIR };

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** The service worker as it started (a worker stopped and restarted is a new one). */
  worker: Worker;
  userDataDir: string;
  /** `chrome-extension://<id>/<path>` */
  url(path: string): string;
  /** Opens an extension page in a new tab and waits for it to load; page errors fail the test at close. */
  openPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Serves `html` at a platform URL (glob, e.g. 'https://x.com/**'). */
  servePlatformPage(glob: string, html: string): Promise<void>;
  /** Errors thrown or logged in any extension page or the service worker so far. */
  pageErrors: string[];
  /**
   * Network requests made by an extension page or the service worker (CDP's network events, through
   * Playwright). Mkakati makes none of its own: close() fails the test when this is not empty.
   */
  extensionRequests: string[];
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

// Service workers' requests reach Playwright's network events only with this set (before launching).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export async function launchExtension(options: { userDataDir?: string } = {}): Promise<Harness> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'mkakati-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // the real headless mode comes from --headless=new, which supports extensions
    args: chromiumArgs(),
    acceptDownloads: true,
    viewport: { width: 400, height: 800 },
  });
  // Every request an extension context makes is logged, network ones kept (chrome-extension:, data:
  // and blob: stay on the device).
  const extensionRequests: string[] = [];
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    let from: string;
    try {
      from = worker ? worker.url() : request.frame().url();
    } catch {
      // A request with neither frame nor worker (a navigation about to start): not the extension's.
      return;
    }
    if (from.startsWith('chrome-extension://') && !/^(chrome-extension|data|blob):/.test(request.url())) extensionRequests.push(`${from} → ${request.url()}`);
  });
  // Nothing reaches the network: every http(s) request is refused unless a test serves it.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const pageErrors: string[] = [];
  worker.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`service worker: ${message.text()}`);
  });
  const url = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  return {
    context,
    extensionId,
    worker,
    userDataDir,
    url,
    pageErrors,
    extensionRequests,
    async openPage(path, viewport) {
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(`${path}: console: ${message.text()}`);
      });
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(url(path));
      return page;
    },
    async servePlatformPage(glob, html) {
      await context.route(glob, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
      if (extensionRequests.length) throw new Error(`the extension made network requests:\n${extensionRequests.join('\n')}`);
    },
  };
}
