// The service worker starts cleanly and its router answers — and refuses — real runtime messages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '@/storage/migrations';
import { launchExtension, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launchExtension();
});
afterAll(async () => {
  expect(harness.pageErrors).toEqual([]);
  await harness.close();
});

describe('background', () => {
  it('answers get-status from an extension page', async () => {
    const page = await harness.openPage('popup.html');
    const reply: unknown = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'get-status' }));
    expect(reply).toMatchObject({ ok: true, data: { version: '0.1.0', schemaVersion: SCHEMA_VERSION } });
  });

  it('refuses a capture from an extension page and a malformed command', async () => {
    const page = await harness.openPage('popup.html');
    const forged: unknown = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'capture', platform: 'x', posts: [], profile: null, health: { seen: 0, understood: 0 } }),
    );
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    const malformed: unknown = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'get-status', extra: 1 }));
    expect(malformed).toMatchObject({ ok: false, error: { code: 'malformed' } });
  });

  it('a platform page at its real URL cannot reach the extension', async () => {
    await harness.servePlatformPage('https://x.com/**', '<!doctype html><title>X</title><h1>Home</h1>');
    const page = await harness.context.newPage();
    await page.goto('https://x.com/home');
    expect(await page.textContent('h1')).toBe('Home');
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
  });

  it('the network log catches a request from an extension page and from the service worker', async () => {
    // The log every e2e test ends with (harness.close() fails on it): shown to catch what it must.
    const probe = await launchExtension();
    const page = await probe.openPage('popup.html');
    await page.evaluate(() => fetch('https://example.com/from-page').catch(() => undefined));
    await probe.worker.evaluate(() => fetch('https://example.com/from-worker').catch(() => undefined));
    await expect.poll(() => probe.extensionRequests.length).toBe(2);
    expect(probe.extensionRequests.join('\n')).toMatch(/popup\.html → https:\/\/example\.com\/from-page\n.*background\.js → https:\/\/example\.com\/from-worker/);
    await expect(probe.close()).rejects.toThrow(/the extension made network requests/);
  });

  it('the service worker is running with the extension id in its URL', async () => {
    expect(harness.worker.url()).toBe(`chrome-extension://${harness.extensionId}/background.js`);
    expect(await harness.worker.evaluate(() => chrome.runtime.id)).toBe(harness.extensionId);
  });
});
