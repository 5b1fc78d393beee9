// The Analytics charts: a line per continuous run (a gap at an unknown value, never a 0), hollow markers
// and "≈" for approximate values, "no data" bars, hatched small samples on the heat map, a legend, unique
// ids, and every chart's figures as a table, in English and Kiswahili.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { BarChart } from '@/components/analytics/charts/bar-chart';
import { Heatmap } from '@/components/analytics/charts/heatmap';
import { LineChart, type LineChartSeries } from '@/components/analytics/charts/line-chart';
import { updateSettings } from '@/storage/settings';
import { renderWithSettings } from '../components/render';

const DAY = 86_400_000;
const START = Date.UTC(2026, 2, 1, 21); // 2 March 2026, 00:00 in Nairobi
const ZONE = 'Africa/Nairobi';
const formatX = (x: number) => new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: ZONE }).format(x);
const formatY = (y: number) => new Intl.NumberFormat('en').format(y);

beforeEach(async () => {
  await updateSettings({ language: 'en', country: 'KE' });
});

const followers: LineChartSeries = {
  id: 'ig',
  label: 'Instagram',
  points: [
    { x: START, y: 100 },
    { x: START + DAY, y: 120 },
    { x: START + 2 * DAY, y: null },
    { x: START + 3 * DAY, y: 150, approximate: true },
    { x: START + 4 * DAY, y: 160 },
  ],
};
const reach: LineChartSeries = { id: 'x', label: 'X', points: [{ x: START + 4 * DAY, y: 40 }, { x: START, y: 30 }] };

describe('LineChart', () => {
  it('draws one path per continuous run and breaks at null instead of dropping to 0', async () => {
    const { container } = renderWithSettings(<LineChart title="Followers" series={[followers, reach]} formatX={formatX} formatY={formatY} timeZone={ZONE} />);
    const chart = await screen.findByRole('img', { name: /Followers: line chart of Instagram, X, Mar 2 to Mar 6/ });
    const paths = container.querySelectorAll('[data-series="ig"] path');
    expect(paths).toHaveLength(2);
    for (const path of paths) expect(path.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    // X's points came in reverse order: still one left-to-right line.
    const line = container.querySelector('[data-series="x"] path')!.getAttribute('d')!;
    const [from, to] = [...line.matchAll(/[ML]([\d.]+),/g)].map((match) => Number(match[1]));
    expect(from).toBeLessThan(to!);
    // Four markers for four known values, the approximate one hollow.
    expect(container.querySelectorAll('[data-series="ig"] circle')).toHaveLength(4);
    expect(container.querySelectorAll('[data-series="ig"] .chart__marker--approximate')).toHaveLength(1);
    expect(chart.getAttribute('viewBox')).toMatch(/^0 0 \d+ 200$/);
  });

  it('has a legend and the figures as a table with "≈" and an empty cell for an unknown value', async () => {
    renderWithSettings(<LineChart title="Followers" series={[followers, reach]} formatX={formatX} formatY={formatY} timeZone={ZONE} />);
    const figure = await screen.findByRole('figure', { name: 'Followers' });
    const legend = within(figure).getAllByRole('list')[0]!;
    expect(within(legend).getByText('Instagram')).toBeTruthy();
    expect(within(legend).getByText('X')).toBeTruthy();
    expect(within(legend).getByText(/approximate value/)).toBeTruthy();

    const table = within(figure).getByRole('table', { name: 'Followers' });
    expect(figure.querySelector('svg')!.getAttribute('aria-details')).toBe(table.closest('details')!.id);
    expect(within(figure).getByText('Show as a table')).toBeTruthy();
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => within(row).queryAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      [],
      ['100', '30'],
      ['120', ''],
      ['', ''],
      ['≈ 150', ''],
      ['160', '40'],
    ]);
    expect(within(rows[0]!).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Date', 'Instagram', 'X']);
    expect(within(rows[3]!).getByRole('rowheader').textContent).toBe('Mar 4');
  });

  it('labels the time axis on local midnights of the zone', async () => {
    const { container } = renderWithSettings(<LineChart title="Followers" series={[followers]} formatX={formatX} formatY={formatY} timeZone={ZONE} />);
    await screen.findByRole('img');
    const labels = [...container.querySelectorAll('svg text')].map((text) => text.textContent);
    // The axis speaks the UI locale (en-KE: day first), whatever formatX does for the table.
    expect(labels).toContain('2 Mar');
    // 0…160 in about four round steps: 0, 50 … 200.
    expect(labels).toEqual(expect.arrayContaining(['0', '50', '100', '150', '200']));
  });

  it('says so when there is nothing to draw, rather than drawing zeros', async () => {
    const { container } = renderWithSettings(
      <LineChart title="Followers" series={[{ id: 'a', label: 'A', points: [{ x: START, y: null }] }]} formatX={formatX} formatY={formatY} timeZone={ZONE} />,
    );
    expect(await screen.findByText('Nothing to show yet.')).toBeTruthy();
    expect(container.querySelector('svg')).toBeNull();
  });

  it('gives two charts on one page their own ids', async () => {
    const { container } = renderWithSettings(
      <>
        <LineChart title="One" series={[followers]} formatX={formatX} formatY={formatY} timeZone={ZONE} />
        <LineChart title="Two" series={[reach]} formatX={formatX} formatY={formatY} timeZone={ZONE} />
      </>,
    );
    await screen.findAllByRole('img');
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });
});

