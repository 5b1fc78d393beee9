// Strategy → Audience: segments and hooks created and edited through the page, refused input that writes
// nothing, the hooks-per-segment board's figures, both choices when deleting a segment or a hook that
// posts depend on, and "New draft with this hook" opening the Plan editor with segment, hook and text.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanArea } from '@/components/plan/plan-area';
import { newPostAt } from '@/components/state/calendar';
import { currentArea, editingPost, newPostPreset, openPost, strategySection } from '@/components/state/navigation';
import { AudienceSection } from '@/components/strategy/audience/audience-section';
import { db } from '@/storage/db';
import { createPost, type PostInput } from '@/storage/posts';
import type { ObservedPost } from '@/storage/schemas';
import { loadSampleWorkspace } from '@/storage/load-sample';
import { updateSettings } from '@/storage/settings';
import { createHook, createSegment } from '@/storage/strategy';
import { loadCataloguePart } from '@/utils/i18n/translate';
import { renderWithSettings } from './render';

const NOW = Date.UTC(2026, 10, 26, 9, 0);
const DAY = 86_400_000;
const ZONE = 'Africa/Nairobi';

beforeAll(async () => {
  await loadCataloguePart('strategy', 'en');
  await loadCataloguePart('strategy', 'sw');
});
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  openPost(null);
  newPostAt.value = null;
  strategySection.value = 'audience';
  currentArea.value = 'strategy';
  vi.spyOn(console, 'warn').mockImplementation(() => {}); // the background is not running in unit tests
  await updateSettings({ language: 'en', country: 'KE', timeZone: ZONE });
});
afterEach(() => vi.useRealTimers());

const segmentInput = (name: string, platforms: ('instagram' | 'linkedin' | 'tiktok')[] = ['instagram']) => ({
  name, description: '', interests: [], pains: [], ageMin: null, ageMax: null, location: '', platforms, color: '#c2410c',
});
const postInput = (overrides: Partial<PostInput>): PostInput => ({
  groupId: null, platform: 'instagram', format: 'image', status: 'published', title: 'A post', localDate: '2026-11-20', localTime: '09:00', timeZone: ZONE,
  pillar: '', topic: '', segmentId: null, hookId: null, campaignId: null, text: '', hashtags: [], notes: '', mediaIds: [], reminderLeadMinutes: null,
  publishedUrl: null, publishedAt: null, externalId: null, ...overrides,
});
const capture = (id: string, plannedPostId: string, likes: number | null, comments: number | null): ObservedPost => ({
  id: `instagram:${id}`, platform: 'instagram', postId: id, url: `https://www.instagram.com/p/${id}/`, author: 'kahawabora', publishedAt: NOW - 5 * DAY, text: '',
  likes, comments, reposts: null, views: null, bookmarks: null, precision: {}, firstSeenAt: NOW - 5 * DAY, lastSeenAt: NOW, plannedPostId,
});

/** Two segments; "Flash sale" used by three published posts (two captured: 42 and 140) and a draft for 5 December. */
async function seed() {
  const pros = await createSegment({ ...segmentInput('Young professionals', ['tiktok', 'instagram']), ageMin: 24, ageMax: 35, location: 'Nairobi', interests: ['productivity'] }, NOW);
  const offices = await createSegment(segmentInput('Offices', ['linkedin']), NOW);
  const flash = await createHook({ segmentId: pros.id, title: 'Flash sale', offer: '25% off for 48 hours.', kind: 'urgency', callToAction: 'Order before it ends', active: true }, NOW);
  const trial = await createHook({ segmentId: offices.id, title: 'Free office trial', offer: 'One kilo free.', kind: 'free-trial', callToAction: 'Book a trial', active: false }, NOW);
  const a = await createPost(postInput({ segmentId: pros.id, hookId: flash.id, title: 'Sale day one', localDate: '2026-11-10', publishedAt: NOW - 16 * DAY }), NOW);
  const b = await createPost(postInput({ segmentId: pros.id, hookId: flash.id, title: 'Sale day two', localDate: '2026-11-11', publishedAt: NOW - 15 * DAY }), NOW);
  const c = await createPost(postInput({ segmentId: pros.id, hookId: flash.id, title: 'Sale last call', localDate: '2026-11-12', publishedAt: NOW - 14 * DAY }), NOW);
  const draft = await createPost(postInput({ segmentId: pros.id, hookId: flash.id, status: 'draft', title: 'Next sale', localDate: '2026-12-05', localTime: '09:00' }), NOW);
  await db.observedPosts.bulkAdd([capture('a', a.id, 120, 20), capture('b', b.id, 40, 2)]); // 140 and 42; c has none
  return { pros, offices, flash, trial, posts: [a, b, c, draft] };
}

