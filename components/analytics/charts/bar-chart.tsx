/**
 * Horizontal bars (engagement per post, per weekday…): horizontal because a narrow panel has room for
 * long labels across, not under, a bar. Each label sits on its own line above its bar, so it can use
 * the whole width. An unknown value says "no data" where the bar would be, never a bar of 0.
 */
import { useId } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { linearScale, niceTicks } from '@/utils/analytics/chart-scale';
import { formatNumber } from '@/utils/i18n/translate';
import { approx, ChartTable, textWidth } from './chart-table';
import { useWidth } from './use-width';
import './charts.css';

export interface BarChartBar {
  label: string;
  /** null when unknown: shown as "no data", not as 0. */
  value: number | null;
  approximate?: boolean;
  /** How many posts (or other observations) the value rests on. */
  n?: number;
}
export interface BarChartProps {
  title: string;
  bars: BarChartBar[];
  formatY: (y: number) => string;
}

const SIDE = 4;
const LABEL = 15;
const BAR = 14;
const GAP = 9;
const ROW = LABEL + BAR + GAP;
const AXIS = 18;

export function BarChart({ title, bars, formatY }: BarChartProps) {
  const { t, locale } = useApp();
  const id = useId();
  const tableId = `${id}table`;
  const captionId = `${id}caption`;
  const { ref, width } = useWidth<HTMLDivElement>();

  const known = bars.filter((bar): bar is BarChartBar & { value: number } => bar.value !== null);
  if (bars.length === 0) {
    return (
      <figure className="chart" aria-labelledby={captionId}>
        <figcaption id={captionId} className="chart__title">{title}</figcaption>
        <p className="chart__empty">{t('analytics.chart.empty')}</p>
      </figure>
    );
  }

  const values = known.map((bar) => bar.value);
  const valueText = (bar: BarChartBar) => (bar.value === null ? t('analytics.chart.noData') : approx(formatY(bar.value), bar.approximate));
  const sampleText = (bar: BarChartBar) => (bar.n === undefined ? '' : t('analytics.chart.sampleSize', { count: bar.n }));
  // Room on the right for the longest value written after its bar.
  const right = Math.min(width / 3, 8 + Math.max(...bars.map((bar) => textWidth(valueText(bar)))));
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  // As many ticks as their labels fit side by side, with room between them.
  const tickRoom = 40 + Math.max(textWidth(formatY(low)), textWidth(formatY(high)));
  const axis = niceTicks(low, high, Math.max(2, Math.floor((width - right - SIDE) / tickRoom)));
  const scale = linearScale([axis.min, axis.max], [SIDE, Math.max(SIDE + 40, width - right)]);
  const zero = scale(0);
  const height = bars.length * ROW + AXIS;
  // Labels longer than the width are cut; the table has them whole.
  const fit = (text: string) => {
    const room = Math.floor((width - SIDE) / 6.5);
    return text.length > room ? `${text.slice(0, Math.max(1, room - 1))}…` : text;
  };

  const highest = known.reduce<(typeof known)[number] | null>((best, bar) => (best === null || bar.value > best.value ? bar : best), null);
  const summary = [
    t('analytics.chart.bar.summary', { title, count: bars.length }),
    highest ? t('analytics.chart.highest', { label: highest.label, value: approx(formatY(highest.value), highest.approximate) }) : '',
  ].join(' ').trim();
  const withSamples = bars.some((bar) => bar.n !== undefined);

  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart__title">{title}</figcaption>
      <div ref={ref} className="chart__frame">
        <svg className="chart__svg" role="img" aria-label={summary} aria-details={tableId} viewBox={`0 0 ${width} ${height}`} width="100%">
          {axis.ticks.map((tick) => (
            <g key={tick}>
              <line className={tick === 0 ? 'chart__axis' : 'chart__grid'} x1={scale(tick)} x2={scale(tick)} y1={LABEL} y2={height - AXIS + 2} />
              <text x={scale(tick)} y={height - 4} textAnchor={tick === axis.max ? 'end' : tick === axis.min ? 'start' : 'middle'}>
                {formatY(tick)}
              </text>
            </g>
          ))}
          {bars.map((bar, i) => {
            const top = i * ROW;
            const sample = sampleText(bar);
            const end = bar.value === null ? zero : scale(bar.value);
            return (
              <g key={`${i}:${bar.label}`} data-state={bar.value === null ? 'empty' : bar.approximate ? 'approximate' : 'value'}>
                <text className="chart__bar-label" x={SIDE} y={top + LABEL - 4}>
                  {fit(sample ? `${bar.label} · ${sample}` : bar.label)}
                </text>
                {bar.value !== null && (
                  <rect
                    className={bar.approximate ? 'chart__bar chart__bar--approximate' : 'chart__bar'}
                    x={Math.min(zero, end)}
                    y={top + LABEL}
                    width={Math.max(1, Math.abs(end - zero))}
                    height={BAR}
                    rx={2}
                  />
                )}
                <text className={bar.value === null ? 'chart__no-data' : undefined} x={Math.max(zero, end) + 4} y={top + LABEL + BAR / 2} dy="0.32em">
                  {valueText(bar)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <ChartTable id={tableId}>
        <table className="chart__table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('analytics.chart.item')}</th>
              <th scope="col">{t('analytics.chart.value')}</th>
              {withSamples && <th scope="col">{t('analytics.chart.sample')}</th>}
            </tr>
          </thead>
          <tbody>
            {bars.map((bar, i) => (
              <tr key={`${i}:${bar.label}`}>
                <th scope="row">{bar.label}</th>
                <td className="chart__number">{valueText(bar)}</td>
                {withSamples && <td className="chart__number">{bar.n === undefined ? '' : formatNumber(locale, bar.n)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </ChartTable>
    </figure>
  );
}
