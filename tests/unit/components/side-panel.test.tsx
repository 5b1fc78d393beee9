// The side-panel shell: areas, keyboard navigation, honest empty states and live settings.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { currentArea } from '@/components/state/navigation';
import { App } from '@/entrypoints/sidepanel/app';
import { db } from '@/storage/db';
import { updateSettings } from '@/storage/settings';
import { renderWithSettings } from './render';

beforeEach(async () => {
  currentArea.value = 'today';
  history.replaceState(null, '', '#today');
  await updateSettings({ language: 'en' });
});

describe('side panel shell', () => {
  it('shows the seven areas as tabs, one selected', async () => {
    renderWithSettings(<App />);
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Today', 'Plan', 'Compose', 'Strategy', 'Analytics', 'Adjust', 'Settings']);
    expect(tabs.filter((tab) => tab.getAttribute('aria-selected') === 'true')).toHaveLength(1);
    expect(tabs.filter((tab) => tab.tabIndex === 0)).toHaveLength(1);
  });

  it('moves with arrow keys, Home and End, and mirrors the area in the URL', async () => {
    renderWithSettings(<App />);
    const today = await screen.findByRole('tab', { name: 'Today' });
    fireEvent.keyDown(today, { key: 'ArrowLeft' });
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Settings' }));
    expect(location.hash).toBe('#settings');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Settings' }), { key: 'Home' });
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Today' }).getAttribute('aria-selected')).toBe('true'));
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Today' }), { key: 'ArrowRight' });
    await waitFor(() => expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-plan'));
    // The Plan area is a lazy chunk: on a busy machine its first import takes longer than findBy's 1 s default.
    expect(await screen.findByRole('region', { name: 'Calendar' }, { timeout: 10_000 })).toBeTruthy();
  });

  it('opens on Today with the date in the brand time zone and the UI language', async () => {
    await updateSettings({ timeZone: 'Pacific/Kiritimati', language: 'sw' }); // UTC+14: always "tomorrow" early
    renderWithSettings(<App />);
    const date = await screen.findByTestId('today-date');
    const expected = new Intl.DateTimeFormat('sw', { dateStyle: 'full', timeZone: 'Pacific/Kiritimati' }).format(Date.now());
    expect(date.textContent).toBe(expected);
    expect(expected).toMatch(/^(Jumatatu|Jumanne|Jumatano|Alhamisi|Ijumaa|Jumamosi|Jumapili), /);
  });

  it('tells an empty workspace how to fill it, and counts a filled one', async () => {
    renderWithSettings(<App />);
    expect(await screen.findByText(/The workspace is empty/)).toBeTruthy();
    await db.segments.put({ id: 's1', name: 'Home brewers', description: '', interests: [], pains: [], ageMin: null, ageMax: null, location: '', platforms: [], color: '#0f766e', createdAt: 1, updatedAt: 1 });
    expect(await screen.findByText('1 audience segment')).toBeTruthy();
    expect(screen.getByText('0 posts planned for the next 4 weeks')).toBeTruthy();
  });

  it('re-renders in Kiswahili as soon as the language setting changes, from any context', async () => {
    renderWithSettings(<App />);
    await screen.findByRole('tab', { name: 'Today' });
    await updateSettings({ language: 'sw' });
    expect(await screen.findByRole('tab', { name: 'Leo' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('sw'));
  });
});
