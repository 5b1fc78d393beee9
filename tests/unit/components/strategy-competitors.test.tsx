// Strategy → Competitors: adding, editing and deleting competitors (asking what becomes of their tracked
// accounts), their accounts from handles or profile addresses, and the comparison table, whose figures
// are worked out by hand below from a small seeded data set.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentArea } from '@/components/state/navigation';
import { CompetitorsSection } from '@/components/strategy/competitors/competitors-section';
import { showCompetitor } from '@/components/strategy/competitors/competitor-state';
import { listAccounts, trackAccount } from '@/storage/accounts';
import { createCompetitor, listCompetitorAccounts, listCompetitors, trackCompetitorAccount, type CompetitorInput } from '@/storage/competitors';
import { db } from '@/storage/db';
import type { ObservedPost, Platform } from '@/storage/schemas';
import { updateSettings } from '@/storage/settings';
import { renderWithSettings } from './render';

const NOW = Date.UTC(2026, 10, 26, 12, 0);
const DAY = 86_400_000;
const emptySwot = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
const competitor = (name: string, extra: Partial<CompetitorInput> = {}) => createCompetitor({ name, website: null, swot: emptySwot, notes: '', ...extra });

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  showCompetitor(null);
  await updateSettings({ language: 'en', country: 'KE' });
});
afterEach(() => vi.useRealTimers());

const type = (scope: HTMLElement, label: string, value: string) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } });

