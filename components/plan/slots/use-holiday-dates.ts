/**
 * The public-holiday dates of a month in the brand's country, loaded on demand (the holiday tables are
 * a chunk of their own, see utils/calendar/holidays.ts). `undefined` while loading; no dates when
 * skipping is off or no country is set.
 */
import { useEffect, useState } from 'react';
import type { Language } from '@/storage/schemas';
import { listPublicHolidays } from '@/utils/calendar/holidays';
import { holidayDatesInMonth } from '@/utils/plan/holiday-dates';

export type HolidayDates = { dates: ReadonlyMap<string, string>; error?: undefined } | { dates?: undefined; error: string };

const NONE: HolidayDates = { dates: new Map() };

export function useHolidayDates(country: string | null, year: number, month: number, language: Language, enabled: boolean): HolidayDates | undefined {
  const key = enabled && country ? `${country}:${year}-${month}:${language}` : null;
  const [loaded, setLoaded] = useState<{ key: string; result: HolidayDates }>();

  useEffect(() => {
    if (!key || !country) return;
    let current = true;
    listPublicHolidays(country, year, language).then(
      (holidays) => current && setLoaded({ key, result: { dates: holidayDatesInMonth(holidays, { year, month }) } }),
      (error: unknown) => current && setLoaded({ key, result: { error: String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [key, country, year, month, language]);

  if (!key) return NONE;
  return loaded?.key === key ? loaded.result : undefined;
}
