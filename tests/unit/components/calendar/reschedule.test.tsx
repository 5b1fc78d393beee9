// Rescheduling from the calendar keeps the wall-clock time: by drag and drop, by Alt+arrow keys on a
// focused post, and through the Move… panel; every move is read out in the live region.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@/storage/db';
import { toInstant } from '@/utils/time/wall-clock';
import { addPost, dataTransferStub, dayCell, notice, renderCalendar, useCalendarTestSetup, ZONE } from './calendar-setup';

const stored = async (id: string) => (await db.posts.get(id))!;

describe('rescheduling in the month', () => {
  useCalendarTestSetup('2026-12-10T09:00:00Z');

  it('moves a dragged post to the day it is dropped on, at the same time', async () => {
    const post = await addPost({ title: 'Cupping Friday', localDate: '2026-12-15', localTime: '18:00' });
    await renderCalendar();
    const chip = await within(dayCell('2026-12-15')).findByRole('button', { name: /^18:00 Cupping Friday/ });

    const dataTransfer = dataTransferStub();
    fireEvent.dragStart(chip, { dataTransfer });
    fireEvent.dragOver(dayCell('2026-12-17'), { dataTransfer });
    expect(dayCell('2026-12-17').dataset.dropping).toBe('true');
    fireEvent.drop(dayCell('2026-12-17'), { dataTransfer });

    await waitFor(async () => expect((await stored(post.id)).localDate).toBe('2026-12-17'));
    expect(await stored(post.id)).toMatchObject({ localTime: '18:00', timeZone: ZONE, scheduledAt: toInstant('2026-12-17', '18:00', ZONE) });
    expect(await within(dayCell('2026-12-17')).findByRole('button', { name: /^18:00 Cupping Friday/ })).toBeTruthy();
    expect(dayCell('2026-12-17').dataset.dropping).toBeUndefined();
    expect(notice()).toBe('Moved “Cupping Friday” to Thursday, 17 December 2026, 18:00.');
    // The reminder follows the post.
    expect((await db.reminders.where('postId').equals(post.id).first())?.intendedAt).toBe(toInstant('2026-12-17', '18:00', ZONE) - 15 * 60_000);
  });

  it('ignores a drop that carries no post', async () => {
    const post = await addPost({ title: 'Cupping Friday', localDate: '2026-12-15', localTime: '18:00' });
    await renderCalendar();
    const dataTransfer = dataTransferStub();
    dataTransfer.setData('text/plain', post.id);
    fireEvent.drop(dayCell('2026-12-17'), { dataTransfer });
    await new Promise((done) => setTimeout(done, 20));
    expect((await stored(post.id)).localDate).toBe('2026-12-15');
  });

  it('moves a focused post a day with Alt+ArrowRight and an hour with Alt+ArrowUp, keeping focus', async () => {
    const post = await addPost({ title: 'Cupping Friday', localDate: '2026-12-15', localTime: '18:00' });
    await renderCalendar();
    const chip = await within(dayCell('2026-12-15')).findByRole('button', { name: /^18:00 Cupping Friday/ });
    chip.focus();
    fireEvent.keyDown(chip, { key: 'ArrowRight', altKey: true });

    await waitFor(async () => expect(await stored(post.id)).toMatchObject({ localDate: '2026-12-16', localTime: '18:00' }));
    await waitFor(() => expect(document.activeElement?.closest('td')?.dataset.date).toBe('2026-12-16'));
    expect(notice()).toBe('Moved “Cupping Friday” to Wednesday, 16 December 2026, 18:00.');

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp', altKey: true });
    await waitFor(async () => expect(await stored(post.id)).toMatchObject({ localDate: '2026-12-16', localTime: '17:00' }));
    // Without Alt an arrow key is left alone.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    await new Promise((done) => setTimeout(done, 20));
    expect((await stored(post.id)).localDate).toBe('2026-12-16');
  });

  it('moves a post from its Move… panel, step by step or to a typed date and time', async () => {
    const post = await addPost({ title: 'Cupping Friday', localDate: '2026-12-15', localTime: '23:30' });
    await renderCalendar();
    fireEvent.click(await within(dayCell('2026-12-15')).findByRole('button', { name: 'Move “Cupping Friday”…' }));
    const panel = await screen.findByRole('dialog', { name: 'Move “Cupping Friday”' });
    expect(document.activeElement).toBe(within(panel).getByRole('heading'));

    fireEvent.click(within(panel).getByRole('button', { name: 'An hour later' }));
    await waitFor(async () => expect(await stored(post.id)).toMatchObject({ localDate: '2026-12-16', localTime: '00:30' }));
    await waitFor(() => expect(within(panel).getByLabelText('Date')).toHaveProperty('value', '2026-12-16'));

    fireEvent.change(within(panel).getByLabelText('Date'), { target: { value: '2026-12-24' } });
    fireEvent.change(within(panel).getByLabelText('Time'), { target: { value: '09:15' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Move' }));
    await waitFor(async () => expect(await stored(post.id)).toMatchObject({ localDate: '2026-12-24', localTime: '09:15' }));

    fireEvent.keyDown(panel, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement?.closest('td')?.dataset.date).toBe('2026-12-24'));
  });

  it("moves a post from the picked day's details, and the details follow it", async () => {
    const post = await addPost({ title: 'Cupping Friday', localDate: '2026-12-15', localTime: '18:00' });
    await renderCalendar();
    fireEvent.click(await screen.findByRole('button', { name: /^Tuesday, 15 December 2026, 1 post/ }));
    const chip = within(screen.getByRole('region', { name: 'Tuesday, 15 December 2026' })).getByRole('button', { name: /^18:00 Cupping Friday/ });
    chip.focus();
    fireEvent.keyDown(chip, { key: 'ArrowLeft', altKey: true });
    await waitFor(async () => expect((await stored(post.id)).localDate).toBe('2026-12-14'));
    const details = await screen.findByRole('region', { name: 'Monday, 14 December 2026' });
    await waitFor(() => expect(details.contains(document.activeElement)).toBe(true));
  });
});
