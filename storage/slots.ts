/**
 * Recurring publishing slots ("Tuesday and Thursday 18:00, Instagram reel"): one row per weekday, so a
 * slot on two days is two rows that can later be moved or switched off one by one. Every write is
 * validated with the slot schema and refused whole with the field named (ValidationError).
 */
import { db } from './db';
import { newId } from './ids';
import { slotSchema, type Slot } from './schemas';
import { parseRow, ValidationError } from './validation';

/** What an editor provides; ids and timestamps are the repository's business. */
export type SlotInput = Omit<Slot, 'id' | 'createdAt' | 'updatedAt'>;

/** Every slot in week order: weekday, then time, then platform (the order a week is read in). */
export async function listSlots(): Promise<Slot[]> {
  const slots = await db.slots.toArray();
  return slots.sort((a, b) => a.weekday - b.weekday || compare(a.localTime, b.localTime) || compare(a.platform, b.platform) || compare(a.id, b.id));
}

export function getSlot(id: string): Promise<Slot | undefined> {
  return db.slots.get(id);
}

/**
 * Creates one slot per weekday (duplicates dropped) in one transaction: all of them or, when one is
 * invalid or no weekday is given, none.
 */
export async function createSlots(input: Omit<SlotInput, 'weekday'> & { weekdays: readonly number[] }, now = Date.now()): Promise<Slot[]> {
  const { weekdays, ...rest } = input;
  const days = [...new Set(weekdays)].sort((a, b) => a - b);
  if (days.length === 0) throw new ValidationError('weekday', 'choose at least one weekday', 'no-weekday');
  const slots = days.map((weekday) => parseRow(slotSchema, { ...rest, pillar: rest.pillar.trim(), weekday, id: newId(), createdAt: now, updatedAt: now }));
  await db.transaction('rw', db.slots, () => db.slots.bulkAdd(slots));
  return slots;
}

export async function createSlot(input: SlotInput, now = Date.now()): Promise<Slot> {
  const { weekday, ...rest } = input;
  const [slot] = await createSlots({ ...rest, weekdays: [weekday] }, now);
  return slot!;
}

/** Applies an edit; throws when the slot is gone or the result is invalid (nothing is written then). */
export async function updateSlot(id: string, patch: Partial<SlotInput>, now = Date.now()): Promise<Slot> {
  return db.transaction('rw', db.slots, async () => {
    const current = await db.slots.get(id);
    if (!current) throw new Error(`No slot ${id}`);
    const next = { ...current, ...patch, id, createdAt: current.createdAt, updatedAt: now };
    const slot = parseRow(slotSchema, { ...next, pillar: next.pillar.trim() });
    await db.slots.put(slot);
    return slot;
  });
}

/** Switches a slot on or off: an inactive slot stays listed but plans nothing. */
export function setSlotActive(id: string, active: boolean, now = Date.now()): Promise<Slot> {
  return updateSlot(id, { active }, now);
}

/** Deletes a slot; posts already planned from it stay (they are the plan, the slot was only the rule). */
export async function deleteSlot(id: string): Promise<void> {
  await db.slots.delete(id);
}

function compare(a: string, b: string): number {
  // Code-unit order: 'HH:mm' sorts as time, and the order must not depend on the reader's language.
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
