// The popup's "On this tab" card: a quiet line off the platforms, "nothing yet", the counts and the
// profile read on the tab, live updates, and one-click tracking that records what the tab read.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ThisTab } from '@/components/popup/this-tab';
import { db } from '@/storage/db';
import { updateSettings } from '@/storage/settings';
import type { PostObservation, ProfileObservation } from '@/utils/messaging';
import { asTabCapture, mergeTabCapture, tabCaptureKey, type TabCapture } from '@/utils/tab-capture';
import { renderWithSettings } from './render';

const NOW = Date.UTC(2026, 10, 26, 9, 0);
const TAB = 12;
const PROFILE_URL = 'https://www.instagram.com/kahawabora/';
const PROFILE: ProfileObservation = { handle: 'kahawabora', name: 'Kahawa Bora', followers: 4_210, following: 310, posts: 220, precision: {} };

function post(postId: string, author = 'kahawabora'): PostObservation {
  return { postId, url: `https://www.instagram.com/p/${postId}/`, author, publishedAt: NOW - 86_400_000, text: 'Karibu!', likes: 120, reposts: null, comments: 8, views: null, bookmarks: null, precision: {}, sponsored: false };
}

function record(overrides: { seen?: number; understood?: number; profile?: ProfileObservation | null } = {}): TabCapture {
  const posts = [post('C0ffee1'), post('C0ffee2'), post('Str4nger', 'someone.else')];
  return mergeTabCapture(null, {
    platform: 'instagram', url: PROFILE_URL, at: NOW - 60_000, posts, profile: overrides.profile === undefined ? PROFILE : overrides.profile,
    health: { seen: overrides.seen ?? 3, understood: overrides.understood ?? 3 }, keptIds: [],
  });
}

/** The page under the popup: the active tab of the last focused normal window. */
function activeTab(url: string | undefined) {
  const lastFocused = vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({ id: 3, type: 'normal', focused: true, alwaysOnTop: false, incognito: false });
  const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: TAB, url, active: true, windowId: 3 } as Browser.tabs.Tab]);
  return { lastFocused, query };
}

async function storedRecord(): Promise<TabCapture | null> {
  const key = tabCaptureKey(TAB);
  return asTabCapture((await fakeBrowser.storage.session.get(key))[key]);
}

beforeEach(async () => {
  await updateSettings({ language: 'en', country: 'KE', timeZone: 'Africa/Nairobi' });
});

