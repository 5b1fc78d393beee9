/**
 * The table alternative under every chart: a closed <details> "Show as a table". Chosen over a
 * visually hidden table because it serves everyone: a screen reader meets the chart's summary (its
 * aria-label) and then this one control instead of every figure twice, sighted people can read exact
 * values too, and print hides it (charts.css) because the printed chart already shows the figures.
 * The chart's SVG points here with aria-details.
 */
import type { ReactNode } from 'react';
import { useApp } from '@/components/ui/settings-context';

export function ChartTable({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useApp();
  return (
    <details className="chart__details" id={id}>
      <summary>{t('analytics.chart.showTable')}</summary>
      <div className="chart__scroll">{children}</div>
    </details>
  );
}

/** "≈ 12" for an approximate value, so the table says what the hollow marker says. */
export function approx(text: string, approximate: boolean | undefined): string {
  return approximate ? `≈ ${text}` : text;
}

/** Roughly how wide a label is in the charts' 11 px type, to leave room for it (no layout to measure). */
export function textWidth(text: string): number {
  return text.length * 6.5;
}
