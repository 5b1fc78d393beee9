// Strategy → Networks: ranked platform cards with reasons and captured figures, a rating per segment that
// re-ranks and is saved, keeping the suggested ratings, the brand's networks (or "fill in the concept
// first" without a brand row), in English and Kiswahili.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { strategySection } from '@/components/state/navigation';
import { NetworksSection } from '@/components/strategy/networks/networks-section';
import { db } from '@/storage/db';
import type { Segment } from '@/storage/schemas';
import { updateSettings } from '@/storage/settings';
import { renderWithSettings } from './render';

const NOW = Date.UTC(2026, 10, 26, 9, 0);
const DAY = 86_400_000;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  strategySection.value = 'networks';
  await updateSettings({ language: 'en', country: 'KE' });
});
afterEach(() => vi.useRealTimers());

function segment(id: string, name: string, platforms: Segment['platforms'], presence: Segment['presence']): Segment {
  return { id, name, description: '', interests: [], pains: [], ageMin: null, ageMax: null, location: '', platforms, presence, color: '#1d4ed8', createdAt: 1, updatedAt: 1 };
}

/** A brand, two segments and Instagram figures: ours 4,210 followers, a rival's 3 % engagement. */
async function seed() {
  await db.brand.add({
    id: 'brand', name: 'Kahawa Bora', idea: 'Coffee', mission: '', usp: '', toneOfVoice: '',
    swot: { strengths: [], weaknesses: [], opportunities: [], threats: [] }, updatedAt: 1,
  });
  await db.segments.bulkAdd([
    segment('home', 'Home brewers', ['instagram'], { instagram: 2 }),
    segment('office', 'Offices', ['instagram', 'linkedin'], { instagram: 2 }),
  ]);
  await db.accounts.bulkAdd([
    { id: 'own', platform: 'instagram', handle: 'kahawabora', role: 'own' },
    { id: 'rival', platform: 'instagram', handle: 'rival', role: 'competitor', competitorId: 'c1' },
  ]);
  await db.profileSnapshots.bulkAdd([
    { id: 'p1', platform: 'instagram', handle: 'kahawabora', at: NOW - DAY, followers: 4210, following: null, posts: null, precision: {} },
    { id: 'p2', platform: 'instagram', handle: 'rival', at: NOW - DAY, followers: 20_000, following: null, posts: null, precision: {} },
  ]);
  const post = (author: string, likes: number, comments: number) => ({
    id: `instagram:${author}`, platform: 'instagram' as const, postId: author, url: `https://www.instagram.com/p/${author}/`, author,
    publishedAt: NOW - 2 * DAY, text: '', likes, comments, reposts: null, views: null, bookmarks: null, precision: {},
    firstSeenAt: NOW - 2 * DAY, lastSeenAt: NOW, plannedPostId: null,
  });
  await db.observedPosts.bulkAdd([post('kahawabora', 100, 10), post('rival', 500, 100)]);
}

