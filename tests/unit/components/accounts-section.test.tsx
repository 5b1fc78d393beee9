// Tracked accounts in Settings: the add form (profile addresses and handles, clear refusals), removal
// after a confirmation, grouping by role, and the collectors' health per platform.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountsSection } from '@/components/accounts/accounts-section';
import { listAccounts, trackAccount } from '@/storage/accounts';
import { recordHealth } from '@/storage/capture-health';
import { updateSettings } from '@/storage/settings';
import { renderWithSettings } from './render';

const NOW = Date.UTC(2026, 10, 26, 9, 0);
const MINUTE = 60_000;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await updateSettings({ language: 'en', country: 'KE' });
});
afterEach(() => vi.useRealTimers());

function addAccount(fields: { platform?: string; handle: string; role?: string; name?: string }) {
  if (fields.platform) fireEvent.change(screen.getByLabelText('Platform'), { target: { value: fields.platform } });
  fireEvent.change(screen.getByLabelText('Handle or profile address'), { target: { value: fields.handle } });
  if (fields.role) fireEvent.change(screen.getByLabelText('Role'), { target: { value: fields.role } });
  if (fields.name) fireEvent.change(screen.getByLabelText('Display name (optional)'), { target: { value: fields.name } });
  fireEvent.click(screen.getByRole('button', { name: 'Track account' }));
}

function group(name: string) {
  return screen.getByRole('list', { name });
}

describe('tracked accounts', () => {
  it('tracks an account from its profile address and announces it', async () => {
    renderWithSettings(<AccountsSection />);
    expect(await screen.findByText(/No account is tracked yet/)).toBeTruthy();
    addAccount({ platform: 'instagram', handle: 'https://www.instagram.com/Rival.Coffee/?hl=en', role: 'competitor', name: 'Rival Coffee' });
    expect(await screen.findByText('Now tracking @rival.coffee on Instagram (Competitor).')).toBeTruthy();
    expect(await listAccounts()).toEqual([expect.objectContaining({ platform: 'instagram', handle: 'rival.coffee', role: 'competitor', displayName: 'Rival Coffee' })]);
    const line = within(await screen.findByRole('list', { name: 'Competitors' })).getByRole('listitem');
    expect(line.textContent).toContain('Instagram @rival.coffee');
    expect(line.textContent).toContain('Rival Coffee');
    // The form is ready for the next one: the handle and name are cleared, platform and role stay.
    expect(screen.getByLabelText<HTMLInputElement>('Handle or profile address').value).toBe('');
    expect(screen.getByLabelText<HTMLSelectElement>('Role').value).toBe('competitor');
  });

  it('refuses input that names no account, says why, and writes nothing', async () => {
    renderWithSettings(<AccountsSection />);
    await screen.findByText(/No account is tracked yet/);
    addAccount({ platform: 'instagram', handle: 'https://www.instagram.com/p/C8xYz12AbCd/' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      '“https://www.instagram.com/p/C8xYz12AbCd/” does not name an account on Instagram. Type the handle (@name) or paste the address of the account\'s profile page, not of a post.',
    );
    const input = screen.getByLabelText('Handle or profile address');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-errormessage')).toBe(alert.id);

    addAccount({ handle: 'https://x.com/kahawabora' });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This address is on X, but the platform chosen is Instagram. Choose X as the platform, or paste the address of a profile on Instagram.',
    );
    addAccount({ handle: '   ' });
    expect((await screen.findByRole('alert')).textContent).toBe("Type the account's handle or paste the address of its profile page.");
    expect(await listAccounts()).toEqual([]);

    // A valid entry clears the error.
    addAccount({ handle: '@KahawaBora' });
    await screen.findByText('Now tracking @kahawabora on Instagram (My account).');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tracking an account again changes its role instead of adding a twin', async () => {
    await trackAccount({ platform: 'x', handle: 'rival', role: 'competitor' });
    renderWithSettings(<AccountsSection />);
    await screen.findByRole('list', { name: 'Competitors' });
    addAccount({ platform: 'x', handle: '@rival', role: 'partner' });
    expect(await screen.findByText('@rival on X was already tracked; its role is now: Partner.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Competitors' })).toBeNull());
    expect(within(group('Partners')).getByRole('listitem').textContent).toContain('@rival');
    expect(await listAccounts()).toHaveLength(1);
  });

  it('groups accounts by role: mine, competitors, partners', async () => {
    await trackAccount({ platform: 'tiktok', handle: 'kahawabora', role: 'own' });
    await trackAccount({ platform: 'instagram', handle: 'kahawabora', role: 'own' });
    await trackAccount({ platform: 'instagram', handle: 'rival.coffee', role: 'competitor' });
    await trackAccount({ platform: 'linkedin', handle: 'maziwa-dairy', role: 'partner', displayName: 'Maziwa Dairy' });
    renderWithSettings(<AccountsSection />);
    await screen.findByRole('list', { name: 'My accounts' });
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings.slice(0, 3)).toEqual(['My accounts', 'Competitors', 'Partners']);
    expect(within(group('My accounts')).getAllByRole('listitem').map((line) => line.textContent)).toEqual([
      expect.stringContaining('Instagram @kahawabora'),
      expect.stringContaining('TikTok @kahawabora'),
    ]);
    expect(within(group('Competitors')).getAllByRole('listitem')).toHaveLength(1);
    expect(within(group('Partners')).getByRole('listitem').textContent).toContain('Maziwa Dairy');
  });

  it('removes an account only after a confirmation that says its history stays', async () => {
    await trackAccount({ platform: 'instagram', handle: 'rival.coffee', role: 'competitor' });
    renderWithSettings(<AccountsSection />);
    const remove = await screen.findByRole('button', { name: 'Remove @rival.coffee on Instagram' });
    fireEvent.click(remove);
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Stop tracking @rival.coffee on Instagram? What was already captured from it stays in your history.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(remove);
    expect(await listAccounts()).toHaveLength(1);

    fireEvent.click(remove);
    fireEvent.click(screen.getByRole('button', { name: 'Stop tracking' }));
    expect(await screen.findByText('Stopped tracking @rival.coffee on Instagram. Its captured history stays.')).toBeTruthy();
    expect(await listAccounts()).toEqual([]);
    expect(await screen.findByText(/No account is tracked yet/)).toBeTruthy();
  });

  it('speaks Kiswahili', async () => {
    await updateSettings({ language: 'sw' });
    await trackAccount({ platform: 'instagram', handle: 'kahawabora', role: 'own' });
    await trackAccount({ platform: 'x', handle: 'rival', role: 'competitor' });
    renderWithSettings(<AccountsSection />);
    expect(await screen.findByRole('heading', { name: 'Akaunti zinazofuatiliwa' })).toBeTruthy();
    expect(await screen.findByRole('list', { name: 'Akaunti zangu' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Washindani' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fuatilia akaunti' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Ondoa @/ })).toHaveLength(2);
  });
});

