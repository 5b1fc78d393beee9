// The Plan area: create, edit, duplicate and delete posts through the editor; the agenda follows live.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanArea } from '@/components/plan/plan-area';
import { editingPost, openPost } from '@/components/state/navigation';
import { db } from '@/storage/db';
import { updateSettings } from '@/storage/settings';
import { addDays, todayIn } from '@/utils/time/wall-clock';
import { renderWithSettings } from './render';

const ZONE = 'Africa/Nairobi';

beforeEach(async () => {
  openPost(null);
  await updateSettings({ timeZone: ZONE, language: 'en', country: 'KE' });
  // The background is not running here; the editor's wake-up call may only warn.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

async function fillNewPost(title: string, localDate: string) {
  fireEvent.click(await screen.findByRole('button', { name: 'New post' }));
  fireEvent.change(await screen.findByLabelText('Title'), { target: { value: title } });
  fireEvent.change(screen.getByLabelText('Date'), { target: { value: localDate } });
  fireEvent.change(screen.getByLabelText('Time'), { target: { value: '18:00' } });
  fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'reel' } });
  fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'scheduled' } });
}

describe('plan area', () => {
  it('creates a post that appears in the agenda under its day, with a reminder', async () => {
    renderWithSettings(<PlanArea />);
    const tomorrow = addDays(todayIn(ZONE, Date.now()), 1);
    await fillNewPost('Cupping Friday', tomorrow);
    fireEvent.change(screen.getByLabelText(/^Hashtags/), { target: { value: '#kahawa nairobi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();

    const [post] = await db.posts.toArray();
    expect(post).toMatchObject({ title: 'Cupping Friday', localDate: tomorrow, localTime: '18:00', timeZone: ZONE, format: 'reel', hashtags: ['kahawa', 'nairobi'] });
    expect(editingPost.value).toBe(post!.id);
    expect(await db.reminders.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Agenda' }));
    const line = await screen.findByRole('button', { name: /Cupping Friday/ });
    expect(within(line).getByText('18:00')).toBeTruthy();
    expect(line.textContent).toContain('Instagram · Reel / short · Scheduled');
  });

  it('names the field of an invalid value and saves nothing', async () => {
    renderWithSettings(<PlanArea />);
    // (A negative lead time is stopped by the browser's own check of the number field, before ours.)
    await fillNewPost('x'.repeat(201), addDays(todayIn(ZONE, Date.now()), 1));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Not saved: Title: at most \d+ characters$/));
    expect(await db.posts.count()).toBe(0);
  });

  it('edits, duplicates and deletes (after asking)', async () => {
    renderWithSettings(<PlanArea />);
    await fillNewPost('Morning routine', addDays(todayIn(ZONE, Date.now()), 2));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');

    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Morning routine, Nairobi edition' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.posts.toArray())[0]!.title).toBe('Morning routine, Nairobi edition'));

    const original = editingPost.value;
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate' }));
    await waitFor(async () => expect(await db.posts.count()).toBe(2));
    // The editor moves to the copy; wait for it before acting on the copy's buttons.
    await waitFor(() => expect(editingPost.value).not.toBe(original));
    await screen.findByRole('heading', { name: 'Edit post' });

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await db.posts.count()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await db.posts.count()).toBe(1));
    expect(editingPost.value).toBeNull();
  });

  it('saves a new post once, however quickly Save is pressed again', async () => {
    renderWithSettings(<PlanArea />);
    await fillNewPost('Double click', addDays(todayIn(ZONE, Date.now()), 2));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Double click, edited' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.posts.toArray()).map((post) => post.title)).toEqual(['Double click, edited']));
  });

  it('adds a variant of the idea for another platform and opens it', async () => {
    renderWithSettings(<PlanArea />);
    await fillNewPost('Cupping Friday', addDays(todayIn(ZONE, Date.now()), 1));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    const first = editingPost.value;
    fireEvent.change(await screen.findByLabelText('Platform for a new variant'), { target: { value: 'linkedin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add variant' }));
    await waitFor(() => expect(editingPost.value).not.toBe(first));
    const variant = await db.posts.get(editingPost.value!);
    expect(variant).toMatchObject({ platform: 'linkedin', title: 'Cupping Friday' });
    expect(await screen.findByRole('button', { name: 'LinkedIn', current: true })).toBeTruthy();
  });

  it('shows every part of the plan from its section button', async () => {
    renderWithSettings(<PlanArea />);
    const sections = within(await screen.findByRole('group', { name: 'Parts of the plan' }));
    const show = async (section: string, heading: string) => {
      fireEvent.click(sections.getByRole('button', { name: section }));
      expect(await screen.findByRole('heading', { name: heading })).toBeTruthy();
    };
    await show('Campaigns', 'Campaigns');
    await show('Campaigns', 'Company events');
    await show('Slots', 'Recurring slots');
    await show('Slots', 'Plan next month');
    await show('Export', 'Export the plan');
    fireEvent.click(sections.getByRole('button', { name: 'Calendar' }));
    expect(await screen.findByRole('region', { name: 'Calendar' })).toBeTruthy();
  });

  it('opens a post from its link and says so when it no longer exists', async () => {
    renderWithSettings(<PlanArea />);
    openPost('gone');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'This post no longer exists.');
  });
});