describe('competitors: the list and the editor', () => {
  it('adds a competitor with a website, SWOT and notes, then its accounts', async () => {
    renderWithSettings(<CompetitorsSection />);
    await screen.findByText(/No competitor yet/);
    fireEvent.click(screen.getByRole('button', { name: 'Add competitor' }));
    const editor = await screen.findByTestId('competitor-editor');
    expect(within(editor).getByText('Save the competitor first, then add its accounts.')).toBeTruthy();
    type(editor, 'Name', 'Savanna Peak Coffee');
    type(editor, 'Website (optional)', 'savannapeakcoffee.co.ke');
    type(editor, 'Notes', 'Mall cafés, polished video');
    type(editor, 'New item for Strengths', 'Known across Kenya');
    fireEvent.click(within(editor).getByRole('button', { name: 'Add to Strengths' }));
    fireEvent.click(within(editor).getByRole('button', { name: 'Save competitor' }));
    expect(await within(editor).findByText('Saved: Savanna Peak Coffee.')).toBeTruthy();
    const [saved] = await listCompetitors();
    expect(saved).toMatchObject({ name: 'Savanna Peak Coffee', website: 'https://savannapeakcoffee.co.ke', notes: 'Mall cafés, polished video', swot: { ...emptySwot, strengths: ['Known across Kenya'] } });
    // The same form stays, now with the accounts below it.
    expect(within(editor).getByLabelText<HTMLInputElement>('Name').value).toBe('Savanna Peak Coffee');
    await within(editor).findByText(/No account tracked yet: add one/);

    type(editor, 'Handle or profile address', 'https://www.instagram.com/SavannaPeakCoffee/?hl=en');
    fireEvent.click(within(editor).getByRole('button', { name: 'Track their account' }));
    expect(await within(editor).findByText('Now tracking @savannapeakcoffee on Instagram for Savanna Peak Coffee.')).toBeTruthy();
    expect(await listAccounts()).toEqual([expect.objectContaining({ platform: 'instagram', handle: 'savannapeakcoffee', role: 'competitor', competitorId: saved!.id })]);
    await waitFor(() => expect(within(screen.getByTestId('competitor-list')).getByRole('button', { name: /Savanna Peak Coffee/ }).textContent).toContain('Instagram'));
  });

  it('refuses bad input with a reason and writes nothing', async () => {
    const savanna = await competitor('Savanna Peak');
    await trackAccount({ platform: 'x', handle: 'kahawabora', role: 'own' });
    renderWithSettings(<CompetitorsSection />);
    fireEvent.click(await screen.findByRole('button', { name: /Savanna Peak/ }));
    const editor = await screen.findByTestId('competitor-editor');
    await within(editor).findByText(/No account tracked yet: add one/);

    type(editor, 'Website (optional)', 'not a web address');
    fireEvent.click(within(editor).getByRole('button', { name: 'Save competitor' }));
    expect((await within(editor).findByRole('alert')).textContent).toBe(
      'Not saved: “not a web address” is not a web address. Type it like savannapeak.co.ke or https://savannapeak.co.ke/. Nothing was changed.',
    );
    type(editor, 'Website (optional)', '');
    type(editor, 'Name', '   ');
    fireEvent.click(within(editor).getByRole('button', { name: 'Save competitor' }));
    await waitFor(() => expect(within(editor).getByRole('alert').textContent).toBe('Not saved: Name is required. Nothing was changed.'));
    expect(await listCompetitors()).toEqual([savanna]);

    // Accounts: a post's address, another platform's address, and the brand's own account.
    type(editor, 'Handle or profile address', 'https://www.instagram.com/p/C8xYz12AbCd/');
    fireEvent.click(within(editor).getByRole('button', { name: 'Track their account' }));
    await waitFor(() => expect(within(editor).getAllByRole('alert').map((a) => a.textContent)).toContain('“https://www.instagram.com/p/C8xYz12AbCd/” does not name an account on Instagram. Type the handle (@name) or paste the address of the account\'s profile page, not of a post.'));
    fireEvent.change(within(editor).getByLabelText('Platform'), { target: { value: 'x' } });
    type(editor, 'Handle or profile address', '@KahawaBora');
    fireEvent.click(within(editor).getByRole('button', { name: 'Track their account' }));
    await waitFor(() => expect(within(editor).getAllByRole('alert').map((a) => a.textContent)).toContain("@kahawabora on X is tracked as your own account, so it cannot be a competitor's."));
    expect((await listAccounts()).map((a) => [a.handle, a.role, a.competitorId])).toEqual([['kahawabora', 'own', undefined]]);
  });

  it('deletes a competitor without accounts after a plain confirmation', async () => {
    await competitor('Lone Roaster');
    renderWithSettings(<CompetitorsSection />);
    fireEvent.click(await screen.findByRole('button', { name: /Lone Roaster/ }));
    const editor = await screen.findByTestId('competitor-editor');
    await waitFor(() => expect(within(editor).getByRole<HTMLButtonElement>('button', { name: 'Delete competitor' }).disabled).toBe(false));
    fireEvent.click(within(editor).getByRole('button', { name: 'Delete competitor' }));
    const dialog = within(editor).getByRole('alertdialog');
    expect(dialog.textContent).toContain('Delete Lone Roaster? Its SWOT and notes go with it.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete competitor' }));
    expect(await screen.findByText('Lone Roaster deleted.')).toBeTruthy();
    expect(screen.queryByTestId('competitor-editor')).toBeNull();
    expect(await listCompetitors()).toEqual([]);
  });

  it.each([
    ['untrack', 'Delete and stop tracking them', 'Savanna Peak deleted; 2 accounts are no longer tracked.', []],
    ['keep', 'Delete, keep tracking them', 'Savanna Peak deleted; 2 accounts are still tracked, without a competitor.', [['savannapeakcoffee', null], ['savannapeak', null]]],
  ])('asks what becomes of a deleted competitor’s accounts: %s', async (_choice, button, notice, remaining) => {
    const savanna = await competitor('Savanna Peak');
    await trackCompetitorAccount(savanna.id, { platform: 'instagram', handle: 'savannapeakcoffee' });
    await trackCompetitorAccount(savanna.id, { platform: 'x', handle: 'savannapeak' });
    renderWithSettings(<CompetitorsSection />);
    fireEvent.click(await screen.findByRole('button', { name: /Savanna Peak/ }));
    const editor = await screen.findByTestId('competitor-editor');
    await within(editor).findByText('@savannapeak');
    fireEvent.click(within(editor).getByRole('button', { name: 'Delete competitor' }));
    const dialog = within(editor).getByRole('alertdialog');
    expect(dialog.textContent).toContain('It has 2 tracked accounts: stop tracking them, or keep tracking them as competitor accounts without a competitor?');
    // Cancel first: nothing changes and focus returns to Delete.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement?.textContent).toBe('Delete competitor');
    expect(await listCompetitors()).toHaveLength(1);

    fireEvent.click(within(editor).getByRole('button', { name: 'Delete competitor' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: button }));
    expect(await screen.findByText(notice)).toBeTruthy();
    expect(await listCompetitors()).toEqual([]);
    expect((await listCompetitorAccounts()).map((a) => [a.handle, a.competitorId])).toEqual(remaining);
    if (remaining.length) {
      // Kept accounts are listed apart, and can be attached to another competitor.
      const jiko = await competitor('Jiko Roast House');
      const loose = await screen.findByTestId('unattached-accounts');
      await waitFor(() => expect(within(loose).getByLabelText('Competitor for @savannapeak on X').textContent).toContain('Jiko Roast House'));
      fireEvent.click(within(loose).getByRole('button', { name: 'Attach @savannapeak on X' }));
      expect(await within(loose).findByText('@savannapeak on X now belongs to Jiko Roast House.')).toBeTruthy();
      expect((await listCompetitorAccounts()).find((a) => a.handle === 'savannapeak')?.competitorId).toBe(jiko.id);
    }
  });
});

