import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '@/utils/calendar/countries';
import { computeEasterSunday, listMarketingDayKeys, listMarketingDays } from '@/utils/calendar/marketing-days';
import { MARKETING_DAY_DEFINITIONS } from '@/utils/calendar/marketing-days-data';

function dateOf(year: number, country: string | null, key: string): string | undefined {
  return listMarketingDays(year, country).find((day) => day.key === key)?.date;
}

const YEARS = [2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035];

describe('computeEasterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    // The extremes of its range: as early as 22 March, as late as 25 April.
    [2285, '2285-03-22'],
    [2038, '2038-04-25'],
  ])('%i → %s', (year, date) => {
    expect(computeEasterSunday(year)).toBe(date);
  });
});

describe('listMarketingDays', () => {
  it.each([
    [2026, '2026-11-27'],
    [2027, '2027-11-26'],
    [2028, '2028-11-24'],
    [2029, '2029-11-23'],
    [2030, '2030-11-29'],
  ])('puts Black Friday %i on %s, everywhere', (year, date) => {
    expect(dateOf(year, null, 'black-friday')).toBe(date);
    expect(dateOf(year, 'KE', 'black-friday')).toBe(date);
  });

  it('follows Black Friday with Cyber Monday and Giving Tuesday', () => {
    expect(dateOf(2026, 'KE', 'cyber-monday')).toBe('2026-11-30');
    expect(dateOf(2026, 'KE', 'giving-tuesday')).toBe('2026-12-01');
    expect(dateOf(2030, null, 'cyber-monday')).toBe('2030-12-02');
  });

  it("keeps each country's own Mother's Day", () => {
    expect(dateOf(2026, 'GB', 'mothers-day')).toBe('2026-03-15');
    expect(dateOf(2027, 'GB', 'mothers-day')).toBe('2027-03-07');
    expect(dateOf(2026, 'US', 'mothers-day')).toBe('2026-05-10');
    expect(dateOf(2026, 'KE', 'mothers-day')).toBe('2026-05-10');
    expect(dateOf(2026, 'ES', 'mothers-day')).toBe('2026-05-03');
    expect(dateOf(2026, 'SE', 'mothers-day')).toBe('2026-05-31');
    expect(dateOf(2026, 'MX', 'mothers-day')).toBe('2026-05-10');
    expect(dateOf(2026, 'EG', 'mothers-day')).toBe('2026-03-21');
  });

  it("keeps each country's own Father's Day", () => {
    expect(dateOf(2026, 'US', 'fathers-day')).toBe('2026-06-21');
    expect(dateOf(2026, 'GB', 'fathers-day')).toBe('2026-06-21');
    expect(dateOf(2026, 'KE', 'fathers-day')).toBe('2026-06-21');
    expect(dateOf(2026, 'AU', 'fathers-day')).toBe('2026-09-06');
    expect(dateOf(2026, 'DE', 'fathers-day')).toBe('2026-05-14');
    expect(dateOf(2026, 'IT', 'fathers-day')).toBe('2026-03-19');
    expect(dateOf(2026, 'SE', 'fathers-day')).toBe('2026-11-08');
  });

  it('leaves out local customs when no country is chosen or the country is not known to keep them', () => {
    expect(dateOf(2026, null, 'mothers-day')).toBeUndefined();
    expect(dateOf(2026, null, 'boxing-day')).toBeUndefined();
    expect(dateOf(2026, 'AQ', 'fathers-day')).toBeUndefined();
    expect(dateOf(2026, 'KE', 'small-business-saturday')).toBeUndefined();
  });

  it('keeps country-only days where they belong', () => {
    expect(dateOf(2026, 'US', 'small-business-saturday')).toBe('2026-11-28');
    expect(dateOf(2026, 'GB', 'small-business-saturday')).toBe('2026-12-05');
    expect(dateOf(2026, 'KE', 'world-kiswahili-day')).toBe('2026-07-07');
    expect(dateOf(2026, 'tz', 'africa-day')).toBe('2026-05-25');
    expect(dateOf(2026, 'US', 'africa-day')).toBeUndefined();
    expect(dateOf(2026, 'GB', 'boxing-day')).toBe('2026-12-26');
  });

  it('keeps the days kept everywhere', () => {
    const keys = listMarketingDays(2026, null).map((day) => day.key);
    expect(keys).toEqual(
      expect.arrayContaining(['new-year', 'valentines-day', 'international-womens-day', 'halloween', 'singles-day', 'black-friday', 'cyber-monday', 'new-years-eve']),
    );
  });

  it('gives each day a real date in its year, sorted, with keys unique, for every country', () => {
    for (const year of YEARS) {
      for (const country of [null, ...COUNTRY_CODES]) {
        const days = listMarketingDays(year, country);
        const keys = days.map((day) => day.key);
        expect(new Set(keys).size, `${year} ${country ?? 'none'}`).toBe(keys.length);
        const dates = days.map((day) => day.date);
        expect(dates).toEqual([...dates].sort());
        // One assertion per country and year (thousands of expect calls made this test slow, not the code).
        const pattern = new RegExp(`^${year}-\\d{2}-\\d{2}$`);
        // A rolled-over date (31 April → 1 May) would not survive the round trip.
        const wrong = days.filter(({ date }) => !pattern.test(date) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date);
        expect(wrong, `${year} ${country ?? 'none'}`).toEqual([]);
      }
    }
  });

  it('puts weekday rules on their weekday', () => {
    for (const year of YEARS) {
      const weekdayOf = (date: string | undefined) => (date ? new Date(`${date}T00:00:00Z`).getUTCDay() : undefined);
      expect(weekdayOf(dateOf(year, null, 'black-friday'))).toBe(5);
      expect(weekdayOf(dateOf(year, null, 'cyber-monday'))).toBe(1);
      expect(weekdayOf(dateOf(year, null, 'giving-tuesday'))).toBe(2);
      expect(weekdayOf(dateOf(year, 'US', 'small-business-saturday'))).toBe(6);
      expect(weekdayOf(dateOf(year, 'GB', 'mothers-day'))).toBe(0);
      expect(weekdayOf(dateOf(year, 'SE', 'mothers-day'))).toBe(0);
      expect(weekdayOf(dateOf(year, 'DE', 'fathers-day'))).toBe(4);
    }
  });

  it('gives nothing for a year it cannot compute', () => {
    expect(listMarketingDays(2026.5, null)).toEqual([]);
    expect(listMarketingDays(1200, null)).toEqual([]);
  });
});

