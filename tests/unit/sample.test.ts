import { describe, expect, it } from 'vitest';
import { SAMPLE_COUNTRY, SAMPLE_TIME_ZONE, buildSampleWorkspace } from '@/storage/sample';
import { TABLE_NAMES, TABLE_SCHEMAS, type TableName, type WorkspaceData } from '@/storage/tables';
import type { ObservedPost, Post, PostSnapshot } from '@/storage/schemas';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const POST_COUNTS = ['likes', 'reposts', 'comments', 'views', 'bookmarks'] as const;

/** Tables the app fills by itself as it is used: the sample leaves them empty. */
const EMPTY_TABLES: readonly TableName[] = ['media', 'reminders', 'suggestionStates', 'settings'];

// Independent of the builder's own calendar code: Intl knows Nairobi's offset from tzdata.
const nairobiFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Africa/Nairobi',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallClock(instant: number): { date: string; time: string } {
  const part = (type: string) => nairobiFormat.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** Whole days from one `YYYY-MM-DD` to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Asserts a list is not empty before a test loops over it, so an empty table cannot pass vacuously. */
function nonEmpty<T>(rows: readonly T[]): readonly T[] {
  expect(rows.length).toBeGreaterThan(0);
  return rows;
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

const NOWS = [
  // Thursday before Black Friday 2026 (27 November), 09:00 in Nairobi.
  ['2026-11-26T06:00:00Z', Date.parse('2026-11-26T06:00:00Z')],
  // Late March 2027: Black Friday is far away.
  ['2027-03-29T12:00:00Z', Date.parse('2027-03-29T12:00:00Z')],
  // Just after midnight on New Year's Day: the plan spans two years.
  ['2027-12-31T21:05:00Z', Date.parse('2027-12-31T21:05:00Z')],
] as const;

describe.each(NOWS)('the sample workspace built at %s', (_label, now) => {
  const data: WorkspaceData = buildSampleWorkspace({ now });
  const today = wallClock(now).date;

  it('uses Nairobi and Kenya', () => {
    expect(SAMPLE_TIME_ZONE).toBe('Africa/Nairobi');
    expect(SAMPLE_COUNTRY).toBe('KE');
  });

  it('fills every table except those the app fills itself, and every row passes its schema', () => {
    for (const table of TABLE_NAMES) {
      const rows = data[table] as readonly unknown[];
      if (EMPTY_TABLES.includes(table)) {
        expect(rows, table).toEqual([]);
        continue;
      }
      expect(rows.length, `${table} has rows`).toBeGreaterThan(0);
      for (const row of rows) {
        const result = TABLE_SCHEMAS[table].safeParse(row);
        expect(result.success, `${table} ${JSON.stringify(row).slice(0, 200)}: ${result.error?.message}`).toBe(true);
      }
    }
  });

  it('has unique ids in every table', () => {
    for (const table of TABLE_NAMES) {
      const ids = (data[table] as readonly { id: string }[]).map((row) => row.id);
      expect(new Set(ids).size, table).toBe(ids.length);
    }
  });

  it('has a whole strategy: concept, competitors, segments with hooks, goals, partners', () => {
    expect(data.brand).toHaveLength(1);
    const [brand] = data.brand;
    expect(brand?.name).toBeTruthy();
    for (const text of [brand?.idea, brand?.mission, brand?.usp, brand?.toneOfVoice]) expect(text?.length).toBeGreaterThan(20);
    for (const swot of [brand?.swot, ...data.competitors.map((c) => c.swot)]) {
      for (const list of Object.values(swot ?? {})) {
        expect(list.length).toBeGreaterThanOrEqual(2);
        expect(list.length).toBeLessThanOrEqual(5);
      }
    }
    for (const list of Object.values(brand?.swot ?? {})) expect(list.length).toBeGreaterThanOrEqual(3);

    expect(data.competitors).toHaveLength(2);
    for (const competitor of data.competitors) {
      const accounts = data.accounts.filter((a) => a.competitorId === competitor.id);
      expect(accounts.length).toBeGreaterThanOrEqual(2);
      expect(accounts.length).toBeLessThanOrEqual(3);
      expect(accounts.every((a) => a.role === 'competitor')).toBe(true);
    }
    const ownPlatforms = new Set(data.accounts.filter((a) => a.role === 'own').map((a) => a.platform));
    for (const platform of ['instagram', 'x', 'facebook', 'linkedin', 'tiktok'] as const) expect(ownPlatforms.has(platform)).toBe(true);

    expect(data.segments).toHaveLength(3);
    for (const segment of data.segments) {
      const hooks = data.hooks.filter((h) => h.segmentId === segment.id);
      expect(hooks.length).toBeGreaterThanOrEqual(2);
      expect(hooks.length).toBeLessThanOrEqual(3);
    }
    expect(new Set(data.hooks.map((h) => h.kind)).size).toBeGreaterThanOrEqual(5);

    expect(data.goals.length).toBeGreaterThanOrEqual(3);
    expect(data.goals.length).toBeLessThanOrEqual(4);
    for (const goal of data.goals) {
      expect(goal.periodStart <= today && today <= goal.periodEnd, goal.id).toBe(true);
    }
    expect(new Set(data.goals.map((g) => g.period))).toEqual(new Set(['month', 'quarter', 'year']));

    expect(data.partners).toHaveLength(2);
    for (const partner of data.partners) {
      expect(data.accounts.some((a) => a.partnerId === partner.id && a.role === 'partner')).toBe(true);
    }
    expect(data.templates.length).toBeGreaterThanOrEqual(2);
    expect(data.hashtagSets.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps every reference pointing at an existing row', () => {
    const segments = byId(data.segments);
    const hooks = byId(data.hooks);
    const campaigns = byId(data.campaigns);
    const posts = byId(data.posts);
    const goals = byId(data.goals);

    for (const hook of nonEmpty(data.hooks)) expect(segments.has(hook.segmentId), hook.id).toBe(true);
    for (const post of nonEmpty(data.posts)) {
      if (post.segmentId !== null) expect(segments.has(post.segmentId), post.id).toBe(true);
      if (post.hookId !== null) {
        expect(hooks.get(post.hookId)?.segmentId, `${post.id}: its hook belongs to its segment`).toBe(post.segmentId);
      }
      if (post.campaignId !== null) expect(campaigns.has(post.campaignId), post.id).toBe(true);
    }
    expect(data.posts.filter((p) => p.hookId !== null).length).toBeGreaterThan(10);
    expect(data.posts.filter((p) => p.campaignId !== null).length).toBeGreaterThan(3);

    for (const campaign of nonEmpty(data.campaigns)) {
      for (const goalId of campaign.goalIds) expect(goals.has(goalId), campaign.id).toBe(true);
    }
    for (const account of nonEmpty(data.accounts)) {
      expect(account.competitorId != null, account.id).toBe(account.role === 'competitor');
      expect(account.partnerId != null, account.id).toBe(account.role === 'partner');
      if (account.competitorId) expect(data.competitors.some((c) => c.id === account.competitorId)).toBe(true);
      if (account.partnerId) expect(data.partners.some((p) => p.id === account.partnerId)).toBe(true);
    }
    expect(data.collaborations.some((c) => c.postIds.length > 0)).toBe(true);
    for (const collaboration of nonEmpty(data.collaborations)) {
      expect(data.partners.some((p) => p.id === collaboration.partnerId), collaboration.id).toBe(true);
      for (const postId of collaboration.postIds) expect(posts.has(postId), collaboration.id).toBe(true);
    }
  });

  it('has a Black Friday band when the plan covers it, a promotion otherwise, and a giveaway', () => {
    const kinds = data.campaigns.map((c) => c.kind);
    expect(kinds).toContain('contest');
    expect(kinds.includes('black-friday') || kinds.includes('promotion')).toBe(true);
    for (const campaign of data.campaigns) expect(campaign.start <= campaign.end, campaign.id).toBe(true);
    expect(data.events.length).toBeGreaterThanOrEqual(1);
    expect(data.events.some((e) => e.yearly)).toBe(true);
  });

  it('plans posts from six weeks back to a month ahead, on every own platform, in many formats', () => {
    const dated = nonEmpty(data.posts.filter((p) => p.localDate !== null));
    const offsets = dated.map((p) => daysBetween(today, p.localDate ?? ''));
    expect(Math.min(...offsets)).toBeGreaterThanOrEqual(-42);
    expect(Math.min(...offsets)).toBeLessThanOrEqual(-40);
    expect(Math.max(...offsets)).toBeGreaterThanOrEqual(27);
    expect(Math.max(...offsets)).toBeLessThanOrEqual(31);
    expect(data.posts.length).toBeGreaterThanOrEqual(60);
    expect(data.posts.length).toBeLessThanOrEqual(90);

    const platforms = new Set(data.posts.map((p) => p.platform));
    for (const account of data.accounts.filter((a) => a.role === 'own')) expect(platforms.has(account.platform), account.platform).toBe(true);
    expect(new Set(data.posts.map((p) => p.format)).size).toBeGreaterThanOrEqual(6);
    const pillars = new Set(data.posts.map((p) => p.pillar));
    expect(pillars.size).toBeGreaterThanOrEqual(3);
    expect(pillars.size).toBeLessThanOrEqual(4);

    const groups = [...groupBy(data.posts.filter((p) => p.groupId !== null), (p) => p.groupId ?? '').values()];
    expect(groups.some((group) => new Set(group.map((p) => p.platform)).size >= 2)).toBe(true);
  });

  it('keeps scheduledAt equal to the wall-clock date and time in Nairobi', () => {
    for (const post of nonEmpty(data.posts)) {
      expect(post.timeZone).toBe('Africa/Nairobi');
      if (post.scheduledAt === null) {
        expect(post.localDate, post.id).toBeNull();
        expect(post.localTime, post.id).toBeNull();
        continue;
      }
      expect(wallClock(post.scheduledAt), post.id).toEqual({ date: post.localDate, time: post.localTime });
    }
  });

  it('has published posts in the past, a few missed ones, and nothing published in the future', () => {
    const past = nonEmpty(data.posts.filter((p) => p.scheduledAt !== null && p.scheduledAt <= now - 2 * HOUR_MS));
    const published = past.filter((p) => p.status === 'published');
    expect(published.length / past.length).toBeGreaterThan(0.9);
    expect(past.filter((p) => p.status === 'missed').length).toBeGreaterThanOrEqual(1);
    expect(past.every((p) => p.status === 'published' || p.status === 'missed')).toBe(true);
    for (const post of published) {
      expect(post.publishedAt, post.id).not.toBeNull();
      expect(post.publishedAt ?? Infinity).toBeLessThanOrEqual(now);
      expect(post.publishedAt ?? 0).toBeGreaterThanOrEqual(post.scheduledAt ?? Infinity);
      expect(post.publishedUrl, post.id).toMatch(/^https:\/\//);
      expect(post.externalId, post.id).toBeTruthy();
    }
    for (const post of data.posts.filter((p) => p.status !== 'published')) {
      expect([post.publishedAt, post.publishedUrl, post.externalId], post.id).toEqual([null, null, null]);
    }

    const future = nonEmpty(data.posts.filter((p) => p.scheduledAt === null || p.scheduledAt > now));
    expect(future.some((p) => p.status === 'published' || p.status === 'missed')).toBe(false);
    expect(new Set(future.map((p) => p.status))).toEqual(new Set(['scheduled', 'draft', 'idea']));
  });

  it('observes every published post, linked back to its plan', () => {
    const posts = byId(data.posts);
    const published = nonEmpty(data.posts.filter((p) => p.status === 'published'));
    const linked = data.observedPosts.filter((o) => o.plannedPostId !== null);
    expect(linked).toHaveLength(published.length);
    const ownHandles = new Map(data.accounts.filter((a) => a.role === 'own').map((a) => [a.platform, a.handle]));

    for (const observed of nonEmpty(linked)) {
      const post = posts.get(observed.plannedPostId ?? '');
      expect(post?.status, observed.id).toBe('published');
      expect(observed.id).toBe(`${observed.platform}:${observed.postId}`);
      expect(observed.platform).toBe(post?.platform);
      expect(observed.postId).toBe(post?.externalId);
      expect(observed.url).toBe(post?.publishedUrl);
      expect(observed.publishedAt).toBe(post?.publishedAt);
      expect(observed.author).toBe(ownHandles.get(observed.platform));
      expect(post?.text.startsWith(observed.text), observed.id).toBe(true);
      // The first 280 characters (one fewer when an emoji would be cut in half).
      expect(observed.text.length).toBeLessThanOrEqual(280);
      expect(observed.text.length).toBeGreaterThanOrEqual(Math.min(279, post?.text.length ?? 0));
      // Instagram shows plays only on reels and videos.
      if (observed.platform === 'instagram' && post?.format !== 'reel' && post?.format !== 'video' && post?.format !== 'story') {
        expect(observed.views, observed.id).toBeNull();
      }
    }
  });

  it('observes competitors and partners too, each post by a tracked account of its platform', () => {
    const tracked = new Set(data.accounts.map((a) => `${a.platform}:${a.handle}`));
    for (const observed of nonEmpty(data.observedPosts)) {
      expect(tracked.has(`${observed.platform}:${observed.author}`), observed.id).toBe(true);
    }
    const roleOf = new Map(data.accounts.map((a) => [`${a.platform}:${a.handle}`, a.role]));
    const others = data.observedPosts.filter((o) => o.plannedPostId === null);
    const roles = new Set(others.map((o) => roleOf.get(`${o.platform}:${o.author}`)));
    expect(roles).toEqual(new Set(['competitor', 'partner']));
    // Counts a page hides are null; some are abbreviated with their step recorded.
    expect(data.observedPosts.some((o) => o.views === null)).toBe(true);
    expect(data.observedPosts.some((o) => Object.keys(o.precision).length > 0)).toBe(true);
    for (const observed of data.observedPosts) {
      for (const [name, step] of Object.entries(observed.precision) as [keyof ObservedPost['precision'], number][]) {
        const value = observed[name];
        expect(value, `${observed.id} ${name}`).not.toBeNull();
        expect((value ?? 1) % step, `${observed.id} ${name}`).toBe(0);
      }
    }
    const x = nonEmpty(data.observedPosts.filter((o) => o.platform === 'x'));
    expect(x.every((o) => o.views !== null)).toBe(true);
  });

  it('keeps growth curves that only go up and end at the observed counts', () => {
    const snapshots = groupBy(nonEmpty(data.postSnapshots), (s) => s.observedPostId);
    const observed = byId(data.observedPosts);
    for (const id of snapshots.keys()) expect(observed.has(id), id).toBe(true);

    for (const post of nonEmpty(data.observedPosts)) {
      const curve = [...(snapshots.get(post.id) ?? [])].sort((a, b) => a.at - b.at);
      expect(curve.length, post.id).toBeGreaterThan(0);
      for (const name of POST_COUNTS) {
        const values = curve.map((s: PostSnapshot) => s[name]).filter((v): v is number => v !== null);
        expect(values, `${post.id} ${name}`).toEqual([...values].sort((a, b) => a - b));
      }
      const last = curve[curve.length - 1];
      for (const name of POST_COUNTS) expect(last?.[name], `${post.id} ${name}`).toBe(post[name]);
      expect(last?.precision).toEqual(post.precision);
      expect(post.firstSeenAt).toBe(curve[0]?.at);
      expect(post.lastSeenAt).toBe(last?.at);
      expect(post.firstSeenAt).toBeGreaterThanOrEqual(post.publishedAt ?? Infinity);
    }
    // Posts older than a week have their full curve: +1 h, +6 h, +1 day, +3 days, +7 days.
    const own = data.observedPosts.filter((o) => o.plannedPostId !== null && (o.publishedAt ?? now) < now - 8 * DAY_MS);
    expect(nonEmpty(own).some((o) => (snapshots.get(o.id)?.length ?? 0) === 5)).toBe(true);
  });

  it('has a profile snapshot a day for the last 42 days of every tracked account, growing', () => {
    const byAccount = groupBy(data.profileSnapshots, (s) => `${s.platform}:${s.handle}`);
    for (const account of nonEmpty(data.accounts)) {
      const history = [...(byAccount.get(`${account.platform}:${account.handle}`) ?? [])].sort((a, b) => a.at - b.at);
      const days = history.map((s) => wallClock(s.at).date);
      expect(new Set(days).size, account.id).toBe(42);
      expect(days[0] && daysBetween(days[0], today), account.id).toBe(41);
      expect(days[days.length - 1], account.id).toBe(today);
      const followers = history.map((s) => s.followers ?? 0);
      expect(followers, account.id).toEqual([...followers].sort((a, b) => a - b));
      expect((followers[followers.length - 1] ?? 0) > (followers[0] ?? 0), account.id).toBe(true);
    }
    expect(data.profileSnapshots).toHaveLength(data.accounts.length * 42);
  });

  it('dates nothing in the analytics after now, and no row was created after now', () => {
    for (const observed of nonEmpty(data.observedPosts)) {
      expect(observed.publishedAt ?? 0).toBeLessThanOrEqual(now);
      expect(observed.firstSeenAt).toBeLessThanOrEqual(observed.lastSeenAt);
      expect(observed.lastSeenAt).toBeLessThanOrEqual(now);
    }
    for (const snapshot of [...nonEmpty(data.postSnapshots), ...nonEmpty(data.profileSnapshots)]) {
      expect(snapshot.at, snapshot.id).toBeLessThanOrEqual(now);
    }
    for (const table of TABLE_NAMES) {
      for (const row of data[table] as readonly { createdAt?: number; updatedAt?: number }[]) {
        if (row.createdAt !== undefined) expect(row.createdAt, table).toBeLessThanOrEqual(now);
        if (row.updatedAt !== undefined) expect(row.updatedAt, table).toBeLessThanOrEqual(now);
        if (row.createdAt !== undefined && row.updatedAt !== undefined) expect(row.updatedAt).toBeGreaterThanOrEqual(row.createdAt);
      }
    }
  });

  it('is deterministic: the same now gives the same workspace', () => {
    expect(buildSampleWorkspace({ now })).toEqual(data);
  });
});

describe('the sample around Black Friday', () => {
  it('puts Black Friday to Cyber Monday 2026 on the calendar with campaign posts', () => {
    const data = buildSampleWorkspace({ now: Date.parse('2026-11-26T06:00:00Z') });
    const blackFriday = data.campaigns.find((c) => c.kind === 'black-friday');
    expect(blackFriday).toMatchObject({ start: '2026-11-27', end: '2026-11-30' });
    const posts: Post[] = data.posts.filter((p) => p.campaignId === blackFriday?.id);
    expect(posts.length).toBeGreaterThanOrEqual(3);
    for (const post of posts) expect(post.localDate && post.localDate >= '2026-11-27' && post.localDate <= '2026-11-30').toBe(true);
  });

  it('uses another promotion when Black Friday is outside the plan', () => {
    const data = buildSampleWorkspace({ now: Date.parse('2027-03-29T12:00:00Z') });
    expect(data.campaigns.some((c) => c.kind === 'black-friday')).toBe(false);
    expect(data.campaigns.some((c) => c.kind === 'promotion')).toBe(true);
  });

  it('gives different plans for different days', () => {
    const a = buildSampleWorkspace({ now: Date.parse('2026-11-26T06:00:00Z') });
    const b = buildSampleWorkspace({ now: Date.parse('2026-11-27T06:00:00Z') });
    expect(a.posts.map((p) => p.localDate)).not.toEqual(b.posts.map((p) => p.localDate));
  });
});
