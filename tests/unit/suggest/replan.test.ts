// The re-plan of each action kind: exactly the rows it changes, never a post that went out, is in the
// past or (for a move) was handed to the platform.
import { describe, expect, it } from 'vitest';
import { isChangeable, replanOf, shiftWallClock, type ReplanContext } from '@/utils/suggest/replan';
import { toInstant } from '@/utils/time/wall-clock';
import { counter, post, slot, ZONE } from './post-fixtures';

const NOW = Date.UTC(2026, 10, 26, 9, 0);

function ctx(fields: Partial<ReplanContext> = {}): ReplanContext {
  return { posts: [], slots: [], observed: new Map(), timeZone: ZONE, now: NOW, newId: counter(), ...fields };
}

describe('which posts a re-plan may touch', () => {
  it('keeps published, missed, cancelled and past posts out', () => {
    expect(isChangeable(post('a', {}), NOW)).toBe(true);
    expect(isChangeable(post('b', { status: 'published' }), NOW)).toBe(false);
    expect(isChangeable(post('c', { status: 'missed' }), NOW)).toBe(false);
    expect(isChangeable(post('d', { status: 'cancelled' }), NOW)).toBe(false);
    expect(isChangeable(post('e', { localDate: '2026-11-20' }), NOW)).toBe(false);
    expect(isChangeable(post('f', { localDate: null, localTime: null, scheduledAt: null, status: 'idea' }), NOW)).toBe(true);
  });
});

describe('move-slot', () => {
  it('moves the slot and its upcoming posts within their week, keeping the wall clock', () => {
    const posts = [
      post('tue1', { localDate: '2026-12-01' }),
      post('tue2', { localDate: '2026-12-08' }),
      post('ready', { localDate: '2026-12-15', status: 'ready' }),
      post('other-time', { localDate: '2026-12-01', localTime: '10:00' }),
      post('other-platform', { localDate: '2026-12-01', platform: 'tiktok' }),
    ];
    const changes = replanOf({ kind: 'move-slot', slotId: 's', toWeekday: 3, toLocalTime: '19:30' }, ctx({ posts, slots: [slot('s')] }));
    expect(changes.map((change) => [change.table, change.after.id])).toEqual([
      ['slots', 's'],
      ['posts', 'tue1'],
      ['posts', 'tue2'],
    ]);
    expect(changes[0]!.after).toMatchObject({ weekday: 3, localTime: '19:30', updatedAt: NOW });
    expect(changes[1]!.after).toMatchObject({ localDate: '2026-12-02', localTime: '19:30', scheduledAt: toInstant('2026-12-02', '19:30', ZONE) });
    expect(changes[1]!.before).toBe(posts[0]);
  });

  it('moves a post a week on when the new day of its week has passed', () => {
    // Thursday 26 Nov: moving its Friday 27 post to Wednesday would put it on the 25th, in the past.
    const friday = post('fri', { localDate: '2026-11-27', localTime: '08:30', platform: 'x' });
    const changes = replanOf({ kind: 'move-slot', slotId: 's', toWeekday: 3, toLocalTime: '08:30' }, ctx({ posts: [friday], slots: [slot('s', { weekday: 5, localTime: '08:30', platform: 'x' })] }));
    expect(changes[1]!.after).toMatchObject({ localDate: '2026-12-02' });
  });

  it('does nothing for a slot that is gone', () => {
    expect(replanOf({ kind: 'move-slot', slotId: 'gone', toWeekday: 3, toLocalTime: '19:30' }, ctx())).toEqual([]);
  });
});

