// Filters hide posts in the month and say how many; the colour key follows platform or pillar.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addPost, dayCell, renderCalendar, useCalendarTestSetup } from './calendar-setup';

describe('calendar filters and colours', () => {
  useCalendarTestSetup('2026-12-10T09:00:00Z');

  it('hides the posts a filter leaves out, and clears', async () => {
    await addPost({ title: 'Reel', platform: 'instagram', localDate: '2026-12-15', localTime: '18:00', pillar: 'education' });
    await addPost({ title: 'Thread', platform: 'x', localDate: '2026-12-15', localTime: '08:30', status: 'draft', pillar: 'community' });
    await renderCalendar();
    await screen.findByRole('button', { name: /^Tuesday, 15 December 2026, 2 posts$/ });

    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    fireEvent.change(screen.getByLabelText('Platform'), { target: { value: 'x' } });
    expect(await screen.findByRole('button', { name: /^Tuesday, 15 December 2026, 1 post$/ })).toBeTruthy();
    expect(within(dayCell('2026-12-15')).queryByRole('button', { name: /^18:00 Reel/ })).toBeNull();
    expect(screen.getByText('1 post is hidden by the filters.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'scheduled' } });
    expect(await screen.findByRole('button', { name: /^Tuesday, 15 December 2026, nothing planned$/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Filters (2)' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('button', { name: /^Tuesday, 15 December 2026, 2 posts$/ })).toBeTruthy();
  });

  it('filters by pillar, and colours by platform or by pillar', async () => {
    await addPost({ title: 'Reel', platform: 'instagram', localDate: '2026-12-15', localTime: '18:00', pillar: 'education' });
    await addPost({ title: 'Thread', platform: 'x', localDate: '2026-12-16', localTime: '08:30', pillar: 'community' });
    await renderCalendar();
    const chipOf = (name: RegExp) => screen.getByRole('button', { name }).closest('li')!;
    await screen.findByRole('button', { name: /^18:00 Reel/ });
    expect(chipOf(/^18:00 Reel/).dataset.color).toBe('platform-instagram');
    expect(chipOf(/^08:30 Thread/).dataset.color).toBe('platform-x');

    fireEvent.click(screen.getByRole('button', { name: 'Pillar' }));
    // Pillars take colours in alphabetical order: community, education.
    await waitFor(() => expect(chipOf(/^18:00 Reel/).dataset.color).toBe('pillar-1'));
    expect(chipOf(/^08:30 Thread/).dataset.color).toBe('pillar-0');
    expect(within(screen.getByRole('list', { name: 'What the colours mean' })).getByText('education')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    fireEvent.change(screen.getByLabelText('Content pillar'), { target: { value: 'community' } });
    await waitFor(() => expect(screen.queryByRole('button', { name: /^18:00 Reel/ })).toBeNull());
    // Filtering never repaints what stays.
    expect(chipOf(/^08:30 Thread/).dataset.color).toBe('pillar-0');
  });
});
