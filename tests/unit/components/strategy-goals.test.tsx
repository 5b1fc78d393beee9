// Strategy → Goals: create a goal with its baseline taken from the data, see progress and forecast worked
// out from captured rows, bad input refused with nothing written, custom goals, editing, deleting a goal
// that campaigns aim at, and honest notes when the data cannot say.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GoalsSection } from '@/components/strategy/goals/goals-section';
import { createCampaign } from '@/storage/campaigns';
import { db } from '@/storage/db';
import { createGoal, type GoalInput } from '@/storage/goals';
import type { ObservedPost } from '@/storage/schemas';
import { updateSettings } from '@/storage/settings';
import { toInstant } from '@/utils/time/wall-clock';
import { renderWithSettings } from './render';

const ZONE = 'Africa/Nairobi';
const at = (date: string, time = '12:00') => toInstant(date, time, ZONE);
const NOW = at('2026-11-05', '12:00'); // day 4 of November

const november: Omit<GoalInput, 'title' | 'metric' | 'target'> = { platform: 'instagram', baseline: null, manualValue: null, period: 'month', periodStart: '2026-11-01', periodEnd: '2026-11-30' };

function observed(id: string, publishedAt: number, views: number | null): ObservedPost {
  return {
    id: `instagram:${id}`, platform: 'instagram', postId: id, url: `https://www.instagram.com/reel/${id}/`, author: 'kahawabora', publishedAt, text: '',
    likes: 10, reposts: null, comments: 1, views, bookmarks: null, precision: {}, firstSeenAt: publishedAt, lastSeenAt: publishedAt, plannedPostId: null,
  };
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await updateSettings({ timeZone: ZONE, language: 'en', country: 'KE' });
  await db.accounts.put({ id: 'own-ig', platform: 'instagram', handle: 'kahawabora', role: 'own' });
  await db.profileSnapshots.bulkPut(
    ([['2026-10-31', '20:00', 3500], ['2026-11-01', '09:00', 3510], ['2026-11-02', '09:00', 3530], ['2026-11-04', '09:00', 3560]] as const).map(([date, time, followers]) => ({
      id: `ig-${date}`, platform: 'instagram' as const, handle: 'kahawabora', at: at(date, time), followers, following: null, posts: null, precision: {},
    })),
  );
});
afterEach(() => vi.useRealTimers());

const field = (label: string) => screen.getByLabelText<HTMLInputElement | HTMLSelectElement>(label);
const set = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
const goalNamed = async (title: string) => (await screen.findByRole('article', { name: title }));

