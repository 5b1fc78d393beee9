// The rebranding checklist: started, ticked by hand, and followed by what is saved after the start.
import { describe, expect, it } from 'vitest';
import { saveBrand } from '@/storage/brand';
import { db } from '@/storage/db';
import { finishRebrand, getRebrand, rebrandProgress, setRebrandStep, startRebrand } from '@/storage/rebrand';
import { createTemplate, updateTemplate } from '@/storage/templates';

const START = Date.UTC(2026, 10, 26, 9, 0);

describe('rebranding checklist', () => {
  it('starts, keeps ticked steps, and ends', async () => {
    expect(await getRebrand()).toBeNull();
    await setRebrandStep('hooks', true, START); // nothing started: nothing to tick
    expect(await getRebrand()).toBeNull();
    await startRebrand(START);
    await setRebrandStep('hashtags', true, START + 1);
    await setRebrandStep('plan', true, START + 2);
    await setRebrandStep('plan', false, START + 3);
    expect(await getRebrand()).toEqual({ startedAt: START, done: ['hashtags'] });
    await finishRebrand();
    expect(await getRebrand()).toBeNull();
  });

  it('counts what was saved since the start', async () => {
    const old = await createTemplate({ name: 'Old launch', platform: null, text: 'Old voice' }, START - 10);
    await createTemplate({ name: 'Untouched', platform: null, text: 'Old voice too' }, START - 10);
    const before = await rebrandProgress(START, START);
    expect(before.concept).toBe(false);
    await saveBrand({ name: 'Kahawa Bora 2.0' }, START + 5);
    await updateTemplate(old.id, { text: 'New voice' }, START + 6);
    const after = await rebrandProgress(START, START + 10);
    expect(after.concept).toBe(true);
    expect(before.templates).toEqual({ reviewed: 0, total: 2 });
    expect(after.templates).toEqual({ reviewed: 1, total: 2 });
    expect(after.plan).toEqual({ untouched: 0 });
    expect(await db.suggestionStates.count()).toBe(0);
  });
});
