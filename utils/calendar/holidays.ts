/**
 * Public holidays of a country, from the offline tables of `date-holidays` (no network, ever).
 *
 * The package with its data (every country's rules, moment-timezone's zones and astronomy tables for
 * equinox-based holidays) weighs far more than the rest of the side panel, so it is only ever reached
 * through a dynamic `import()` inside these async functions: the bundler splits it into a chunk of its
 * own that loads the first time the calendar asks for holidays, never with the side panel's first paint.
 */
import type HolidaysClass from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';
import { COUNTRY_CODES } from '@/utils/calendar/countries';

export type HolidayKind = 'public' | 'bank' | 'observance' | 'optional' | 'school';

export type Holiday = {
  /** 'YYYY-MM-DD', the first day, as a local date in the country. */
  date: string;
  /** 'YYYY-MM-DD', the last day (inclusive); equal to `date` for a one-day holiday. */
  endDate: string;
  name: string;
  kind: HolidayKind;
};

export type HolidayLanguage = 'en' | 'sw';

export type ListPublicHolidaysOptions = {
  /**
   * Also list observances and optional holidays (Valentine's Day, Mother's Day, Christmas Eve in the
   * US…): days people mark but do not get off. Off by default: the calendar shows days off first.
   */
  includeObservances?: boolean;
};

const DAY_OFF_KINDS: readonly HolidayKind[] = ['public', 'bank'];
const OBSERVANCE_KINDS: readonly HolidayKind[] = ['observance', 'optional'];
/** When one date carries the same name twice, the stronger kind wins (a day off beats a mention). */
const KIND_PRIORITY: readonly HolidayKind[] = ['public', 'bank', 'optional', 'observance', 'school'];

/**
 * date-holidays appends its own "(substitute day)" only in the languages it knows, and Kiswahili is not
 * one of them; a Kenyan reader would otherwise meet an English suffix on a Kiswahili name.
 */
const SUBSTITUTE_SUFFIX: Record<HolidayLanguage, string> = { en: 'substitute day', sw: 'siku mbadala' };

const MS_PER_DAY = 24 * 60 * 60 * 1000;

let modulePromise: Promise<typeof HolidaysClass> | undefined;
/** One instance per country, reused across years and languages, so its rules are parsed only once. */
const instances = new Map<string, HolidaysClass>();
let countriesPromise: Promise<string[]> | undefined;

function loadHolidaysClass(): Promise<typeof HolidaysClass> {
  // Kept in a function so the heavy chunk is requested once, and only when holidays are wanted.
  modulePromise ??= import('date-holidays').then(
    (module) => module.default,
    (error: unknown) => {
      // Forget a failed load (an extension update replaced the chunk) so the next call tries again.
      modulePromise = undefined;
      throw error;
    },
  );
  return modulePromise;
}

/**
 * ISO 3166-1 alpha-2 codes of the countries date-holidays has rules for, sorted. Limited to the codes
 * the country picker offers: the data also knows IC (Canary Islands) and XK (Kosovo), which ISO has not
 * assigned, and a code nobody can pick would only be noise.
 */
export function listCountriesWithHolidays(): Promise<string[]> {
  countriesPromise ??= loadHolidaysClass().then(
    (Holidays) => Object.keys(new Holidays().getCountries('en')).filter((code) => COUNTRY_CODES.includes(code)).sort(),
    (error: unknown) => {
      countriesPromise = undefined;
      throw error;
    },
  );
  return countriesPromise;
}

/**
 * The holidays of `country` (ISO alpha-2, any case) in `year`, sorted by date, one entry per day and
 * name. Only national holidays: regional ones need a state the user has not told us. An unknown
 * country gives an empty list rather than an error, since the picker offers every ISO country.
 */
