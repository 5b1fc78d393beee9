// The first-run guide: it shows the first step not done, opens each step's page, saves progress in the
// settings row, can be skipped and resumed from the Strategy area, and starts over once finished.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { currentArea, strategySection } from '@/components/state/navigation';
import { GuideGate } from '@/components/strategy/guide/guide-gate';
import { ResumeGuide } from '@/components/strategy/guide/guide-panel';
import { GUIDE_STEPS } from '@/storage/schemas';
import { getSettings, updateSettings } from '@/storage/settings';
import { renderWithSettings } from './render';

beforeEach(async () => {
  await updateSettings({ language: 'en' });
  currentArea.value = 'today';
  strategySection.value = 'concept';
});

const guide = () => screen.findByTestId('guide');

describe('first-run guide', () => {
  it('walks the steps in order, opening each page and saving progress', async () => {
    renderWithSettings(<GuideGate />);
    await guide();
    expect(screen.getByText('Setting up your strategy · step 1 of 10')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open the concept' }));
    expect([currentArea.value, strategySection.value]).toEqual(['strategy', 'concept']);

    fireEvent.click(screen.getByRole('button', { name: 'Done, next step' }));
    await screen.findByText('2. Goals for the month and the year', { selector: 'h2' });
    expect((await getSettings()).guide).toEqual({ done: ['concept'], skipped: false });
    fireEvent.click(screen.getByRole('button', { name: 'Open the goals' }));
    expect(strategySection.value).toBe('goals');

    // Steps outside the Strategy area open their own areas.
    await updateSettings({ guide: { done: ['concept', 'goals', 'audience', 'networks'], skipped: false } });
    await screen.findByText('5. The content plan', { selector: 'h2' });
    fireEvent.click(screen.getByRole('button', { name: 'Open the plan' }));
    expect(currentArea.value).toBe('plan');
  });

  it('keeps the steps in order whatever order they are marked in, and reopens one', async () => {
    await updateSettings({ guide: { done: ['goals'], skipped: false } });
    renderWithSettings(<GuideGate />);
    await screen.findByText('1. The company concept', { selector: 'h2' });
    fireEvent.click(screen.getByRole('button', { name: 'Done, next step' }));
    await screen.findByText('3. The audience and its hooks', { selector: 'h2' });
    expect((await getSettings()).guide?.done).toEqual(['concept', 'goals']);
    fireEvent.click(screen.getByRole('button', { name: 'Walk “2. Goals for the month and the year” again' }));
    await screen.findByText('2. Goals for the month and the year', { selector: 'h2' });
    expect((await getSettings()).guide?.done).toEqual(['concept']);
  });

  it('is skipped, disappears, and resumes where it was left', async () => {
    await updateSettings({ guide: { done: ['concept', 'goals'], skipped: false } });
    renderWithSettings(
      <>
        <GuideGate />
        <ResumeGuide />
      </>,
    );
    await guide();
    expect(screen.queryByRole('button', { name: 'Resume the setup guide' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Skip the guide' }));
    await waitFor(() => expect(screen.queryByTestId('guide')).toBeNull());
    expect((await getSettings()).guide).toEqual({ done: ['concept', 'goals'], skipped: true });
    fireEvent.click(await screen.findByRole('button', { name: 'Resume the setup guide' }));
    await guide();
    expect(screen.getByText('3. The audience and its hooks', { selector: 'h2' })).toBeTruthy();
  });

  it('finishes on the tenth step and can be walked again', async () => {
    await updateSettings({ guide: { done: GUIDE_STEPS.slice(0, 9), skipped: false } });
    renderWithSettings(
      <>
        <GuideGate />
        <ResumeGuide />
      </>,
    );
    await screen.findByText('10. Automation', { selector: 'h2' });
    fireEvent.click(screen.getByRole('button', { name: 'Done, finish the guide' }));
    await waitFor(() => expect(screen.queryByTestId('guide')).toBeNull());
    fireEvent.click(await screen.findByRole('button', { name: 'Walk the setup guide again' }));
    await screen.findByText('1. The company concept', { selector: 'h2' });
    expect((await getSettings()).guide).toEqual({ done: [], skipped: false });
  });

  it('speaks Kiswahili', async () => {
    await updateSettings({ language: 'sw' });
    renderWithSettings(<GuideGate />);
    await screen.findByText('Kuandaa mkakati wako · hatua 1 kati ya 10');
    expect(screen.getByRole('button', { name: 'Nimemaliza, hatua inayofuata' })).toBeTruthy();
  });
});
