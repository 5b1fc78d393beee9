/**
 * The report's charts: followers over time per platform, engagement per post over the period, and the
 * chosen post's growth from its snapshots. Each chart has its table (components/analytics/charts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '@/components/ui/settings-context';
import { followerSeries, postSnapshots } from '@/storage/analytics';
import type { Period } from '@/utils/analytics/period';
import type { DerivedPost } from '@/utils/analytics/report';
import { formatDate, formatDateTime } from '@/utils/i18n/format';
import type { Platform } from '@/utils/platforms';
import { LineChart } from './charts/line-chart';
import { formatCount } from './figures';

export function ChartsSection({ period, platform, posts, chosen }: { period: Period; platform: Platform | 'all'; posts: DerivedPost[]; chosen: DerivedPost | null }) {
  const { t, locale, settings } = useApp();
  const followers = useLiveQuery(() => followerSeries(period), [period.start, period.end]);
  const snapshots = useLiveQuery(async () => (chosen ? postSnapshots(chosen.post.id) : []), [chosen?.post.id]);
  const formatX = (x: number) => formatDate(locale, x, settings.timeZone);
  const formatY = (y: number) => formatCount(locale, y);
  const followerLines = (followers ?? [])
    .filter((series) => platform === 'all' || series.platform === platform)
    .map((series) => ({ id: `${series.platform}:${series.handle}`, label: `${t(`platform.${series.platform}`)} @${series.handle}`, points: series.points.map((p) => ({ x: p.at, y: p.followers, approximate: p.approximate })) }));
  const byPlatform = new Map<Platform, DerivedPost[]>();
  for (const post of posts) {
    const members = byPlatform.get(post.post.platform);
    if (members) members.push(post);
    else byPlatform.set(post.post.platform, [post]);
  }
  const engagementLines = [...byPlatform].map(([key, members]) => ({
    id: key,
    label: t(`platform.${key}`),
    points: members.sort((a, b) => a.post.publishedAt - b.post.publishedAt).map((post) => ({ x: post.post.publishedAt, y: post.engagement, approximate: post.approximate })),
  }));
  const growth = chosen
    ? (['likes', 'comments', 'reposts', 'views'] as const).map((name) => ({
        id: name,
        label: t(`analytics.figure.${name}`),
        points: (snapshots ?? []).map((snapshot) => ({ x: snapshot.at, y: snapshot[name], approximate: (snapshot.precision[name] ?? 1) > 1 })),
      }))
    : [];
  return (
    <section className="card analytics-charts" data-testid="analytics-charts">
      <h2>{t('analytics.charts.title')}</h2>
      {followerLines.some((line) => line.points.length > 0) ? (
        <LineChart title={t('analytics.charts.followers')} series={followerLines} formatX={formatX} formatY={formatY} timeZone={settings.timeZone} />
      ) : (
        <p className="help">{t('analytics.charts.noFollowers')}</p>
      )}
      {engagementLines.length > 0 && <LineChart title={t('analytics.charts.engagement')} series={engagementLines} formatX={formatX} formatY={formatY} timeZone={settings.timeZone} />}
      {chosen &&
        (growth.some((line) => line.points.length > 1) ? (
          <LineChart
            title={t('analytics.charts.growth', { post: chosen.post.text.slice(0, 60) || chosen.post.url })}
            series={growth.filter((line) => line.points.some((point) => point.y !== null))}
            formatX={(x) => formatDateTime(locale, x, settings.timeZone)}
            formatY={formatY}
            timeZone={settings.timeZone}
          />
        ) : (
          <p className="help">{t('analytics.charts.oneSnapshot')}</p>
        ))}
    </section>
  );
}
