/**
 * The side panel's areas other than Today, each a chunk of its own with the string parts it shows.
 *
 * React reveals content that suspended no sooner than 300 ms after its fallback (React 19's throttle),
 * so an area whose chunk is fetched on first render appears a third of a second late even when the
 * chunk takes a few milliseconds. Hence: main.tsx loads the area in the address before the first
 * render, and every other area once the panel is idle; an area already loaded is drawn directly, with
 * no suspension. `lazy` remains the path for an area asked for before its chunk is in.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Area } from '@/components/state/navigation';
import { loadCataloguePart, type CataloguePart } from '@/utils/i18n/translate';
import type { Language } from '@/utils/languages';

export type LoadedArea = Exclude<Area, 'today'>;

interface AreaChunk {
  load: () => Promise<ComponentType>;
  /** The catalogue parts it shows; Strategy's with every area (hooks in the editor, what a refused save says, …). */
  parts: readonly CataloguePart[];
}

const CHUNKS: Record<LoadedArea, AreaChunk> = {
  plan: { load: () => import('@/components/plan/plan-area').then((m) => m.PlanArea), parts: ['strategy'] },
  strategy: { load: () => import('@/components/strategy/strategy-area').then((m) => m.StrategyArea), parts: ['strategy'] },
  compose: { load: () => import('@/components/compose/compose-area').then((m) => m.ComposeArea), parts: ['strategy', 'compose', 'media'] },
  analytics: { load: () => import('@/components/analytics/analytics-area').then((m) => m.AnalyticsArea), parts: ['strategy', 'analytics'] },
  adjust: { load: () => import('@/components/adjust/adjust-area').then((m) => m.AdjustArea), parts: ['strategy', 'adjust'] },
  settings: { load: () => import('@/components/settings/settings-area').then((m) => m.SettingsArea), parts: ['strategy'] },
};

const loaded: Partial<Record<LoadedArea, ComponentType>> = {};

function loadChunk(area: LoadedArea): Promise<ComponentType> {
  return CHUNKS[area].load().then((component) => (loaded[area] = component));
}

const lazyAreas = Object.fromEntries(
  (Object.keys(CHUNKS) as LoadedArea[]).map((area) => [area, lazy(() => loadChunk(area).then((component) => ({ default: component })))]),
) as Record<LoadedArea, LazyExoticComponent<ComponentType>>;

const chosen: Partial<Record<LoadedArea, ComponentType>> = {};

/**
 * The area's component: the loaded one when its chunk is in, else a lazy one that suspends. Decided
 * once per area: switching an area drawn through `lazy` to the loaded component later would be a new
 * component type to React, which would remount it and lose what the user had typed.
 */
export function areaComponent(area: LoadedArea): ComponentType {
  return (chosen[area] ??= loaded[area] ?? lazyAreas[area]);
}

/** Loads an area's chunk and its strings in `language`. */
export async function preloadArea(area: LoadedArea, language: Language): Promise<void> {
  await Promise.all([loadChunk(area), ...CHUNKS[area].parts.map((part) => loadCataloguePart(part, language))]);
}

/** How long after mounting the other areas start loading: the first area's data arrives meanwhile. */
const PRELOAD_AFTER_MS = 2_000;

/**
 * Loads every area once the panel has settled, so moving between them never waits (failures show on
 * opening). Not at once: the main thread is idle while the first area waits for IndexedDB, and parsing
 * the other chunks then would delay its paint.
 */
export function preloadAreasWhenIdle(language: Language): void {
  setTimeout(() => {
    requestIdleCallback(
      () => {
        for (const area of Object.keys(CHUNKS) as LoadedArea[]) preloadArea(area, language).catch(() => undefined);
      },
      { timeout: 3_000 },
    );
  }, PRELOAD_AFTER_MS);
}
