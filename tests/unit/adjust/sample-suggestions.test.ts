// The rules over the sample workspace, as the Adjust page runs them: the sample has patterns to find,
// and every suggestion it yields reads in both languages with every placeholder filled.
import { describe, expect, it } from 'vitest';
import { presentParams, type Names } from '@/components/adjust/present';
import { loadAdjustData } from '@/storage/adjust-data';
import { loadSampleWorkspace } from '@/storage/load-sample';
import { translate, type MessageKey } from '@/utils/i18n/translate';
import { suggestAll } from '@/utils/suggest/run';
import { replanOf } from '@/utils/suggest/replan';

const NOW = Date.UTC(2026, 10, 26, 23, 0);

describe('suggestions on the sample workspace', () => {
  it('finds a re-plan and evidence-only suggestions, all worded in English and Kiswahili', async () => {
    await loadSampleWorkspace(NOW);
    const data = await loadAdjustData(NOW);
    const suggestions = suggestAll(data);
    const rules = new Set(suggestions.map((suggestion) => suggestion.rule));
    expect([...rules]).toEqual(expect.arrayContaining(['neglected-segments', 'goals-at-risk', 'stale-analytics', 'competitor-rhythm']));

    const neglected = suggestions.find((suggestion) => suggestion.rule === 'neglected-segments')!;
    expect(neglected.action.kind).toBe('retag');
    const changes = replanOf(neglected.action, { posts: data.plan, slots: data.slots, observed: new Map(), timeZone: data.timeZone, now: NOW, newId: () => 'new' });
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((change) => change.table === 'posts' && change.after.segmentId === (neglected.action as { to: string }).to)).toBe(true);

    const names: Names = { segment: new Map(data.segments.map((row) => [row.id, row.name])), hook: new Map(), goal: new Map(data.goals.map(({ goal }) => [goal.id, goal.title])), competitor: new Map(data.history.competitors.map((row) => [row.id, row.name])) };
    for (const language of ['en', 'sw'] as const) {
      const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, language, key, params);
      for (const suggestion of suggestions) {
        const keys = [`suggest.title.${suggestion.title.key}`, `suggest.rule.${suggestion.rule}`, ...suggestion.evidence.items.map((item) => `suggest.evidence.${item.key}`)];
        for (const key of keys) {
          const params = presentParams(key.startsWith('suggest.title') ? suggestion.title.params : (suggestion.evidence.items.find((item) => key.endsWith(`.${item.key}`))?.params ?? {}), names, t, language);
          const text = t(key as MessageKey, params);
          expect(text, `${language} ${key}`).not.toBe(key);
          expect(text, `${language} ${key}`).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });
});
