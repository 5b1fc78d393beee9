/**
 * Which local dates a month or week view shows, and the instants that bound them in the brand's zone:
 * the one `listPostsBetween` query of a view covers exactly these days.
 */
import { addMonths, monthGrid, monthOf, weekOf } from '@/utils/calendar/month-grid';
import { formatDateParts } from '@/utils/time/local-date';
import { addDays, toInstant } from '@/utils/time/wall-clock';

/** Weeks start on Monday (ISO 8601, and the custom in East Africa). */
export const WEEK_START = 1;

export interface VisibleRange {
  /** Week rows of local dates: six for a month, one for a week. */
  weeks: string[][];
  first: string;
  last: string;
  /** [from, to) in epoch ms: from the first day's midnight to the midnight after the last day. */
  from: number;
  to: number;
}

export function visibleRange(view: 'month' | 'week', anchor: string, timeZone: string): VisibleRange {
  const { year, month } = monthOf(anchor);
  const weeks = view === 'month' ? monthGrid(year, month, WEEK_START) : [weekOf(anchor, WEEK_START)];
  const first = weeks[0]![0]!;
  const last = weeks[weeks.length - 1]![6]!;
  return { weeks, first, last, from: toInstant(first, '00:00', timeZone), to: toInstant(addDays(last, 1), '00:00', timeZone) };
}

/** The anchor one step before (-1) or after (+1): a month keeps the 1st, a week moves seven days. */
export function stepAnchor(view: 'month' | 'week', anchor: string, step: -1 | 1): string {
  if (view === 'week') return addDays(anchor, 7 * step);
  const { year, month } = monthOf(anchor);
  const next = addMonths(year, month, step);
  return formatDateParts(next.year, next.month, 1);
}

/** "November 2026" or "23 – 29 November 2026", in the UI language. */
export function rangeTitle(view: 'month' | 'week', range: VisibleRange, anchor: string, locale: string): string {
  // Noon UTC names the intended calendar day whatever the reader's zone; formatted in UTC on purpose.
  const noon = (date: string) => Date.parse(`${date}T12:00:00Z`);
  if (view === 'month') return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(noon(anchor));
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(noon(range.first), noon(range.last));
}
