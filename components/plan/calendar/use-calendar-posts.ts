/**
 * The posts of a view's range: one `listCalendarEntries` query (the light projection) for every day shown, re-run live when any
 * post changes, then arranged in memory. Components calling it must run `useSignals()` first.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { calendarFilters, colorBy } from '@/components/state/calendar';
import { useApp } from '@/components/ui/settings-context';
import { listCalendarEntries } from '@/storage/posts';
import { arrangePosts, type ArrangedPosts } from './arrange-posts';

export function useCalendarPosts(from: number, to: number): ArrangedPosts | undefined {
  const { settings } = useApp();
  const posts = useLiveQuery(() => listCalendarEntries(from, to), [from, to]);
  const filters = calendarFilters.value;
  const by = colorBy.value;
  return useMemo(() => posts && arrangePosts(posts, filters, by, settings.timeZone), [posts, filters, by, settings.timeZone]);
}
