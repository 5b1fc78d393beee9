// Strategy → Concept: the fields and the brand's SWOT in one form; the first save creates the brand row,
// SWOT items are added (button or Enter), edited, moved and removed from the keyboard, and bad input
// is refused with the field named while nothing is written.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConceptSection } from '@/components/strategy/concept/concept-section';
import { getBrand, saveBrand } from '@/storage/brand';
import { db } from '@/storage/db';
import { BRAND_ID, LIMITS } from '@/storage/schemas';
import { updateSettings } from '@/storage/settings';
import { renderWithSettings } from './render';

beforeEach(async () => {
  await updateSettings({ language: 'en' });
});

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save concept' }));
const items = (quadrant: string) =>
  within(screen.getByRole('list', { name: quadrant }))
    .queryAllByRole('textbox')
    .map((input) => (input as HTMLInputElement).value);

describe('concept page', () => {
  it('starts blank on an empty workspace and creates the brand row on the first save', async () => {
    renderWithSettings(<ConceptSection />);
    await screen.findByText(/No concept yet/);
    expect(screen.getByLabelText<HTMLInputElement>('Brand name').value).toBe('');
    type('Brand name', 'Kahawa Bora');
    type('Business idea', 'Fresh Kenyan coffee delivered in 48 hours');
    type('Mission', 'Everyday specialty coffee');
    type('Unique selling point', 'Roasted this week');
    type('Tone of voice', 'Warm and playful');
    type('New item for Strengths', 'Direct trade');
    fireEvent.click(screen.getByRole('button', { name: 'Add to Strengths' }));
    // Enter in the new-item box adds too, and does not submit the form.
    type('New item for Threats', 'Café chains');
    fireEvent.keyDown(screen.getByLabelText('New item for Threats'), { key: 'Enter' });
    expect(await getBrand()).toBeUndefined();
    // The brand colour (for text on prepared images) starts at Mkakati's accent until chosen.
    expect(screen.getByLabelText<HTMLInputElement>('Brand colour').value).toBe('#0f766e');
    fireEvent.change(screen.getByLabelText('Brand colour'), { target: { value: '#ffd500' } });
    save();
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(await getBrand()).toEqual({
      color: '#ffd500',
      id: BRAND_ID,
      name: 'Kahawa Bora',
      idea: 'Fresh Kenyan coffee delivered in 48 hours',
      mission: 'Everyday specialty coffee',
      usp: 'Roasted this week',
      toneOfVoice: 'Warm and playful',
      swot: { strengths: ['Direct trade'], weaknesses: [], opportunities: [], threats: ['Café chains'] },
      updatedAt: expect.any(Number) as number,
    });
    // The form stays as typed, and "Saved." stays until the next change.
    expect(screen.getByLabelText<HTMLInputElement>('Brand name').value).toBe('Kahawa Bora');
    type('Mission', 'Everyday specialty coffee for Kenyans');
    expect(screen.queryByText('Saved.')).toBeNull();
  });

  it('edits, moves and removes SWOT items, keeping focus with the keyboard user', async () => {
    await saveBrand({ name: 'Kahawa Bora', swot: { strengths: ['Fresh beans', 'Direct trade', 'Bilingual'], weaknesses: ['Small team'], opportunities: [], threats: [] } });
    renderWithSettings(<ConceptSection />);
    await screen.findByDisplayValue('Fresh beans');
    expect(items('Strengths')).toEqual(['Fresh beans', 'Direct trade', 'Bilingual']);

    fireEvent.click(screen.getByRole('button', { name: 'Move Strengths item 3 up' }));
    expect(items('Strengths')).toEqual(['Fresh beans', 'Bilingual', 'Direct trade']);
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Move Strengths item 2 up'));
    fireEvent.click(screen.getByRole('button', { name: 'Move Strengths item 1 down' }));
    expect(items('Strengths')).toEqual(['Bilingual', 'Fresh beans', 'Direct trade']);
    // The first and last items have no button that would move them off the list.
    expect(screen.queryByRole('button', { name: 'Move Strengths item 1 up' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Move Strengths item 3 down' })).toBeNull();

    type('Strengths, item 2', 'Beans never older than 14 days');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Strengths item 1' }));
    expect(items('Strengths')).toEqual(['Beans never older than 14 days', 'Direct trade']);
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Strengths, item 1'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Weaknesses item 1' }));
    expect(items('Weaknesses')).toEqual([]);
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('New item for Weaknesses'));
    // An item emptied by hand is dropped when saved, not kept as a blank line.
    type('Strengths, item 2', '   ');
    save();
    await screen.findByText('Saved.');
    expect((await getBrand())?.swot).toEqual({ strengths: ['Beans never older than 14 days'], weaknesses: [], opportunities: [], threats: [] });
    expect(items('Strengths')).toEqual(['Beans never older than 14 days']);
  });

  it('refuses bad input, says which field and why, and writes nothing', async () => {
    const before = await saveBrand({ name: 'Kahawa Bora', idea: 'Coffee' }, 1_000);
    renderWithSettings(<ConceptSection />);
    await screen.findByDisplayValue('Kahawa Bora');
    // maxLength stops typing; a paste or a script can still get past it, and the repository refuses.
    type('Brand name', 'K'.repeat(LIMITS.name + 1));
    type('Business idea', 'Coffee and tea');
    save();
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: Brand name is too long (at most 200 characters). Nothing was changed.');
    expect(screen.queryByText('Saved.')).toBeNull();
    expect(await db.brand.toArray()).toEqual([before]);

    type('Brand name', 'Kahawa Bora');
    type('New item for Opportunities', 'o'.repeat(LIMITS.shortText + 1));
    fireEvent.click(screen.getByRole('button', { name: 'Add to Opportunities' }));
    save();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Not saved: Opportunities, item 1 is too long (at most 2,000 characters). Nothing was changed.'));
    expect(await db.brand.toArray()).toEqual([before]);

    fireEvent.click(screen.getByRole('button', { name: 'Remove Opportunities item 1' }));
    save();
    await screen.findByText('Saved.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await getBrand())?.idea).toBe('Coffee and tea');
  });

  it('follows a concept replaced elsewhere and keeps the Networks page’s platforms and the typing', async () => {
    await saveBrand({ name: 'Kahawa Bora' }, 1_000);
    await db.brand.update(BRAND_ID, { platforms: ['instagram'] });
    renderWithSettings(<ConceptSection />);
    await screen.findByDisplayValue('Kahawa Bora');
    // A backup import or another panel replaces the row: the form shows the new concept.
    await saveBrand({ name: 'Kahawa Bora Roasters' }, 2_000);
    await screen.findByDisplayValue('Kahawa Bora Roasters');
    type('Mission', 'Fresh coffee');
    // The Networks page changing the brand's platforms meanwhile leaves the typing alone.
    await db.brand.update(BRAND_ID, { platforms: ['instagram', 'tiktok'], updatedAt: 3_000 });
    await waitFor(async () => expect((await getBrand())?.platforms).toHaveLength(2));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Mission').value).toBe('Fresh coffee');
    save();
    await screen.findByText('Saved.');
    expect(await getBrand()).toMatchObject({ name: 'Kahawa Bora Roasters', mission: 'Fresh coffee', platforms: ['instagram', 'tiktok'] });
  });
});
