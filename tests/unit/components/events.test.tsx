// Company events: add (optionally yearly), validate, edit and delete; yearly ones recur on the calendar.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EventList } from '@/components/plan/events/event-list';
import { listEventOccurrences } from '@/storage/calendar-events';
import { db } from '@/storage/db';
import { updateSettings } from '@/storage/settings';
import { renderWithSettings } from './render';

beforeEach(async () => {
  await updateSettings({ timeZone: 'Africa/Nairobi', language: 'en', country: 'KE' });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('company events', () => {
  it('adds a yearly event that comes back every year', async () => {
    renderWithSettings(<EventList />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add event' }));
    fireEvent.change(screen.getByLabelText('Event'), { target: { value: 'Roastery anniversary' } });
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2016-12-08' } });
    fireEvent.click(screen.getByLabelText('Every year'));
    fireEvent.click(screen.getByRole('button', { name: 'Save event' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(await screen.findByText('Roastery anniversary')).toBeTruthy();
    expect((await listEventOccurrences('2026-12-01', '2026-12-31')).map((o) => o.date)).toEqual(['2026-12-08']);
  });

  it('refuses an event that ends before it starts, then edits and deletes one', async () => {
    renderWithSettings(<EventList />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add event' }));
    fireEvent.change(screen.getByLabelText('Event'), { target: { value: 'Nairobi coffee fair' } });
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2027-03-10' } });
    fireEvent.change(screen.getByLabelText('Last day (optional)'), { target: { value: '2027-03-08' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save event' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: End date: ends before it starts');
    fireEvent.change(screen.getByLabelText('Last day (optional)'), { target: { value: '2027-03-12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save event' }));
    await screen.findByText('Nairobi coffee fair');

    fireEvent.click(screen.getByRole('button', { name: 'Edit Nairobi coffee fair' }));
    fireEvent.change(screen.getByLabelText('Event'), { target: { value: 'Nairobi Coffee Festival' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save event' }));
    await screen.findByText('Nairobi Coffee Festival');

    fireEvent.click(screen.getByRole('button', { name: 'Delete Nairobi Coffee Festival' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(await db.events.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Nairobi Coffee Festival' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete Nairobi Coffee Festival' }));
    await waitFor(async () => expect(await db.events.count()).toBe(0));
    expect(await screen.findByText('Event deleted.')).toBeTruthy();
  });
});
