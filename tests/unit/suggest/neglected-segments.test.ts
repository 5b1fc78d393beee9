// Neglected segments on crafted plans: a segment the next two weeks leave out, next to segments that get
// their share, is found and handed a few ideas or drafts; small, untagged or evenly shared plans stay silent.
import { describe, expect, it } from 'vitest';
import type { Platform } from '@/utils/platforms';
import { isoWeekKey, neglectedSegmentsRule, type HookRow, type NeglectedSegmentsInput, type PlanRow, type SegmentRow } from '@/utils/suggest/neglected-segments';

const HOUR = 3_600_000;
/** Monday 16 November 2026 (ISO week 47) to Monday 30 November, UTC. */
const WINDOW = { start: Date.UTC(2026, 10, 16), end: Date.UTC(2026, 10, 30) };

const segment = (id: string, platforms: Platform[] = [], presence?: SegmentRow['presence']): SegmentRow => ({ id, platforms, ...(presence ? { presence } : {}) });

function post(id: string, day: number, status: PlanRow['status'], segmentId: string | null, extra: Partial<PlanRow> = {}): PlanRow {
  return { id, groupId: null, platform: 'instagram', status, scheduledAt: Date.UTC(2026, 10, day, 9), segmentId, hookId: null, ...extra };
}

/** `count` posts of one segment (or untagged), a day apart from `firstDay`, ids `<prefix>1…`. */
function posts(prefix: string, count: number, segmentId: string | null, status: PlanRow['status'] = 'draft', firstDay = 16, extra: Partial<PlanRow> = {}): PlanRow[] {
  return Array.from({ length: count }, (_, i) => post(`${prefix}${i + 1}`, firstDay + (i % 14), status, segmentId, { scheduledAt: Date.UTC(2026, 10, firstDay + (i % 14), 9) + i * HOUR, ...extra }));
}

const ABC = [segment('a'), segment('b'), segment('c')];

function run(input: Partial<NeglectedSegmentsInput> & Pick<NeglectedSegmentsInput, 'upcoming'>) {
  return neglectedSegmentsRule({ segments: ABC, hooks: [], window: WINDOW, ...input });
}

