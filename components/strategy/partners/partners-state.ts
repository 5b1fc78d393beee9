/**
 * What is open on the Partners page: the partner form and the collaboration editor, and a way for the
 * Plan calendar to open one collaboration there. Ephemeral UI state only; rows live in storage.
 */
import { signal } from '@preact/signals-react';
import { openStrategy } from '@/components/state/navigation';

/** A partner's id in its edit form, 'new' for the add form, or null. */
export const editingPartner = signal<string | null>(null);

/** The collaboration open in its editor: its partner and its id (null for a new one), or null. */
export const editingCollaboration = signal<{ partnerId: string; id: string | null } | null>(null);

/** Set when the editor was opened from elsewhere (the calendar): it scrolls into view and takes focus. */
export const collaborationFocusRequested = signal(false);

/** What the page's last action said ("Deleted Mkate Mtamu."), shown in its status line. */
export const partnersNotice = signal('');

/** Opens a collaboration on the Partners page (from a calendar day, for instance). */
export function showCollaboration(partnerId: string, id: string): void {
  editingPartner.value = null;
  editingCollaboration.value = { partnerId, id };
  collaborationFocusRequested.value = true;
  openStrategy('partners');
}
