/**
 * Exports of the upcoming plan: an ICS calendar, and CSV files for the schedulers people already use
 * (Buffer, Publer, Hootsuite). What was left out, and what the user must set on the other side, is said.
 */
import { useId, useState } from 'react';
import { downloadFile } from '@/components/ui/download';
import { Select } from '@/components/ui/select';
import { useApp, type AppContext } from '@/components/ui/settings-context';
import { listCampaigns } from '@/storage/campaigns';
import { listPostsBetween } from '@/storage/posts';
import { PLATFORMS, type Platform } from '@/storage/schemas';
import { exportBufferCsv } from '@/utils/export/buffer-csv';
import { exportHootsuiteCsv } from '@/utils/export/hootsuite-csv';
import { exportPlanToIcs } from '@/utils/export/ics';
import { exportPublerCsv } from '@/utils/export/publer-csv';
import { isoLocalDate } from '@/utils/i18n/format';
import { toInstant, todayIn } from '@/utils/time/wall-clock';

type Format = 'ics' | 'buffer' | 'publer' | 'hootsuite';
const FAR_FUTURE = 7_258_118_400_000;

/** Writes one export file of the plan from the brand's today on; returns what to tell the user. */
async function exportPlan(format: Format, platform: Platform, { t, settings }: Pick<AppContext, 't' | 'settings'>): Promise<string[]> {
  const now = Date.now();
  const { timeZone, notificationLeadMinutes } = settings;
  const posts = await listPostsBetween(toInstant(todayIn(timeZone, now), '00:00', timeZone), FAR_FUTURE);
  if (posts.length === 0) return [t('export.nothing')];
  const stamp = isoLocalDate(now, timeZone);
  if (format === 'ics') {
    const ics = exportPlanToIcs(posts, { calendarName: 'Mkakati', now, defaultLeadMinutes: notificationLeadMinutes });
    const file = `mkakati-plan-${stamp}.ics`;
    downloadFile(file, new Blob([ics], { type: 'text/calendar' }));
    return [t('export.done', { file, count: posts.filter((p) => p.status !== 'cancelled').length })];
  }
  const campaignNames = new Map((await listCampaigns()).map((campaign) => [campaign.id, campaign.name]));
  const exported =
    format === 'buffer'
      ? exportBufferCsv(posts, { timeZone, platform })
      : format === 'publer'
        ? exportPublerCsv(posts, { timeZone, campaignNames })
        : exportHootsuiteCsv(posts, { timeZone });
  const file = `mkakati-${format}${format === 'buffer' ? `-${platform}` : ''}-${stamp}.csv`;
  downloadFile(file, new Blob([exported.csv], { type: 'text/csv;charset=utf-8' }));
  return [
    t('export.done', { file, count: exported.included.length }),
    ...(exported.omitted.length ? [t('export.omitted', { count: exported.omitted.length })] : []),
  ];
}

export function ExportPlan() {
  const app = useApp();
  const { t, settings } = app;
  const id = useId();
  const [platform, setPlatform] = useState<Platform>('instagram');
  const [result, setResult] = useState<string[]>([]);

  const run = (format: Format) => exportPlan(format, platform, app).then(setResult);

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('export.title')}</h2>
      <p className="help">{t('export.help', { zone: settings.timeZone })}</p>
      <div className="toolbar">
        {(['ics', 'publer', 'hootsuite'] as const).map((format) => (
          <button key={format} type="button" className="button" onClick={() => void run(format)}>
            {t(`export.${format}`)}
          </button>
        ))}
      </div>
      <div className="toolbar">
        <label htmlFor={`${id}-platform`} className="sr-only">{t('export.bufferPlatform')}</label>
        <Select id={`${id}-platform`} value={platform} options={PLATFORMS.map((p) => ({ value: p, label: t(`platform.${p}`) }))} onChange={(v) => setPlatform(v as Platform)} />
        <button type="button" className="button" onClick={() => void run('buffer')}>
          {t('export.buffer')}
        </button>
      </div>
      <p className="help">{t('export.notes')}</p>
      <div role="status">
        {result.map((line) => (
          <p key={line} className="status status--ok">{line}</p>
        ))}
      </div>
    </section>
  );
}