describe('neglected segments', () => {
  it('finds a segment the plan leaves out and hands it untagged posts first, then the over-served segment’s', () => {
    const hooks: HookRow[] = [
      { id: 'h-c2', segmentId: 'c', active: true },
      { id: 'h-c1', segmentId: 'c', active: false },
      { id: 'h-a', segmentId: 'a', active: true },
    ];
    const upcoming = [
      post('a1', 16, 'scheduled', 'a'),
      post('a2', 17, 'draft', 'a'),
      post('a3', 18, 'idea', 'a'),
      post('a4', 19, 'ready', 'a'),
      post('a5', 20, 'draft', 'a', { hookId: 'h-a' }),
      post('a6', 21, 'idea', 'a'),
      ...posts('b', 4, 'b'),
      post('u1', 22, 'draft', null),
      post('u2', 23, 'idea', null),
      // Not the plan: gone out, dropped, or outside the window.
      post('gone', 17, 'published', 'a'),
      post('dropped', 18, 'cancelled', 'b'),
      post('late', 17, 'missed', null),
      post('next-month', 17, 'draft', 'a', { scheduledAt: Date.UTC(2026, 11, 2) }),
      post('undated', 17, 'idea', null, { scheduledAt: null }),
    ];
    const suggestions = run({ upcoming, hooks });
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toEqual({
      rule: 'neglected-segments',
      platform: 'instagram',
      title: { key: 'neglected-segments.neglected', params: { segment: 'c', count: 0, even: 4, posts: 12, hookId: 'h-c2' } },
      evidence: {
        start: WINDOW.start,
        end: WINDOW.end,
        items: [
          { key: 'segmentPosts', params: { segment: 'c' }, value: 0, n: 12 },
          { key: 'segmentEvenPosts', params: { segment: 'c', segments: 3 }, value: 4, n: 12 },
          { key: 'mostServedSegmentPosts', params: { segment: 'a' }, value: 6, n: 12 },
          { key: 'untaggedPosts', params: {}, value: 2, n: 12 },
        ],
        fingerprint: 'neglected-segments:c:2026-W47',
      },
      confidence: 'high',
      // The two untagged posts, then a's ideas and drafts (not the scheduled a1, the ready a4, or a5 with a's hook).
      action: { kind: 'retag', field: 'segmentId', to: 'c', postIds: ['u1', 'u2', 'a2', 'a3'] },
    });
  });

  it('never takes the over-served segment below its own share', () => {
    // Even share 3 each: a holds 5, so it can give two; b (4, one above) is not the most over-served.
    const [suggestion] = run({ upcoming: [...posts('a', 5, 'a'), ...posts('b', 4, 'b')] });
    expect(suggestion).toMatchObject({
      title: { params: { segment: 'c', count: 0, even: 3, posts: 9 } },
      confidence: 'medium', // none at all, but of a share of three
      action: { kind: 'retag', to: 'c', postIds: ['a1', 'a2'] },
    });
    expect(suggestion!.title.params).not.toHaveProperty('hookId');
  });

  it('never retags scheduled or ready posts, posts with another segment’s hook, or ideas whose variant is scheduled', () => {
    const hooks: HookRow[] = [{ id: 'h-a', segmentId: 'a', active: true }];
    const upcoming = [
      ...posts('a', 6, 'a', 'scheduled'),
      ...posts('b', 4, 'b', 'ready'),
      post('u-ready', 20, 'ready', null),
      post('u-hook', 21, 'draft', null, { hookId: 'h-a' }),
      post('g2-ig', 22, 'idea', null, { groupId: 'g2' }),
      // Its Facebook variant, scheduled after the window: the retag would carry to it.
      post('g2-fb', 22, 'scheduled', null, { groupId: 'g2', platform: 'facebook', scheduledAt: Date.UTC(2026, 11, 5) }),
    ];
    const [suggestion] = run({ upcoming, hooks });
    expect(suggestion).toMatchObject({ title: { params: { segment: 'c', count: 0, posts: 13 } }, action: { kind: 'open', area: 'plan' } });
  });

  it('takes a post with its platform variants, and retags a post carrying the segment’s own hook', () => {
    const hooks: HookRow[] = [{ id: 'h-c', segmentId: 'c', active: true }];
    const at = Date.UTC(2026, 10, 18, 12);
    const upcoming = [
      ...posts('a', 5, 'a'),
      ...posts('b', 4, 'b', 'scheduled'),
      post('g1-ig', 18, 'draft', null, { groupId: 'g1', scheduledAt: at }),
      post('g1-fb', 18, 'idea', null, { groupId: 'g1', platform: 'facebook', scheduledAt: at }),
      post('u-hook', 25, 'draft', null, { hookId: 'h-c' }),
    ];
    const [suggestion] = run({ upcoming, hooks });
    // Twelve posts, a share of 4: the group counts twice, the hooked post once, then one of a's five.
    expect(suggestion).toMatchObject({
      platform: 'all',
      title: { params: { segment: 'c', count: 0, even: 4, posts: 12, hookId: 'h-c' } },
      action: { kind: 'retag', to: 'c', postIds: ['g1-fb', 'g1-ig', 'u-hook', 'a1'] },
    });
  });

  it('hands several neglected segments different posts, the most neglected first', () => {
    const segments = [segment('d'), segment('c'), segment('b'), segment('a')];
    const upcoming = [...posts('a', 10, 'a'), ...posts('b', 4, 'b'), post('c1', 20, 'scheduled', 'c'), post('u1', 16, 'idea', null)];
    const suggestions = run({ segments, upcoming });
    expect(suggestions.map((s) => [s.title.params, s.confidence, s.action])).toEqual([
      [{ segment: 'd', count: 0, even: 4, posts: 16 }, 'high', { kind: 'retag', field: 'segmentId', to: 'd', postIds: ['u1', 'a1', 'a2', 'a3'] }],
      [{ segment: 'c', count: 1, even: 4, posts: 16 }, 'medium', { kind: 'retag', field: 'segmentId', to: 'c', postIds: ['a4', 'a5', 'a6'] }],
    ]);
  });

  it('gives low confidence to a segment with a post against a small share', () => {
    const [suggestion] = run({ upcoming: [...posts('a', 5, 'a'), ...posts('b', 3, 'b'), post('c1', 20, 'draft', 'c')] });
    expect(suggestion).toMatchObject({ title: { params: { segment: 'c', count: 1, even: 3 } }, confidence: 'low', action: { kind: 'retag', postIds: ['a1', 'a2'] } });
  });

  it('measures a segment only against the posts of the platforms it is on', () => {
    const segments = [segment('a'), segment('b'), segment('l', ['linkedin']), segment('x', ['instagram'], { instagram: 0 })];
    const linkedin = (prefix: string, count: number, segmentId: string) => posts(prefix, count, segmentId, 'draft', 16, { platform: 'linkedin' });
    // 10 Instagram posts shared by a and b (x is rated absent there); 8 LinkedIn posts shared by a, b and l.
    const upcoming = [...posts('ai', 5, 'a'), ...posts('bi', 5, 'b'), ...linkedin('al', 4, 'a'), ...linkedin('bl', 4, 'b')];
    const suggestions = run({ segments, upcoming });
    expect(suggestions).toHaveLength(1);
    const [suggestion] = suggestions;
    expect(suggestion).toMatchObject({
      platform: 'linkedin',
      title: { params: { segment: 'l', count: 0, even: 3, posts: 18 } },
      confidence: 'medium',
      // a and b are each 1⅓ above their share (tie: a); a gives one LinkedIn post and stays at its share.
      action: { kind: 'retag', to: 'l', postIds: ['al1'] },
    });
    const share = suggestion!.evidence.items.find((item) => item.key === 'segmentEvenPosts')!;
    expect(share.value).toBeCloseTo(8 / 3, 10);
    expect(share).toMatchObject({ n: 8, params: { segment: 'l', segments: 3 } });

    // With four LinkedIn posts, l's share is 1⅓: a short plan may leave it for a week.
    expect(run({ segments, upcoming: [...posts('ai', 5, 'a'), ...posts('bi', 5, 'b'), ...linkedin('al', 2, 'a'), ...linkedin('bl', 2, 'b')] })).toEqual([]);
  });

  it('is silent on a plan too small to judge', () => {
    expect(run({ upcoming: [...posts('a', 4, 'a'), ...posts('b', 3, 'b')] })).toEqual([]);
  });

  it('is silent when the plan is mostly untagged', () => {
    // a has 3 of a share of 4: no segment gets its share, so the tags say little about the mix.
    expect(run({ upcoming: [...posts('a', 3, 'a'), ...posts('u', 9, null)] })).toEqual([]);
  });

  it('is silent when there are more segments than the plan has room for', () => {
    const segments = Array.from({ length: 7 }, (_, i) => segment(`s${i}`));
    expect(run({ segments, upcoming: [...posts('a', 6, 's0'), ...posts('b', 6, 's1')] })).toEqual([]);
  });

  it('is silent when the segments get even shares', () => {
    expect(run({ upcoming: [...posts('a', 4, 'a'), ...posts('b', 4, 'b'), ...posts('c', 3, 'c'), ...posts('u', 2, null)] })).toEqual([]);
  });

  it('keeps the fingerprint for the week of the window’s start on the brand calendar', () => {
    const upcoming = [...posts('a', 5, 'a', 'draft', 24), ...posts('b', 4, 'b', 'draft', 24)];
    const fingerprint = (start: number, timeZone?: string) => run({ upcoming, window: { start, end: WINDOW.end }, ...(timeZone ? { timeZone } : {}) })[0]?.evidence.fingerprint;
    expect(fingerprint(WINDOW.start)).toBe('neglected-segments:c:2026-W47');
    expect(fingerprint(WINDOW.start + 3 * 24 * HOUR)).toBe('neglected-segments:c:2026-W47');
    // Sunday 22 November, 23:00 UTC, is already Monday in Nairobi.
    expect(fingerprint(Date.UTC(2026, 10, 15, 23))).toBe('neglected-segments:c:2026-W46');
    expect(fingerprint(Date.UTC(2026, 10, 22, 23), 'Africa/Nairobi')).toBe('neglected-segments:c:2026-W48');
  });

  it('gives the same suggestions whatever the order of its input', () => {
    const segments = [segment('a'), segment('b'), segment('c'), segment('d')];
    const upcoming = [...posts('a', 10, 'a'), ...posts('b', 4, 'b'), post('c1', 20, 'scheduled', 'c'), post('u1', 16, 'idea', null)];
    const forward = run({ segments, upcoming });
    expect(forward).toHaveLength(2);
    expect(run({ segments: [...segments].reverse(), upcoming: [...upcoming].reverse() })).toEqual(forward);
  });
});

describe('ISO week keys', () => {
  it('puts each date in the week of its Thursday', () => {
    expect(isoWeekKey('2026-11-16')).toBe('2026-W47');
    expect(isoWeekKey('2026-11-22')).toBe('2026-W47');
    expect(isoWeekKey('2026-01-01')).toBe('2026-W01');
    expect(isoWeekKey('2027-01-01')).toBe('2026-W53');
    expect(isoWeekKey('2024-12-30')).toBe('2025-W01');
    expect(isoWeekKey('2021-01-03')).toBe('2020-W53');
  });
});
