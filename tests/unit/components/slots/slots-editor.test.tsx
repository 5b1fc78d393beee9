// The slots editor: add a slot on several weekdays at once, edit, switch off and delete one.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SlotsEditor } from '@/components/plan/slots/slots-editor';
import { db } from '@/storage/db';
import { updateSettings } from '@/storage/settings';
import { createSlots } from '@/storage/slots';
import { renderWithSettings } from '../render';

beforeEach(async () => {
  await updateSettings({ timeZone: 'Africa/Nairobi', language: 'en', country: 'KE' });
  // The background is not running here; the wake-up call after each write may only warn.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const form = async () => within((await screen.findByRole('heading', { name: 'Add a slot' })).closest('form')!);

describe('slots editor', () => {
  it('adds a Tuesday and Thursday 18:00 Instagram reel as two slots', async () => {
    renderWithSettings(<SlotsEditor />);
    expect(await screen.findByText('No slots yet. Add your first one below.')).toBeTruthy();
    const add = await form();
    fireEvent.click(add.getByRole('checkbox', { name: 'Tuesday' }));
    fireEvent.click(add.getByRole('checkbox', { name: 'Thursday' }));
    fireEvent.change(add.getByLabelText('Time'), { target: { value: '18:00' } });
    fireEvent.change(add.getByLabelText('Platform'), { target: { value: 'instagram' } });
    fireEvent.change(add.getByLabelText('Format'), { target: { value: 'reel' } });
    fireEvent.change(add.getByLabelText('Content pillar'), { target: { value: 'education' } });
    fireEvent.click(add.getByRole('button', { name: 'Add slot' }));

    expect(await screen.findByText('2 slots added.')).toBeTruthy();
    const slots = await db.slots.orderBy('weekday').toArray();
    expect(slots.map(({ weekday, localTime, platform, format, pillar, active }) => ({ weekday, localTime, platform, format, pillar, active }))).toEqual([
      { weekday: 2, localTime: '18:00', platform: 'instagram', format: 'reel', pillar: 'education', active: true },
      { weekday: 4, localTime: '18:00', platform: 'instagram', format: 'reel', pillar: 'education', active: true },
    ]);
    const rows = await screen.findAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('.slot-row__when')!.textContent)).toEqual(['Tue 18:00', 'Thu 18:00']);
    expect(rows[0]!.textContent).toContain('Instagram · Reel / short · education');
    // The days are cleared for the next slot.
    expect(add.getByRole<HTMLInputElement>('checkbox', { name: 'Tuesday' }).checked).toBe(false);
  });

  it('asks for a day and writes nothing without one', async () => {
    renderWithSettings(<SlotsEditor />);
    fireEvent.click((await form()).getByRole('button', { name: 'Add slot' }));
    expect(await screen.findByText('Choose at least one day.')).toBeTruthy();
    expect(await db.slots.count()).toBe(0);
  });

  it('names the field of an invalid value', async () => {
    renderWithSettings(<SlotsEditor />);
    const add = await form();
    fireEvent.click(add.getByRole('checkbox', { name: 'Monday' }));
    fireEvent.change(add.getByLabelText('Time'), { target: { value: '' } });
    fireEvent.submit(add.getByRole('button', { name: 'Add slot' }).closest('form')!);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Not saved: Time: /));
    expect(await db.slots.count()).toBe(0);
  });

  it('edits, switches off and deletes a slot (after asking)', async () => {
    await createSlots({ weekdays: [2], localTime: '18:00', platform: 'instagram', format: 'reel', pillar: '', active: true });
    renderWithSettings(<SlotsEditor />);
    const name = 'Tuesday 18:00 · Instagram · Reel / short';

    fireEvent.click(await screen.findByRole('button', { name: `Edit ${name}` }));
    const edit = within(document.querySelector<HTMLFormElement>('.slot-edit')!);
    fireEvent.change(edit.getByLabelText('Day'), { target: { value: '3' } });
    fireEvent.change(edit.getByLabelText('Time'), { target: { value: '07:30' } });
    fireEvent.click(edit.getByRole('button', { name: 'Save slot' }));
    expect(await screen.findByText('Slot saved.')).toBeTruthy();
    await waitFor(async () => expect((await db.slots.toArray())[0]).toMatchObject({ weekday: 3, localTime: '07:30' }));

    const moved = 'Wednesday 07:30 · Instagram · Reel / short';
    fireEvent.click(await screen.findByRole('checkbox', { name: `Active: ${moved}` }));
    expect(await screen.findByText('Slot switched off.')).toBeTruthy();
    expect((await db.slots.toArray())[0]!.active).toBe(false);
    expect(await screen.findByText(/· Off/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: `Delete ${moved}` }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Slot deleted.')).toBeTruthy();
    expect(await db.slots.count()).toBe(0);
  });
});
