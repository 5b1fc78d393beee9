// How suggestions read: ids become names, weekdays and formats words, and each figure is formatted for
// what it measures (a share as a percent, an ER with its %, a p-value as "p = …").
import { describe, expect, it } from 'vitest';
import { formatEvidenceValue, presentParams, type Names } from '@/components/adjust/present';
import { translate, type MessageKey } from '@/utils/i18n/translate';

const names: Names = { segment: new Map([['seg-1', 'Students']]), hook: new Map([['hook-1', 'Free tasting']]), goal: new Map([['goal-1', '10k followers']]), competitor: new Map([['c-1', 'Savanna Peak']]) };
const t = (key: MessageKey, params?: Record<string, string | number>) => translate('en', 'en', key, params);

describe('parameters', () => {
  it('names ids, weekdays, formats, dates and groups', () => {
    expect(presentParams({ platform: 'instagram', weekday: 2, from: '18:00', to: '21:00', slotWeekday: 4 }, names, t, 'en')).toMatchObject({ platform: 'Instagram', weekday: 'Tuesday', slotWeekday: 'Thursday', group: 'Tuesday 18:00–21:00' });
    expect(presentParams({ platform: 'x', format: 'reel' }, names, t, 'en')).toMatchObject({ format: 'Reel / short', group: 'Reel / short' });
    expect(presentParams({ dimension: 'hook', key: 'hook-1' }, names, t, 'en')).toMatchObject({ key: 'Free tasting', group: 'Free tasting' });
    expect(presentParams({ dimension: 'pillar', key: 'education' }, names, t, 'en')).toMatchObject({ key: 'education' });
    expect(presentParams({ segment: 'seg-1', goal: 'goal-1', competitor: 'c-1', date: '2026-12-05', daypart: 18 }, names, t, 'en')).toMatchObject({ segment: 'Students', goal: '10k followers', competitor: 'Savanna Peak', date: 'Dec 5, 2026', daypart: '18:00–24:00' });
    expect(presentParams({ segment: 'gone' }, names, t, 'en')).toMatchObject({ segment: 'gone' });
  });
});

describe('evidence values', () => {
  it('formats each figure for what it measures', () => {
    expect(formatEvidenceValue({ key: 'pValue', value: 0.0123 }, 'en')).toBe('p = 0.012');
    expect(formatEvidenceValue({ key: 'pValue', value: 0.0001 }, 'en')).toBe('p < 0.001');
    expect(formatEvidenceValue({ key: 'probabilityHigher', value: 0.83 }, 'en')).toBe('83%');
    expect(formatEvidenceValue({ key: 'missedRate', value: 0.5 }, 'en')).toBe('50%');
    expect(formatEvidenceValue({ key: 'medianErFollowers', value: 3.456 }, 'en')).toBe('3.46 %');
    expect(formatEvidenceValue({ key: 'goalCurrentEr', value: 2.1 }, 'en')).toBe('2.1 %');
    expect(formatEvidenceValue({ key: 'medianEngagement', value: 1234.56 }, 'en')).toBe('1,234.6');
    expect(formatEvidenceValue({ key: 'segmentEvenPosts', value: 8.7 }, 'en')).toBe('8.7');
  });
});