describe('goals page', () => {
  it('creates a followers goal with the baseline from the data, and shows progress and forecast', async () => {
    renderWithSettings(<GoalsSection />);
    expect(await screen.findByText(/No goal yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New goal' }));
    set('Title', 'Instagram: 4,000 followers');
    set('Platform', 'instagram');
    set('Target', '4000');
    // The reading nearest 1 Nov 00:00 is 31 Oct 20:00 (4 h before): 3,500.
    expect(await screen.findByText('From your data: 3,500. Leave it empty to use that, or type your own.')).toBeTruthy();
    expect(screen.getByText(/^Runs 1\s*–\s*30 Nov 2026\.$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByText('Goal saved.')).toBeTruthy();
    expect((await db.goals.toArray())[0]).toMatchObject({ baseline: 3500, target: 4000, platform: 'instagram', periodStart: '2026-11-01', periodEnd: '2026-11-30' });

    const goal = await goalNamed('Instagram: 4,000 followers');
    // Latest 3,560: (3560 − 3500) / (4000 − 3500) = 0.12.
    expect(within(goal).getByTestId('goal-value').textContent).toBe('3,560 of 4,000 · 12% of the way');
    expect(within(goal).getByText('Baseline 3,500, from your data')).toBeTruthy();
    // Days with readings: 0 → 3510, 1 → 3530, 3 → 3560; x̄ = 4/3, ȳ = 10600/3; deviations of y −70/3, −10/3, 80/3;
    // Σ(x−x̄)(y−ȳ) = 280/9 + 10/9 + 400/9 = 230/3; Σ(x−x̄)² = 14/3; slope 115/7;
    // day 29: 10600/3 + (115/7)(29 − 4/3) = 83745/21 ≈ 3,987.9 → "3,988"; (3987.9 − 3500)/500 ≈ 0.98: at risk.
    expect(within(goal).getByTestId('goal-forecast').textContent).toBe('Forecast for 30 Nov 2026: 3,988');
    expect(Number(goal.dataset.forecast)).toBeCloseTo(83745 / 21, 8);
    expect(within(goal).getByText('At risk')).toBeTruthy();
    // 5 Nov is day 4: 25 days after it.
    expect(within(goal).getByText('25 days left')).toBeTruthy();
  });

  it('refuses a goal without a target, or with a target below the baseline, and writes nothing', async () => {
    renderWithSettings(<GoalsSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'New goal' }));
    set('Title', 'More followers');
    fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: enter the target as a number.');
    set('Target', '3000');
    fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Not saved: the target must be above the baseline — a goal is growth from where you start.'));
    expect(await db.goals.count()).toBe(0);
  });

  it('fills in the quarter’s dates, and takes custom dates and a hand-entered value', async () => {
    renderWithSettings(<GoalsSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'New goal' }));
    set('Period', 'quarter');
    expect(screen.getByText(/^Runs 1 Oct.*31 Dec 2026\.$/)).toBeTruthy();
    set('Period', 'custom');
    set('First day', '2026-11-02');
    set('Last day', '2026-11-20');
    set('Metric', 'custom');
    expect(screen.getByText('Where you start from; empty means 0.')).toBeTruthy();
    set('Title', 'Newsletter sign-ups');
    set('Target', '200');
    set('Baseline', '100');
    set('Current value', '120');
    fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByText('Goal saved.')).toBeTruthy();
    const goal = await goalNamed('Newsletter sign-ups');
    // (120 − 100) / (200 − 100) = 20 %.
    expect(within(goal).getByTestId('goal-value').textContent).toBe('120 of 200 · 20% of the way');
    expect(within(goal).getByText('Baseline 100, set by hand')).toBeTruthy();
    expect((await db.goals.toArray())[0]).toMatchObject({ period: 'custom', periodStart: '2026-11-02', periodEnd: '2026-11-20', manualValue: 120 });
  });

  it('edits a goal in place', async () => {
    await createGoal({ ...november, title: 'Followers', metric: 'followers', target: 4000 }, NOW);
    renderWithSettings(<GoalsSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Followers' }));
    expect(field('Baseline').value).toBe('3500');
    set('Target', '3600');
    fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(await screen.findByText('Goal saved.')).toBeTruthy();
    // (3560 − 3500) / (3600 − 3500) = 60 %.
    await waitFor(async () => expect(within(await goalNamed('Followers')).getByTestId('goal-value').textContent).toBe('3,560 of 3,600 · 60% of the way'));
  });

  it('names the campaigns that aim at a goal before deleting it, and unlinks them', async () => {
    const goal = await createGoal({ ...november, title: 'Followers', metric: 'followers', target: 4000 }, NOW);
    const campaign = await createCampaign({ name: 'Black Friday', kind: 'black-friday', start: '2026-11-27', end: '2026-11-30', goalIds: [goal.id], color: '#111827', notes: '' });
    renderWithSettings(<GoalsSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Followers' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('Delete the goal “Followers”? The campaign Black Friday aims at it: it stays, without this goal.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete goal' }));
    expect(await screen.findByText('Goal deleted; 1 campaign no longer aims at it.')).toBeTruthy();
    expect(await db.goals.count()).toBe(0);
    expect((await db.campaigns.get(campaign.id))?.goalIds).toEqual([]);
  });

  it('says what is missing instead of showing 0', async () => {
    await createGoal({ ...november, platform: 'tiktok', title: 'TikTok views', metric: 'views', target: 10_000 }, NOW);
    await createGoal({ ...november, title: 'Instagram views', metric: 'views', target: 10_000 }, NOW);
    await db.observedPosts.bulkPut([observed('a', at('2026-11-02'), 1200), observed('b', at('2026-11-03'), null)]);
    renderWithSettings(<GoalsSection />);
    const tiktok = await goalNamed('TikTok views');
    expect(within(tiktok).getByText('No own account is tracked on TikTok: add yours in Settings to measure this goal.')).toBeTruthy();
    expect(within(tiktok).queryByTestId('goal-value')).toBeNull();
    const instagram = await goalNamed('Instagram views');
    // One post showed 1,200 views, the other none: 1,200 counted, the hidden one named.
    expect(within(instagram).getByTestId('goal-value').textContent).toBe('1,200 of 10,000 · 12% of the way');
    expect(within(instagram).getByText('1 post of the period showed no number: left out, not counted as 0.')).toBeTruthy();
  });

  it('speaks Kiswahili', async () => {
    await updateSettings({ language: 'sw' });
    await createGoal({ ...november, title: 'Wafuasi', metric: 'followers', target: 4000 }, NOW);
    renderWithSettings(<GoalsSection />);
    expect(await screen.findByRole('heading', { name: 'Malengo' })).toBeTruthy();
    expect(within(await goalNamed('Wafuasi')).getByText('Iko hatarini')).toBeTruthy();
    expect(screen.getByText('Wafuasi · Instagram · 1 – 30 Nov 2026')).toBeTruthy();
  });

  it('writes a period across months as two dates (ICU’s Kiswahili range drops the first month)', async () => {
    await updateSettings({ language: 'sw' });
    await createGoal({ ...november, title: 'Robo', metric: 'posts-published', platform: 'all', target: 90, period: 'quarter', periodStart: '2026-10-01', periodEnd: '2026-12-31' }, NOW);
    renderWithSettings(<GoalsSection />);
    expect(within(await goalNamed('Robo')).getByText('Machapisho yaliyochapishwa · Majukwaa yote · 1 Okt 2026 – 31 Des 2026')).toBeTruthy();
  });
});
