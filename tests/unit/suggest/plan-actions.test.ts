// Attaching re-plans to the group findings: which upcoming posts change, to what, and when nothing does.
import { describe, expect, it } from 'vitest';
import { formatMixRule } from '@/utils/suggest/format-mix';
import { contentPerformanceRule } from '@/utils/suggest/content-performance';
import { MAX_CHANGED, withPlanActions } from '@/utils/suggest/plan-actions';
import { many, PERIOD, range } from './fixtures';
import { post } from './post-fixtures';

const NOW = PERIOD.end;

describe('format mix re-plans', () => {
  const past = [...many(range(10, 200, 10), { format: 'reel' }), ...many(range(10, 50, 5), { format: 'carousel' })];

  it('turns the soonest upcoming posts of another format into the better one, at most MAX_CHANGED', () => {
    const upcoming = [
      post('c3', { localDate: '2026-12-10' }),
      post('c1', { localDate: '2026-12-02' }),
      post('c2', { localDate: '2026-12-05' }),
      post('c4', { localDate: '2026-12-12' }),
      post('c5', { localDate: '2026-12-15' }),
      post('ready', { localDate: '2026-12-01', status: 'ready' }),
      post('media', { localDate: '2026-12-01', mediaIds: ['m1'] }),
      post('tiktok', { localDate: '2026-12-01', platform: 'tiktok' }),
      post('reel', { localDate: '2026-12-01', format: 'reel' }),
    ];
    const [suggestion] = withPlanActions(formatMixRule(past, PERIOD), { posts: past, period: PERIOD, upcoming, now: NOW });
    expect(suggestion!.action).toEqual({ kind: 'change-format', postIds: ['c1', 'c2', 'c3', 'c4'], toFormat: 'reel' });
    expect(MAX_CHANGED).toBe(4);
  });

  it('leaves the action empty when the plan has nothing to change', () => {
    const [suggestion] = withPlanActions(formatMixRule(past, PERIOD), { posts: past, period: PERIOD, upcoming: [post('r', { format: 'reel' })], now: NOW });
    expect(suggestion!.action).toEqual({ kind: 'none' });
  });

  it('moves the posts of a weak format to the strongest one', () => {
    const three = [...many(range(10, 200, 10), { format: 'reel' }), ...many(range(10, 100, 5), { format: 'carousel' }), ...many(range(10, 1, 1), { format: 'text' })];
    const suggestions = withPlanActions(formatMixRule(three, PERIOD), { posts: three, period: PERIOD, upcoming: [post('t', { format: 'text' }), post('c', {})], now: NOW });
    const lower = suggestions.find((suggestion) => suggestion.title.key === 'format-mix.lower');
    expect(lower!.action).toEqual({ kind: 'change-format', postIds: ['t'], toFormat: 'reel' });
  });
});

describe('content re-plans', () => {
  it('retags upcoming posts of other pillars to the pillar that does better', () => {
    const past = [...many(range(10, 200, 10), { planned: { pillar: 'recipes' } }), ...many(range(10, 50, 5), { planned: { pillar: 'news' } })];
    const upcoming = [post('n', { pillar: 'news' }), post('blank', { pillar: '' })];
    const [suggestion] = withPlanActions(contentPerformanceRule(past, PERIOD, { dimensions: ['pillar'] }), { posts: past, period: PERIOD, upcoming, now: NOW });
    expect(suggestion!.action).toEqual({ kind: 'retag', postIds: ['n'], field: 'pillar', to: 'recipes' });
  });

  it('retags to the hook that does better, by its id', () => {
    const past = [...many(range(10, 200, 10), { planned: { hookId: 'hook-good' } }), ...many(range(10, 50, 5), { planned: { hookId: 'hook-weak' } })];
    const upcoming = [post('w', { hookId: 'hook-weak' })];
    const [suggestion] = withPlanActions(contentPerformanceRule(past, PERIOD, { dimensions: ['hook'] }), { posts: past, period: PERIOD, upcoming, now: NOW });
    expect(suggestion!.action).toEqual({ kind: 'retag', postIds: ['w'], field: 'hookId', to: 'hook-good' });
  });
});
