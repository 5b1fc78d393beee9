/** How goal figures read: counts as whole numbers, engagement rates as percentages, progress as a share. */
import type { Goal } from '@/storage/schemas';
import type { GoalProgress } from '@/utils/strategy/goal-progress';

const formats = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/**
 * A value of the goal's metric: an engagement rate (stored in percent) with up to two decimals and the
 * locale's percent sign, a custom number with up to two decimals, a count as a whole number.
 */
export function formatGoalValue(locale: string, metric: Goal['metric'], value: number): string {
  if (metric === 'engagement-rate') return formatter(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  if (metric === 'custom') return formatter(locale, { maximumFractionDigits: 2 }).format(value);
  return formatter(locale, { maximumFractionDigits: 0 }).format(Math.round(value));
}

/** A share of the way (0.34 → "34%"), whole percent. */
export function formatShare(locale: string, share: number): string {
  return formatter(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The status a goal shows: before, during and after its period. */
export type GoalLabel = GoalProgress['status'] | 'reached' | 'missed' | 'upcoming';

export function labelOf(progress: GoalProgress): GoalLabel {
  if (progress.phase === 'upcoming') return 'upcoming';
  if (progress.reached) return 'reached';
  if (progress.phase === 'ended') return progress.current === null ? 'not-enough-data' : 'missed';
  return progress.status;
}

/** A local date ("2026-11-30") as the locale writes it ("30 Nov 2026"), whatever the machine's zone. */
export function formatLocalDay(locale: string, localDate: string): string {
  // Read at noon UTC and formatted in UTC, so no zone can move the day.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(`${localDate}T12:00:00Z`));
}

/** A value as a number field holds it: rates to two decimals, counts whole. */
export function plainNumber(metric: Goal['metric'], value: number): string {
  return String(metric === 'engagement-rate' || metric === 'custom' ? Math.round(value * 100) / 100 : Math.round(value));
}

/**
 * A period, "1–30 Nov 2026" or "1 Oct 2026 – 31 Dec 2026". Intl's formatRange is used only within one
 * month: across months, ICU's Kiswahili interval pattern drops the first month ("1 – 31 Des 2026" for
 * October to December, Node 22's ICU 78 and Chromium alike), so such a period is written as two dates.
 */
export function formatPeriod(locale: string, start: string, end: string): string {
  if (start.slice(0, 7) !== end.slice(0, 7)) return `${formatLocalDay(locale, start)} – ${formatLocalDay(locale, end)}`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(Date.parse(`${start}T12:00:00Z`), Date.parse(`${end}T12:00:00Z`));
}