describe('add-slot, change-format, retag, reschedule, recycle', () => {
  it('adds an active slot with a new id', () => {
    const [change] = replanOf({ kind: 'add-slot', platform: 'tiktok', weekday: 6, localTime: '20:00', format: 'video' }, ctx());
    expect(change).toMatchObject({ table: 'slots', before: null, after: { id: 'n1', platform: 'tiktok', weekday: 6, localTime: '20:00', format: 'video', active: true, createdAt: NOW } });
  });

  it('changes the format of the named posts that may change, and skips those already in it', () => {
    const posts = [post('a', {}), post('b', { format: 'reel' }), post('c', { status: 'published' }), post('d', {})];
    const changes = replanOf({ kind: 'change-format', postIds: ['a', 'b', 'c'], toFormat: 'reel' }, ctx({ posts }));
    expect(changes.map((change) => change.after.id)).toEqual(['a']);
    expect(changes[0]!.after).toMatchObject({ format: 'reel', updatedAt: NOW });
  });

  it('retags a post and its platform variants, and writes an empty pillar for null', () => {
    const posts = [post('a', { groupId: 'g' }), post('a-x', { groupId: 'g', platform: 'x' }), post('a-past', { groupId: 'g', localDate: '2026-11-01' }), post('b', {})];
    const changes = replanOf({ kind: 'retag', postIds: ['a'], field: 'segmentId', to: 'seg-1' }, ctx({ posts }));
    expect(changes.map((change) => change.after.id)).toEqual(['a', 'a-x']);
    expect(changes.every((change) => change.table === 'posts' && change.after.segmentId === 'seg-1')).toBe(true);
    const cleared = replanOf({ kind: 'retag', postIds: ['b'], field: 'pillar', to: null }, ctx({ posts }));
    expect(cleared[0]!.after).toMatchObject({ pillar: '' });
  });

  it('reschedules by wall-clock minutes, leaving ready posts and moves into the past out', () => {
    const posts = [post('a', { localDate: '2026-12-01', localTime: '23:30' }), post('ready', { status: 'ready' }), post('soon', { localDate: '2026-11-26', localTime: '13:00' })];
    const changes = replanOf({ kind: 'reschedule', postIds: ['a', 'ready', 'soon'], shiftMinutes: 60 }, ctx({ posts }));
    expect(changes.map((change) => [change.after.id, change.table === 'posts' && change.after.localDate, change.table === 'posts' && change.after.localTime])).toEqual([
      ['a', '2026-12-02', '00:30'],
      ['soon', '2026-11-26', '14:00'],
    ]);
    const back = replanOf({ kind: 'reschedule', postIds: ['soon'], shiftMinutes: -24 * 60 }, ctx({ posts }));
    expect(back).toEqual([]);
  });

  it('shifts across days both ways', () => {
    expect(shiftWallClock('2026-03-01', '00:15', -30)).toEqual({ localDate: '2026-02-28', localTime: '23:45' });
    expect(shiftWallClock('2026-12-31', '22:00', 3 * 24 * 60 + 180)).toEqual({ localDate: '2027-01-04', localTime: '01:00' });
  });

  it('recycles an observed post into a new idea on the slot, with its text and address', () => {
    const observed = new Map([['instagram:abc', { id: 'instagram:abc', platform: 'instagram' as const, text: 'Our best pour-over guide\nwith a second line', url: 'https://www.instagram.com/p/abc/' }]]);
    const [change] = replanOf({ kind: 'recycle', observedPostId: 'instagram:abc', intoLocalDate: '2026-12-05', localTime: '10:00', platform: 'instagram', format: 'carousel' }, ctx({ observed }));
    expect(change).toMatchObject({
      table: 'posts',
      before: null,
      after: { id: 'n1', status: 'idea', title: 'Our best pour-over guide', text: 'Our best pour-over guide\nwith a second line', notes: 'https://www.instagram.com/p/abc/', localDate: '2026-12-05', localTime: '10:00', scheduledAt: toInstant('2026-12-05', '10:00', ZONE) },
    });
    expect(replanOf({ kind: 'recycle', observedPostId: 'gone', intoLocalDate: '2026-12-05', localTime: '10:00', platform: 'instagram', format: 'carousel' }, ctx())).toEqual([]);
  });

  it('changes nothing for open and none', () => {
    expect(replanOf({ kind: 'open', area: 'analytics' }, ctx())).toEqual([]);
    expect(replanOf({ kind: 'none' }, ctx())).toEqual([]);
  });
});
