// The week: seven days from Monday, posts in their hour, a click on an empty hour starts a post there,
// and a post dropped on an hour takes that hour and keeps its minutes.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newPostAt } from '@/components/state/calendar';
import { editingPost } from '@/components/state/navigation';
import { db } from '@/storage/db';
import { addPost, dataTransferStub, renderCalendar, useCalendarTestSetup } from './calendar-setup';

const day = (date: string) => screen.getByRole('region', { name: new RegExp(`^${date}`) });
const slot = (region: HTMLElement, hour: number) => region.querySelector<HTMLElement>(`[data-hour="${hour}"]`)!;

describe('week view', () => {
  useCalendarTestSetup('2026-12-10T09:00:00Z');

  it('shows the week from Monday with each post in its hour, from the earliest post to 22:00', async () => {
    await addPost({ title: 'Early bird', localDate: '2026-12-09', localTime: '05:45' });
    await addPost({ title: 'Cupping', localDate: '2026-12-11', localTime: '18:30' });
    await renderCalendar();
    fireEvent.click(screen.getByRole('button', { name: 'Week' }));
    expect(await screen.findByRole('heading', { name: '7–13 December 2026' })).toBeTruthy();
    const chip = await screen.findByRole('button', { name: /^18:30 Cupping/ });
    const days = screen.getAllByRole('region').filter((region) => region.classList.contains('week-day'));
    expect(days.map((region) => region.getAttribute('aria-labelledby'))).toEqual(
      ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13'].map((date) => `week-day-${date}`),
    );
    expect(slot(day('Friday, 11 December 2026'), 18).contains(chip)).toBe(true);
    const wednesday = day('Wednesday, 9 December 2026');
    expect(within(slot(wednesday, 5)).getByRole('button', { name: /^05:45 Early bird/ })).toBeTruthy();
    expect(slot(wednesday, 22)).toBeTruthy();
    expect(slot(wednesday, 23)).toBeNull();
    expect(within(day('Thursday, 10 December 2026')).getByRole('heading').getAttribute('aria-current')).toBe('date');
  });

  it('starts a post at an empty hour, and moves a dropped post to an hour keeping its minutes', async () => {
    const post = await addPost({ title: 'Cupping', localDate: '2026-12-11', localTime: '18:30' });
    await renderCalendar();
    fireEvent.click(screen.getByRole('button', { name: 'Week' }));
    const chip = await screen.findByRole('button', { name: /^18:30 Cupping/ });

    fireEvent.click(slot(day('Saturday, 12 December 2026'), 14));
    expect(newPostAt.value).toEqual({ localDate: '2026-12-12', localTime: '14:00' });
    expect(editingPost.value).toBe('new');

    const dataTransfer = dataTransferStub();
    fireEvent.dragStart(chip, { dataTransfer });
    fireEvent.drop(slot(day('Monday, 7 December 2026'), 9), { dataTransfer });
    await waitFor(async () => expect(await db.posts.get(post.id)).toMatchObject({ localDate: '2026-12-07', localTime: '09:30' }));
  });

  it('goes to the next week and back to today', async () => {
    await renderCalendar();
    fireEvent.click(screen.getByRole('button', { name: 'Week' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Next week' }));
    expect(await screen.findByRole('heading', { name: '14–20 December 2026' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Today' }));
    expect(await screen.findByRole('heading', { name: '7–13 December 2026' })).toBeTruthy();
  });
});