export async function listPublicHolidays(
  country: string,
  year: number,
  language: HolidayLanguage,
  options: ListPublicHolidaysOptions = {},
): Promise<Holiday[]> {
  const code = country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || !Number.isInteger(year)) return [];
  const known = await listCountriesWithHolidays();
  if (!known.includes(code)) return [];

  const Holidays = await loadHolidaysClass();
  let holidays = instances.get(code);
  if (!holidays) {
    holidays = new Holidays(code);
    instances.set(code, holidays);
  }

  const kinds = options.includeObservances ? [...DAY_OFF_KINDS, ...OBSERVANCE_KINDS] : DAY_OFF_KINDS;
  // Passing no language on purpose: date-holidays would fall back to the country's own language
  // (German for DE) before English, and it also prepends the argument to its shared language list.
  const raw = holidays.getHolidays(year);
  const preferences = resolveLanguagePreferences(language, holidays.getLanguages());

  const found: Holiday[] = [];
  for (const entry of raw) {
    if (!isHolidayKind(entry.type) || !kinds.includes(entry.type)) continue;
    const date = entry.date.slice(0, 10);
    found.push({
      date,
      endDate: addDays(date, countDays(entry.start, entry.end) - 1),
      name: nameHoliday(holidays, entry, preferences, language),
      kind: entry.type,
    });
  }
  return dedupeHolidays(found);
}

/**
 * Which translations to try, best first: the requested language (a country's own variant such as
 * 'en-us' before the plain one), then English; when the rule has neither, date-holidays' own pick stays.
 */
function resolveLanguagePreferences(language: HolidayLanguage, countryLanguages: string[]): string[] {
  const variantsOf = (major: string) => countryLanguages.filter((lang) => lang.startsWith(`${major}-`));
  return [...new Set([...variantsOf(language), language, ...variantsOf('en'), 'en'])];
}

function nameHoliday(
  holidays: HolidaysClass,
  entry: HolidaysTypes.Holiday,
  preferences: readonly string[],
  language: HolidayLanguage,
): string {
  const translations = readRuleNames(holidays, entry.rule);
  let name = entry.name;
  if (translations) {
    const preferred = preferences.map((lang) => translations[lang]).find((value) => value !== undefined);
    name = preferred ?? name;
    if (entry.substitute) name = `${name} (${SUBSTITUTE_SUFFIX[language]})`;
  }
  return name;
}

/**
 * The untranslated names of a rule. The typings of `HolidayRule` do not declare `name`, yet every rule
 * carries one (an object of translations, or a plain string for a custom rule), so it is checked here.
 */
function readRuleNames(holidays: HolidaysClass, rule: string): Record<string, string> | undefined {
  const found: unknown = holidays.getRule(rule);
  if (typeof found !== 'object' || found === null || !('name' in found)) return undefined;
  const { name } = found;
  if (typeof name !== 'object' || name === null) return undefined;
  const translations: Record<string, string> = {};
  for (const [lang, value] of Object.entries(name)) {
    if (typeof value === 'string' && value.trim() !== '') translations[lang] = value;
  }
  return translations;
}

function isHolidayKind(value: string): value is HolidayKind {
  return (KIND_PRIORITY as readonly string[]).includes(value);
}

/**
 * Days a holiday covers. Rounded rather than ceiled: a one-day holiday across a DST change lasts 23 or
 * 25 hours, and one that starts at 14:00 (Christmas Eve afternoon in DE) lasts 10 hours.
 */
function countDays(start: Date, end: Date): number {
  return Math.max(1, Math.round((end.getTime() - start.getTime()) / MS_PER_DAY));
}

/** Calendar arithmetic on 'YYYY-MM-DD' in UTC, so the machine's own zone can never shift the date. */
function addDays(isoDate: string, days: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * One entry per date and name (date-holidays can list a day twice, e.g. under two rules or kinds),
 * keeping the stronger kind and the longer span, then sorted by date and name.
 */
function dedupeHolidays(holidays: Holiday[]): Holiday[] {
  const byKey = new Map<string, Holiday>();
  for (const holiday of holidays) {
    const key = `${holiday.date}|${holiday.name}`;
    const kept = byKey.get(key);
    if (!kept) {
      byKey.set(key, holiday);
      continue;
    }
    const stronger = KIND_PRIORITY.indexOf(holiday.kind) < KIND_PRIORITY.indexOf(kept.kind) ? holiday : kept;
    const endDate = holiday.endDate > kept.endDate ? holiday.endDate : kept.endDate;
    byKey.set(key, { ...stronger, endDate });
  }
  return [...byKey.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || a.endDate.localeCompare(b.endDate) || a.name.localeCompare(b.name),
  );
}
