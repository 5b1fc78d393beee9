/**
 * Step 8 for the sample: what the collectors would have captured over six weeks of browsing. Our
 * published posts and the competitors' and partners' posts with growth curves, and a daily snapshot
 * of every tracked profile. The contract's honesty rules hold: a count a page does not show is null
 * (never 0), an abbreviated one ("12.4K") is rounded down with its step in `precision`, and nothing
 * is dated after `now`.
 */
import type { Hook, ObservedPost, Platform, Post, PostSnapshot, ProfileSnapshot } from '@/storage/schemas';
import { HOUR_MS, dateOfDay, dayOfInstant, instantOf, timeOfMinutes, type SampleContext } from './calendar';
import { OTHER_CAPTIONS } from './content';
import type { FollowersOn } from './goals';
import { mintPermalink, permalinkKindOf, type PermalinkKind } from './permalinks';
import { randomFor, type Random } from './random';
import { TRACKED_ACCOUNTS, ownAccountOf, type TrackedAccount } from './strategy';

type CountName = 'likes' | 'reposts' | 'comments' | 'views' | 'bookmarks';
const COUNT_NAMES: readonly CountName[] = ['likes', 'reposts', 'comments', 'views', 'bookmarks'];
type Counts = Record<CountName, number | null>;

/** A post on a platform, before it becomes an observed row; `reach` and `conversation` multiply the typical numbers. */
interface Publication extends Pick<ObservedPost, 'postId' | 'url' | 'text' | 'plannedPostId'> {
  account: TrackedAccount;
  kind: PermalinkKind;
  publishedAt: number;
  reach: number;
  conversation: number;
}

/** Per platform: [views per follower, likes per view, then comments, reposts, bookmarks per like]. */
const PLATFORM_MODEL: Record<Platform, readonly [number, number, number, number, number]> = {
  x: [0.6, 0.025, 0.2, 0.25, 0.15],
  instagram: [0.3, 0.1, 0.06, 0, 0],
  facebook: [0.2, 0.07, 0.15, 0.12, 0],
  linkedin: [0.5, 0.04, 0.12, 0.06, 0],
  tiktok: [0.9, 0.08, 0.03, 0.02, 0.04],
  youtube: [1.3, 0.045, 0.12, 0, 0],
  threads: [0.3, 0.06, 0.15, 0.08, 0],
};

/** Reach by format: video clearly beats stills, so reports and suggestions have a pattern to find. */
const FORMAT_REACH: Record<Post['format'], number> = { reel: 2.4, video: 2, live: 1.5, carousel: 1.35, poll: 1.1, image: 1, text: 0.9, article: 0.6, story: 0.35 };

/** The counts each platform's pages show, by kind of post (`post` unless the kind is listed). */
const SOCIAL: readonly CountName[] = ['likes', 'comments', 'reposts'];
const VISIBLE: Record<Platform, Partial<Record<PermalinkKind, readonly CountName[]>> & { post: readonly CountName[] }> = {
  x: { post: COUNT_NAMES },
  tiktok: { post: COUNT_NAMES },
  instagram: { post: ['likes', 'comments'], video: ['likes', 'comments', 'views'], story: ['views'] },
  facebook: { post: SOCIAL, video: [...SOCIAL, 'views'] },
  youtube: { post: ['likes', 'comments', 'views'] },
  linkedin: { post: SOCIAL },
  threads: { post: SOCIAL },
};
/** These show nothing, not "0", for a zero count on a post: unknown, so null. */
const HIDES_ZERO: ReadonlySet<Platform> = new Set(['instagram', 'facebook', 'linkedin', 'threads']);

/** Counts as a page shows them. X's post counts are exact (aria-labels); elsewhere "12.4K" is all there is. */
function shown<K extends string>(platform: Platform, on: 'post' | 'profile', raw: Record<K, number | null>) {
  const counts = {} as Record<K, number | null>;
  const precision: Partial<Record<K, number>> = {};
  for (const name of Object.keys(raw) as K[]) {
    const value = raw[name];
    const exact = value === null ? null : Math.max(0, Math.floor(value));
    if (exact === null || (exact === 0 && on === 'post' && HIDES_ZERO.has(platform))) {
      counts[name] = null;
      continue;
    }
    const abbreviatedFrom = on === 'post' && platform === 'x' ? Infinity : platform === 'facebook' || platform === 'tiktok' ? 1_000 : 10_000;
    const step = exact >= 1_000_000 && abbreviatedFrom < Infinity ? 100_000 : exact >= abbreviatedFrom ? 100 : 1;
    counts[name] = Math.floor(exact / step) * step; // "12,480" shows as "12.4K": round down
    if (step > 1) precision[name] = step;
  }
  return { counts, precision };
}

