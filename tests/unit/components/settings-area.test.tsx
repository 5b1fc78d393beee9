// Settings: each change is validated and saved; backup import failures are explained and change nothing.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SettingsArea } from '@/components/settings/settings-area';
import { db } from '@/storage/db';
import { getSettings } from '@/storage/settings';
import { renderWithSettings } from './render';

describe('settings area', () => {
  it('saves the time zone, country, lead time and capture scope', async () => {
    renderWithSettings(<SettingsArea />);
    fireEvent.change(await screen.findByLabelText('Brand time zone'), { target: { value: 'Australia/Lord_Howe' } });
    await screen.findByText('Saved.');
    fireEvent.change(screen.getByLabelText('Country for public holidays'), { target: { value: 'TZ' } });
    const lead = screen.getByLabelText(/Remind me before a post is due/);
    fireEvent.change(lead, { target: { value: '45' } });
    fireEvent.blur(lead);
    fireEvent.click(screen.getByLabelText(/Everything I open/));
    await waitFor(async () =>
      expect(await getSettings()).toMatchObject({ timeZone: 'Australia/Lord_Howe', country: 'TZ', notificationLeadMinutes: 45, captureScope: 'everything' }),
    );
  });

  it('shows follow-up reminders on at 1 and 7 days, and saves them off or at other delays', async () => {
    renderWithSettings(<SettingsArea />);
    const enabled = await screen.findByLabelText<HTMLInputElement>(/Remind me to open each published post again/);
    expect(enabled.checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('1 day after publishing').checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('3 days after publishing').checked).toBe(false);
    expect(screen.getByLabelText<HTMLInputElement>('7 days after publishing').checked).toBe(true);

    fireEvent.click(screen.getByLabelText('3 days after publishing'));
    await waitFor(async () => expect((await getSettings()).followUps).toEqual({ enabled: true, delaysHours: [24, 72, 168] }));
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('3 days after publishing').checked).toBe(true));
    fireEvent.click(enabled);
    await waitFor(async () => expect((await getSettings()).followUps).toEqual({ enabled: false, delaysHours: [24, 72, 168] }));
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('7 days after publishing').disabled).toBe(true));
  });

  it('refuses an impossible lead time with a message', async () => {
    renderWithSettings(<SettingsArea />);
    const lead = await screen.findByLabelText(/Remind me before a post is due/);
    fireEvent.change(lead, { target: { value: '-10' } });
    fireEvent.blur(lead);
    expect(await screen.findByText(/^Not saved: notificationLeadMinutes/)).toBeTruthy();
    expect((await getSettings()).notificationLeadMinutes).toBe(15);
  });

  it('explains a broken backup and leaves the workspace unchanged', async () => {
    await db.templates.put({ id: 't1', name: 'Weekly tip', platform: null, text: 'Tip:', createdAt: 1, updatedAt: 1 });
    renderWithSettings(<SettingsArea />);
    const input = await screen.findByTestId('backup-file');
    const file = new File(['{"format":"mkakati-backup","version":7,"tables":{}}'], 'future.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('newer version of Mkakati (format 7; this version reads up to 1)');
    expect(await db.templates.count()).toBe(1);
  });

  it('loads the sample workspace into an empty database without asking', async () => {
    renderWithSettings(<SettingsArea />);
    fireEvent.click(await screen.findByRole('button', { name: 'Load sample workspace' }));
    expect(await screen.findByText('The sample workspace is loaded.', undefined, { timeout: 5000 })).toBeTruthy();
    expect(await db.posts.count()).toBeGreaterThan(50);
    expect((await getSettings()).timeZone).toBe('Africa/Nairobi');
    // The sample's strategy is set up already: the first-run guide is put away, its progress kept.
    expect((await getSettings()).guide).toEqual({ done: [], skipped: true });
  });

  it('asks before the sample replaces a workspace that has data', async () => {
    await db.templates.put({ id: 't1', name: 'Weekly tip', platform: null, text: 'Tip:', createdAt: 1, updatedAt: 1 });
    renderWithSettings(<SettingsArea />);
    fireEvent.click(await screen.findByRole('button', { name: 'Load sample workspace' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await db.templates.get('t1')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Load sample workspace' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace with the sample' }));
    await screen.findByText('The sample workspace is loaded.', undefined, { timeout: 5000 });
    expect(await db.templates.get('t1')).toBeUndefined();
  });
});