describe('BarChart', () => {
  const bars = [
    { label: 'Monday', value: 12.5, n: 8 },
    { label: 'Tuesday', value: null, n: 0 },
    { label: 'Wednesday', value: 20, approximate: true, n: 2 },
  ];

  it('draws known bars, writes "no data" for an unknown one and never a 0', async () => {
    const { container } = renderWithSettings(<BarChart title="Engagement by weekday" bars={bars} formatY={formatY} />);
    const chart = await screen.findByRole('img', { name: 'Engagement by weekday: bar chart with 3 bars. Highest: Wednesday, ≈ 20.' });
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    const empty = container.querySelector('[data-state="empty"]')!;
    expect(empty.querySelector('rect')).toBeNull();
    expect(empty.textContent).toContain('no data');
    expect(empty.textContent).not.toMatch(/\b0\b/);
    expect(container.querySelector('[data-state="approximate"] .chart__bar--approximate')).not.toBeNull();
    expect(container.querySelector('[data-state="approximate"]')!.textContent).toContain('≈ 20');
  });

  it('lists the bars as a table with the sample sizes', async () => {
    renderWithSettings(<BarChart title="Engagement by weekday" bars={bars} formatY={formatY} />);
    const table = await screen.findByRole('table', { name: 'Engagement by weekday' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Monday', '12.5', '8'],
      ['Tuesday', 'no data', '0'],
      ['Wednesday', '≈ 20', '2'],
    ]);
  });

  it('speaks Kiswahili', async () => {
    await updateSettings({ language: 'sw' });
    renderWithSettings(<BarChart title="Ushiriki" bars={bars} formatY={formatY} />);
    expect(await screen.findByText('Onyesha kama jedwali')).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Ushiriki: chati ya pau yenye pau 3. Juu zaidi: Wednesday, ≈ 20.');
    expect(screen.getAllByText('hakuna data').length).toBeGreaterThan(0);
  });
});

describe('Heatmap', () => {
  const cells = [
    { weekday: 0, hour: 9, value: 4.5, n: 6 },
    { weekday: 0, hour: 10, value: 0, n: 5 },
    { weekday: 4, hour: 18, value: 9, n: 1 },
    { weekday: 6, hour: 23, value: null, n: 0 },
  ];
  const formatValue = (value: number) => `${value} %`;

  it('draws 7 × 24 cells: filled, hatched small samples and empty outlines', async () => {
    const { container } = renderWithSettings(<Heatmap title="Best times" cells={cells} formatValue={formatValue} smallSample={3} />);
    await screen.findByRole('img', { name: 'Best times: heat map by weekday and hour, 3 hours with data. Highest: Friday 18:00, 9 %.' });
    expect(container.querySelectorAll('[data-hour]')).toHaveLength(7 * 24);
    expect(container.querySelectorAll('[data-state="value"]')).toHaveLength(2);
    expect(container.querySelectorAll('[data-state="empty"]')).toHaveLength(7 * 24 - 3);
    const small = container.querySelector('[data-weekday="4"][data-hour="18"]')!;
    expect(small.getAttribute('data-state')).toBe('small');
    const hatch = small.querySelectorAll('rect')[1]!.getAttribute('fill')!;
    expect(container.querySelector(`pattern[id="${hatch.slice(5, -1)}"]`)).not.toBeNull();
    // A value of 0 is a real value: faint but filled, unlike the unknown Sunday cell.
    const zero = container.querySelector('[data-weekday="0"][data-hour="10"] rect')!;
    expect(Number(zero.getAttribute('fill-opacity'))).toBeGreaterThan(0);
    expect(container.querySelector('[data-weekday="6"][data-hour="23"] .chart__cell--empty')).not.toBeNull();
  });

  it('labels weekdays in the UI language, Monday first, and hours 0–23', async () => {
    const { container } = renderWithSettings(<Heatmap title="Best times" cells={cells} formatValue={formatValue} smallSample={3} />);
    await screen.findByRole('img');
    const labels = [...container.querySelectorAll('svg text')].map((text) => text.textContent);
    expect(labels.slice(-7)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(labels.slice(0, 8)).toEqual(['0', '3', '6', '9', '12', '15', '18', '21']);
    expect(screen.getByText('Small sample (n < 3)')).toBeTruthy();
  });

  it('lists the cells with data as a table, marking the small sample', async () => {
    renderWithSettings(<Heatmap title="Best times" cells={cells} formatValue={formatValue} smallSample={3} />);
    const table = await screen.findByRole('table', { name: 'Best times' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Monday', '09:00', '4.5 %', '6'],
      ['Monday', '10:00', '0 %', '5'],
      ['Friday', '18:00', '9 %', '1 (small sample)'],
    ]);
  });

  it('names weekdays in Kiswahili', async () => {
    await updateSettings({ language: 'sw' });
    const { container } = renderWithSettings(<Heatmap title="Nyakati" cells={cells} formatValue={formatValue} smallSample={3} />);
    await screen.findByRole('img');
    const labels = [...container.querySelectorAll('svg text')].map((text) => text.textContent);
    expect(labels.slice(-7)).toEqual(['Jumatatu', 'Jumanne', 'Jumatano', 'Alhamisi', 'Ijumaa', 'Jumamosi', 'Jumapili']);
    expect(screen.getByText('1 (sampuli ndogo)')).toBeTruthy();
  });
});
