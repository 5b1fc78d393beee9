/**
 * Which side-panel area is open: ephemeral UI state in signals, mirrored in the URL hash so that a
 * reload, a notification or a test can open a given place (`sidepanel.html#settings`,
 * `sidepanel.html#plan/<post id>`).
 */
import { signal } from '@preact/signals-react';
import type { NewPostPreset } from '@/components/plan/post-form';

export const AREAS = ['today', 'plan', 'compose', 'strategy', 'analytics', 'adjust', 'settings'] as const;
export type Area = (typeof AREAS)[number];

export const currentArea = signal<Area>('today');
/** The planned post open in the editor: an id, 'new' for a blank one, or null. */
export const editingPost = signal<string | null>(null);
export const PLAN_SECTIONS = ['calendar', 'campaigns', 'slots', 'export'] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];
/** Which part of the Plan area is shown below the post editor. */
export const planSection = signal<PlanSection>('calendar');

export const STRATEGY_SECTIONS = ['concept', 'competitors', 'goals', 'audience', 'networks', 'partners'] as const;
export type StrategySection = (typeof STRATEGY_SECTIONS)[number];
/** Which page of the Strategy area is shown (`#strategy/<section>`). */
export const strategySection = signal<StrategySection>('concept');

/** The planned post open in the composer (any variant of its idea), or null for the list to choose from. */
export const composingPost = signal<string | null>(null);

/** Counts the posts opened in the editor: a new count is a fresh form; saving a new post keeps its form. */
export const editorSession = signal(0);

/** What the editor last said ("Saved."); it outlives the form, which is rebuilt when a new post gets its id. */
export const editorNotice = signal('');

export function parseHash(hash: string): { area: Area; detail: string | null } {
  const [name = '', detail] = hash.replace(/^#/, '').split('/');
  const area = (AREAS as readonly string[]).includes(name) ? (name as Area) : 'today';
  return { area, detail: detail ? decodeURIComponent(detail) : null };
}

function writeHash(hash: string): void {
  if (typeof location !== 'undefined' && location.hash !== hash) history.replaceState(null, '', hash);
}

export function openArea(area: Area): void {
  currentArea.value = area;
  writeHash(
    area === 'plan' && editingPost.value
      ? `#plan/${encodeURIComponent(editingPost.value)}`
      : area === 'compose' && composingPost.value
        ? `#compose/${encodeURIComponent(composingPost.value)}`
        : area === 'strategy'
          ? `#strategy/${strategySection.value}`
          : `#${area}`,
  );
}

/** Opens one page of the Strategy area (the first-run guide and Today link straight to them). */
export function openStrategy(section: StrategySection): void {
  strategySection.value = section;
  openArea('strategy');
}

/**
 * What the next new post starts with, when it is opened from elsewhere (a hook on the Audience board).
 * The editor reads it once as it builds the blank form; every openPost sets or clears it.
 */
export const newPostPreset = signal<NewPostPreset | null>(null);

export function openPost(id: string | null, preset: NewPostPreset | null = null): void {
  newPostPreset.value = id === 'new' ? preset : null;
  editingPost.value = id;
  editorNotice.value = '';
  editorSession.value++;
  openArea('plan');
}

/** Opens the composer on a planned post, or on the list of posts to compose when `id` is null. */
export function openComposer(id: string | null): void {
  composingPost.value = id;
  openArea('compose');
}

/** The new post in the editor was saved and has its id now: same form, same words on screen. */
export function adoptSavedPost(id: string): void {
  editingPost.value = id;
  openArea('plan');
}

/** Follows the hash: on load, and when a notification or a link changes it. */
export function followHash(hash: string): void {
  const { area, detail } = parseHash(hash);
  if (area === 'plan' && detail) editingPost.value = detail;
  if (area === 'compose' && detail) composingPost.value = detail;
  if (area === 'strategy' && (STRATEGY_SECTIONS as readonly string[]).includes(detail ?? '')) strategySection.value = detail as StrategySection;
  openArea(area);
}
