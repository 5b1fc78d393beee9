/**
 * When posts do well: a weekday × hour grid (Monday first, hours 0–23 in the brand's zone, as the
 * caller computed them). Darker is higher; a cell resting on fewer than `smallSample` posts is hatched,
 * because one lucky post is not a pattern; a cell without data is an empty outline, never a pale 0.
 */
import { useId } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { formatNumber } from '@/utils/i18n/translate';
import { ChartTable, textWidth } from './chart-table';
import { useWidth } from './use-width';
import './charts.css';

export interface HeatmapCell {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** 0–23. */
  hour: number;
  /** null when unknown: drawn like a cell without posts. */
  value: number | null;
  /** How many posts the value rests on. */
  n: number;
}
export interface HeatmapProps {
  title: string;
  cells: HeatmapCell[];
  formatValue: (value: number) => string;
  /** Cells with fewer posts than this are marked as small samples. */
  smallSample: number;
}

const HOURS = 24;
const HEADER = 16;
const ROW = 18;
const GAP = 1;
/** The faintest fill a value gets, so the lowest value still differs from "no data". */
const FLOOR = 0.15;

/** 2024-01-01 was a Monday: the weekday names in the UI language, Monday first. */
function weekdayNames(locale: string, weekday: 'short' | 'long'): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2024, 0, 1 + i)));
}

function hourNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  return Array.from({ length: HOURS }, (_, hour) => format.format(Date.UTC(2024, 0, 1, hour)));
}

export function Heatmap({ title, cells, formatValue, smallSample }: HeatmapProps) {
  const { t, locale } = useApp();
  const id = useId();
  const tableId = `${id}table`;
  const captionId = `${id}caption`;
  const hatchId = `${id}hatch`;
  const { ref, width } = useWidth<HTMLDivElement>();

  const shortDays = weekdayNames(locale, 'short');
  const longDays = weekdayNames(locale, 'long');
  const hours = hourNames(locale);
  // The last cell given for a weekday and hour wins; cells outside the grid are ignored.
  const grid = new Map<number, HeatmapCell>();
  for (const cell of cells) {
    if (cell.weekday >= 0 && cell.weekday < 7 && cell.hour >= 0 && cell.hour < HOURS) grid.set(cell.weekday * HOURS + cell.hour, cell);
  }
  const filled = [...grid.entries()].sort(([a], [b]) => a - b).map(([, cell]) => cell).filter((cell) => cell.value !== null);
  const values = filled.map((cell) => cell.value as number);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const intensity = (value: number) => (high === low ? 1 : FLOOR + (1 - FLOOR) * ((value - low) / (high - low)));
  const small = (cell: HeatmapCell) => cell.n < smallSample;

  const left = 6 + Math.max(...shortDays.map(textWidth));
  const cellWidth = Math.max(4, (width - left) / HOURS);
  const height = HEADER + 7 * ROW;
  // Hour labels every 3 hours, or every 6 when the cells are narrow.
  const labelEvery = cellWidth * 3 >= 18 ? 3 : 6;

  const cellName = (cell: HeatmapCell) => `${longDays[cell.weekday]} ${hours[cell.hour]}`;
  const best = filled.reduce<HeatmapCell | null>((top, cell) => (top === null || (cell.value as number) > (top.value as number) ? cell : top), null);
  const summary = [
    t('analytics.chart.heatmap.summary', { title, count: filled.length }),
    best ? t('analytics.chart.highest', { label: cellName(best), value: formatValue(best.value as number) }) : '',
  ].join(' ').trim();

  if (filled.length === 0) {
    return (
      <figure className="chart" aria-labelledby={captionId}>
        <figcaption id={captionId} className="chart__title">{title}</figcaption>
        <p className="chart__empty">{t('analytics.chart.empty')}</p>
      </figure>
    );
  }

  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart__title">{title}</figcaption>
      <div ref={ref} className="chart__frame">
        <svg className="chart__svg" role="img" aria-label={summary} aria-details={tableId} viewBox={`0 0 ${width} ${height}`} width="100%">
          <defs>
            <pattern id={hatchId} className="chart__hatch" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="4" stroke="currentColor" strokeWidth="1.5" strokeOpacity="0.6" />
            </pattern>
          </defs>
          {Array.from({ length: HOURS / labelEvery }, (_, i) => i * labelEvery).map((hour) => (
            <text key={hour} x={left + hour * cellWidth} y={HEADER - 5}>
              {formatNumber(locale, hour)}
            </text>
          ))}
          {shortDays.map((day, weekday) => (
            <g key={weekday}>
              <text x={0} y={HEADER + weekday * ROW + ROW / 2} dy="0.32em">
                {day}
              </text>
              {Array.from({ length: HOURS }, (_, hour) => {
                const cell = grid.get(weekday * HOURS + hour);
                const state = !cell || cell.value === null ? 'empty' : small(cell) ? 'small' : 'value';
                const box = { x: left + hour * cellWidth + GAP / 2, y: HEADER + weekday * ROW + GAP / 2, width: cellWidth - GAP, height: ROW - GAP };
                return (
                  <g key={hour} data-weekday={weekday} data-hour={hour} data-state={state}>
                    {state === 'empty' || !cell || cell.value === null ? (
                      // Inset by half the outline's width, so the outline stays inside the cell.
                      <rect className="chart__cell--empty" x={box.x + 0.5} y={box.y + 0.5} width={box.width - 1} height={box.height - 1} />
                    ) : (
                      <>
                        <rect className="chart__cell--value" {...box} fillOpacity={intensity(cell.value)} />
                        {state === 'small' && <rect {...box} fill={`url(#${hatchId})`} />}
                      </>
                    )}
                  </g>
                );
              })}
            </g>
          ))}
        </svg>
      </div>
      <ul className="chart__legend">
        <li>
          {t('analytics.chart.low')}
          <span className="chart__legend-scale" aria-hidden="true">
            {[0, 0.25, 0.5, 0.75, 1].map((step) => (
              <span key={step} className="chart__swatch chart__swatch--heat" style={{ opacity: FLOOR + (1 - FLOOR) * step }} />
            ))}
          </span>
          {t('analytics.chart.high')}
        </li>
        <li>
          <span className="chart__swatch chart__swatch--empty" aria-hidden="true" />
          {t('analytics.chart.noData')}
        </li>
        <li>
          <span className="chart__swatch chart__swatch--small" aria-hidden="true" />
          {t('analytics.chart.smallSampleLegend', { min: smallSample })}
        </li>
      </ul>
      <ChartTable id={tableId}>
        {/* Non-empty cells as a list: 24 hour columns would not fit a narrow panel or a listener's patience. */}
        <table className="chart__table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('analytics.chart.weekday')}</th>
              <th scope="col">{t('analytics.chart.hour')}</th>
              <th scope="col">{t('analytics.chart.value')}</th>
              <th scope="col">{t('analytics.chart.sample')}</th>
            </tr>
          </thead>
          <tbody>
            {filled.map((cell) => (
              <tr key={`${cell.weekday}:${cell.hour}`} data-small={small(cell) || undefined}>
                <th scope="row">{longDays[cell.weekday]}</th>
                <td>{hours[cell.hour]}</td>
                <td className="chart__number">{formatValue(cell.value as number)}</td>
                <td>{small(cell) ? `${formatNumber(locale, cell.n)} (${t('analytics.chart.smallSample')})` : formatNumber(locale, cell.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartTable>
    </figure>
  );
}
