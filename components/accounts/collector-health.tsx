/**
 * How well the collectors read each platform: when it was last read and how many of the posts seen in
 * the last hour were understood. A platform that shows posts the adapter understands none of most
 * likely changed its layout: that is said plainly, because its counts are silently missing.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef } from 'react';
import { formatTimeLeft } from '@/components/ui/relative-time';
import { useApp } from '@/components/ui/settings-context';
import { listHealth, type PlatformHealth } from '@/storage/capture-health';
import { collectorHealthRequested } from './open-collector-health';
import { useClock } from '@/components/ui/use-clock';

function HealthLine({ health, now }: { health: PlatformHealth; now: number }) {
  const { t, locale } = useApp();
  const platform = t(`platform.${health.platform}`);
  // A capture after the clock's last tick is "this minute", never "in 1 minute".
  const when = formatTimeLeft(locale, Math.min(0, health.lastCaptureAt - now));
  return (
    <li className="health-line" data-platform={health.platform} data-broken={health.broken || undefined}>
      <span>
        {t('health.lastRead', { platform, when })} ·{' '}
        {health.seen > 0 ? t('health.understood', { understood: health.understood, count: health.seen }) : t('health.quiet')}
      </span>
      {health.broken && <span className="health-line__broken">{t('health.broken', { platform })}</span>}
    </li>
  );
}

export function CollectorHealth() {
  const { t } = useApp();
  const id = useId();
  const now = useClock();
  const health = useLiveQuery(() => listHealth(now), [now]);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!collectorHealthRequested.peek()) return;
    collectorHealthRequested.value = false;
    heading.current?.focus();
  }, []);

  return (
    <div className="collector-health" data-testid="collector-health">
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('health.title')}
      </h3>
      {health &&
        (health.length === 0 ? (
          <p className="help">{t('health.empty')}</p>
        ) : (
          <ul className="health-list" aria-labelledby={`${id}-title`}>
            {health.map((line) => (
              <HealthLine key={line.platform} health={line} now={now} />
            ))}
          </ul>
        ))}
    </div>
  );
}
