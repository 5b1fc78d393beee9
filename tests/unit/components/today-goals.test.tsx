// The goals card on Today: the goals running now with how far each has come and its status, not those
// to come or over; "no data yet" rather than 0; a way to the Goals page, also when no goal runs.
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentArea, strategySection } from '@/components/state/navigation';
import { TodayArea } from '@/components/today/today-area';
import { db } from '@/storage/db';
import { createGoal, type GoalInput } from '@/storage/goals';
import { updateSettings } from '@/storage/settings';
import { toInstant } from '@/utils/time/wall-clock';
import { renderWithSettings } from './render';

const ZONE = 'Africa/Nairobi';
const at = (date: string, time = '12:00') => toInstant(date, time, ZONE);
const NOW = at('2026-11-05', '12:00');
const november: Omit<GoalInput, 'title' | 'metric' | 'target'> = { platform: 'instagram', baseline: null, manualValue: null, period: 'month', periodStart: '2026-11-01', periodEnd: '2026-11-30' };

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  currentArea.value = 'today';
  await updateSettings({ timeZone: ZONE, language: 'en', country: 'KE' });
});
afterEach(() => vi.useRealTimers());

describe('goals on Today', () => {
  it('lists the running goals with their progress and status, and opens the Goals page', async () => {
    await db.accounts.put({ id: 'own-ig', platform: 'instagram', handle: 'kahawabora', role: 'own' });
    await db.profileSnapshots.bulkPut(
      ([['2026-11-01', 3500], ['2026-11-02', 3520], ['2026-11-03', 3540], ['2026-11-04', 3560]] as const).map(([date, followers]) => ({
        id: `ig-${date}`, platform: 'instagram' as const, handle: 'kahawabora', at: at(date, '00:30'), followers, following: null, posts: null, precision: {},
      })),
    );
    await createGoal({ ...november, title: 'Instagram followers', metric: 'followers', target: 3800 }, NOW);
    await createGoal({ ...november, platform: 'tiktok', title: 'TikTok views', metric: 'views', target: 5000 }, NOW);
    await createGoal({ ...november, title: 'December posts', metric: 'posts-published', target: 20, periodStart: '2026-12-01', periodEnd: '2026-12-31' }, NOW);
    await createGoal({ ...november, title: 'October posts', metric: 'posts-published', target: 20, periodStart: '2026-10-01', periodEnd: '2026-10-31' }, NOW);

    renderWithSettings(<TodayArea />);
    const card = (await screen.findByRole('heading', { name: 'Goals' }, { timeout: 5000 })).closest('section')!;
    const items = await within(card).findAllByRole('listitem');
    // Only November's goals run now; the soonest to end first, then by title.
    expect(items.map((item) => within(item).getByText(/followers|views/).textContent)).toEqual(['Instagram followers', 'TikTok views']);
    // Baseline: the 1 Nov 00:30 reading (3500); now 3560: (3560 − 3500) / (3800 − 3500) = 20 %.
    // Readings one a day rise 20 a day: the line is 3500 + 20x, on day 29 3500 + 580 = 4080 ≥ 3800: on track.
    expect(items[0]!.textContent).toBe('Instagram followers20% · On track');
    // No own TikTok account: nothing is known, and it says so rather than 0 %.
    expect(items[1]!.textContent).toBe('TikTok viewsno data yet · Not enough data');

    fireEvent.click(within(card).getByRole('button', { name: 'Open goals' }));
    expect(currentArea.value).toBe('strategy');
    expect(strategySection.value).toBe('goals');
  });

  it('offers to set a goal when none runs', async () => {
    renderWithSettings(<TodayArea />);
    const card = (await screen.findByRole('heading', { name: 'Goals' }, { timeout: 5000 })).closest('section')!;
    expect(within(card).getByText('No goal is running now.')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Set a goal' }));
    expect(strategySection.value).toBe('goals');
  });
});
