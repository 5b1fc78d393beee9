/**
 * Which competitor is open on the Competitors page, and what the last action said once its editor
 * closed ("Savanna Peak deleted; …"). Ephemeral UI state only.
 */
import { signal } from '@preact/signals-react';
import type { Platform } from '@/storage/schemas';

export interface OpenCompetitor {
  /** The competitor's id, or 'new' for a blank one. */
  id: string;
  /** Preselects the account form's platform ("Add their TikTok account" in the table). */
  platform?: Platform;
  /** A new number for each opening: a fresh form. A new competitor that gets its id keeps its form. */
  session: number;
}

export const openCompetitor = signal<OpenCompetitor | null>(null);
export const competitorNotice = signal('');
let sessions = 0;

/** Opens a competitor (or a blank one with 'new'), or closes the editor with null. */
export function showCompetitor(id: string | null, platform?: Platform): void {
  competitorNotice.value = '';
  openCompetitor.value = id === null ? null : { id, session: ++sessions, ...(platform ? { platform } : {}) };
}

/** The new competitor in the editor was saved and has its id now: same form, same words on screen. */
export function adoptCompetitor(id: string): void {
  const current = openCompetitor.peek();
  openCompetitor.value = { id, session: current?.session ?? ++sessions };
}