// ── The comparison table ────────────────────────────────────────────────────────────────────────────

async function snapshot(platform: Platform, handle: string, days: number, followers: number | null) {
  await db.profileSnapshots.add({ id: `${platform}-${handle}-${days}`, platform, handle, at: NOW - days * DAY, followers, following: null, posts: null, precision: {} });
}

let postCount = 0;
async function post(platform: Platform, handle: string, days: number, path: string, likes: number | null, comments: number | null, reposts: number | null = null) {
  const postId = `p${++postCount}`;
  const base = platform === 'tiktok' ? `https://www.tiktok.com/@${handle}/video/` : `https://www.instagram.com/${path}/`;
  const row: ObservedPost = {
    id: `${platform}:${postId}`, platform, postId, url: `${base}${postId}`, author: handle, publishedAt: NOW - days * DAY, text: '',
    likes, comments, reposts, views: null, bookmarks: null, precision: {}, firstSeenAt: NOW - days * DAY, lastSeenAt: NOW, plannedPostId: null,
  };
  await db.observedPosts.add(row);
}

/**
 * The brand on Instagram; Savanna on Instagram and TikTok (no TikTok profile read yet); Jiko on
 * Facebook only, with nothing captured.
 */
async function seed() {
  await trackAccount({ platform: 'instagram', handle: 'kahawabora', role: 'own' });
  const savanna = await competitor('Savanna Peak');
  const jiko = await competitor('Jiko Roast House');
  await trackCompetitorAccount(savanna.id, { platform: 'instagram', handle: 'savannapeakcoffee' });
  await trackCompetitorAccount(savanna.id, { platform: 'tiktok', handle: 'savannapeakcoffee' });
  await trackCompetitorAccount(jiko.id, { platform: 'facebook', handle: 'jikoroasthouse' });

  await snapshot('instagram', 'kahawabora', 45, 1000);
  await snapshot('instagram', 'kahawabora', 31, 1100);
  await snapshot('instagram', 'kahawabora', 1, 1250);
  await snapshot('instagram', 'savannapeakcoffee', 10, 48_000);
  await snapshot('instagram', 'savannapeakcoffee', 2, 48_200);

  await post('instagram', 'kahawabora', 2, 'p', 100, 10); // 110, photo
  await post('instagram', 'kahawabora', 5, 'reel', 200, 20); // 220, reel
  await post('instagram', 'kahawabora', 9, 'reel', 300, 30); // 330, reel
  await post('instagram', 'kahawabora', 12, 'p', null, null); // counts hidden: no engagement
  await post('instagram', 'kahawabora', 40, 'p', 1000, 0); // before the window
  await post('instagram', 'savannapeakcoffee', 1, 'p', 1000, 50); // 1050
  await post('instagram', 'savannapeakcoffee', 3, 'p', 800, 40); // 840
  await post('instagram', 'savannapeakcoffee', 20, 'reel', 1500, 100); // 1600
  await post('tiktok', 'savannapeakcoffee', 4, '', 500, 20, 30); // 550, video
  return { savanna, jiko };
}

