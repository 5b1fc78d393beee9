/** The report out of the panel: the per-post table and the summary as CSV, and the printable report page. */
import { browser } from 'wxt/browser';
import { downloadFile } from '@/components/ui/download';
import { useApp } from '@/components/ui/settings-context';
import { postsCsv, summaryCsv, type Names } from '@/utils/analytics/csv';
import type { Report } from '@/utils/analytics/report';
import type { Platform } from '@/utils/platforms';

export function ExportBar({ report, previous, names, platform }: { report: Report; previous: Report; names: Names; platform: Platform | 'all' }) {
  const { t, settings } = useApp();
  const stem = `mkakati-${report.period.from}_${report.period.to}`;
  const csv = (text: string, name: string) => downloadFile(name, new Blob([text], { type: 'text/csv;charset=utf-8' }));
  async function openPrintable() {
    const query = new URLSearchParams({ from: report.period.from, to: report.period.to, platform });
    await browser.tabs.create({ url: browser.runtime.getURL(`/report.html?${query.toString()}`) });
  }
  return (
    <div className="toolbar analytics-export" data-testid="analytics-export">
      <button type="button" className="button button--quiet" onClick={() => csv(postsCsv(report, settings.timeZone, names), `${stem}-posts.csv`)}>{t('analytics.export.posts')}</button>
      <button type="button" className="button button--quiet" onClick={() => csv(summaryCsv(report, previous), `${stem}-summary.csv`)}>{t('analytics.export.summary')}</button>
      <button type="button" className="button button--quiet" onClick={() => void openPrintable()}>{t('analytics.export.print')}</button>
    </div>
  );
}