const card = (name: RegExp) => screen.getByRole('article', { name });
const cardTitles = () => within(screen.getByRole('list', { name: 'Networks, best first' })).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('networks', () => {
  it('ranks the platforms with their score, reasons and captured figures', async () => {
    await seed();
    renderWithSettings(<NetworksSection />);
    // Instagram: audience 20 × (2+2)/2 = 40; competitors 5 × 3 = 15; own 10 × 1 + 110/4210 × 100 = 12.6 → 67.6.
    // LinkedIn: 20 × (0 + 2 suggested)/2 = 20. The rest score 0 and share rank 3, in platform order.
    await waitFor(() => expect(cardTitles()).toEqual(['1. Instagram', '2. LinkedIn', '3. X', '3. Facebook', '3. YouTube', '3. TikTok', '3. Threads']));
    const instagram = card(/Instagram$/);
    expect(within(instagram).getByText('Score 67.6 of 100')).toBeTruthy();
    const reasons = within(within(instagram).getByRole('list', { name: 'Why' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(reasons).toEqual([
      'Your segments “Home brewers” and “Offices” are much present here',
      '1 competitor is here, with 20,000 followers',
      'Competitors get 3% engagement here',
      'You have 4,210 followers here',
      'Your posts get 2.6% engagement here',
    ]);
    const figures = [...instagram.querySelectorAll('dl > div')].map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent]);
    expect(figures).toEqual([
      ['Competitors tracked here', '1'],
      ['Their median followers', '20,000'],
      ['Their engagement rate', '3%'],
      ['Your followers', '4,210'],
      ['Your engagement rate', '2.6%'],
    ]);

    const threads = card(/Threads$/);
    expect(within(threads).getByText('No competitor tracked here: add their accounts on the Competitors page')).toBeTruthy();
    expect(within(threads).getAllByText('no data yet')).toHaveLength(4);
    // An unrated segment shows its suggestion, marked as such.
    const suggested = within(card(/LinkedIn$/)).getByLabelText<HTMLSelectElement>('Offices — LinkedIn');
    expect(suggested.selectedOptions[0]!.textContent).toBe('Much (suggested)');
    expect([...suggested.options].map((o) => o.textContent)).toEqual(['Much (suggested)', 'Absent', 'A little', 'Much', 'Very']);
    expect(within(card(/Instagram$/)).getByLabelText<HTMLSelectElement>('Offices — Instagram').value).toBe('2');
    expect(screen.getByText(/^12 ratings are only suggestions/)).toBeTruthy();
  });

  it('saves a rating, re-ranks and says where the platform now stands', async () => {
    await seed();
    renderWithSettings(<NetworksSection />);
    const select = await screen.findByLabelText<HTMLSelectElement>('Home brewers — X');
    fireEvent.change(select, { target: { value: '3' } });
    // X: 20 × (3 + 0)/2 = 30, above LinkedIn's 20.
    expect(await screen.findByText('Saved: “Home brewers” on X: Very. X is now number 2.')).toBeTruthy();
    expect(cardTitles().slice(0, 3)).toEqual(['1. Instagram', '2. X', '3. LinkedIn']);
    expect((await db.segments.get('home'))!.presence).toEqual({ instagram: 2, x: 3 });
    expect(within(card(/X$/)).getByText('Your segment “Home brewers” is very present here')).toBeTruthy();
    expect(within(card(/X$/)).getByText('Score 30 of 100')).toBeTruthy();
  });

  it('confirms a suggestion by choosing the same level', async () => {
    await seed();
    renderWithSettings(<NetworksSection />);
    fireEvent.change(await screen.findByLabelText('Offices — LinkedIn'), { target: { value: '2' } });
    expect(await screen.findByText('Saved: “Offices” on LinkedIn: Much. LinkedIn is now number 2.')).toBeTruthy();
    expect((await db.segments.get('office'))!.presence).toEqual({ instagram: 2, linkedin: 2 });
    expect(screen.getByText(/^11 ratings are only suggestions/)).toBeTruthy();
  });

  it('keeps the suggested ratings in one go', async () => {
    await seed();
    renderWithSettings(<NetworksSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Keep the suggested ratings' }));
    expect(await screen.findByText('Suggested ratings kept for 2 segments.')).toBeTruthy();
    expect((await db.segments.get('office'))!.presence).toEqual({ instagram: 2, linkedin: 2, x: 0, facebook: 0, youtube: 0, tiktok: 0, threads: 0 });
    await waitFor(() => expect(screen.queryByText(/\(suggested\)$/)).toBeNull());
    expect(screen.getByLabelText<HTMLSelectElement>('Offices — LinkedIn').value).toBe('2');
    expect(screen.queryByRole('button', { name: 'Keep the suggested ratings' })).toBeNull();
  });

  it('saves the networks the brand works', async () => {
    await seed();
    renderWithSettings(<NetworksSection />);
    const box = await screen.findByRole<HTMLInputElement>('checkbox', { name: 'We are active on Instagram' });
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(await screen.findByText('Saved: you are active on Instagram.')).toBeTruthy();
    expect((await db.brand.get('brand'))!.platforms).toEqual(['instagram']);
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'We are active on Instagram' }).checked).toBe(true));
    fireEvent.click(screen.getByRole('checkbox', { name: 'We are active on TikTok' }));
    await waitFor(async () => expect((await db.brand.get('brand'))!.platforms).toEqual(['instagram', 'tiktok']));
    fireEvent.click(screen.getByRole('checkbox', { name: 'We are active on Instagram' }));
    expect(await screen.findByText('Saved: you are not active on Instagram.')).toBeTruthy();
    expect((await db.brand.get('brand'))!.platforms).toEqual(['tiktok']);
  });

  it('in an empty workspace: fill in the concept first, no segments yet, nothing to rank, no zeros for unknowns', async () => {
    renderWithSettings(<NetworksSection />);
    expect(await screen.findByRole('heading', { name: 'Fill in the concept first' })).toBeTruthy();
    expect(screen.getByText(/^Nothing to rank yet/)).toBeTruthy();
    expect(screen.getByText(/^No audience segments yet: the score counts most/)).toBeTruthy();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(7);
    for (const box of boxes) {
      expect((box as HTMLInputElement).disabled).toBe(true);
      expect(box.getAttribute('aria-describedby')).toBeTruthy();
    }
    expect(cardTitles()).toEqual(['1. X', '1. Instagram', '1. Facebook', '1. LinkedIn', '1. YouTube', '1. TikTok', '1. Threads']);
    expect(within(card(/Instagram$/)).getByText('No audience segments yet: describe them on the Audience page')).toBeTruthy();
    expect(within(card(/Instagram$/)).getAllByText('no data yet')).toHaveLength(4);
    expect(within(card(/Instagram$/)).queryByRole('combobox')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Open the Concept page' }));
    expect(strategySection.value).toBe('concept');
    expect(await db.brand.count()).toBe(0);
  });

  it('speaks Kiswahili', async () => {
    await seed();
    await updateSettings({ language: 'sw' });
    renderWithSettings(<NetworksSection />);
    const instagram = await screen.findByRole('article', { name: /Instagram$/ });
    expect(within(instagram).getByText('Sehemu zako “Home brewers” na “Offices” zipo kwa wingi hapa')).toBeTruthy();
    expect(within(instagram).getByText('Una wafuasi 4,210 hapa')).toBeTruthy();
    expect(within(instagram).getByText('Alama 67.6 kati ya 100')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Tunatumia Instagram' })).toBeTruthy();
  });
});
