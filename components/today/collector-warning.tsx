/** A warning on Today, only while some platform shows posts the collectors cannot read. */
import { useLiveQuery } from 'dexie-react-hooks';
import { openCollectorHealth } from '@/components/accounts/open-collector-health';
import { useClock } from '@/components/ui/use-clock';
import { useApp } from '@/components/ui/settings-context';
import { listHealth } from '@/storage/capture-health';

export function CollectorWarning() {
  const { t, locale } = useApp();
  const now = useClock();
  const health = useLiveQuery(() => listHealth(now), [now]);
  const broken = health?.filter((line) => line.broken) ?? [];
  if (broken.length === 0) return null;
  const platforms = new Intl.ListFormat(locale, { type: 'conjunction' }).format(broken.map((line) => t(`platform.${line.platform}`)));
  return (
    <section className="card card--warning" aria-labelledby="collector-warning" data-testid="collector-warning">
      <h2 id="collector-warning">{t('collectorWarning.title')}</h2>
      <p>{t('collectorWarning.body', { platforms, count: broken.length })}</p>
      <button type="button" className="button" onClick={openCollectorHealth}>
        {t('collectorWarning.open')}
      </button>
    </section>
  );
}
