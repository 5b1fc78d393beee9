/**
 * The i18n layer: every visible string comes from locales/<lang>.json through `translate`.
 * We do not use browser.i18n for UI strings because it follows the browser's language only, and the
 * user chooses the UI language in Settings. (The manifest's name and description do go through
 * Chrome's _locales, generated from the same files at build time.)
 *
 * A message is a string with `{name}` placeholders, or plural forms `{ "one": …, "other": … }` chosen
 * by Intl.PluralRules on the `count` parameter. Numbers in parameters are formatted for the locale.
 */
import en from '@/locales/en.json';
import type analyticsEn from '@/locales/analytics/en.json';
import type adjustEn from '@/locales/adjust/en.json';
import type composeEn from '@/locales/compose/en.json';
import type mediaEn from '@/locales/media/en.json';
import type strategyEn from '@/locales/strategy/en.json';
import type { Language } from '@/utils/languages';

export type PluralForms = { one?: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type MessageValue = string | PluralForms;
export type MessageKey = keyof typeof en | keyof typeof strategyEn | keyof typeof composeEn | keyof typeof mediaEn | keyof typeof analyticsEn | keyof typeof adjustEn;
export type MessageParams = Record<string, string | number>;

export type Catalog = Record<string, MessageValue>;

/**
 * Loaded catalogues. English is the reference and the fallback, so it ships in the first chunk; every
 * other language is its own chunk, loaded once when chosen (`loadCatalog`), so the side panel's first
 * JavaScript carries one catalogue instead of all of them.
 */
export const CATALOGS: Partial<Record<Language, Catalog>> & { en: Catalog } = { en };

const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalog }>> = {
  sw: () => import('@/locales/sw.json'),
};

export function catalogLoaded(language: Language): boolean {
  return CATALOGS[language] !== undefined;
}

/** Makes `language`'s strings available to `translate` (resolves at once when they already are). */
export async function loadCatalog(language: Language): Promise<void> {
  if (language === 'en' || CATALOGS[language]) return;
  CATALOGS[language] = (await LOADERS[language]()).default;
}

/**
 * Catalogue parts: strings of code outside the side panel's first chunk, shipped beside that code so the
 * first paint does not carry them. `strategy` holds the Strategy area's strings, the first-run guide's,
 * the goals on Today, and what a refused save says in any form (keys `strategy.*`, `guide.*`,
 * `validation.*`, `field.*`; loaded with every area); `compose` the Compose area's (`compose.*`); `media`
 * the composer's images and video (`media.*`); `analytics` the Analytics area's (`analytics.*`);
 * `adjust` the Adjust area's and its suggestions' (`adjust.*`, `suggest.*`).
 * scripts/add-messages.mjs files each key by PART_KEYS.
 */
export type CataloguePart = 'strategy' | 'compose' | 'media' | 'analytics' | 'adjust';
export const PART_KEYS: Record<CataloguePart, RegExp> = { strategy: /^(strategy|guide|validation|field)\./, compose: /^compose\./, media: /^media\./, analytics: /^analytics\./, adjust: /^(adjust|suggest)\./ };
const PART_LOADERS: Record<CataloguePart, Record<Language, () => Promise<{ default: Catalog }>>> = {
  strategy: { en: () => import('@/locales/strategy/en.json'), sw: () => import('@/locales/strategy/sw.json') },
  compose: { en: () => import('@/locales/compose/en.json'), sw: () => import('@/locales/compose/sw.json') },
  media: { en: () => import('@/locales/media/en.json'), sw: () => import('@/locales/media/sw.json') },
  analytics: { en: () => import('@/locales/analytics/en.json'), sw: () => import('@/locales/analytics/sw.json') },
  adjust: { en: () => import('@/locales/adjust/en.json'), sw: () => import('@/locales/adjust/sw.json') },
};
/** Loaded parts, merged per language; looked up after the language's core catalogue. */
export const PART_CATALOGS: Partial<Record<Language, Catalog>> = {};
const partsLoaded = new Map<string, PromiseLike<void> & { status?: string }>();

/**
 * Makes a part's strings available in `language` and in English (the fallback). Returns the same promise
 * for the same part and language; once loaded it is marked fulfilled, so React's `use()` reads it
 * without suspending again.
 */
export function loadCataloguePart(part: CataloguePart, language: Language): Promise<void> {
  const key = `${part}:${language}`;
  let loading = partsLoaded.get(key) as (Promise<void> & { status?: string }) | undefined;
  if (!loading) {
    const languages: Language[] = language === 'en' ? ['en'] : [language, 'en'];
    loading = Promise.all(languages.map(async (each) => [each, (await PART_LOADERS[part][each]()).default] as const)).then((loaded) => {
      for (const [each, catalog] of loaded) PART_CATALOGS[each] = { ...PART_CATALOGS[each], ...catalog };
      (loading as { status?: string }).status = 'fulfilled';
    });
    partsLoaded.set(key, loading);
  }
  return loading;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(locale: string, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

function pickPlural(locale: string, forms: PluralForms, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return forms[rules.select(count)] ?? forms.other;
}

/** `locale` is the language with the user's region when known ("sw-KE"); it shapes numbers and plurals. */
export function translate(language: Language, locale: string, key: MessageKey, params: MessageParams = {}): string {
  // English is the reference catalogue; a test guarantees every key exists in every language. Callers
  // load a language first (loadCatalog); until then its strings fall back to English.
  const value = CATALOGS[language]?.[key] ?? PART_CATALOGS[language]?.[key] ?? CATALOGS.en[key] ?? PART_CATALOGS.en?.[key];
  if (value === undefined) return key;
  const template = typeof value === 'string' ? value : pickPlural(locale, value, Number(params.count ?? 0));
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const param = params[name];
    if (param === undefined) return whole;
    return typeof param === 'number' ? formatNumber(locale, param) : param;
  });
}

/** The locale for Intl: the UI language with the brand's country as region when there is one. */
export function localeFor(language: Language, country: string | null): string {
  if (!country) return language;
  try {
    return new Intl.Locale(language, { region: country }).toString();
  } catch {
    // An odd country code must not break formatting; the bare language is always valid.
    return language;
  }
}
