/**
 * A line chart over time: one line per series, broken (not dropped to 0) where a value is unknown,
 * hollow markers for approximate values, a legend, and the figures as a table (ChartTable).
 */
import { useId, useMemo } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { linearScale, niceTicks, segmentPath, segments, timeTickFormat, timeTicks } from '@/utils/analytics/chart-scale';
import { approx, ChartTable, textWidth } from './chart-table';
import { useWidth } from './use-width';
import './charts.css';

export interface LineChartPoint {
  /** An instant, epoch ms. */
  x: number;
  /** null when unknown (a hidden count): the line breaks there. */
  y: number | null;
  approximate?: boolean;
}
export interface LineChartSeries {
  id: string;
  label: string;
  points: LineChartPoint[];
}
export interface LineChartProps {
  title: string;
  series: LineChartSeries[];
  /** A point's instant for the table, marker tooltips and the summary; axis ticks are labelled by their unit. */
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  /** The zone whose wall calendar places the axis ticks (the brand's). */
  timeZone: string;
  height?: number;
}

/** Dash patterns beside the colours, so lines stay apart in black-and-white print and for colour-blind readers. */
const DASHES = [undefined, '6 3', '2 3', '8 3 2 3', '4 2', '1 2'];
const COLOURS = 6;
const TOP = 8;
const BOTTOM = 22;
const RIGHT = 14;
const HOUR_MS = 3_600_000;

