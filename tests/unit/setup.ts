// Every test starts from an empty `mkakati` database and a fresh fake browser.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanup } from '@testing-library/react';
import { db } from '@/storage/db';
import { loadCatalog, loadCataloguePart } from '@/utils/i18n/translate';

// Components and notifications load a language's strings before using them; tests start with them loaded.
await loadCatalog('sw');
await loadCataloguePart('strategy', 'sw');
await loadCataloguePart('compose', 'sw');
await loadCataloguePart('media', 'sw');
await loadCataloguePart('analytics', 'sw');
await loadCataloguePart('adjust', 'sw');

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
});

afterEach(() => {
  cleanup();
});
