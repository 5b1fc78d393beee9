/**
 * The Adjust area's live data: what the rules read, the suggestions they make, and the decisions
 * already taken. Live queries: applying a re-plan, an edit in another panel or a new capture brings
 * the page up to date. The rules run on the hour's "now", not the minute's: they read a year of posts,
 * and nothing they say changes from one minute to the next.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { listDecisions, suggestionStateId, type Decision } from '@/storage/adjust';
import { loadAdjustData, type AdjustData } from '@/storage/adjust-data';
import { suggestAll } from '@/utils/suggest/run';
import type { Suggestion } from '@/utils/suggest/types';
import type { Names } from './present';

const HOUR_MS = 60 * 60_000;

export interface AdjustState {
  data: AdjustData;
  /** Suggestions not yet applied or dismissed for their evidence, with their state id. */
  open: { id: string; suggestion: Suggestion }[];
  decisions: Decision[];
  names: Names;
}

export function useAdjust(now: number): AdjustState | undefined {
  const hour = Math.floor(now / HOUR_MS) * HOUR_MS;
  const data = useLiveQuery(() => loadAdjustData(hour), [hour]);
  const decisions = useLiveQuery(listDecisions, []);
  const suggestions = useMemo(() => data && suggestAll(data), [data]);
  return useMemo(() => {
    if (!data || !suggestions || !decisions) return undefined;
    const decided = new Set(decisions.filter((decision) => decision.status !== 'undone').map((decision) => decision.id));
    const open = suggestions.map((suggestion) => ({ id: suggestionStateId(suggestion), suggestion })).filter(({ id }) => !decided.has(id));
    return { data, open, decisions, names: namesOf(data) };
  }, [data, suggestions, decisions]);
}

function namesOf(data: AdjustData): Names {
  return {
    segment: new Map(data.segments.map((row) => [row.id, row.name])),
    hook: new Map(data.hooks.map((row) => [row.id, row.title])),
    goal: new Map(data.goals.map(({ goal }) => [goal.id, goal.title])),
    competitor: new Map(data.history.competitors.map((row) => [row.id, row.name])),
  };
}
