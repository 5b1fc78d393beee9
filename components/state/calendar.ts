/**
 * The calendar's ephemeral UI state: which view and which days are shown, the filters, the colour key,
 * the post being moved and what the last move said. Database rows never live here (STYLE.md, Dexie):
 * only ids and choices, so every view reads the posts themselves through `useLiveQuery`.
 */
import { signal } from '@preact/signals-react';
import type { Platform, Post } from '@/storage/schemas';
import { openPost } from './navigation';

export const CALENDAR_VIEWS = ['month', 'week', 'agenda'] as const;
export type CalendarViewName = (typeof CALENDAR_VIEWS)[number];
export type ColorBy = 'platform' | 'pillar';

/** Each filter is a chosen value or '' for "all". */
export interface CalendarFilters {
  platform: Platform | '';
  status: Post['status'] | '';
  segmentId: string;
  campaignId: string;
  pillar: string;
}
export const NO_FILTERS: CalendarFilters = { platform: '', status: '', segmentId: '', campaignId: '', pillar: '' };

export const calendarView = signal<CalendarViewName>('month');
/** A local date inside the shown month or week; null follows the brand's today. */
export const calendarAnchor = signal<string | null>(null);
/** The day whose details the month view shows below the grid. */
export const selectedDay = signal<string | null>(null);
export const calendarFilters = signal<CalendarFilters>(NO_FILTERS);
export const colorBy = signal<ColorBy>('platform');
/**
 * Chips are told apart by a focus key, `<where>:<post id>` ("cell:…", "details:…", "week:…"): one
 * post can show twice (in its day and in the day's details), and focus must return to the one used.
 */
export type ChipKey = string;
/** The post whose "Move…" panel is open, and the chip that opened it. */
export const movingPost = signal<{ postId: string; chip: ChipKey } | null>(null);
/**
 * A chip to focus once it renders again: as the Move… panel closes, or after a keyboard move — then
 * only where it lands (`at`, 'YYYY-MM-DDTHH:mm' on the brand's clock), not in the day it is leaving.
 */
export const focusChip = signal<{ key: ChipKey; at?: string } | null>(null);
/** The last move (or its failure), read out by the calendar's live region. */
export const calendarNotice = signal('');

/**
 * Where a new post opened from the calendar starts. The editor reads it when it builds a blank form;
 * the calendar clears it once the editor is on something else, so "New post" later starts afresh.
 */
export const newPostAt = signal<{ localDate: string; localTime: string } | null>(null);

/** Shows a view; from a month with a picked day, the week shown is that day's. */
export function showCalendarView(next: CalendarViewName): void {
  if (next === 'week' && calendarView.value === 'month' && selectedDay.value) calendarAnchor.value = selectedDay.value;
  calendarView.value = next;
}

/** Opens the editor on a new post at that day and time. */
export function addPostAt(localDate: string, localTime: string): void {
  newPostAt.value = { localDate, localTime };
  openPost('new');
}

/** Sets one filter; the values come from the options the filter bar offers ('' for all). */
export function setFilter(key: keyof CalendarFilters, value: string): void {
  calendarFilters.value = { ...calendarFilters.value, [key]: value };
}

export function countActiveFilters(filters: CalendarFilters): number {
  return Object.values(filters).filter(Boolean).length;
}

/** Back to a fresh calendar (tests, and a workspace that was replaced). */
export function resetCalendarState(): void {
  calendarView.value = 'month';
  calendarAnchor.value = null;
  selectedDay.value = null;
  calendarFilters.value = NO_FILTERS;
  colorBy.value = 'platform';
  movingPost.value = null;
  focusChip.value = null;
  calendarNotice.value = '';
  newPostAt.value = null;
}