export function LineChart({ title, series, formatX, formatY, timeZone, height = 200 }: LineChartProps) {
  const { t, locale } = useApp();
  const id = useId();
  const tableId = `${id}table`;
  const captionId = `${id}caption`;
  const { ref, width } = useWidth<HTMLDivElement>();

  // Points in time order, per series: a line drawn through unsorted points would zigzag.
  const sorted = useMemo(() => series.map((each) => ({ ...each, points: [...each.points].sort((a, b) => a.x - b.x) })), [series]);
  const known = sorted.flatMap((each) => each.points).filter((point) => point.y !== null);
  const xs = sorted.flatMap((each) => each.points.map((point) => point.x));

  const legend = (
    <ul className="chart__legend">
      {sorted.map((each, i) => (
        <li key={each.id} style={{ color: `var(--chart-${(i % COLOURS) + 1})` }}>
          <svg width="24" height="10" aria-hidden="true">
            <line className="chart__line" x1="2" x2="22" y1="5" y2="5" strokeDasharray={DASHES[i % DASHES.length]} />
          </svg>
          <span style={{ color: 'var(--text)' }}>{each.label}</span>
        </li>
      ))}
      {known.some((point) => point.approximate) && (
        <li>
          <svg width="10" height="10" aria-hidden="true">
            <circle className="chart__marker chart__marker--approximate" cx="5" cy="5" r="3.5" />
          </svg>
          {t('analytics.chart.approximate')}
        </li>
      )}
    </ul>
  );

  if (known.length === 0 || xs.length === 0) {
    return (
      <figure className="chart" aria-labelledby={captionId}>
        <figcaption id={captionId} className="chart__title">{title}</figcaption>
        <p className="chart__empty">{t('analytics.chart.empty')}</p>
      </figure>
    );
  }

  let xMin = Math.min(...xs);
  let xMax = Math.max(...xs);
  // A single instant still needs an axis around it.
  if (xMin === xMax) [xMin, xMax] = [xMin - 12 * HOUR_MS, xMax + 12 * HOUR_MS];
  const ys = known.map((point) => point.y as number);
  // A zero baseline: counts and rates read honestly only against 0.
  const yAxis = niceTicks(Math.min(0, ...ys), Math.max(0, ...ys), Math.max(2, Math.round((height - TOP - BOTTOM) / 40)));
  const yLabels = yAxis.ticks.map(formatY);
  const left = Math.min(72, Math.max(24, 8 + Math.max(...yLabels.map(textWidth))));
  const plotWidth = Math.max(40, width - left - RIGHT);
  const x = linearScale([xMin, xMax], [left, left + plotWidth]);
  const y = linearScale([yAxis.min, yAxis.max], [height - BOTTOM, TOP]);

  const xAxis = timeTicks(xMin, xMax, timeZone, Math.max(2, Math.floor(plotWidth / 70)));
  const tickLabel = (tick: (typeof xAxis.ticks)[number], i: number) =>
    new Intl.DateTimeFormat(locale, { ...timeTickFormat(xAxis, tick, i === 0), timeZone }).format(tick.at);
  // Markers on every point while they have room; approximate values and lone points always.
  const allMarkers = Math.max(...sorted.map((each) => each.points.length)) <= plotWidth / 8;

  const summary = t('analytics.chart.line.summary', {
    title,
    series: sorted.map((each) => each.label).join(', '),
    from: formatX(Math.min(...xs)),
    to: formatX(Math.max(...xs)),
  });

  // The table: one row per instant, one column per series; an unknown value is an empty cell.
  const rows = [...new Set(xs)].sort((a, b) => a - b);
  const lookup = sorted.map((each) => new Map(each.points.map((point) => [point.x, point])));

  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart__title">{title}</figcaption>
      <div ref={ref} className="chart__frame">
        <svg className="chart__svg" role="img" aria-label={summary} aria-details={tableId} viewBox={`0 0 ${width} ${height}`} width="100%">
          {yAxis.ticks.map((tick, i) => (
            <g key={tick}>
              <line className={tick === 0 ? 'chart__axis' : 'chart__grid'} x1={left} x2={left + plotWidth} y1={y(tick)} y2={y(tick)} />
              <text x={left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {yLabels[i]}
              </text>
            </g>
          ))}
          {xAxis.ticks.map((tick, i) => {
            const at = x(tick.at);
            // The last label would run past the right edge if centred there.
            const anchor = at > width - 28 ? 'end' : 'middle';
            return (
              <g key={tick.at}>
                <line className="chart__axis" x1={at} x2={at} y1={height - BOTTOM} y2={height - BOTTOM + 4} />
                <text x={at} y={height - 6} textAnchor={anchor}>
                  {tickLabel(tick, i)}
                </text>
              </g>
            );
          })}
          {sorted.map((each, i) => {
            // Pixels in x and y for the path; the instant and value stay beside them for the tooltip.
            const runs = segments(
              each.points.map((point) => ({ x: x(point.x), y: point.y === null ? null : y(point.y), at: point.x, value: point.y ?? 0, approximate: point.approximate })),
            );
            return (
              <g key={each.id} className="chart__series" data-series={each.id} style={{ color: `var(--chart-${(i % COLOURS) + 1})` }}>
                {runs.map((run) => (
                  <path key={run[0]!.at} className="chart__line" d={segmentPath(run)} strokeDasharray={DASHES[i % DASHES.length]} />
                ))}
                {runs.flatMap((run) =>
                  run
                    .filter((point) => allMarkers || point.approximate || run.length === 1)
                    .map((point) => (
                      <circle
                        key={point.at}
                        className={point.approximate ? 'chart__marker chart__marker--approximate' : 'chart__marker'}
                        cx={point.x}
                        cy={point.y}
                        r={3}
                      >
                        {/* A tooltip for the mouse; the figures for everyone are in the table. */}
                        <title>{`${each.label}, ${formatX(point.at)}: ${approx(formatY(point.value), point.approximate)}`}</title>
                      </circle>
                    )),
                )}
              </g>
            );
          })}
        </svg>
      </div>
      {legend}
      <ChartTable id={tableId}>
        <table className="chart__table chart__table--time">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('analytics.chart.date')}</th>
              {sorted.map((each) => (
                <th key={each.id} scope="col">
                  {each.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row}>
                <th scope="row">{formatX(row)}</th>
                {lookup.map((points, i) => {
                  const point = points.get(row);
                  return (
                    <td key={sorted[i]!.id} className="chart__number">
                      {point && point.y !== null ? approx(formatY(point.y), point.approximate) : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ChartTable>
    </figure>
  );
}
