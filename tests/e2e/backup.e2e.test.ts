// Backup through the real UI: export from one profile, import into a fresh one, compare; a corrupt
// file shows its problem and changes nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';

const files = mkdtempSync(join(tmpdir(), 'mkakati-backups-'));
const open: Harness[] = [];
afterEach(async () => {
  for (const harness of open.splice(0)) {
    expect(harness.pageErrors).toEqual([]);
    await harness.close();
  }
});

async function settingsPage(): Promise<[Harness, Page]> {
  const harness = await launchExtension();
  open.push(harness);
  return [harness, await harness.openPage('sidepanel.html#settings')];
}

async function loadSample(page: Page) {
  await page.getByRole('button', { name: 'Load sample workspace' }).click();
  await page.getByText('The sample workspace is loaded.').waitFor();
}

async function exportTo(page: Page, name: string): Promise<{ path: string; tables: unknown }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export workspace' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^mkakati-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(files, name);
  await download.saveAs(path);
  const file = JSON.parse(readFileSync(path, 'utf8')) as { format: string; tables: unknown };
  expect(file.format).toBe('mkakati-backup');
  return { path, tables: file.tables };
}

async function importFile(page: Page, path: string) {
  await page.getByTestId('backup-file').setInputFiles(path);
}

describe('backup in the browser', () => {
  it('export → a fresh profile → import gives identical data', async () => {
    const [, first] = await settingsPage();
    await loadSample(first);
    const original = await exportTo(first, 'original.json');

    const [, second] = await settingsPage();
    await importFile(second, original.path);
    await second.getByText(/^Imported [\d,]+ rows\.$/).waitFor();
    const copy = await exportTo(second, 'copy.json');
    expect(copy.tables).toEqual(original.tables);
  });

  it('a corrupt file shows what is wrong and leaves the data unchanged', async () => {
    const [, page] = await settingsPage();
    await loadSample(page);
    const before = await exportTo(page, 'before.json');
    const text = readFileSync(before.path, 'utf8');
    const corrupt = join(files, 'corrupt.json');

    writeFileSync(corrupt, text.slice(0, text.length - 1000));
    await importFile(page, corrupt);
    await expect.poll(() => page.getByTestId('backup-error').textContent()).toMatch(/not readable JSON; it may be cut short/);

    const wrongType = JSON.parse(text) as { tables: { posts: Record<string, unknown>[] } };
    wrongType.tables.posts[4]!.status = 'lost';
    writeFileSync(corrupt, JSON.stringify(wrongType));
    await page.getByLabel('Replace the whole workspace with the backup').check();
    await importFile(page, corrupt);
    await page.getByRole('button', { name: 'Continue' }).click(); // replacing a non-empty workspace asks first
    await expect.poll(() => page.getByTestId('backup-error').textContent()).toMatch(/Row 5 of “posts”, field “status”/);

    const after = await exportTo(page, 'after.json');
    expect(after.tables).toEqual(before.tables);
  });

  it('storage running out during an import: a clear error, nothing changed, export still works', async () => {
    const [, page] = await settingsPage();
    await loadSample(page);
    const before = await exportTo(page, 'quota-before.json');
    const big = JSON.parse(readFileSync(before.path, 'utf8')) as { tables: { postSnapshots: { id: string }[] } };
    big.tables.postSnapshots = Array.from({ length: 10 }, (_, copy) => big.tables.postSnapshots.map((row) => ({ ...row, id: `${row.id}.q${copy}` }))).flat();
    const bigPath = join(files, 'quota-big.json');
    writeFileSync(bigPath, JSON.stringify(big));

    // The disk fills half-way through the import. CDP's Storage.overrideQuotaForOrigin cannot cause
    // this: the extension holds unlimitedStorage, and Chromium let it write 7.5 MB past a 2.9 MB
    // override. So IndexedDB itself is made to refuse, as it does when the disk is full: from the
    // 5,000th row on, every write throws QuotaExceededError.
    await page.evaluate(() => {
      let writes = 0;
      for (const method of ['put', 'add'] as const) {
        // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its store through apply
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
          if (++writes > 5_000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        };
      }
    });
    await page.getByLabel('Replace the whole workspace with the backup').check();
    await importFile(page, bigPath);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByTestId('backup-error').textContent(), { timeout: 60_000 }).toBe('Nothing was imported, and your workspace is unchanged:There is not enough storage space on this device to import the backup. Free some space, then try again.');

    // Nothing of it was written, and the workspace still exports whole (reading needs no room).
    const after = await exportTo(page, 'quota-after.json');
    expect(after.tables).toEqual(before.tables);
  });
});
