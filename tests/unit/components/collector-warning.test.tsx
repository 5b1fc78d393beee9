// The Today warning about platforms the collectors cannot read: only when one is broken, naming them,
// and leading to the collectors' health in Settings.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentArea } from '@/components/state/navigation';
import { CollectorWarning } from '@/components/today/collector-warning';
import { TodayArea } from '@/components/today/today-area';
import { App } from '@/entrypoints/sidepanel/app';
import { recordHealth } from '@/storage/capture-health';
import { updateSettings } from '@/storage/settings';
import { renderWithSettings } from './render';

const NOW = Date.UTC(2026, 10, 26, 9, 0);
const MINUTE = 60_000;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  currentArea.value = 'today';
  history.replaceState(null, '', '#today');
  await updateSettings({ language: 'en' });
});
afterEach(() => vi.useRealTimers());

describe('collector warning on Today', () => {
  it('stays away while every platform is read well, or too little was seen to judge', async () => {
    await recordHealth('instagram', { seen: 50, understood: 48 }, NOW - MINUTE);
    await recordHealth('x', { seen: 2, understood: 0 }, NOW - MINUTE); // two posts are no evidence
    renderWithSettings(<TodayArea />);
    await screen.findByRole('heading', { name: 'Due today' });
    // Let the live queries settle before asserting absence.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('collector-warning')).toBeNull();
  });

  it('names every broken platform', async () => {
    await recordHealth('instagram', { seen: 50, understood: 48 }, NOW - MINUTE);
    await recordHealth('tiktok', { seen: 12, understood: 0 }, NOW - MINUTE);
    await recordHealth('threads', { seen: 5, understood: 0 }, NOW - 2 * MINUTE);
    renderWithSettings(<TodayArea />);
    const warning = await screen.findByTestId('collector-warning');
    expect(warning.textContent).toContain('Some numbers are not being read');
    expect(warning.textContent).toContain('TikTok and Threads show posts Mkakati cannot read — their page layouts may have changed.');
  });

  it('appears as soon as a platform breaks, in the UI language', async () => {
    await updateSettings({ language: 'sw' });
    renderWithSettings(<CollectorWarning />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('collector-warning')).toBeNull();
    await recordHealth('instagram', { seen: 10, understood: 0 }, NOW - MINUTE);
    const warning = await screen.findByTestId('collector-warning');
    expect(warning.textContent).toContain('Instagram inaonyesha machapisho ambayo Mkakati haiwezi kuyasoma');
  });

  it('opens the collectors’ health in Settings', async () => {
    await recordHealth('tiktok', { seen: 12, understood: 0 }, NOW - MINUTE);
    renderWithSettings(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'See collector health' }));
    // Settings is a lazily loaded chunk: the first import takes a while under vitest.
    const heading = await screen.findByRole('heading', { name: 'Reading the platforms' }, { timeout: 10_000 });
    expect(location.hash).toBe('#settings');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(await screen.findByText(/TikTok shows posts Mkakati cannot read/)).toBeTruthy();
  });
});
