/**
 * The comparison: the brand ("You", first) against each competitor, on one platform or all, over the
 * last 30 days — followers and their growth, posts per week, median engagement per post, engagement
 * rate by followers, best format — from what the collectors captured. Figures are columns of entities
 * and rows of measures, so a 360 px panel holds the brand and two competitors; more scroll sideways
 * inside the table's own region, never the page.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { openArea } from '@/components/state/navigation';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { useClock } from '@/components/ui/use-clock';
import { PLATFORMS, type Platform } from '@/storage/schemas';
import { ComparisonCell, METRICS } from './comparison-cell';
import { loadComparison, type ComparisonColumn, type PlatformFilter } from './comparison-data';
import { showCompetitor } from './competitor-state';

function AddAccounts({ column, platform }: { column: ComparisonColumn; platform: PlatformFilter }) {
  const { t } = useApp();
  const on = platform === 'all' ? null : t(`platform.${platform}`);
  if (column.kind === 'you') {
    return (
      <button type="button" className="link-button" onClick={() => openArea('settings')}>
        {on ? t('strategy.competitors.addOwn.one', { platform: on }) : t('strategy.competitors.addOwn.all')}
      </button>
    );
  }
  return (
    <button type="button" className="link-button" onClick={() => showCompetitor(column.key, platform === 'all' ? undefined : platform)}>
      {on ? t('strategy.competitors.addTheirs.one', { platform: on }) : t('strategy.competitors.addTheirs.all')}
    </button>
  );
}

export function ComparisonTable() {
  const { t } = useApp();
  const id = useId();
  const now = useClock();
  const [platform, setPlatform] = useState<PlatformFilter>('all');
  // While another platform's figures load, the previous ones stay on screen, captioned as what they are.
  const comparison = useLiveQuery(() => loadComparison(platform, now), [platform, now]);
  const options = [{ value: 'all', label: t('strategy.competitors.allPlatforms') }, ...PLATFORMS.map((value) => ({ value, label: t(`platform.${value}`) }))];
  const shownPlatform = comparison?.platform ?? platform;
  const caption = t('strategy.competitors.tableCaption', { platform: shownPlatform === 'all' ? t('strategy.competitors.allPlatforms') : t(`platform.${shownPlatform}`) });
  const columns = comparison?.columns;

  return (
    <section className="card comparison" aria-labelledby={`${id}-title`} data-testid="competitor-comparison">
      <h2 id={`${id}-title`}>{t('strategy.competitors.compareTitle')}</h2>
      <p className="help">{t('strategy.competitors.compareHelp')}</p>
      <Field id={`${id}-platform`} label={t('strategy.competitors.platformFilter')}>
        <Select value={platform} options={options} onChange={(value) => setPlatform(value as Platform | 'all')} />
      </Field>
      {columns && (
        <div className="comparison__scroll" role="region" aria-label={caption} tabIndex={0} aria-busy={comparison?.platform !== platform || undefined}>
          <table className="comparison__table" data-platform={shownPlatform} data-now={comparison?.now}>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <td />
                {columns.map((column) => (
                  <th key={column.key} scope="col" data-column={column.key}>
                    {column.kind === 'you' ? t('strategy.competitors.you') : column.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {METRICS.map((metric, row) => (
                <tr key={metric} data-metric={metric}>
                  <th scope="row">{t(`strategy.competitors.metric.${metric}`)}</th>
                  {columns.map((column) => {
                    // No account here: one cell down the whole column says how to add one.
                    if (!column.figures) {
                      return row === 0 ? (
                        <td key={column.key} rowSpan={METRICS.length} data-column={column.key} className="comparison__none">
                          <AddAccounts column={column} platform={shownPlatform} />
                        </td>
                      ) : null;
                    }
                    return (
                      <td key={column.key} data-column={column.key}>
                        <ComparisonCell column={column} figures={column.figures} metric={metric} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {columns && columns.length === 1 && <p className="help">{t('strategy.competitors.compareNone')}</p>}
    </section>
  );
}