describe('the marketing-day table', () => {
  it('never gives two rows of one key to the same country', () => {
    const seen = new Map<string, string>();
    for (const definition of MARKETING_DAY_DEFINITIONS) {
      const countries = definition.countries && 'include' in definition.countries ? definition.countries.include : ['*'];
      for (const country of countries) {
        const id = `${definition.key}|${country}`;
        expect(seen.has(id), id).toBe(false);
        seen.set(id, definition.key);
      }
    }
  });

  it('names only real ISO countries', () => {
    for (const definition of MARKETING_DAY_DEFINITIONS) {
      const countries = definition.countries ? ('include' in definition.countries ? definition.countries.include : definition.countries.exclude) : [];
      for (const country of countries) expect(COUNTRY_CODES, `${definition.key} ${country}`).toContain(country);
    }
  });

  it('lists each key once, in stable kebab-case', () => {
    const keys = listMarketingDayKeys();
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe('marketing day names', () => {
  it('every marketing day has a name in every UI language', async () => {
    const { CATALOGS } = await import('@/utils/i18n/translate');
    for (const key of listMarketingDayKeys()) {
      expect(CATALOGS.en).toHaveProperty([`marketingDay.${key}`]);
      expect(CATALOGS.sw).toHaveProperty([`marketingDay.${key}`]);
    }
  });
});
