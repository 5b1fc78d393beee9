// Templates and hashtag sets: the composer's reusable texts, validated at the repository boundary.
import { describe, expect, it } from 'vitest';
import { db } from '@/storage/db';
import { cleanTags, createHashtagSet, deleteHashtagSet, listHashtagSets, updateHashtagSet } from '@/storage/hashtag-sets';
import { createTemplate, deleteTemplate, listTemplates, updateTemplate } from '@/storage/templates';
import { ValidationError } from '@/storage/validation';

const NOW = Date.UTC(2026, 10, 26, 6, 0);

describe('templates repository', () => {
  it('creates, lists by name, edits and deletes', async () => {
    const offer = await createTemplate({ name: 'Weekly offer', platform: 'instagram', text: 'This week: {offer}' }, NOW);
    await createTemplate({ name: 'Ask a question', platform: null, text: 'What do you think?' }, NOW);
    expect((await listTemplates()).map((template) => template.name)).toEqual(['Ask a question', 'Weekly offer']);

    const edited = await updateTemplate(offer.id, { text: 'Ofa ya wiki', platform: null }, NOW + 1);
    expect(edited).toMatchObject({ name: 'Weekly offer', text: 'Ofa ya wiki', platform: null, createdAt: NOW, updatedAt: NOW + 1 });
    expect(await db.templates.get(offer.id)).toEqual(edited);

    await deleteTemplate(offer.id);
    expect((await listTemplates()).map((template) => template.name)).toEqual(['Ask a question']);
  });

  it('refuses a nameless template and an edit of a missing one, writing nothing', async () => {
    const error = await createTemplate({ name: '  ', platform: null, text: 'x' }, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('name');
    expect(await db.templates.count()).toBe(0);
    await expect(updateTemplate('missing', { text: 'x' }, NOW)).rejects.toThrow('No template missing');
  });
});

describe('hashtag sets repository', () => {
  it('keeps tags without # or spaces, each once', () => {
    expect(cleanTags(['#kahawa', 'Kahawa', ' Nairobi ', '', '##coffee', 'Black Friday'])).toEqual(['kahawa', 'Nairobi', 'coffee', 'BlackFriday']);
  });

  it('creates, lists by name, edits and deletes', async () => {
    const coffee = await createHashtagSet({ name: 'Coffee', tags: ['#kahawa', 'coffee', 'kahawa'] }, NOW);
    expect(coffee.tags).toEqual(['kahawa', 'coffee']);
    await createHashtagSet({ name: 'Black Friday', tags: ['BlackFriday'] }, NOW);
    expect((await listHashtagSets()).map((set) => set.name)).toEqual(['Black Friday', 'Coffee']);

    const edited = await updateHashtagSet(coffee.id, { tags: ['Nairobi', '#nairobi', 'kahawa'] }, NOW + 1);
    expect(edited).toMatchObject({ name: 'Coffee', tags: ['Nairobi', 'kahawa'], updatedAt: NOW + 1 });
    expect(await db.hashtagSets.get(coffee.id)).toEqual(edited);

    await deleteHashtagSet(coffee.id);
    expect((await listHashtagSets()).map((set) => set.name)).toEqual(['Black Friday']);
  });

  it('refuses a nameless set and an edit of a missing one', async () => {
    await expect(createHashtagSet({ name: '', tags: ['kahawa'] }, NOW)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.hashtagSets.count()).toBe(0);
    await expect(updateHashtagSet('missing', { name: 'x' }, NOW)).rejects.toThrow('No hashtag set missing');
  });
});