function cell(metric: string, column: string): string {
  const td = document.querySelector(`tr[data-metric="${metric}"] td[data-column="${column}"]`);
  if (!td) throw new Error(`no cell ${metric} × ${column}`);
  return td.textContent ?? '';
}

const choosePlatform = (value: string) => fireEvent.change(within(screen.getByTestId('competitor-comparison')).getByLabelText('Platform'), { target: { value } });

describe('competitors: the comparison table', () => {
  it('compares the brand ("You", first) with each competitor on one platform', async () => {
    const { savanna, jiko } = await seed();
    renderWithSettings(<CompetitorsSection />);
    const table = await screen.findByRole('table', { name: 'Last 30 days · All platforms' });
    choosePlatform('instagram');
    await screen.findByRole('table', { name: 'Last 30 days · Instagram' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['You', 'Jiko Roast House', 'Savanna Peak']);
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'Followers', 'Follower growth, 30 days', 'Posts per week', 'Median engagement per post', 'Engagement rate by followers', 'Best format',
    ]);

    // You: latest 1,250; the last reading ≥ 30 days before it is day −31 (1,100): +150 over 30 days.
    // Posts of the last 30 days: 4 (day −40 is out) → 4 × 7 / 30 = 0.93 a week; engagements 110, 220,
    // 330 (the hidden one left out) → median 220 over 3 posts; 220 / 1,250 = 17.6 %; reels (220, 330 →
    // 275) are the only format with two posts.
    await waitFor(() => expect(cell('followers', 'you')).toBe('1,250'));
    expect(cell('growth', 'you')).toBe('+150');
    expect(cell('postsPerWeek', 'you')).toBe('0.9');
    expect(cell('medianEngagement', 'you')).toBe('2203 posts');
    expect(cell('engagementRate', 'you')).toBe('17.6%');
    expect(cell('bestFormat', 'you')).toBe('Reel / short');
    // Savanna: 48,200, +200 from the oldest reading 8 days earlier; 3 posts → 0.7 a week; median of
    // 1,050, 840, 1,600 is 1,050; 1,050 / 48,200 = 2.178 %; photos (1,050, 840 → 945) beat nothing else.
    expect(cell('followers', savanna.id)).toBe('48,200');
    expect(cell('growth', savanna.id)).toBe('+200in 8 days');
    expect(cell('postsPerWeek', savanna.id)).toBe('0.7');
    expect(cell('medianEngagement', savanna.id)).toBe('1,0503 posts');
    expect(cell('engagementRate', savanna.id)).toBe('2.18%');
    expect(cell('bestFormat', savanna.id)).toBe('Photo or text post');
    // Jiko has no Instagram account: one cell down the column says what to do, and does it.
    expect(cell('followers', jiko.id)).toBe('Add their Instagram account');
    expect(document.querySelector(`tr[data-metric="growth"] td[data-column="${jiko.id}"]`)).toBeNull();
    fireEvent.click(within(table).getByRole('button', { name: 'Add their Instagram account' }));
    const editor = await screen.findByTestId('competitor-editor');
    expect(within(editor).getByRole('heading', { level: 2 }).textContent).toBe('Jiko Roast House');
    expect(within(editor).getByLabelText<HTMLSelectElement>('Platform').value).toBe('instagram');
  });

  it('says what to do where nothing was captured, never 0', async () => {
    const { savanna } = await seed();
    renderWithSettings(<CompetitorsSection />);
    await screen.findByRole('table', { name: 'Last 30 days · All platforms' });
    choosePlatform('tiktok');
    await screen.findByRole('table', { name: 'Last 30 days · TikTok' });
    // TikTok: one post seen (550; 7 / 30 = 0.23 a week), the profile never opened.
    await waitFor(() => expect(cell('followers', savanna.id)).toBe('Open their profile on TikTok'));
    const link = within(document.querySelector<HTMLElement>(`tr[data-metric="followers"] td[data-column="${savanna.id}"]`)!).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://www.tiktok.com/@savannapeakcoffee');
    expect(cell('growth', savanna.id)).toBe('Open their profile on TikTok');
    expect(cell('postsPerWeek', savanna.id)).toBe('0.2');
    expect(cell('medianEngagement', savanna.id)).toBe('5501 post');
    expect(cell('engagementRate', savanna.id)).toBe('Open their profile on TikTok');
    expect(cell('bestFormat', savanna.id)).toBe('Open more of their posts on TikTok: a format needs two posts');
    expect(cell('followers', 'you')).toBe('Track your TikTok account in Settings');
    fireEvent.click(screen.getByRole('button', { name: 'Track your TikTok account in Settings' }));
    expect(currentArea.value).toBe('settings');
  });

  it('takes each side’s platforms together under "All platforms"', async () => {
    const { savanna, jiko } = await seed();
    renderWithSettings(<CompetitorsSection />);
    await screen.findByRole('table', { name: 'Last 30 days · All platforms' });
    // Savanna on Instagram and TikTok: followers add up where read (TikTok is not, and it says so);
    // growth is Instagram's; 0.7 + 0.23 = 0.93 posts a week; the pooled engagements 550, 840, 1,050,
    // 1,600 have the median (840 + 1,050) / 2 = 945; the rate is the median of each post's engagement
    // over its own account's followers — Instagram's three: 2.178 %, 1.743 %, 3.320 % → 2.18 %.
    await waitFor(() => expect(cell('followers', savanna.id)).toBe('48,200not read yet on TikTok'));
    expect(cell('growth', savanna.id)).toBe('+200in 8 days');
    expect(cell('postsPerWeek', savanna.id)).toBe('0.9');
    expect(cell('medianEngagement', savanna.id)).toBe('9454 posts');
    expect(cell('engagementRate', savanna.id)).toBe('2.18%');
    expect(cell('bestFormat', savanna.id)).toBe('Photo or text post');
    // Jiko: a Facebook account with nothing captured yet.
    expect(cell('followers', jiko.id)).toBe('Open their profile on Facebook');
    expect(cell('postsPerWeek', jiko.id)).toBe('Scroll through their posts on Facebook');
    expect(cell('medianEngagement', jiko.id)).toBe('Scroll through their posts on Facebook');
    expect(cell('engagementRate', jiko.id)).toBe('Open their profile on Facebook');
    // The brand's only account is on Instagram: the same figures as there.
    expect(cell('followers', 'you')).toBe('1,250');
    expect(cell('engagementRate', 'you')).toBe('17.6%');
  });

  it('shows "You" alone with a hint on a workspace without competitors', async () => {
    renderWithSettings(<CompetitorsSection />);
    const table = await screen.findByRole('table', { name: 'Last 30 days · All platforms' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['You']);
    expect(cell('followers', 'you')).toBe('Track your accounts in Settings');
    expect(screen.getByText('Add a competitor to compare yourself with it.')).toBeTruthy();
  });
});
