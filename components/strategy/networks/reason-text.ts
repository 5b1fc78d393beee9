/** Turns a ranking's reasons and figures into words for the UI language. */
import type { AppContext } from '@/components/ui/settings-context';
import { formatNumber } from '@/utils/i18n/translate';
import type { Reason } from '@/utils/strategy/network-ranking';

const listFormats = new Map<string, Intl.ListFormat>();

/** “A”, “B” and “C” in the locale's own words for "and". */
export function quotedList(locale: string, names: readonly string[]): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' })));
  return format.format(names.map((name) => `“${name}”`));
}

export function reasonText({ t, locale }: Pick<AppContext, 't' | 'locale'>, reason: Reason): string {
  return t(reason.key, reason.names ? { ...reason.params, names: quotedList(locale, reason.names) } : reason.params);
}

/** A figure, or "no data yet" for an unknown one (never 0). */
export function figureText({ t, locale }: Pick<AppContext, 't' | 'locale'>, value: number | null, kind: 'count' | 'rate'): string {
  if (value === null) return t('strategy.networks.figure.noData');
  if (kind === 'rate') return t('strategy.networks.percent', { rate: Math.round(value * 10) / 10 });
  return formatNumber(locale, Math.round(value));
}