describe('On this tab', () => {
  it('says one quiet line on a page that is not a platform', async () => {
    const { lastFocused, query } = activeTab(undefined); // the browser hides the URL of hosts we have no access to
    renderWithSettings(<ThisTab now={NOW} />);
    expect((await screen.findByTestId('this-tab-elsewhere')).textContent).toBe('Open a post, feed or profile on a supported platform to read its numbers.');
    expect(lastFocused).toHaveBeenCalledWith({ windowTypes: ['normal'] });
    expect(query).toHaveBeenCalledWith({ active: true, windowId: 3 });
    expect(screen.queryByRole('heading', { name: 'On this tab' })).toBeNull();
  });

  it('says nothing was read yet, then follows the record as the background writes it', async () => {
    activeTab(PROFILE_URL);
    renderWithSettings(<ThisTab now={NOW} />);
    expect(await screen.findByText('Nothing read on this Instagram page yet — scroll or wait a moment.')).toBeTruthy();

    await act(() => fakeBrowser.storage.session.set({ [tabCaptureKey(TAB)]: record({ seen: 12, understood: 9 }) }));
    expect((await screen.findByTestId('this-tab-counts')).textContent).toBe('3 posts read, 0 kept (tracked accounts)');
    expect(screen.getByTestId('this-tab-unreadable').textContent).toBe('3 of 12 posts could not be read — the layout may have changed.');
    expect(screen.getByTestId('this-tab-profile').textContent).toContain('Instagram · @kahawabora · 4,210 followers');
    expect(screen.getByText('Instagram · last read 1 minute ago')).toBeTruthy();

    // The tab closes (or moves on): the card goes back to "nothing yet".
    await act(() => fakeBrowser.storage.session.remove(tabCaptureKey(TAB)));
    expect(await screen.findByText('Nothing read on this Instagram page yet — scroll or wait a moment.')).toBeTruthy();
  });

  it('ignores the record of another platform the tab was on before', async () => {
    activeTab('https://x.com/home');
    await fakeBrowser.storage.session.set({ [tabCaptureKey(TAB)]: record() });
    renderWithSettings(<ThisTab now={NOW} />);
    expect(await screen.findByText('Nothing read on this X page yet — scroll or wait a moment.')).toBeTruthy();
  });

  it('tracks the profile in one click and records what the tab read of it at once', async () => {
    activeTab(PROFILE_URL);
    await fakeBrowser.storage.session.set({ [tabCaptureKey(TAB)]: record() });
    renderWithSettings(<ThisTab now={NOW} />);
    const profile = await screen.findByTestId('this-tab-profile');
    const buttons = (await within(profile).findAllByRole('button')).map((button) => button.textContent);
    expect(buttons).toEqual(['Track as my account', 'Track as competitor', 'Track as partner']);

    fireEvent.click(within(profile).getByRole('button', { name: 'Track as competitor' }));
    expect(await within(profile).findByText('Tracked as competitor')).toBeTruthy();
    expect((await within(profile).findByRole('status')).textContent).toBe('Saved the profile and 2 posts read on this tab.');
    expect(await db.accounts.toArray()).toEqual([
      expect.objectContaining({ platform: 'instagram', handle: 'kahawabora', role: 'competitor', displayName: 'Kahawa Bora' }),
    ]);
    expect(await db.profileSnapshots.toArray()).toEqual([expect.objectContaining({ handle: 'kahawabora', followers: 4_210 })]);
    expect((await db.observedPosts.toArray()).map((row) => row.postId).sort()).toEqual(['C0ffee1', 'C0ffee2']);
    // Replayed posts were counted in the collector's health when they were read: not again.
    expect(await db.captureHealth.count()).toBe(0);
    expect((await storedRecord())!.postsKept).toBe(2);
    await waitFor(() => expect(screen.getByTestId('this-tab-counts').textContent).toBe('3 posts read, 2 kept (tracked accounts)'));

    // Changing the role: the three choices again, the current one pressed.
    fireEvent.click(within(profile).getByRole('button', { name: 'Change' }));
    expect(within(profile).getByRole('button', { name: 'Track as competitor' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(profile).getByRole('button', { name: 'Track as partner' }));
    expect(await within(profile).findByText('Tracked as partner')).toBeTruthy();
    expect(await db.accounts.count()).toBe(1);
    expect((await db.accounts.toArray())[0]!.role).toBe('partner');
  });

  it('shows an account already tracked as such, in Kiswahili too', async () => {
    await updateSettings({ language: 'sw' });
    await db.accounts.put({ id: 'own-ig', platform: 'instagram', handle: 'kahawabora', role: 'own' });
    activeTab(PROFILE_URL);
    await fakeBrowser.storage.session.set({ [tabCaptureKey(TAB)]: record({ profile: { ...PROFILE, followers: 12_500, precision: { followers: 100 } } }) });
    renderWithSettings(<ThisTab now={NOW} />);
    expect(await screen.findByText('Inafuatiliwa kama akaunti yangu')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Kwenye kichupo hiki' })).toBeTruthy();
    // An abbreviated count stays abbreviated ("12.5K" on the page), in the UI language.
    expect(screen.getByTestId('this-tab-profile').textContent).toMatch(/Instagram · @kahawabora · wafuasi elfu\s12\.5/);
    expect(screen.getByTestId('this-tab-counts').textContent).toBe('Machapisho yaliyosomwa: 3 · yaliyohifadhiwa: 0 (akaunti unazofuatilia)');
  });
});
