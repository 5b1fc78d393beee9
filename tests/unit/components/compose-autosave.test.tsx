// Autosave in the composer: every change reaches the row ~500 ms later, at once when the panel is
// hidden or closed, and the last text typed is the one that stays, however fast it was typed.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ComposeArea } from '@/components/compose/compose-area';
import { blankForm, postInputFromForm } from '@/components/plan/post-form';
import { openComposer } from '@/components/state/navigation';
import { db } from '@/storage/db';
import * as posts from '@/storage/posts';
import { updateSettings } from '@/storage/settings';
import { renderWithSettings } from './render';

const ZONE = 'Africa/Nairobi';
const BASE = { groupId: null, mediaIds: [], publishedUrl: null, publishedAt: null, externalId: null, timeZone: ZONE };
/** Shorter than the autosave delay: a save seen within it was flushed, not debounced. */
const SOON = { timeout: 300 };

async function openDraft(text = '') {
  const post = await posts.createPost({ ...postInputFromForm({ ...blankForm('', ''), title: 'Cupping Friday', status: 'draft', platform: 'x' }, BASE), text });
  openComposer(post.id);
  const view = renderWithSettings(<ComposeArea />);
  const box = await screen.findByLabelText<HTMLTextAreaElement>('Text for X');
  return { post, view, box };
}

const rowText = async (id: string) => (await db.posts.get(id))!.text;

beforeEach(async () => {
  openComposer(null);
  await updateSettings({ timeZone: ZONE, language: 'en', country: 'KE' });
  vi.restoreAllMocks();
});

describe('composer autosave', () => {
  it('saves after a pause and says so quietly', async () => {
    const { post, box } = await openDraft();
    fireEvent.change(box, { target: { value: 'Habari' } });
    expect(await rowText(post.id)).toBe('');
    const region = screen.getByRole('region', { name: 'X' });
    expect(await within(region).findByText('Saved', {}, { timeout: 2000 })).toBeTruthy();
    expect(await rowText(post.id)).toBe('Habari');
  });

  it('keeps a change when the composer closes before the pause is over', async () => {
    const { post, view, box } = await openDraft();
    fireEvent.change(box, { target: { value: 'Closing mid-sent' } });
    view.unmount();
    await waitFor(async () => expect(await rowText(post.id)).toBe('Closing mid-sent'), SOON);
  });

  it('writes at once when the panel is hidden or closed', async () => {
    const { post, box } = await openDraft();
    fireEvent.change(box, { target: { value: 'Hidden' } });
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await waitFor(async () => expect(await rowText(post.id)).toBe('Hidden'), SOON);
    vi.restoreAllMocks();

    fireEvent.change(box, { target: { value: 'Hidden, then closed' } });
    act(() => void window.dispatchEvent(new Event('pagehide')));
    await waitFor(async () => expect(await rowText(post.id)).toBe('Hidden, then closed'), SOON);
  });

  it('lets the last text win when typing fast, saves overlapping', async () => {
    const update = vi.spyOn(posts, 'updatePost');
    const { post, view, box } = await openDraft();
    const sentence = 'Kahawa mpya imefika leo';
    for (let end = 1; end <= sentence.length; end++) {
      fireEvent.change(box, { target: { value: sentence.slice(0, end) } });
      // Every few letters the panel flickers hidden: several saves are under way at once.
      if (end % 4 === 0) act(() => void window.dispatchEvent(new Event('pagehide')));
    }
    view.unmount();
    await waitFor(() => expect(update.mock.calls.length).toBeGreaterThan(3));
    await waitFor(async () => expect(await rowText(post.id)).toBe(sentence));
    // Nothing older lands afterwards.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await rowText(post.id)).toBe(sentence);
  });
});
