/** A video's facts and how they stand against a platform's limits (utils/media/video-limits.ts). */
import { useApp } from '@/components/ui/settings-context';
import type { VideoFacts } from '@/storage/schemas';
import { formatBytes } from '@/utils/i18n/format';
import { ratioLabel } from '@/utils/media/presets';
import { checkVideo } from '@/utils/media/video-limits';
import type { Platform } from '@/utils/platforms';

/** 2:05, 1:02:03: a duration as players show it. */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

export function FactsLine({ video }: { video: VideoFacts }) {
  const { t, locale } = useApp();
  return (
    <p className="help" data-testid="video-facts">
      {t('media.videoFacts', { duration: formatDuration(video.durationSeconds), width: video.width, height: video.height, ratio: ratioLabel(video.width, video.height), size: formatBytes(locale, video.bytes) })}
    </p>
  );
}

export function Findings({ video, platform }: { video: VideoFacts; platform: Platform }) {
  const { t, locale } = useApp();
  const name = t(`platform.${platform}`);
  const findings = checkVideo(video, platform);
  if (findings.length === 0) return <p className="status status--ok" data-testid="video-findings">{t('media.videoFits', { platform: name })}</p>;
  const ratio = (value: number) => (value >= 1 ? `${Number(value.toFixed(2))}:1` : `1:${Number((1 / value).toFixed(2))}`);
  return (
    <ul className="compose-media__findings" data-testid="video-findings">
      {findings.map((finding) => {
        const fault = finding.kind !== 'ratio-advice';
        const text =
          finding.kind === 'too-short' || finding.kind === 'too-long'
            ? t(`media.video.${finding.kind}`, { platform: name, limit: formatDuration(finding.limit) })
            : finding.kind === 'too-big'
              ? t('media.video.too-big', { platform: name, limit: formatBytes(locale, finding.limit) })
              : finding.kind === 'ratio-out'
                ? t('media.video.ratio-out', { platform: name, min: ratio(finding.min), max: ratio(finding.max) })
                : t('media.video.ratio-advice', { platform: name, ratio: finding.recommended < 1 ? '9:16' : '16:9' });
        return (
          <li key={finding.kind} className={fault ? 'status status--error' : 'help'}>{text}</li>
        );
      })}
    </ul>
  );
}
