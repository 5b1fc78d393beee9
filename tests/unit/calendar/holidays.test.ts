import { describe, expect, it } from 'vitest';
import { type Holiday, listCountriesWithHolidays, listPublicHolidays } from '@/utils/calendar/holidays';
import { COUNTRY_CODES } from '@/utils/calendar/countries';

function findOn(holidays: Holiday[], date: string): Holiday | undefined {
  return holidays.find((holiday) => holiday.date === date);
}

function expectSortedAndUnique(holidays: Holiday[]): void {
  const dates = holidays.map((holiday) => holiday.date);
  expect(dates).toEqual([...dates].sort());
  const keys = holidays.map((holiday) => `${holiday.date}|${holiday.name}`);
  expect(new Set(keys).size).toBe(keys.length);
}

describe('listPublicHolidays', () => {
  it('lists the national days of Kenya in English', async () => {
    const holidays = await listPublicHolidays('KE', 2026, 'en');
    expect(findOn(holidays, '2026-06-01')).toEqual({ date: '2026-06-01', endDate: '2026-06-01', name: 'Madaraka Day', kind: 'public' });
    expect(findOn(holidays, '2026-10-20')?.name).toBe('Mashujaa Day');
    expect(findOn(holidays, '2026-12-12')?.name).toBe('Jamhuri Day');
    expect(findOn(holidays, '2026-12-25')?.name).toBe('Christmas Day');
    expectSortedAndUnique(holidays);
  });

  it('names Kenyan holidays in Kiswahili where the data has Kiswahili, else in English', async () => {
    const holidays = await listPublicHolidays('KE', 2026, 'sw');
    expect(findOn(holidays, '2026-06-01')?.name).toBe('Siku ya Madaraka');
    expect(findOn(holidays, '2026-10-20')?.name).toBe('Siku ya Mashujaa');
    expect(findOn(holidays, '2026-12-12')?.name).toBe('Siku ya Jamhuri');
    expect(findOn(holidays, '2026-12-25')?.name).toBe('Krismasi');
    // Moi Day has no Kiswahili name in date-holidays: English, not the country's other language.
    expect(findOn(holidays, '2026-10-10')?.name).toBe('Moi Day');
  });

  it('marks a substitute day in the same language as the name', async () => {
    // Jamhuri Day 2027 falls on a Sunday, so the Monday after is the day off.
    expect(findOn(await listPublicHolidays('KE', 2027, 'sw'), '2027-12-13')?.name).toBe('Siku ya Jamhuri (siku mbadala)');
    expect(findOn(await listPublicHolidays('KE', 2027, 'en'), '2027-12-13')?.name).toBe('Jamhuri Day (substitute day)');
  });

  it('falls back to English, not the local language, when Kiswahili is missing', async () => {
    const holidays = await listPublicHolidays('DE', 2026, 'sw');
    expect(findOn(holidays, '2026-04-06')?.name).toBe('Jumatatu ya Pasaka');
    expect(findOn(holidays, '2026-05-14')?.name).toBe('Ascension Day');
    expect(findOn(holidays, '2026-05-25')?.name).toBe('Whit Monday');
  });

  it('puts Easter Monday 2026 in Germany on 6 April', async () => {
    const holidays = await listPublicHolidays('DE', 2026, 'en');
    expect(findOn(holidays, '2026-04-06')).toEqual({ date: '2026-04-06', endDate: '2026-04-06', name: 'Easter Monday', kind: 'public' });
    expectSortedAndUnique(holidays);
  });

  it('keeps to days off unless observances are asked for', async () => {
    const daysOff = await listPublicHolidays('US', 2026, 'en');
    expect(daysOff.every((holiday) => holiday.kind === 'public' || holiday.kind === 'bank')).toBe(true);
    expect(findOn(daysOff, '2026-05-10')).toBeUndefined();

    const withObservances = await listPublicHolidays('US', 2026, 'en', { includeObservances: true });
    expect(findOn(withObservances, '2026-05-10')).toMatchObject({ name: "Mother's Day", kind: 'observance' });
    expectSortedAndUnique(withObservances);
  });

  it("uses a country's own spelling of English", async () => {
    const holidays = await listPublicHolidays('US', 2026, 'en');
    expect(findOn(holidays, '2026-09-07')?.name).toBe('Labor Day');
    expect(findOn(holidays, '2026-07-03')?.name).toBe('Independence Day (substitute day)');
  });

  it('spans a multi-day holiday from its first to its last day', async () => {
    const holidays = await listPublicHolidays('TZ', 2026, 'en');
    const eid = holidays.find((holiday) => holiday.name.includes('Eid al-Fitr'));
    expect(eid).toBeDefined();
    expect(eid && eid.endDate > eid.date).toBe(true);
  });

  it('gives an empty list for a country without data, or a code that is not one', async () => {
    expect(await listPublicHolidays('XX', 2026, 'en')).toEqual([]);
    expect(await listPublicHolidays('AQ', 2026, 'en')).toEqual([]);
    expect(await listPublicHolidays('Kenya', 2026, 'en')).toEqual([]);
    expect(await listPublicHolidays('', 2026, 'en')).toEqual([]);
  });

  it('accepts a lower-case code', async () => {
    expect(await listPublicHolidays('ke', 2026, 'en')).toEqual(await listPublicHolidays('KE', 2026, 'en'));
  });

  it('lists every day of every country sorted, unique and well-formed', async () => {
    for (const country of await listCountriesWithHolidays()) {
      const holidays = await listPublicHolidays(country, 2026, 'sw', { includeObservances: true });
      expectSortedAndUnique(holidays);
      for (const holiday of holidays) {
        expect(holiday.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(holiday.endDate >= holiday.date).toBe(true);
        expect(holiday.name.trim()).not.toBe('');
      }
    }
  });
});

describe('listCountriesWithHolidays', () => {
  it('lists sorted ISO codes that the country picker offers', async () => {
    const countries = await listCountriesWithHolidays();
    expect(countries).toEqual([...countries].sort());
    expect(countries).toEqual(expect.arrayContaining(['KE', 'TZ', 'UG', 'DE', 'GB', 'US']));
    expect(countries.length).toBeGreaterThan(100);
    for (const code of countries) expect(COUNTRY_CODES).toContain(code);
  });
});