/** Where a post's numbers stand after a week; earlier snapshots are shares of this. */
function weekCountsOf({ account, kind, reach, conversation }: Publication, random: Random): Counts {
  const [viewRate, likeRate, commentRate, repostRate, bookmarkRate] = PLATFORM_MODEL[account.platform];
  const noise = (spread: number) => Math.exp(random.between(-spread, spread));
  const views = account.followers * viewRate * reach * noise(0.5);
  const likes = views * likeRate * noise(0.3);
  const raw: Counts = {
    likes,
    comments: likes * commentRate * conversation * noise(0.4),
    reposts: likes * repostRate * Math.sqrt(conversation) * noise(0.4),
    views,
    bookmarks: likes * bookmarkRate * noise(0.4),
  };
  const visible = VISIBLE[account.platform][kind] ?? VISIBLE[account.platform].post;
  const counts = Object.fromEntries(COUNT_NAMES.map((name) => [name, visible.includes(name) ? raw[name] : null])) as Counts;
  // Some accounts hide their likes on Instagram; owners still see their own.
  if (account.platform === 'instagram' && account.role !== 'own' && random.chance(0.15)) counts.likes = null;
  return counts;
}

/** [hours after publishing, share of the week's numbers]: +1 h, +6 h, +1 day, +3 days, +7 days. Stories are gone after a day. */
const CURVE: readonly [number, number][] = [[1, 0.3], [6, 0.62], [24, 0.85], [72, 0.96], [168, 1]];
const STORY_CURVE: readonly [number, number][] = [[1, 0.45], [6, 0.8], [20, 1]];

function observe(ctx: SampleContext, publication: Publication): { observed: ObservedPost; snapshots: PostSnapshot[] } | null {
  const { account, publishedAt } = publication;
  const random = randomFor(`counts:${publication.postId}`);
  const week = weekCountsOf(publication, random);
  const speed = random.between(0.8, 1.25); // some posts take off fast, some slowly
  const points = (publication.kind === 'story' ? STORY_CURVE : CURVE)
    .map(([hours, share]) => ({ at: publishedAt + Math.round(hours * random.between(0.9, 1.1) * HOUR_MS), share: share ** speed }))
    .filter((p) => p.at <= ctx.now);
  // Other people's posts are often first seen a while after they went out.
  const seen = account.role === 'own' ? points : points.slice(Math.min(random.int(0, 2), points.length - 1));
  const id = `${account.platform}:${publication.postId}`;
  const snapshots: PostSnapshot[] = seen.map((p, n) => {
    const raw = Object.fromEntries(COUNT_NAMES.map((name) => [name, week[name] === null ? null : week[name] * p.share])) as Counts;
    const { counts, precision } = shown(account.platform, 'post', raw);
    return { id: `sample-snap-${id}-${n + 1}`, observedPostId: id, at: p.at, ...counts, precision };
  });
  const [first, last] = [snapshots[0], snapshots[snapshots.length - 1]];
  if (!first || !last) return null;
  const { likes, reposts, comments, views, bookmarks, precision } = last;
  const { postId, url, plannedPostId } = publication;
  return {
    observed: {
      id,
      platform: account.platform,
      postId,
      url,
      author: account.handle,
      publishedAt,
      text: excerpt(publication.text, 280),
      likes, reposts, comments, views, bookmarks,
      precision: { ...precision },
      firstSeenAt: first.at,
      lastSeenAt: last.at,
      plannedPostId,
    },
    snapshots,
  };
}

