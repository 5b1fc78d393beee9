// Reaching the composer: from the side panel's #compose/<post id>, and from the Plan editor's Compose button.
import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanArea } from '@/components/plan/plan-area';
import { blankForm, postInputFromForm } from '@/components/plan/post-form';
import { composingPost, currentArea, openComposer, openPost } from '@/components/state/navigation';
import { App } from '@/entrypoints/sidepanel/app';
import { createPost } from '@/storage/posts';
import { updateSettings } from '@/storage/settings';
import { renderWithSettings } from './render';

const ZONE = 'Africa/Nairobi';
const BASE = { groupId: null, mediaIds: [], publishedUrl: null, publishedAt: null, externalId: null, timeZone: ZONE };
const draft = () => createPost({ ...postInputFromForm({ ...blankForm('', ''), title: 'Cupping Friday', status: 'draft', platform: 'instagram' }, BASE), text: 'Karibu' });

beforeEach(async () => {
  openComposer(null);
  openPost(null);
  currentArea.value = 'today';
  await updateSettings({ timeZone: ZONE, language: 'en', country: 'KE' });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('composer navigation', () => {
  it('opens a post in the composer from the URL', async () => {
    const post = await draft();
    history.replaceState(null, '', `#compose/${post.id}`);
    renderWithSettings(<App />);
    // The Compose area is a lazy chunk (twitter-text inside): its first import can take a while.
    const box = await screen.findByLabelText<HTMLTextAreaElement>('Text for Instagram', {}, { timeout: 10_000 });
    expect(box.value).toBe('Karibu');
    expect(screen.queryByText('Not built yet')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Other posts' }));
    expect(location.hash).toBe('#compose');
    expect(await screen.findByRole('button', { name: /Cupping Friday/ })).toBeTruthy();
  });

  it('opens the composer from the Plan editor', async () => {
    const post = await draft();
    openPost(post.id);
    renderWithSettings(<PlanArea />);
    fireEvent.click(await screen.findByRole('button', { name: 'Compose' }));
    expect(composingPost.value).toBe(post.id);
    expect(currentArea.value).toBe('compose');
    expect(location.hash).toBe(`#compose/${post.id}`);
  });
});
