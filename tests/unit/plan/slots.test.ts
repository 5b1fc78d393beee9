// Recurring slots repository: one row per weekday, validated, listed in week order.
import { describe, expect, it } from 'vitest';
import { db } from '@/storage/db';
import { createSlot, createSlots, deleteSlot, getSlot, listSlots, setSlotActive, updateSlot } from '@/storage/slots';
import { ValidationError } from '@/storage/validation';

const NOW = Date.UTC(2026, 2, 20, 8, 0);
const REEL = { localTime: '18:00', platform: 'instagram', format: 'reel', pillar: ' education ', active: true } as const;

describe('slots repository', () => {
  it('creates one slot per weekday, in week order, with the pillar trimmed', async () => {
    const created = await createSlots({ ...REEL, weekdays: [4, 2, 4] }, NOW);
    expect(created.map((slot) => slot.weekday)).toEqual([2, 4]);
    await createSlot({ ...REEL, weekday: 2, localTime: '08:30', platform: 'linkedin', format: 'text' }, NOW);
    const slots = await listSlots();
    expect(slots.map((slot) => `${slot.weekday} ${slot.localTime} ${slot.platform}`)).toEqual(['2 08:30 linkedin', '2 18:00 instagram', '4 18:00 instagram']);
    expect(slots[1]).toMatchObject({ pillar: 'education', format: 'reel', active: true, createdAt: NOW, updatedAt: NOW });
  });

  it('refuses invalid slots with the field named, and writes none of the batch', async () => {
    const cases = [
      { ...REEL, weekdays: [] },
      { ...REEL, weekdays: [2, 8] },
      { ...REEL, weekdays: [2], localTime: '24:00' },
      { ...REEL, weekdays: [2], pillar: 'x'.repeat(201) },
      { ...REEL, weekdays: [2], platform: 'myspace' as 'x' },
    ];
    const fields = [];
    for (const input of cases) {
      const error = await createSlots(input, NOW).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      fields.push((error as ValidationError).field);
    }
    expect(fields).toEqual(['weekday', 'weekday', 'localTime', 'pillar', 'platform']);
    expect(await db.slots.count()).toBe(0);
  });

  it('edits, deactivates and deletes a slot', async () => {
    const [slot] = await createSlots({ ...REEL, weekdays: [2] }, NOW);
    const later = NOW + 60_000;
    const edited = await updateSlot(slot!.id, { localTime: '19:15', format: 'carousel', pillar: 'community', weekday: 3 }, later);
    expect(edited).toMatchObject({ id: slot!.id, weekday: 3, localTime: '19:15', format: 'carousel', pillar: 'community', createdAt: NOW, updatedAt: later });

    await expect(updateSlot(slot!.id, { localTime: '7pm' }, later)).rejects.toMatchObject({ field: 'localTime' });
    expect((await getSlot(slot!.id))!.localTime).toBe('19:15');

    expect((await setSlotActive(slot!.id, false, later)).active).toBe(false);
    expect((await getSlot(slot!.id))!.active).toBe(false);

    await deleteSlot(slot!.id);
    expect(await listSlots()).toEqual([]);
    await expect(updateSlot(slot!.id, { active: true })).rejects.toThrow(/No slot/);
  });
});
