// Today, the popup's list and the plan exports, on posts written through the repository.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportPlan } from '@/components/plan/export-plan';
import { UpcomingPosts } from '@/components/popup/upcoming-posts';
import { formatTimeLeft } from '@/components/ui/relative-time';
import { TodayArea } from '@/components/today/today-area';
import { createPost, type PostInput } from '@/storage/posts';
import { updateSettings } from '@/storage/settings';
import { renderWithSettings } from './render';

const ZONE = 'Africa/Nairobi';
const NOW = Date.UTC(2026, 10, 26, 9, 0); // Thursday 12:00 in Nairobi

function input(localDate: string, localTime: string, overrides: Partial<PostInput> = {}): PostInput {
  return {
    groupId: null, platform: 'instagram', format: 'reel', status: 'scheduled', title: `Post ${localDate} ${localTime}`, localDate, localTime,
    timeZone: ZONE, pillar: 'community', topic: '', segmentId: null, hookId: null, campaignId: null, text: 'Karibu!', hashtags: ['kahawa'],
    notes: '', mediaIds: [], reminderLeadMinutes: null, publishedUrl: null, publishedAt: null, externalId: null, ...overrides,
  };
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await updateSettings({ timeZone: ZONE, country: 'KE', language: 'en' });
  await createPost(input('2026-11-26', '08:00')); // overdue (earlier today)
  await createPost(input('2026-11-26', '18:00')); // due today
  await createPost(input('2026-11-24', '18:00', { status: 'published' })); // this week, published
  await createPost(input('2026-11-29', '10:00', { status: 'cancelled' })); // not part of the plan
  for (const day of ['27', '28', '29', '30']) await createPost(input(`2026-11-${day}`, '09:00'));
});
afterEach(() => vi.useRealTimers());

describe('Today', () => {
  it('shows what is due today, what is overdue, and the week so far', async () => {
    renderWithSettings(<TodayArea />);
    const due = (await screen.findByRole('heading', { name: 'Due today' })).closest('section')!;
    // The 08:00 post is listed once, under Overdue; Due today holds what is still ahead.
    await waitFor(() => expect(within(due).getAllByRole('button').map((b) => b.textContent)).toEqual([expect.stringContaining('18:00')]));
    const overdue = (await screen.findByRole('heading', { name: 'Overdue: 1 post' })).closest('section')!;
    expect(within(overdue).getAllByRole('listitem').map((item) => item.textContent)).toEqual([expect.stringContaining('08:00')]);
    // Week Mon 23 – Sun 29 Nov: 2 today + 1 published + 27, 28, 29 = 6 planned (the cancelled one does not count).
    expect((await screen.findByTestId('week-progress')).textContent).toBe('1 of 6 planned posts published');
  });

  it('says nothing else is due when all of today’s posts are overdue, and nothing is due on an empty day', async () => {
    vi.setSystemTime(Date.UTC(2026, 10, 26, 17, 0)); // 20:00 in Nairobi: the 18:00 post is overdue too
    const { unmount } = renderWithSettings(<TodayArea />);
    const due = (await screen.findByRole('heading', { name: 'Due today' })).closest('section')!;
    expect(await within(due).findByText('Nothing else is due today: what was due earlier is under Overdue.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Overdue: 2 posts' })).toBeTruthy();
    unmount();
    vi.setSystemTime(Date.UTC(2026, 11, 2, 9, 0)); // Wednesday 2 December: nothing planned
    renderWithSettings(<TodayArea />);
    const empty = (await screen.findByRole('heading', { name: 'Due today' })).closest('section')!;
    expect(await within(empty).findByText('Nothing is due today.')).toBeTruthy();
  });
});

describe('popup list', () => {
  it('lists the next five with the time left and counts the overdue', async () => {
    const open = vi.fn();
    renderWithSettings(<UpcomingPosts now={NOW} onOpen={open} />);
    const list = await screen.findByTestId('popup-upcoming');
    const items = within(list).getAllByRole('button');
    expect(items).toHaveLength(5);
    expect(items[0]!.textContent).toContain('in 6 hours');
    fireEvent.click(items[1]!);
    expect(open).toHaveBeenCalledWith(expect.objectContaining({ title: 'Post 2026-11-27 09:00' }));
    expect(screen.getByRole('button', { name: '1 overdue post' })).toBeTruthy();
  });

  it('says time left in the UI language', () => {
    expect(formatTimeLeft('en', 3 * 3_600_000)).toBe('in 3 hours');
    expect(formatTimeLeft('sw', 2 * 86_400_000)).toBe('kesho kutwa');
    expect(formatTimeLeft('sw', 3 * 3_600_000)).toBe('baada ya saa 3');
    expect(formatTimeLeft('en', 90_000)).toBe('in 2 minutes');
  });
});

describe('plan export', () => {
  it('downloads an ICS calendar and a Hootsuite CSV of the upcoming plan and says what went in', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:mkakati';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithSettings(<ExportPlan />);
    fireEvent.click(await screen.findByRole('button', { name: 'Calendar (.ics)' }));
    expect(await screen.findByText('mkakati-plan-2026-11-26.ics: 6 posts exported.')).toBeTruthy();
    const ics = await blobs[0]!.text();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    expect(ics).toContain('DTSTART:20261126T150000Z');

    fireEvent.click(screen.getByRole('button', { name: 'Hootsuite CSV' }));
    expect(await screen.findByText('mkakati-hootsuite-2026-11-26.csv: 6 posts exported.')).toBeTruthy();
    expect((await blobs[1]!.text()).startsWith('11/26/2026 08:00,"Karibu!\n\n#kahawa",')).toBe(true);
  });
});
