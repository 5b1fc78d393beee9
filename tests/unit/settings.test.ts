import { describe, expect, it } from 'vitest';
import { db } from '@/storage/db';
import {
    countryFromLanguages,
  defaultSettings,
  getSettings,
  languageFromLanguages,
  updateSettings,
  upgradeSettings,
} from '@/storage/settings';
import { ValidationError } from '@/storage/validation';

const NAIROBI = { timeZone: 'Africa/Nairobi', languages: ['sw-KE', 'en'] };

describe('settings defaults', () => {
  it('come from the browser: zone, language and country', () => {
    const settings = defaultSettings(NAIROBI, 5);
    expect(settings).toMatchObject({ timeZone: 'Africa/Nairobi', language: 'sw', country: 'KE', captureScope: 'tracked', notificationLeadMinutes: 15, digestTime: null, version: 2, updatedAt: 5 });
  });

  it('fall back to English, no country and UTC when the browser says nothing usable', () => {
    expect(defaultSettings({ timeZone: 'Mars/Olympus', languages: ['fr'] })).toMatchObject({ timeZone: 'UTC', language: 'en', country: null });
    expect(languageFromLanguages(['de-DE', 'SW'])).toBe('sw');
    expect(countryFromLanguages(['en', 'en-GB'])).toBe('GB');
    expect(countryFromLanguages(['not a tag', 'es-419'])).toBeNull();
  });
});

describe('reading settings', () => {
  it('gives defaults when nothing is stored, without writing', async () => {
    expect((await getSettings()).id).toBe('settings');
    expect(await db.settings.count()).toBe(0);
  });

  it('upgrades a version-1 row (no digest time) to version 2, keeping every value', () => {
    const v1 = { id: 'settings', version: 1, timeZone: 'Asia/Kolkata', country: 'IN', language: 'en', notificationLeadMinutes: 45, captureScope: 'everything', updatedAt: 9 };
    expect(upgradeSettings(v1, NAIROBI)).toEqual({ ...v1, version: 2, digestTime: null });
  });

  it('keeps valid fields of a damaged row and repairs the rest', () => {
    const repaired = upgradeSettings({ id: 'settings', version: 0, timeZone: 'Europe/Berlin', language: 'klingon', country: 'ke', captureScope: 'everything' }, NAIROBI);
    expect(repaired).toMatchObject({ timeZone: 'Europe/Berlin', language: 'sw', country: 'KE', captureScope: 'everything', version: 2 });
    expect(upgradeSettings('garbage', NAIROBI).timeZone).toBe('Africa/Nairobi');
  });
});

describe('updating settings', () => {
  it('persists a valid change and stamps it', async () => {
    await updateSettings({ timeZone: 'America/New_York', captureScope: 'everything', notificationLeadMinutes: 30 }, 1234);
    const stored = await db.settings.get('settings');
    expect(stored).toMatchObject({ timeZone: 'America/New_York', captureScope: 'everything', notificationLeadMinutes: 30, updatedAt: 1234 });
  });

  it.each([
    [{ timeZone: 'Nowhere/Special' }, 'timeZone'],
    [{ country: 'Kenya' }, 'country'],
    [{ notificationLeadMinutes: -5 }, 'notificationLeadMinutes'],
    [{ notificationLeadMinutes: Number.NaN }, 'notificationLeadMinutes'],
    [{ language: 'fr' as never }, 'language'],
  ])('refuses %j and saves nothing', async (patch, field) => {
    await updateSettings({ timeZone: 'Asia/Kolkata' });
    const error = await updateSettings(patch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect((await getSettings()).timeZone).toBe('Asia/Kolkata');
  });
});
