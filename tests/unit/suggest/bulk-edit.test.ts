// Bulk edit of the upcoming plan: the filter picks exactly the posts it names, variants follow shared
// fields, a hook brings its segment, and a moved campaign takes only its movable future posts.
import { describe, expect, it } from 'vitest';
import type { Hook } from '@/storage/schemas';
import { bulkChanges, selectPosts, type BulkFilter } from '@/utils/suggest/bulk-edit';
import { toInstant } from '@/utils/time/wall-clock';
import { campaign, post, ZONE } from './post-fixtures';

const NOW = Date.UTC(2026, 10, 26, 9, 0);
const ALL: BulkFilter = { platform: 'all', from: '2026-11-26', to: '2026-12-31' };
const hook: Hook = { id: 'h1', segmentId: 'seg-b', title: 'Free tasting', offer: '', kind: 'other', callToAction: '', active: true, createdAt: 1, updatedAt: 1 };

const posts = [
  post('a', { localDate: '2026-12-01', pillar: 'education' }),
  post('b', { localDate: '2026-12-02', pillar: 'community', platform: 'x' }),
  post('c', { localDate: '2027-01-05', pillar: 'education' }),
  post('pub', { localDate: '2026-12-01', status: 'published', pillar: 'education' }),
  post('past', { localDate: '2026-11-20', pillar: 'education' }),
  post('g1', { localDate: '2026-12-03', groupId: 'g', pillar: 'education' }),
  post('g2', { localDate: '2027-01-10', groupId: 'g', platform: 'linkedin', pillar: 'education' }),
];

describe('selecting posts', () => {
  it('takes posts in the dates, on the platform, matching the field, that may still change', () => {
    expect(selectPosts(ALL, { posts, now: NOW }).map((p) => p.id)).toEqual(['a', 'b', 'g1']);
    expect(selectPosts({ ...ALL, platform: 'x' }, { posts, now: NOW }).map((p) => p.id)).toEqual(['b']);
    expect(selectPosts({ ...ALL, match: { field: 'pillar', value: 'education' } }, { posts, now: NOW }).map((p) => p.id)).toEqual(['a', 'g1']);
    expect(selectPosts({ ...ALL, match: { field: 'segmentId', value: null } }, { posts, now: NOW })).toHaveLength(3);
  });
});

describe('setting a field', () => {
  it('re-tags the pillar on the selected posts and their variants', () => {
    const changes = bulkChanges({ kind: 'set', field: 'pillar', to: ' craft ' }, { ...ALL, match: { field: 'pillar', value: 'education' } }, { posts, campaigns: [], hooks: [], now: NOW });
    expect(changes.map((change) => [change.after.id, change.table === 'posts' && change.after.pillar])).toEqual([
      ['a', 'craft'],
      ['g1', 'craft'],
      ['g2', 'craft'],
    ]);
  });

  it('sets a hook with its segment, and refuses a hook that does not exist', () => {
    const changes = bulkChanges({ kind: 'set', field: 'hookId', to: 'h1' }, { ...ALL, platform: 'x' }, { posts, campaigns: [], hooks: [hook], now: NOW });
    expect(changes).toHaveLength(1);
    expect(changes[0]!.after).toMatchObject({ id: 'b', hookId: 'h1', segmentId: 'seg-b', updatedAt: NOW });
    expect(bulkChanges({ kind: 'set', field: 'hookId', to: 'gone' }, ALL, { posts, campaigns: [], hooks: [hook], now: NOW })).toEqual([]);
  });

  it('skips posts that already have the value', () => {
    expect(bulkChanges({ kind: 'set', field: 'pillar', to: 'community' }, { ...ALL, platform: 'x' }, { posts, campaigns: [], hooks: [], now: NOW })).toEqual([]);
  });
});

describe('moving a campaign', () => {
  const rows = [
    post('in', { campaignId: 'c', localDate: '2026-12-03', localTime: '10:00' }),
    post('ready', { campaignId: 'c', localDate: '2026-12-04', status: 'ready' }),
    post('gone', { campaignId: 'c', localDate: '2026-11-20', status: 'published' }),
    post('soon', { campaignId: 'c', localDate: '2026-11-27', localTime: '10:00' }),
  ];

  it('moves the campaign and its movable future posts by whole days', () => {
    const changes = bulkChanges({ kind: 'move-campaign', campaignId: 'c', days: 7 }, ALL, { posts: rows, campaigns: [campaign('c')], hooks: [], now: NOW });
    expect(changes.map((change) => change.after.id)).toEqual(['c', 'in', 'soon']);
    expect(changes[0]!.after).toMatchObject({ start: '2026-12-08', end: '2026-12-14' });
    expect(changes[1]!.after).toMatchObject({ localDate: '2026-12-10', localTime: '10:00', scheduledAt: toInstant('2026-12-10', '10:00', ZONE) });
  });

  it('leaves a post it would move into the past where it is', () => {
    const changes = bulkChanges({ kind: 'move-campaign', campaignId: 'c', days: -2 }, ALL, { posts: rows, campaigns: [campaign('c')], hooks: [], now: NOW });
    expect(changes.map((change) => change.after.id)).toEqual(['c', 'in']);
  });

  it('does nothing for zero days, a fraction or an unknown campaign', () => {
    for (const days of [0, 1.5]) expect(bulkChanges({ kind: 'move-campaign', campaignId: 'c', days }, ALL, { posts: rows, campaigns: [campaign('c')], hooks: [], now: NOW })).toEqual([]);
    expect(bulkChanges({ kind: 'move-campaign', campaignId: 'x', days: 3 }, ALL, { posts: rows, campaigns: [campaign('c')], hooks: [], now: NOW })).toEqual([]);
  });
});
