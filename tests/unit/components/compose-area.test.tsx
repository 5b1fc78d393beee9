// The Compose area: choose a post, draft each platform variant with live counters, insert hashtag
// sets, templates and hooks, copy the text as published (with UTM tags when asked), in either language.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ComposeArea } from '@/components/compose/compose-area';
import { blankForm, postInputFromForm } from '@/components/plan/post-form';
import { openComposer } from '@/components/state/navigation';
import { createCampaign } from '@/storage/campaigns';
import { db } from '@/storage/db';
import { createHashtagSet } from '@/storage/hashtag-sets';
import { addVariant, createPost, type PostInput } from '@/storage/posts';
import { updateSettings } from '@/storage/settings';
import { createTemplate } from '@/storage/templates';
import { renderWithSettings } from './render';

const ZONE = 'Africa/Nairobi';
const BASE = { groupId: null, mediaIds: [], publishedUrl: null, publishedAt: null, externalId: null, timeZone: ZONE };

function input(overrides: Partial<PostInput> = {}): PostInput {
  return { ...postInputFromForm({ ...blankForm('', ''), title: 'Cupping Friday', status: 'draft', platform: 'x' }, BASE), ...overrides };
}

const writeText = vi.fn<(text: string) => Promise<void>>();

beforeEach(async () => {
  openComposer(null);
  await updateSettings({ timeZone: ZONE, language: 'en', country: 'KE' });
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

/** The section of one platform's variant. */
const variant = (platform: string) => screen.findByRole('region', { name: platform });

describe('compose area', () => {
  it('lists the posts to compose and opens one', async () => {
    await createPost(input({ title: 'Harvest story', status: 'idea' }));
    await createPost(input({ title: 'Old news', status: 'published' }));
    renderWithSettings(<ComposeArea />);
    fireEvent.click(await screen.findByRole('button', { name: /Harvest story/ }));
    expect(screen.queryByRole('button', { name: /Old news/ })).toBeNull();
    expect(await screen.findByRole('heading', { name: 'Harvest story' })).toBeTruthy();
    expect(location.hash).toMatch(/^#compose\//);
  });

  it('counts each variant against its own platform, warning near the limit and past it', async () => {
    const post = await createPost(input({ text: 'a'.repeat(260), hashtags: [] }));
    await addVariant(post.id, 'threads');
    openComposer(post.id);
    renderWithSettings(<ComposeArea />);

    const x = await variant('X');
    expect(within(x).getByText('260 / 280')).toBeTruthy();
    expect(x.querySelector('.compose-counter')!.getAttribute('data-level')).toBe('near');
    expect(within(x).getByText(/20 left/)).toBeTruthy();
    const threads = await variant('Threads');
    expect(within(threads).getByText('260 / 500')).toBeTruthy();
    expect(threads.querySelector('.compose-counter')!.getAttribute('data-level')).toBe('ok');

    // X weighs a link as 23 and an emoji as 2.
    fireEvent.change(within(x).getByLabelText('Text for X'), { target: { value: `${'a'.repeat(270)} https://kahawa.co.ke/shop 👍` } });
    expect(within(x).getByText('297 / 280')).toBeTruthy();
    expect(within(x).getByText(/17 over the limit/)).toBeTruthy();
    expect(x.querySelector('.compose-counter')!.getAttribute('data-level')).toBe('over');
  });

  it('counts the hashtags that will be published with the text', async () => {
    const post = await createPost(input({ text: 'Karibu', hashtags: ['kahawa'], platform: 'threads' }));
    openComposer(post.id);
    renderWithSettings(<ComposeArea />);
    // "Karibu" + blank line + "#kahawa": 6 + 2 + 7.
    expect(within(await variant('Threads')).getByText('15 / 500')).toBeTruthy();
  });

  it('inserts a hashtag set, a template and a hook of the post’s segment', async () => {
    const segmentId = 'segment-1';
    await db.hooks.bulkAdd([
      { id: 'hook-1', segmentId, title: 'Free tasting', offer: 'Free tasting this Saturday.', kind: 'bonus', callToAction: 'Book a seat', active: true, createdAt: 0, updatedAt: 0 },
      { id: 'hook-2', segmentId: 'other', title: 'Elsewhere', offer: 'Not for this post', kind: 'bonus', callToAction: '', active: true, createdAt: 0, updatedAt: 0 },
    ]);
    await createHashtagSet({ name: 'Coffee', tags: ['kahawa', 'Nairobi'] });
    await createTemplate({ name: 'Question', platform: null, text: 'How do you take yours?' });
    await createTemplate({ name: 'Only LinkedIn', platform: 'linkedin', text: 'Not for X' });
    const post = await createPost(input({ text: 'New beans.', segmentId }));
    openComposer(post.id);
    renderWithSettings(<ComposeArea />);
    const x = await variant('X');
    const box = within(x).getByLabelText<HTMLTextAreaElement>('Text for X');

    const templates = await within(x).findByLabelText('Insert template');
    expect(within(templates).queryByText('Only LinkedIn')).toBeNull();
    fireEvent.change(templates, { target: { value: within(templates).getByText('Question').getAttribute('value') } });
    expect(box.value).toBe('New beans.\n\nHow do you take yours?');

    const hooks = within(x).getByLabelText('Insert hook');
    expect(within(hooks).queryByText('Elsewhere')).toBeNull();
    fireEvent.change(hooks, { target: { value: 'hook-1' } });
    expect(box.value).toBe('New beans.\n\nHow do you take yours?\n\nFree tasting this Saturday.\nBook a seat');

    const sets = within(x).getByLabelText('Insert hashtag set');
    fireEvent.change(sets, { target: { value: within(sets).getByText('Coffee').getAttribute('value') } });
    expect(box.value).toBe('New beans.\n\nHow do you take yours?\n\nFree tasting this Saturday.\nBook a seat\n\n#kahawa #Nairobi');
    await waitFor(async () => expect((await db.posts.get(post.id))!.text).toBe(box.value));
  });

  it('copies the text as published, with UTM tags on its links when asked', async () => {
    const campaign = await createCampaign({ name: 'Black Friday 2026', kind: 'black-friday', start: '2026-11-27', end: '2026-11-30', goalIds: [], color: '#b45309', notes: '' });
    const post = await createPost(input({ text: 'Deals at https://kahawa.co.ke/shop', hashtags: ['kahawa'], campaignId: campaign.id }));
    openComposer(post.id);
    renderWithSettings(<ComposeArea />);
    const x = await variant('X');

    fireEvent.click(within(x).getByRole('button', { name: 'Copy text' }));
    await waitFor(() => expect(writeText).toHaveBeenLastCalledWith('Deals at https://kahawa.co.ke/shop\n\n#kahawa'));
    expect(await within(x).findByText('Copied')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Add UTM tags to links when copying'));
    fireEvent.click(within(x).getByRole('button', { name: 'Copy text' }));
    await waitFor(() =>
      expect(writeText).toHaveBeenLastCalledWith(`Deals at https://kahawa.co.ke/shop?utm_source=x&utm_medium=social&utm_campaign=black-friday-2026&utm_content=${post.id}\n\n#kahawa`),
    );
    // The saved draft keeps the link as the author wrote it.
    expect((await db.posts.get(post.id))!.text).toBe('Deals at https://kahawa.co.ke/shop');
  });

  it('saves a first comment per variant and counts it', async () => {
    const post = await createPost(input({ platform: 'linkedin' }));
    openComposer(post.id);
    renderWithSettings(<ComposeArea />);
    const linkedin = await variant('LinkedIn');
    fireEvent.change(within(linkedin).getByLabelText('First comment'), { target: { value: 'Link in the comments: https://kahawa.co.ke' } });
    expect(within(linkedin).getByText('42 / 1,250')).toBeTruthy();
    await waitFor(async () => expect((await db.posts.get(post.id))!.firstComment).toBe('Link in the comments: https://kahawa.co.ke'));
  });

  it('adds a variant for another platform', async () => {
    const post = await createPost(input({ text: 'Karibu' }));
    openComposer(post.id);
    renderWithSettings(<ComposeArea />);
    const x = await variant('X');
    // Typed just before: the new variant starts from this text, not the last saved one.
    fireEvent.change(within(x).getByLabelText('Text for X'), { target: { value: 'Karibu sana' } });
    fireEvent.change(screen.getByLabelText('Platform for a new variant'), { target: { value: 'facebook' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add variant' }));
    const facebook = await variant('Facebook');
    expect(within(facebook).getByLabelText<HTMLTextAreaElement>('Text for Facebook').value).toBe('Karibu sana');
    expect((await db.posts.toArray()).map((row) => row.platform).sort()).toEqual(['facebook', 'x']);
  });

  it('manages hashtag sets and templates', async () => {
    renderWithSettings(<ComposeArea />);
    fireEvent.click(await screen.findByText('Hashtag sets'));
    fireEvent.change(screen.getByLabelText('Set name'), { target: { value: 'Coffee' } });
    fireEvent.change(screen.getByLabelText('Hashtags (separated by spaces)'), { target: { value: '#kahawa nairobi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add set' }));
    expect(await screen.findByText('#kahawa #nairobi')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Edit: Coffee' }));
    fireEvent.change(screen.getByLabelText('Set name'), { target: { value: 'Kahawa' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.hashtagSets.toArray()).map((set) => set.name)).toEqual(['Kahawa']));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete: Kahawa' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await db.hashtagSets.count()).toBe(0));

    fireEvent.click(screen.getByText('Templates'));
    fireEvent.change(screen.getByLabelText('Template name'), { target: { value: 'Question' } });
    fireEvent.change(screen.getByLabelText('Template text'), { target: { value: 'How do you take yours?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add template' }));
    await waitFor(async () => expect(await db.templates.toArray()).toMatchObject([{ name: 'Question', platform: null, text: 'How do you take yours?' }]));
  });

  it('speaks Kiswahili', async () => {
    await updateSettings({ language: 'sw' });
    const post = await createPost(input({ text: 'Karibu' }));
    openComposer(post.id);
    renderWithSettings(<ComposeArea />);
    const x = await variant('X');
    expect(within(x).getByLabelText('Maandishi ya X')).toBeTruthy();
    expect(within(x).getByRole('button', { name: 'Nakili maandishi' })).toBeTruthy();
    expect(within(x).getByLabelText('Maoni ya kwanza')).toBeTruthy();
    expect(screen.getByText('Seti za hashtag')).toBeTruthy();
  });
});
