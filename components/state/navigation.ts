/**
 * Which side-panel area is open: ephemeral UI state in a signal, mirrored in the URL hash so that a
 * reload, a notification or a test can open a given area (`sidepanel.html#settings`).
 */
import { signal } from '@preact/signals-react';

export const AREAS = ['today', 'plan', 'compose', 'strategy', 'analytics', 'adjust', 'settings'] as const;
export type Area = (typeof AREAS)[number];

export function areaFromHash(hash: string): Area {
  const name = hash.replace(/^#/, '');
  return (AREAS as readonly string[]).includes(name) ? (name as Area) : 'today';
}

export const currentArea = signal<Area>('today');

export function openArea(area: Area): void {
  currentArea.value = area;
  if (typeof location !== 'undefined' && location.hash !== `#${area}`) history.replaceState(null, '', `#${area}`);
}
