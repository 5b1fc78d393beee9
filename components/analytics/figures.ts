/** How the report writes its numbers: "≈" for approximate, "—" for unknown (never 0), signed changes. */
import type { HonestTotal } from '@/utils/analytics/honest-sum';

export const UNKNOWN = '—';

export function formatCount(locale: string, value: number | null, approximate = false): string {
  if (value === null) return UNKNOWN;
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: value % 1 === 0 ? 0 : 1 }).format(value);
  return approximate ? `≈${text}` : text;
}

export function formatTotal(locale: string, total: HonestTotal): string {
  return formatCount(locale, total.value, total.approximate);
}

/** A percentage given in percent units (11.2 → "11.2%"), two significant decimals for small rates. */
export function formatPercent(locale: string, value: number | null): string {
  if (value === null) return UNKNOWN;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: Math.abs(value) < 10 ? 2 : 1 }).format(value / 100);
}

/**
 * "+200 (+20%)", "−3", or "" when there is nothing to compare. A rate's change is in percentage points:
 * `points` is the unit's word ("pp").
 */
export function formatChange(locale: string, current: number | null, previous: number | null, points?: string): string {
  if (current === null || previous === null) return '';
  const delta = current - previous;
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: points ? 2 : 1 });
  if (points) return `${signed.format(delta)} ${points}`;
  const relative = previous === 0 ? '' : ` (${new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(delta / previous)})`;
  return `${signed.format(delta)}${relative}`;
}
