// "Plan next month" in the UI: the default month, the preview by date, apply, undo (keeping edited
// posts), public holidays left free, and a clear word when no country is set.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanNextMonth } from '@/components/plan/slots/plan-next-month';
import { db } from '@/storage/db';
import { updatePost } from '@/storage/posts';
import { updateSettings } from '@/storage/settings';
import { createSlots } from '@/storage/slots';
import { renderWithSettings } from '../render';

const ZONE = 'Africa/Nairobi';

beforeEach(async () => {
  // Only Date is faked: IndexedDB and React keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-20T08:00:00Z'));
  await updateSettings({ timeZone: ZONE, language: 'en', country: null });
  await createSlots({ weekdays: [2, 4], localTime: '18:00', platform: 'instagram', format: 'reel', pillar: '', active: true });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.useRealTimers();
});

async function openPreview() {
  fireEvent.click(await screen.findByRole('button', { name: 'Preview' }));
  return screen.findByRole('region', { name: /post ideas? for/ });
}

const previewDates = (region: HTMLElement) => [...region.querySelectorAll('.plan-preview__date')].map((el) => el.textContent);

describe('plan next month', () => {
  it('previews next month’s slot dates, applies them as ideas and undoes them', async () => {
    renderWithSettings(<PlanNextMonth />);
    expect(await screen.findByLabelText<HTMLSelectElement>('Month')).toHaveProperty('value', '2026-04');
    expect(screen.getByText('Choose your country in Settings to leave its public holidays free.')).toBeTruthy();

    const preview = await openPreview();
    expect(within(preview).getByRole('heading').textContent).toBe('9 post ideas for April 2026');
    expect(previewDates(preview)).toEqual(['Thu, Apr 2', 'Tue, Apr 7', 'Thu, Apr 9', 'Tue, Apr 14', 'Thu, Apr 16', 'Tue, Apr 21', 'Thu, Apr 23', 'Tue, Apr 28', 'Thu, Apr 30']);
    expect(preview.querySelector('.plan-preview__post')!.textContent).toBe('18:00 Instagram · Reel / short · No pillar');
    expect(await db.posts.count()).toBe(0); // a preview writes nothing

    fireEvent.click(within(preview).getByRole('button', { name: 'Add 9 ideas to the plan' }));
    expect(await screen.findByText('9 ideas added to April 2026.')).toBeTruthy();
    const posts = await db.posts.orderBy('scheduledAt').toArray();
    expect(posts).toHaveLength(9);
    expect(posts.every((post) => post.status === 'idea' && post.localTime === '18:00' && post.timeZone === ZONE)).toBe(true);
    expect(posts[0]!.scheduledAt).toBe(Date.parse('2026-04-02T15:00:00Z'));

    // Everything is taken now: a second preview proposes nothing.
    const again = await openPreview();
    expect(within(again).getByRole('heading').textContent).toBe('0 post ideas for April 2026');
    expect(within(again).getByText('9 slots already have a post on the same platform within 30 minutes.')).toBeTruthy();

    await updatePost(posts[3]!.id, { title: 'Cupping at the roastery' }, Date.now() + 1_000);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo this plan' }));
    expect(await screen.findByText('8 ideas removed.')).toBeTruthy();
    expect(screen.getByText('Kept 1 post you changed since:')).toBeTruthy();
    expect(screen.getByText(/Cupping at the roastery/)).toBeTruthy();
    expect((await db.posts.toArray()).map((post) => post.title)).toEqual(['Cupping at the roastery']);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo this plan' })).toBeNull());
  });

  it('follows the month and the content mix chosen', async () => {
    await createSlots({ weekdays: [6], localTime: '10:00', platform: 'facebook', format: 'image', pillar: 'community', active: true });
    renderWithSettings(<PlanNextMonth />);
    fireEvent.change(await screen.findByLabelText('Month'), { target: { value: '2026-05' } });
    expect(screen.getByLabelText<HTMLInputElement>('community').value).toBe('100');
    fireEvent.change(screen.getByLabelText('Another pillar'), { target: { value: 'education' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add pillar' }));
    fireEvent.change(screen.getByLabelText('education'), { target: { value: '100' } });
    expect(screen.getByText(/Total: 200 %/)).toBeTruthy();

    const preview = await openPreview();
    // May 2026: 4 Tuesdays, 4 Thursdays, 5 Saturdays = 13 ideas; 50 / 50 → 7 community (first), 6 education.
    expect(within(preview).getByRole('heading').textContent).toBe('13 post ideas for May 2026');
    const rows = within(preview).getAllByRole('row').slice(1).map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['community50 %', '7', '0', '7'],
      ['education50 %', '6', '0', '6'],
    ]);
    // Saturday's slot keeps its own pillar.
    const saturdays = [...preview.querySelectorAll('.plan-preview__post[data-platform="facebook"]')].map((el) => el.querySelector('.plan-preview__pillar')!.textContent);
    expect(saturdays).toEqual(['community', 'community', 'community', 'community', 'community']);
  });

  it('leaves the country’s public holidays free when asked', async () => {
    await updateSettings({ country: 'KE' });
    renderWithSettings(<PlanNextMonth />);
    fireEvent.change(await screen.findByLabelText('Month'), { target: { value: '2026-10' } });
    const skip = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Leave public holidays in Kenya free' });
    expect(skip.checked).toBe(true);

    const preview = await openPreview();
    // October 2026: 4 Tuesdays + 5 Thursdays; Mashujaa Day (Tuesday 20 October) stays free.
    await waitFor(() => expect(within(preview).getByRole('heading').textContent).toBe('8 post ideas for October 2026'));
    expect(previewDates(preview)).not.toContain('Tue, 20 Oct'); // en-KE writes the day first
    expect(within(preview).getByText('Tue, 20 Oct — Mashujaa Day')).toBeTruthy();

    fireEvent.click(skip);
    await waitFor(() => expect(within(screen.getByRole('region', { name: /post ideas for/ })).getByRole('heading').textContent).toBe('9 post ideas for October 2026'));
  });
});