describe('collector health', () => {
  it('explains, before anything was read, that numbers are read while browsing', async () => {
    renderWithSettings(<AccountsSection />);
    const health = await screen.findByTestId('collector-health');
    await waitFor(() => expect(health.textContent).toContain('Mkakati reads the numbers while you browse the platforms, for the accounts you track'));
  });

  it('says per platform when it was last read and how much of the last hour was understood', async () => {
    await recordHealth('instagram', { seen: 30, understood: 29 }, NOW - 20 * MINUTE);
    await recordHealth('instagram', { seen: 20, understood: 19 }, NOW - 3 * MINUTE);
    await recordHealth('x', { seen: 1, understood: 1 }, NOW - 3 * 60 * MINUTE); // outside the last hour
    renderWithSettings(<AccountsSection />);
    const lines = await within(await screen.findByTestId('collector-health')).findAllByRole('listitem');
    expect(lines.map((line) => line.textContent)).toEqual([
      'Instagram: last read 3 minutes ago · 48/50 posts understood in the last hour',
      'X: last read 3 hours ago · no posts seen in the last hour',
    ]);
    expect(screen.queryByText(/cannot read/)).toBeNull();
  });

  it('warns plainly about a platform whose posts cannot be read', async () => {
    await recordHealth('tiktok', { seen: 12, understood: 0 }, NOW - MINUTE);
    renderWithSettings(<AccountsSection />);
    const line = await within(await screen.findByTestId('collector-health')).findByRole('listitem');
    expect(line.textContent).toContain('TikTok: last read 1 minute ago · 0/12 posts understood in the last hour');
    expect(line.textContent).toContain(
      'TikTok shows posts Mkakati cannot read — its page layout may have changed. Counts from it are not being recorded.',
    );
  });

  it('says the same in Kiswahili, with relative times in the UI language', async () => {
    await updateSettings({ language: 'sw' });
    await recordHealth('instagram', { seen: 10, understood: 0 }, NOW - 3 * MINUTE);
    renderWithSettings(<AccountsSection />);
    const line = await within(await screen.findByTestId('collector-health')).findByRole('listitem');
    expect(line.textContent).toContain('Instagram: ilisomwa mwisho dakika 3 zilizopita · machapisho 0/10 yameeleweka katika saa iliyopita');
    expect(line.textContent).toContain('Instagram inaonyesha machapisho ambayo Mkakati haiwezi kuyasoma');
  });
});
