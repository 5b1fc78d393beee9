// The month grid: which days it shows, today, posts on their day in the brand's zone, campaign bands,
// public holidays and marketing days.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { calendarFilters } from '@/components/state/calendar';
import { createCampaign } from '@/storage/campaigns';
import { db } from '@/storage/db';
import { addPost, dayCell, renderCalendar, useCalendarTestSetup } from './calendar-setup';

describe('month view', () => {
  // Thursday 10 December 2026, 12:00 in Nairobi.
  useCalendarTestSetup('2026-12-10T09:00:00Z');

  it('shows six weeks from the Monday before the 1st, with today marked', async () => {
    await renderCalendar();
    expect(screen.getByRole('heading', { name: 'December 2026' })).toBeTruthy();
    const dates = [...document.querySelectorAll('td[data-date]')].map((cell) => cell.getAttribute('data-date'));
    expect(dates).toHaveLength(42);
    expect(dates[0]).toBe('2026-11-30');
    expect(dates[41]).toBe('2027-01-10');
    expect(dayCell('2026-11-30').dataset.outside).toBe('true');
    expect(dayCell('2026-12-01').dataset.outside).toBeUndefined();
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);

    const today = screen.getByRole('button', { name: /^Thursday, 10 December 2026, Today/ });
    expect(today.getAttribute('aria-current')).toBe('date');
    expect(dayCell('2026-12-10').dataset.today).toBe('true');
    expect(document.querySelectorAll('[aria-current="date"][class="month-day__head"]')).toHaveLength(1);
  });

  it('counts posts on their day in the brand time zone, not in UTC', async () => {
    await addPost({ title: 'Late cupping', localDate: '2026-12-15', localTime: '23:30' }); // 20:30 UTC, same day
    await addPost({ title: 'Night owl', localDate: '2026-12-16', localTime: '01:00' }); // 22:00 UTC on the 15th
    // Planned in UTC: 22:00 on the 17th is already 01:00 on the 18th in Nairobi.
    await addPost({ title: 'From London', localDate: '2026-12-17', localTime: '22:00', timeZone: 'UTC' });
    await renderCalendar();

    expect(await screen.findByRole('button', { name: /^Tuesday, 15 December 2026, 1 post$/ })).toBeTruthy();
    expect(within(dayCell('2026-12-15')).getByRole('button', { name: /^23:30 Late cupping/ })).toBeTruthy();
    expect(within(dayCell('2026-12-16')).getByRole('button', { name: /^01:00 Night owl/ })).toBeTruthy();
    expect(within(dayCell('2026-12-16')).getByText('01:00')).toBeTruthy();
    expect(within(dayCell('2026-12-18')).getByRole('button', { name: /^01:00 From London/ })).toBeTruthy();
    expect(within(dayCell('2026-12-17')).queryByRole('button', { name: /^01:00 From London/ })).toBeNull();
  });

  it('draws a campaign band over its days, week by week, and filters by it when pressed', async () => {
    const campaign = await createCampaign({ name: 'Festive sale', kind: 'promotion', start: '2026-12-18', end: '2026-12-22', goalIds: [], color: '#b45309', notes: '' });
    await addPost({ title: 'Sale opens', localDate: '2026-12-18', localTime: '10:00', campaignId: campaign.id });
    await addPost({ title: 'Unrelated', localDate: '2026-12-18', localTime: '12:00' });
    await renderCalendar();

    const band = await within(dayCell('2026-12-18')).findByRole('button', { name: /^Campaign Festive sale, Friday, 18 December 2026 to Tuesday, 22 December 2026/ });
    expect(band.style.getPropertyValue('--span')).toBe('3');
    expect(band.style.getPropertyValue('--band')).toBe('#b45309');
    const continued = dayCell('2026-12-21').querySelector<HTMLElement>(`[data-campaign="${campaign.id}"]`)!;
    expect(continued.style.getPropertyValue('--span')).toBe('2');
    expect(continued.dataset.ends).toBe('true');
    expect(dayCell('2026-12-23').querySelector('[data-campaign]')).toBeNull();

    fireEvent.click(band);
    expect(calendarFilters.value.campaignId).toBe(campaign.id);
    await waitFor(() => expect(within(dayCell('2026-12-18')).queryByRole('button', { name: /^12:00 Unrelated/ })).toBeNull());
    expect(within(dayCell('2026-12-18')).getByRole('button', { name: /^10:00 Sale opens/ })).toBeTruthy();
    expect(band.getAttribute('aria-pressed')).toBe('true');
  });

  it("shows Kenya's public holidays once they load", async () => {
    await renderCalendar();
    expect(await within(dayCell('2026-12-12')).findByText('Jamhuri Day', {}, { timeout: 5000 })).toBeTruthy();
    expect(within(dayCell('2026-12-25')).getByText('Christmas Day')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Saturday, 12 December 2026, nothing planned, Jamhuri Day \(public holiday\)/ })).toBeTruthy();
  });

  it('shows marketing days, and company events repeating every year', async () => {
    await db.events.add({ id: 'anniversary', title: 'Roastery anniversary', date: '2019-11-20', endDate: null, yearly: true, notes: '', createdAt: 0, updatedAt: 0 });
    await renderCalendar();
    fireEvent.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(await screen.findByRole('heading', { name: 'November 2026' })).toBeTruthy();
    expect(within(dayCell('2026-11-27')).getByText('Black Friday')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Friday, 27 November 2026, nothing planned, .*Black Friday \(marketing day\)/ })).toBeTruthy();
    expect(await within(dayCell('2026-11-20')).findByText('Roastery anniversary')).toBeTruthy();
  });
});
