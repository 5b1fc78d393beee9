/**
 * Renders its children once a catalogue part's strings are loaded in the UI language (suspends until
 * then: a local chunk, a few milliseconds). Code outside the side panel's first chunk uses it, so the
 * first paint carries only the strings Today needs (utils/i18n/translate.ts, "Catalogue parts").
 */
import { use, type ReactNode } from 'react';
import { loadCataloguePart, type CataloguePart } from '@/utils/i18n/translate';
import { useApp } from './settings-context';

export function WithStrings({ part, children }: { part: CataloguePart; children: ReactNode }) {
  const { settings } = useApp();
  use(loadCataloguePart(part, settings.language));
  return children;
}
