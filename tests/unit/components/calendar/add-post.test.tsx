// A click on an empty day (month) or an empty hour (week) opens the editor on a new post there.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newPostAt, selectedDay } from '@/components/state/calendar';
import { campaignDraft, editingCampaign } from '@/components/state/campaigns';
import { editingPost, openPost } from '@/components/state/navigation';
import { addPost, dayCell, renderCalendar, useCalendarTestSetup } from './calendar-setup';

describe('adding a post from the calendar', () => {
  // Thursday 10 December 2026, 12:00 in Nairobi.
  useCalendarTestSetup('2026-12-10T09:00:00Z');

  it('opens a new post on an empty day at 09:00, and today at the next full hour', async () => {
    await renderCalendar();
    fireEvent.click(screen.getByRole('button', { name: /^Sunday, 20 December 2026, nothing planned/ }));
    expect(editingPost.value).toBe('new');
    expect(newPostAt.value).toEqual({ localDate: '2026-12-20', localTime: '09:00' });

    fireEvent.click(screen.getByRole('button', { name: /^Thursday, 10 December 2026, Today/ }));
    expect(newPostAt.value).toEqual({ localDate: '2026-12-10', localTime: '13:00' });
  });

  it('forgets the preset once the editor moves on', async () => {
    await renderCalendar();
    fireEvent.click(screen.getByRole('button', { name: /^Sunday, 20 December 2026/ }));
    expect(newPostAt.value).not.toBeNull();
    openPost(null);
    expect(newPostAt.value).toBeNull();
  });

  it('shows the details of a day with posts instead, with a button for another post there', async () => {
    await addPost({ title: 'Cupping Friday', localDate: '2026-12-18', localTime: '18:00' });
    await renderCalendar();
    fireEvent.click(await screen.findByRole('button', { name: /^Friday, 18 December 2026, 1 post/ }));
    expect(editingPost.value).toBeNull();
    expect(selectedDay.value).toBe('2026-12-18');
    const details = screen.getByRole('region', { name: 'Friday, 18 December 2026' });
    expect(within(details).getByRole('button', { name: /^18:00 Cupping Friday/ })).toBeTruthy();
    fireEvent.click(within(details).getByRole('button', { name: 'New post on this day' }));
    expect(newPostAt.value).toEqual({ localDate: '2026-12-18', localTime: '09:00' });
    expect(editingPost.value).toBe('new');
    expect(dayCell('2026-12-18').dataset.selected).toBe('true');
  });

  it('starts a campaign from a marked day', async () => {
    await renderCalendar();
    fireEvent.click(screen.getByRole('button', { name: 'Previous month' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Friday, 27 November 2026/ }));
    const details = screen.getByRole('region', { name: 'Friday, 27 November 2026' });
    fireEvent.click(within(details).getByRole('button', { name: 'Plan a campaign for Black Friday' }));
    expect(editingCampaign.value).toBe('new');
    expect(campaignDraft.value).toEqual({ name: 'Black Friday', kind: 'black-friday', start: '2026-11-27', end: '2026-11-27' });
  });
});
