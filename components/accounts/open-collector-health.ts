/**
 * Opening the collectors' health (in Settings, below the tracked accounts) from another area: the
 * Today warning sets the request, the health part focuses its heading once (which scrolls it into
 * view) and clears it. Ephemeral UI state only.
 */
import { signal } from '@preact/signals-react';
import { openArea } from '@/components/state/navigation';

export const collectorHealthRequested = signal(false);

export function openCollectorHealth(): void {
  collectorHealthRequested.value = true;
  openArea('settings');
}
