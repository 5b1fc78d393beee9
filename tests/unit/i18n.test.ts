// Every language has every key, with the same placeholders and valid plural forms; every key the code
// names exists. A missing translation fails here, not in front of a user.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDateTime, isoLocalDate } from '@/utils/i18n/format';
import { CATALOGS, PART_CATALOGS, PART_KEYS, loadCatalog, loadCataloguePart, localeFor, translate, type CataloguePart, type Catalog, type MessageValue } from '@/utils/i18n/translate';

const PARTS = Object.keys(PART_KEYS) as CataloguePart[];
import { LANGUAGES } from '@/utils/languages';

const placeholders = (value: MessageValue) =>
  [...new Set((typeof value === 'string' ? value : Object.values(value).join(' ')).match(/\{\w+\}/g) ?? [])].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** A language's catalogue, loaded as the app loads it (its own chunk), with every part of it. */
async function catalogOf(language: (typeof LANGUAGES)[number]): Promise<Catalog> {
  await loadCatalog(language);
  await Promise.all(PARTS.map((part) => loadCataloguePart(part, language)));
  return { ...CATALOGS[language], ...PART_CATALOGS[language] };
}

describe('message catalogues', () => {
  let reference: Catalog = {};
  beforeAll(async () => {
    reference = await catalogOf('en');
  });

  it('files no key in two places', async () => {
    await Promise.all(PARTS.map((part) => loadCataloguePart(part, 'en')));
    const core = new Set(Object.keys(CATALOGS.en));
    expect(Object.keys(PART_CATALOGS.en ?? {}).filter((key) => core.has(key))).toEqual([]);
    expect(Object.keys(CATALOGS.en).filter((key) => PARTS.some((part) => PART_KEYS[part].test(key)))).toEqual([]);
    for (const part of PARTS) {
      const keys = Object.keys(JSON.parse(readFileSync(join(import.meta.dirname, `../../locales/${part}/en.json`), 'utf8')) as Catalog);
      expect(keys.filter((key) => !PART_KEYS[part].test(key)), part).toEqual([]);
    }
  });

  it.each(LANGUAGES)('%s has exactly the English keys, none empty', async (language) => {
    const catalog = await catalogOf(language);
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(reference).sort());
    for (const [key, value] of Object.entries(catalog)) {
      const texts = typeof value === 'string' ? [value] : Object.values(value);
      for (const text of texts) expect(text.trim(), key).not.toBe('');
    }
  });

  it.each(LANGUAGES)('%s keeps the placeholders and plural forms of each message', async (language) => {
    for (const [key, value] of Object.entries(await catalogOf(language))) {
      expect(placeholders(value), key).toEqual(placeholders(reference[key]!));
      expect(typeof value, key).toBe(typeof reference[key]);
      if (typeof value !== 'string') expect(value.other, key).toBeTruthy();
    }
  });

  it('loads a language on demand and speaks English until then', async () => {
    const loaded = CATALOGS.sw;
    delete CATALOGS.sw;
    try {
      expect(translate('sw', 'sw', 'area.settings')).toBe(translate('en', 'en', 'area.settings'));
      await loadCatalog('sw');
      expect(CATALOGS.sw).toEqual(loaded);
      expect(translate('sw', 'sw', 'area.settings')).not.toBe(translate('en', 'en', 'area.settings'));
    } finally {
      CATALOGS.sw = loaded;
    }
  });

  it('knows every key that the code names', () => {
    const used = new Set<string>();
    for (const file of ['components', 'entrypoints'].flatMap(sourceFiles)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z.-]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(reference, `"${key}" is used but missing`).toHaveProperty([key]);
  });
});

describe('translate', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    expect(translate('en', 'en-KE', 'backup.progress.writing', { done: 1500, total: 20000 })).toBe('Writing 1,500 of 20,000 rows…');
    expect(translate('sw', 'sw-KE', 'backup.progress.writing', { done: 1500, total: 20000 })).toBe('Inaandika safu 1,500 kati ya 20,000…');
  });

  it('chooses plural forms', () => {
    expect(translate('en', 'en', 'workspace.count.posts', { count: 1 })).toBe('1 post planned for the next 4 weeks');
    expect(translate('en', 'en', 'workspace.count.posts', { count: 62 })).toBe('62 posts planned for the next 4 weeks');
    expect(translate('sw', 'sw', 'workspace.count.posts', { count: 1 })).toBe('chapisho 1 lililopangwa kwa wiki 4 zijazo');
    expect(translate('sw', 'sw', 'workspace.count.posts', { count: 62 })).toBe('machapisho 62 yaliyopangwa kwa wiki 4 zijazo');
  });

  it('formats dates in the UI language and the brand time zone', () => {
    const instant = Date.UTC(2026, 10, 26, 22, 30); // already Friday in Nairobi
    expect(formatDate('sw-KE', instant, 'Africa/Nairobi')).toBe('Ijumaa, 27 Novemba 2026');
    expect(formatDate('en-KE', instant, 'Africa/Nairobi')).toBe('Friday, 27 November 2026');
    expect(formatDate('en-US', instant, 'America/New_York')).toBe('Thursday, November 26, 2026');
    expect(formatDateTime('sw', instant, 'Africa/Nairobi')).toMatch(/^27 Nov 2026.*01:30$/);
    expect(isoLocalDate(instant, 'Africa/Nairobi')).toBe('2026-11-27');
    expect(formatBytes('en', 3.5 * 1024 * 1024)).toBe('3.5 MB');
  });

  it('builds the locale from language and country', () => {
    expect(localeFor('sw', 'TZ')).toBe('sw-TZ');
    expect(localeFor('en', null)).toBe('en');
  });
});
