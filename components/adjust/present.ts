/**
 * How a suggestion's parameters and evidence read: rules speak in ids and numbers (a platform id, an
 * ISO weekday, a segment id, a p-value); the page shows names in the manager's language and numbers
 * formatted for what they are (a share as a percent, an ER with its %, a p-value as "p = 0.003").
 */
import { weekdayName } from '@/components/plan/slots/weekday-names';
import type { AppContext } from '@/components/ui/settings-context';
import type { EvidenceItem } from '@/utils/suggest/types';

/** Names for the ids rules put in their parameters. */
export interface Names {
  segment: ReadonlyMap<string, string>;
  hook: ReadonlyMap<string, string>;
  goal: ReadonlyMap<string, string>;
  competitor: ReadonlyMap<string, string>;
}

const WEEKDAY_PARAMS = new Set(['weekday', 'slotWeekday', 'toWeekday']);
const FORMAT_PARAMS = new Set(['format', 'toFormat', 'fromFormat']);
const HOUR_PARAMS = new Set(['daypart']);
const DATE_PARAMS = new Set(['date', 'postDate']);

/** The parameters as the message shows them. */
export function presentParams(params: Readonly<Record<string, string | number>>, names: Names, t: AppContext['t'], locale: string): Record<string, string | number> {
  const shown: Record<string, string | number> = {};
  const hookDimension = params.dimension === 'hook';
  for (const [name, value] of Object.entries(params)) {
    if (name === 'platform' && typeof value === 'string') shown[name] = t(`platform.${value}` as never);
    else if (WEEKDAY_PARAMS.has(name) && typeof value === 'number') shown[name] = weekdayName(locale, value, 'long');
    else if (FORMAT_PARAMS.has(name) && typeof value === 'string') shown[name] = t(`format.${value}` as never);
    else if (HOUR_PARAMS.has(name) && typeof value === 'number') shown[name] = `${String(value).padStart(2, '0')}:00–${String(value + 6).padStart(2, '0')}:00`;
    else if (DATE_PARAMS.has(name) && typeof value === 'string') shown[name] = formatLocalDate(locale, value);
    else if (name === 'metric' && typeof value === 'string') shown[name] = t(`strategy.goals.metric.${value}` as never);
    else if (name === 'segment' || name === 'segmentId') shown[name] = names.segment.get(String(value)) ?? String(value);
    else if (name === 'hook' || name === 'hookId' || (name === 'key' && hookDimension)) shown[name] = names.hook.get(String(value)) ?? String(value);
    else if (name === 'goal') shown[name] = names.goal.get(String(value)) ?? String(value);
    else if (name === 'competitor') shown[name] = names.competitor.get(String(value)) ?? String(value);
    else if (typeof value === 'number') shown[name] = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
    else shown[name] = value;
  }
  shown.group = groupOf(params, shown);
  return shown;
}

/**
 * The group a figure is about, in words, for evidence labels ("Median engagement: Tuesday 18:00–21:00"):
 * a time window, a format, a pillar/topic/hook, a part of the day, a weekday or a platform.
 */
function groupOf(params: Readonly<Record<string, string | number>>, shown: Readonly<Record<string, string | number>>): string {
  if (params.weekday !== undefined && params.from !== undefined) return `${shown.weekday} ${params.from}–${params.to}`;
  if (params.format !== undefined) return String(shown.format);
  if (params.key !== undefined) return String(shown.key);
  if (params.daypart !== undefined) return String(shown.daypart);
  if (params.weekday !== undefined) return String(shown.weekday);
  return String(shown.platform ?? '');
}

/** A wall-calendar date in the locale ("5 Dec 2026"), read at noon UTC so no zone can move the day. */
function formatLocalDate(locale: string, localDate: string): string {
  const at = Date.parse(`${localDate}T12:00:00Z`);
  return Number.isNaN(at) ? localDate : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}

/** An evidence figure as text, by what its key measures. */
export function formatEvidenceValue(item: Pick<EvidenceItem, 'key' | 'value'>, locale: string): string {
  const { key, value } = item;
  if (key === 'pValue') return value < 0.001 ? 'p < 0.001' : `p = ${new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 }).format(value)}`;
  if (/rate|probability|share/i.test(key) && !/ErFollowers/.test(key)) return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  if (/Er(Followers|Views)?/.test(key)) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)} %`;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
