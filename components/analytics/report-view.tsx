/**
 * The report for one part (all platforms or one): summary against the previous period, the per-platform
 * overview, plan adherence, top and bottom posts, charts, breakdowns, the heatmap and the competitor
 * benchmark. Shared by the Analytics area and the printable report page.
 */
import { useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { heatmap, SMALL_SAMPLE } from '@/utils/analytics/breakdowns';
import type { Platform } from '@/utils/platforms';
import { AdherenceSection } from './adherence-section';
import { BenchmarkSection } from './benchmark-section';
import { BreakdownSection } from './breakdown-section';
import { ChartsSection } from './charts-section';
import { Heatmap } from './charts/heatmap';
import { formatCount } from './figures';
import { PlatformsSection } from './platforms-section';
import { PostsSection } from './posts-section';
import { SummarySection } from './summary-section';
import type { Reports } from './use-report';

export function ReportView({ reports, platform }: { reports: Reports; platform: Platform | 'all' }) {
  const { t, locale, settings } = useApp();
  const { report, previous, data } = reports;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const part = platform === 'all' ? report.overall : (report.platforms.find((candidate) => candidate.platform === platform) ?? null);
  const before = platform === 'all' ? previous.overall : previous.platforms.find((candidate) => candidate.platform === platform);
  if (!part) return <p className="card help">{t('analytics.platformEmpty', { platform: t(`platform.${platform as Platform}`) })}</p>;
  const posts = report.posts.filter((post) => platform === 'all' || post.post.platform === platform);
  const chosen = posts.find((post) => post.post.id === chosenId) ?? null;
  return (
    <>
      <SummarySection part={part} previous={before} />
      {platform === 'all' && report.platforms.length > 1 && <PlatformsSection parts={report.platforms} />}
      <AdherenceSection adherence={part.adherence} />
      <PostsSection top={part.top} bottom={part.bottom} chosen={chosenId} onChoose={setChosenId} />
      <ChartsSection period={report.period} platform={platform} posts={posts} chosen={chosen} />
      <BreakdownSection posts={posts} names={data.names} />
      <section className="card" data-testid="analytics-heatmap">
        <Heatmap title={t('analytics.heatmap.title', { zone: settings.timeZone })} cells={heatmap(posts, settings.timeZone)} formatValue={(value) => formatCount(locale, value)} smallSample={SMALL_SAMPLE} />
      </section>
      <BenchmarkSection own={part.summary} competitors={data.current.competitors} period={report.period} platform={platform} />
    </>
  );
}
