// Shared by the calendar tests: a frozen clock in Nairobi, posts written straight to the repository,
// the calendar rendered as the side panel renders it, and a drag-and-drop data stub.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { CalendarView } from '@/components/plan/calendar/calendar-view';
import { resetCalendarState } from '@/components/state/calendar';
import { openCampaign } from '@/components/state/campaigns';
import { openPost } from '@/components/state/navigation';
import { createPost, type PostInput } from '@/storage/posts';
import { updateSettings } from '@/storage/settings';
import { renderWithSettings } from '../render';

export const ZONE = 'Africa/Nairobi';

/** Freezes "now" (only Date: promises and IndexedDB keep their real timers) and sets the brand. */
export function useCalendarTestSetup(now: string) {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(now));
    resetCalendarState();
    openPost(null);
    openCampaign(null);
    await updateSettings({ timeZone: ZONE, country: 'KE', language: 'en' });
    // The background is not running here; the plan-changed wake-up call may only warn.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

export function addPost(overrides: Partial<PostInput>) {
  return createPost({
    groupId: null, platform: 'instagram', format: 'image', status: 'scheduled', title: 'Post', localDate: null, localTime: null,
    timeZone: ZONE, pillar: '', topic: '', segmentId: null, hookId: null, campaignId: null, text: '', hashtags: [], notes: '',
    mediaIds: [], reminderLeadMinutes: null, publishedUrl: null, publishedAt: null, externalId: null, ...overrides,
  });
}

export async function renderCalendar() {
  const view = renderWithSettings(<CalendarView />);
  await screen.findByRole('table');
  return view;
}

/** The month cell of a local date. */
export function dayCell(date: string): HTMLElement {
  const cell = document.querySelector<HTMLElement>(`td[data-date="${date}"]`);
  if (!cell) throw new Error(`no cell for ${date}`);
  return cell;
}

/** What the calendar's live region last said. */
export function notice(): string | null {
  const region = document.querySelector('.calendar__notice');
  if (region?.getAttribute('aria-live') !== 'polite') throw new Error('the move notice is not a live region');
  return region.textContent;
}

/**
 * What a drag carries from dragStart to drop. Testing Library copies these properties onto the event's
 * DataTransfer, so `types` is one shared array that `setData` fills, as the browser's would be.
 */
export function dataTransferStub() {
  const data = new Map<string, string>();
  const types: string[] = [];
  return {
    types,
    effectAllowed: 'all',
    dropEffect: 'none',
    setData: (type: string, value: string) => {
      data.set(type, value);
      if (!types.includes(type)) types.push(type);
    },
    getData: (type: string) => data.get(type) ?? '',
  };
}