/** At most `max` UTF-16 units of a text, never cutting an emoji in half. */
function excerpt(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

function ownPublications(posts: readonly Post[], hooks: readonly Hook[]): Publication[] {
  const giveaways = new Set(hooks.filter((h) => h.kind === 'giveaway').map((h) => h.id));
  return posts.flatMap(({ id, status, platform, format, text, publishedAt, publishedUrl, externalId, campaignId, hookId }) =>
    status === 'published' && publishedAt !== null && publishedUrl !== null && externalId !== null
      ? [{
          account: ownAccountOf(platform),
          kind: permalinkKindOf(format),
          postId: externalId, url: publishedUrl, publishedAt, text, plannedPostId: id,
          reach: FORMAT_REACH[format] * (campaignId ? 1.2 : 1),
          conversation: hookId !== null && giveaways.has(hookId) ? 5 : 1, // giveaways ask for comments
        }]
      : [],
  );
}

/** Share of other accounts' posts that are videos, where it is not about a third. */
const VIDEO_SHARE: Partial<Record<Platform, number>> = { tiktok: 1, youtube: 1, x: 0 };

/** A competitor's or partner's posts over the six weeks, on their usual rhythm. */
function otherPublications(ctx: SampleContext, account: TrackedAccount): Publication[] {
  const random = randomFor(`publications:${account.id}`);
  const captions = OTHER_CAPTIONS[account.owner ?? ''] ?? [''];
  const publications: Publication[] = [];
  for (let day = ctx.firstDay; day <= ctx.today; day++) {
    if (!random.chance(account.postsPerWeek / 7)) continue;
    const publishedAt = instantOf(day, timeOfMinutes(account.hour * 60 + random.int(0, 50)));
    if (publishedAt > ctx.now - 2 * HOUR_MS) continue;
    const kind: PermalinkKind = random.chance(VIDEO_SHARE[account.platform] ?? 0.35) ? 'video' : 'post';
    const { postId, url } = mintPermalink(account.platform, kind, account.handle, publishedAt, random);
    const text = captions[publications.length % captions.length] ?? '';
    publications.push({ account, kind, postId, url, publishedAt, text, plannedPostId: null, reach: FORMAT_REACH[kind === 'video' ? 'video' : 'image'], conversation: 1 });
  }
  return publications;
}

/** One snapshot a day, in the morning when the manager browses, for the 42 days up to today. */
function profileHistory(ctx: SampleContext, account: TrackedAccount, publications: readonly Publication[]): ProfileSnapshot[] {
  const random = randomFor(`profile:${account.id}`);
  const counted = publications.filter((p) => p.kind !== 'story'); // stories do not add to the post count
  let { followers, following } = account;
  const snapshots: ProfileSnapshot[] = [];
  for (let day = ctx.today - 41; day <= ctx.today; day++) {
    if (snapshots.length > 0) {
      followers += Math.round(account.followersPerDay * random.between(0.4, 1.6));
      if (following !== null && random.chance(0.12)) following = Math.max(0, following + random.int(-2, 4));
    }
    const at = Math.min(ctx.now, instantOf(day, timeOfMinutes(9 * 60 + random.int(0, 180))));
    const posts = account.posts === null ? null : account.posts + counted.filter((p) => p.publishedAt <= at).length;
    const { counts, precision } = shown(account.platform, 'profile', { followers, following, posts });
    const id = `sample-profile-${account.owner ?? 'own'}-${account.platform}-${dateOfDay(day)}`;
    snapshots.push({ id, platform: account.platform, handle: account.handle, at, ...counts, precision });
  }
  return snapshots;
}

export function buildAnalytics(ctx: SampleContext, posts: readonly Post[], hooks: readonly Hook[]) {
  const own = ownPublications(posts, hooks);
  const observedPosts: ObservedPost[] = [];
  const postSnapshots: PostSnapshot[] = [];
  const profileSnapshots: ProfileSnapshot[] = [];
  const followers = new Map<string, number | null>();
  for (const account of TRACKED_ACCOUNTS) {
    const publications = account.role === 'own' ? own.filter((p) => p.account === account) : otherPublications(ctx, account);
    for (const seen of publications.flatMap((p) => observe(ctx, p) ?? [])) {
      observedPosts.push(seen.observed);
      postSnapshots.push(...seen.snapshots);
    }
    const history = profileHistory(ctx, account, publications);
    profileSnapshots.push(...history);
    if (account.role === 'own') for (const s of history) followers.set(`${account.platform}:${dayOfInstant(s.at)}`, s.followers);
  }
  observedPosts.sort((a, b) => (a.publishedAt ?? 0) - (b.publishedAt ?? 0) || a.id.localeCompare(b.id));
  const followersOn: FollowersOn = (platform, day) => followers.get(`${platform}:${day}`) ?? null;
  return { observedPosts, postSnapshots, profileSnapshots, followersOn };
}