const segmentCard = async (name: string) => (await screen.findByRole('heading', { name, level: 3 })).closest('section')!;
const hookItem = async (title: string) => (await screen.findByRole('listitem', { name: title }));

describe('segments on the Audience page', () => {
  it('starts empty, creates a segment through the form and shows it on the board', async () => {
    renderWithSettings(<AudienceSection />);
    expect(await screen.findByText(/No segment yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New segment' }));
    fireEvent.change(await screen.findByLabelText('Name'), { target: { value: 'Home brewers' } });
    fireEvent.change(screen.getByLabelText('Interests'), { target: { value: 'brew methods\n\nsingle origins\n' } });
    fireEvent.change(screen.getByLabelText('Youngest age'), { target: { value: '28' } });
    fireEvent.change(screen.getByLabelText('Oldest age'), { target: { value: '50' } });
    fireEvent.change(screen.getByLabelText('Location'), { target: { value: 'Nakuru' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'YouTube' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Instagram' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save segment' }));

    expect(await screen.findByText('Segment saved.')).toBeTruthy();
    const card = await segmentCard('Home brewers');
    expect(within(card).getByText('Ages 28–50 · Nakuru · Instagram, YouTube')).toBeTruthy();
    expect(within(card).getByText('brew methods, single origins')).toBeTruthy();
    expect(within(card).getByText(/No hook for this segment yet/)).toBeTruthy();
    const [row] = await db.segments.toArray();
    expect(row).toMatchObject({ name: 'Home brewers', interests: ['brew methods', 'single origins'], ageMin: 28, ageMax: 50, platforms: ['instagram', 'youtube'] });
  });

  it('refuses a reversed age range with the field named, and writes nothing', async () => {
    renderWithSettings(<AudienceSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'New segment' }));
    fireEvent.change(await screen.findByLabelText('Name'), { target: { value: 'Students' } });
    fireEvent.change(screen.getByLabelText('Youngest age'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Oldest age'), { target: { value: '18' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save segment' }));
    expect((await screen.findByText('Not saved: Oldest age: the oldest age is below the youngest')).getAttribute('role')).toBe('alert');
    expect(await db.segments.count()).toBe(0);
  });

  it('edits a segment', async () => {
    await seed();
    renderWithSettings(<AudienceSection />);
    const card = await segmentCard('Offices');
    fireEvent.click(within(card).getByRole('button', { name: 'Edit segment' }));
    const name = await screen.findByDisplayValue('Offices');
    fireEvent.change(name, { target: { value: 'Offices and cafés' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save segment' }));
    expect(await segmentCard('Offices and cafés')).toBeTruthy();
    expect((await db.segments.filter((s) => s.name === 'Offices and cafés').count())).toBe(1);
  });
});

describe('hooks and the board', () => {
  it('adds a hook to a segment', async () => {
    const { offices } = await seed();
    renderWithSettings(<AudienceSection />);
    const card = await segmentCard('Offices');
    fireEvent.click(within(card).getByRole('button', { name: 'Add hook' }));
    fireEvent.change(within(card).getByLabelText('Title'), { target: { value: 'Brewed at 40+ offices' } });
    fireEvent.change(within(card).getByLabelText('Offer or trigger'), { target: { value: 'Forty offices serve our coffee.' } });
    fireEvent.change(within(card).getByLabelText('Kind'), { target: { value: 'social-proof' } });
    fireEvent.change(within(card).getByLabelText('Call to action'), { target: { value: 'See who brews with us' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save hook' }));
    const item = await hookItem('Brewed at 40+ offices');
    expect(within(item).getByText('Social proof')).toBeTruthy();
    expect(within(item).getByText('Not used in a post yet.')).toBeTruthy();
    expect(await db.hooks.where('segmentId').equals(offices.id).count()).toBe(2);
  });

  it('shows each hook’s posts, median engagement, posts without numbers and last use', async () => {
    await seed();
    renderWithSettings(<AudienceSection />);
    const item = await hookItem('Flash sale');
    const figures = within(item).getAllByRole('listitem').map((li) => li.textContent);
    // Captured engagements 140 and 42 → median (42 + 140) / 2 = 91; "Sale last call" is published without numbers.
    // Last use: the latest publication up to now (14 days ago); next use: the draft's 5 December 09:00 in Nairobi.
    const date = (at: number) => new Intl.DateTimeFormat('en-KE', { dateStyle: 'medium', timeZone: ZONE }).format(at);
    expect(figures.slice(0, 5)).toEqual([
      'Used in 4 posts · 3 published',
      'Median engagement 91 (likes, comments and shares), from 2 posts with captured numbers',
      '1 published post has no captured numbers yet: open it on its platform so they are read.',
      `Last used ${date(NOW - 14 * DAY)}`,
      `Next use planned for ${date(Date.UTC(2026, 11, 5, 6, 0))}`,
    ]);
    const posts = within(item).getByRole('list', { name: 'Posts with the hook Flash sale' });
    const lines = within(posts).getAllByRole('button').map((button) => button.textContent);
    expect(lines[0]).toContain('Next sale');
    expect(lines[0]).not.toContain('engagement');
    expect(lines[1]).toContain('Sale last call');
    expect(lines[1]).toContain('no numbers captured yet');
    expect(lines[2]).toContain('42 engagements');
    expect(lines[3]).toContain('140 engagements');

    const trial = await hookItem('Free office trial');
    expect(within(trial).getByText('Not active')).toBeTruthy();
    expect(within(trial).getByText('Not used in a post yet.')).toBeTruthy();
  });

  it('shows the sample workspace’s three segments and eight hooks, with counts from the rows', async () => {
    await loadSampleWorkspace(NOW);
    renderWithSettings(<AudienceSection />);
    for (const name of ['Young professionals in Nairobi', 'Cafés and offices (wholesale)', 'Home brewers and enthusiasts']) expect(await segmentCard(name)).toBeTruthy();
    const hooks = await db.hooks.toArray();
    expect(hooks).toHaveLength(8);
    for (const hook of hooks) {
      const used = await db.posts.where('hookId').equals(hook.id).count();
      const item = await hookItem(hook.title);
      expect(within(item).getByText(used ? new RegExp(`^Used in ${used} posts? · \\d+ published$`) : 'Not used in a post yet.')).toBeTruthy();
    }
  });

  it('speaks Kiswahili', async () => {
    await seed();
    await updateSettings({ language: 'sw' });
    renderWithSettings(<AudienceSection />);
    expect(await screen.findByRole('heading', { name: 'Hadhira' })).toBeTruthy();
    const item = await hookItem('Flash sale');
    expect(within(item).getByText('Kimetumika kwenye machapisho 4 · 3 yamechapishwa')).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Rasimu mpya kwa kivutio hiki' })).toBeTruthy();
  });
});

describe('deleting what posts depend on', () => {
  it('moves a segment’s hooks and posts to another segment', async () => {
    const { pros, offices, flash, posts } = await seed();
    renderWithSettings(<AudienceSection />);
    fireEvent.click(within(await segmentCard('Young professionals')).getByRole('button', { name: 'Delete segment' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.getAttribute('aria-label')).toBe('“Young professionals” has 1 hook, and 4 posts aimed at it or using its hooks. What should happen to them?');
    expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: 'Move the hooks and posts to another segment' }).checked).toBe(true);
    expect(within(dialog).getByLabelText<HTMLSelectElement>('Segment to move them to').value).toBe(offices.id);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete segment' }));

    expect(await screen.findByText('Segment “Young professionals” deleted; 1 hook and 4 posts moved to “Offices”.')).toBeTruthy();
    expect(await db.segments.get(pros.id)).toBeUndefined();
    expect((await db.hooks.get(flash.id))!.segmentId).toBe(offices.id);
    for (const post of posts) expect(await db.posts.get(post.id)).toMatchObject({ segmentId: offices.id, hookId: flash.id });
    expect(await hookItem('Flash sale')).toBeTruthy(); // now under Offices
  });

  it('or deletes its hooks and clears segment and hook from the posts', async () => {
    const { pros, flash, posts } = await seed();
    renderWithSettings(<AudienceSection />);
    fireEvent.click(within(await segmentCard('Young professionals')).getByRole('button', { name: 'Delete segment' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('radio', { name: /Delete its hooks, and clear the segment and hook/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete segment' }));
    expect(await screen.findByText('Segment “Young professionals” deleted with 1 hook; segment and hook cleared from 4 posts.')).toBeTruthy();
    expect(await db.segments.get(pros.id)).toBeUndefined();
    expect(await db.hooks.get(flash.id)).toBeUndefined();
    for (const post of posts) expect(await db.posts.get(post.id)).toMatchObject({ segmentId: null, hookId: null });
  });

  it('refuses a move to a segment deleted meanwhile, says why, and changes nothing', async () => {
    const { pros, offices, flash } = await seed();
    renderWithSettings(<AudienceSection />);
    fireEvent.click(within(await segmentCard('Young professionals')).getByRole('button', { name: 'Delete segment' }));
    const dialog = await screen.findByRole('alertdialog');
    await db.transaction('rw', db.segments, db.hooks, db.posts, async () => {
      await db.hooks.where('segmentId').equals(offices.id).delete();
      await db.posts.where('segmentId').equals(offices.id).modify({ segmentId: null });
      await db.segments.delete(offices.id); // in another panel, say
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete segment' }));
    expect(await within(dialog).findByText('Not deleted: Where to move them: choose another segment to move them to')).toBeTruthy();
    expect(await db.segments.get(pros.id)).toBeDefined();
    expect((await db.hooks.get(flash.id))!.segmentId).toBe(pros.id);
  });

  it('cancelling changes nothing; a segment nothing uses is deleted after a plain question', async () => {
    const { offices, trial } = await seed();
    await db.hooks.delete(trial.id);
    renderWithSettings(<AudienceSection />);
    fireEvent.click(within(await segmentCard('Young professionals')).getByRole('button', { name: 'Delete segment' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await db.segments.count()).toBe(2);

    fireEvent.click(within(await segmentCard('Offices')).getByRole('button', { name: 'Delete segment' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete the segment “Offices”? No hook or post uses it.' });
    expect(within(dialog).queryByRole('radio')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete segment' }));
    expect(await screen.findByText('Segment “Offices” deleted.')).toBeTruthy();
    expect(await db.segments.get(offices.id)).toBeUndefined();
  });

  it('clears a deleted hook from its posts, or moves them to another hook', async () => {
    const { pros, offices, flash, trial, posts } = await seed();
    const spare = await createHook({ segmentId: pros.id, title: 'Spare hook', offer: '', kind: 'other', callToAction: '', active: true }, NOW);
    renderWithSettings(<AudienceSection />);
    fireEvent.click(within(await hookItem('Flash sale')).getByRole('button', { name: 'Delete hook' }));
    let dialog = await screen.findByRole('alertdialog');
    expect(dialog.getAttribute('aria-label')).toBe('4 posts use “Flash sale”. What should happen to them?');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Move the posts to another hook' }));
    const target = within(dialog).getByLabelText<HTMLSelectElement>('Hook to move them to');
    // Hooks of the same segment come first.
    expect([...target.options].map((o) => o.textContent)).toEqual(['Young professionals — Spare hook', 'Offices — Free office trial']);
    fireEvent.change(target, { target: { value: trial.id } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete hook' }));
    expect(await screen.findByText('Hook “Flash sale” deleted; 4 posts moved to “Free office trial”.')).toBeTruthy();
    expect(await db.hooks.get(flash.id)).toBeUndefined();
    for (const post of posts) expect(await db.posts.get(post.id)).toMatchObject({ hookId: trial.id, segmentId: offices.id });

    fireEvent.click(within(await hookItem('Free office trial')).getByRole('button', { name: 'Delete hook' }));
    dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: /Clear the hook from the posts/ }).checked).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete hook' }));
    expect(await screen.findByText('Hook “Free office trial” deleted; it was cleared from 4 posts.')).toBeTruthy();
    for (const post of posts) expect(await db.posts.get(post.id)).toMatchObject({ hookId: null, segmentId: offices.id });
    expect(await db.hooks.get(spare.id)).toBeDefined();
  });
});

describe('a new draft from a hook', () => {
  it('opens the Plan editor with segment, hook and the hook’s words filled in, and saves them', async () => {
    const { pros, flash } = await seed();
    newPostAt.value = { localDate: '2026-12-24', localTime: '07:00' }; // a day picked on the calendar earlier
    renderWithSettings(
      <>
        <AudienceSection />
        <PlanArea />
      </>,
    );
    fireEvent.click(within(await hookItem('Flash sale')).getByRole('button', { name: 'New draft with this hook' }));
    expect(currentArea.value).toBe('plan');
    expect(editingPost.value).toBe('new');
    expect(newPostPreset.value).toMatchObject({ segmentId: pros.id, hookId: flash.id });

    const editor = (await screen.findByRole('heading', { name: 'New post' })).closest('section')!;
    await waitFor(() => expect(within(editor).getByLabelText<HTMLSelectElement>('Audience segment').value).toBe(pros.id));
    await waitFor(() => expect(within(editor).getByLabelText<HTMLSelectElement>('Hook').value).toBe(flash.id));
    expect(within(editor).getByLabelText<HTMLTextAreaElement>('Text').value).toBe('25% off for 48 hours.\n\nOrder before it ends');
    expect(within(editor).getByLabelText<HTMLSelectElement>('Platform').value).toBe('tiktok'); // the segment's first platform
    expect(within(editor).getByLabelText<HTMLInputElement>('Date').value).not.toBe('2026-12-24');

    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.posts.where('hookId').equals(flash.id).count()).toBe(5));
    const saved = await db.posts.get(editingPost.value!);
    expect(saved).toMatchObject({ status: 'draft', segmentId: pros.id, hookId: flash.id, platform: 'tiktok', text: '25% off for 48 hours.\n\nOrder before it ends' });
  });

  it('a plain new post afterwards starts blank again', async () => {
    const { pros, flash } = await seed();
    openPost('new', { segmentId: pros.id, hookId: flash.id, text: 'x' });
    openPost(null);
    expect(newPostPreset.value).toBeNull();
    renderWithSettings(<PlanArea />);
    fireEvent.click(await screen.findByRole('button', { name: 'New post' }));
    const editor = (await screen.findByRole('heading', { name: 'New post' })).closest('section')!;
    expect(within(editor).getByLabelText<HTMLSelectElement>('Audience segment').value).toBe('');
    expect(within(editor).getByLabelText<HTMLTextAreaElement>('Text').value).toBe('');
  });
});
