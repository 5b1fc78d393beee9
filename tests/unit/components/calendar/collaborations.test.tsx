// Collaborations with partners on the Plan calendar: a dated one marks each of its days (month and week),
// with its own kind in the day's accessible name and the legend; declined and undated ones do not show;
// its mark opens it on the Partners page.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { calendarAnchor } from '@/components/state/calendar';
import { currentArea, strategySection } from '@/components/state/navigation';
import { editingCollaboration } from '@/components/strategy/partners/partners-state';
import { moveCollaboration, saveCollaboration, savePartner } from '@/storage/partners';
import { dayCell, renderCalendar, useCalendarTestSetup } from './calendar-setup';

async function giveaway() {
  const bakery = await savePartner(null, { name: 'Mkate Mtamu', contact: '', notes: '', audienceOverlap: 55 });
  const collaboration = await saveCollaboration(null, { partnerId: bakery.id, kind: 'giveaway', title: 'Bread giveaway', start: '2026-12-18', end: '2026-12-20', notes: '' });
  const declined = await saveCollaboration(null, { partnerId: bakery.id, kind: 'co-post', title: 'Turned down', start: '2026-12-18', end: null, notes: '' });
  await moveCollaboration(declined.id, 'declined');
  await saveCollaboration(null, { partnerId: bakery.id, kind: 'takeover', title: 'Someday', start: null, end: null, notes: '' });
  return { bakery, collaboration };
}

describe('collaborations on the calendar', () => {
  // Thursday 10 December 2026, 12:00 in Nairobi.
  useCalendarTestSetup('2026-12-10T09:00:00Z');

  it('marks each day of a dated collaboration in the month, and nothing else', async () => {
    await giveaway();
    editingCollaboration.value = null;
    await renderCalendar();
    const name = 'Bread giveaway with Mkate Mtamu';
    expect(await within(dayCell('2026-12-18')).findByText(name)).toBeTruthy();
    for (const date of ['2026-12-19', '2026-12-20']) expect(within(dayCell(date)).getByText(name)).toBeTruthy();
    for (const date of ['2026-12-17', '2026-12-21']) expect(within(dayCell(date)).queryByText(name)).toBeNull();
    expect(dayCell('2026-12-19').querySelector('[data-kind="collaboration"]')?.textContent).toBe(name);
    expect(screen.queryByText(/Turned down/)).toBeNull();
    expect(screen.queryByText(/Someday/)).toBeNull();
    expect(screen.getByRole('button', { name: /^Saturday, 19 December 2026, nothing planned, .*Bread giveaway with Mkate Mtamu \(collaboration\)/ })).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'What the colours mean' })).getByText('collaboration')).toBeTruthy();
  });

  it("opens the collaboration on the Partners page from the day's details", async () => {
    const { bakery, collaboration } = await giveaway();
    await renderCalendar();
    await within(dayCell('2026-12-19')).findByText('Bread giveaway with Mkate Mtamu');
    fireEvent.click(screen.getByRole('button', { name: /^Saturday, 19 December 2026/ }));
    const details = await screen.findByRole('region', { name: 'Saturday, 19 December 2026' });
    fireEvent.click(within(details).getByRole('button', { name: 'Open Bread giveaway with Mkate Mtamu on the Partners page' }));
    expect(currentArea.value).toBe('strategy');
    expect(strategySection.value).toBe('partners');
    expect(editingCollaboration.value).toEqual({ partnerId: bakery.id, id: collaboration.id });
  });

  it('shows it in the week view too, as a link to the Partners page', async () => {
    const { collaboration } = await giveaway();
    editingCollaboration.value = null;
    await renderCalendar();
    calendarAnchor.value = '2026-12-18';
    fireEvent.click(screen.getByRole('button', { name: 'Week' }));
    const friday = await screen.findByRole('region', { name: /^Friday, 18 December 2026/ });
    fireEvent.click(await within(friday).findByRole('button', { name: 'Open Bread giveaway with Mkate Mtamu on the Partners page' }));
    expect(editingCollaboration.peek()?.id).toBe(collaboration.id);
  });
});
