/**
 * Marketing days (Black Friday, Mother's Day, World Emoji Day…) computed for any year from the rules
 * in `marketing-days-data.ts`. Synchronous and dependency-free on purpose: the calendar draws them on
 * first paint, unlike public holidays, whose library is loaded lazily.
 */
import {
  MARKETING_DAY_DEFINITIONS,
  type MarketingDayCountries,
  type MarketingDayDefinition,
  type MarketingDayKind,
  type MarketingDayRule,
} from '@/utils/calendar/marketing-days-data';

export type { MarketingDayKind } from '@/utils/calendar/marketing-days-data';

export type MarketingDay = {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** Stable id, also the i18n key `marketingDay.<key>`. */
  key: string;
  kind: MarketingDayKind;
};

/** Where the Gregorian Easter algorithm and four-digit ISO dates both hold. */
const FIRST_YEAR = 1583;
const LAST_YEAR = 9999;

/**
 * The marketing days of `year` kept in `country` (ISO alpha-2, any case), sorted by date then key.
 * With no country, only the days kept everywhere: a local custom such as Mother's Day has no single
 * date to show. Years outside 1583–9999 give an empty list.
 */
export function listMarketingDays(year: number, country: string | null): MarketingDay[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return [];
  const code = country?.trim().toUpperCase() || null;
  const kept = MARKETING_DAY_DEFINITIONS.filter((definition) => isKeptIn(definition.countries, code));

  const dates = new Map<string, string>();
  const days: MarketingDay[] = [];
  for (const definition of orderByDependency(kept)) {
    const date = computeRuleDate(definition.rule, year, dates);
    // A day relative to one this country does not keep has nothing to hang on, so it is dropped.
    if (date === undefined) continue;
    dates.set(definition.key, date);
    days.push({ date, key: definition.key, kind: definition.kind });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}

/** Every key the table can produce, so the UI can check that each has a name in every locale. */
export function listMarketingDayKeys(): string[] {
  return [...new Set(MARKETING_DAY_DEFINITIONS.map((definition) => definition.key))].sort();
}

/**
 * Western Easter Sunday of `year` as 'YYYY-MM-DD', by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher), so this module needs no holiday library.
 */
export function computeEasterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatDate(makeDate(year, month, day));
}

function isKeptIn(countries: MarketingDayCountries | undefined, country: string | null): boolean {
  if (!countries) return true;
  if ('include' in countries) return country !== null && countries.include.includes(country);
  return country === null || !countries.exclude.includes(country);
}

/** Days computed from another day come after the fixed ones, whatever their place in the table. */
function orderByDependency(definitions: readonly MarketingDayDefinition[]): MarketingDayDefinition[] {
  const isRelative = (definition: MarketingDayDefinition) => definition.rule.type === 'relative';
  return [...definitions.filter((d) => !isRelative(d)), ...definitions.filter(isRelative)];
}

function computeRuleDate(rule: MarketingDayRule, year: number, known: ReadonlyMap<string, string>): string | undefined {
  switch (rule.type) {
    case 'fixed':
      return formatDate(makeDate(year, rule.month, rule.day));
    case 'nth-weekday': {
      const first = makeDate(year, rule.month, 1);
      const firstMatch = 1 + ((rule.weekday - first.getUTCDay() + 7) % 7);
      const day = firstMatch + 7 * (rule.nth - 1) + (rule.offsetDays ?? 0);
      return formatDate(makeDate(year, rule.month, day));
    }
    case 'last-weekday': {
      // Day 0 of the next month is the last day of this one.
      const last = makeDate(year, rule.month + 1, 0);
      const back = (last.getUTCDay() - rule.weekday + 7) % 7;
      return formatDate(makeDate(year, rule.month, last.getUTCDate() - back));
    }
    case 'easter':
      return shiftDate(computeEasterSunday(year), rule.offsetDays);
    case 'relative': {
      const base = known.get(rule.to);
      return base === undefined ? undefined : shiftDate(base, rule.offsetDays);
    }
  }
}

/** A UTC date, so the machine's own time zone never moves a calendar day. */
function makeDate(year: number, month: number, day: number): Date {
  // Date.UTC rolls days and months over (day 0 is the previous month's last), which the rules rely on.
  return new Date(Date.UTC(year, month - 1, day));
}

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function shiftDate(isoDate: string, days: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return formatDate(makeDate(year, month, day + days));
}
