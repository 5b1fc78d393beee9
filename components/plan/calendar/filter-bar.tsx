/**
 * The calendar's filters (platform, status, segment, campaign, pillar) behind one compact button, and
 * the colour key (platform or pillar). Values live in signals: they are UI state, kept while the
 * person moves between months and views, and forgotten when the panel closes.
 */
import { useSignals } from '@preact/signals-react/runtime';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { calendarFilters, colorBy, countActiveFilters, NO_FILTERS, setFilter, type CalendarFilters, type ColorBy } from '@/components/state/calendar';
import { Field } from '@/components/ui/field';
import { Select, type Option } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { listCampaigns } from '@/storage/campaigns';
import { PLATFORMS, POST_STATUSES } from '@/storage/schemas';
import { listSegments } from '@/storage/strategy';

export function FilterBar({ pillars, hidden }: { pillars: readonly string[]; hidden: number }) {
  useSignals();
  const { t } = useApp();
  const id = useId();
  const [open, setOpen] = useState(false);
  const segments = useLiveQuery(listSegments) ?? [];
  const campaigns = useLiveQuery(listCampaigns) ?? [];
  const filters = calendarFilters.value;
  const active = countActiveFilters(filters);
  // A pillar picked in another month stays offered, so the filter never holds a value it cannot show.
  const pillarNames = [...new Set([...pillars, ...(filters.pillar ? [filters.pillar] : [])])];

  const choices: [keyof CalendarFilters, string, Option[]][] = [
    ['platform', t('post.field.platform'), PLATFORMS.map((p) => ({ value: p, label: t(`platform.${p}`) }))],
    ['status', t('post.field.status'), POST_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))],
    ['segmentId', t('post.field.segment'), segments.map((s) => ({ value: s.id, label: s.name }))],
    ['campaignId', t('post.field.campaign'), campaigns.map((c) => ({ value: c.id, label: c.name }))],
    ['pillar', t('post.field.pillar'), pillarNames.map((p) => ({ value: p, label: p }))],
  ];

  return (
    <div className="filter-bar">
      <div className="filter-bar__row">
        <button type="button" className="button filter-bar__toggle" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
          {active > 0 ? t('calendar.filters.active', { count: active }) : t('calendar.filters')}
        </button>
        {active > 0 && (
          <button type="button" className="button button--quiet" onClick={() => (calendarFilters.value = NO_FILTERS)}>
            {t('calendar.filters.clear')}
          </button>
        )}
        <div className="segmented" role="group" aria-labelledby={`${id}-color`}>
          <span id={`${id}-color`} className="segmented__label">{t('calendar.colorBy')}</span>
          {(['platform', 'pillar'] as const satisfies readonly ColorBy[]).map((by) => (
            <button key={by} type="button" aria-pressed={colorBy.value === by} onClick={() => (colorBy.value = by)}>
              {t(`calendar.colorBy.${by}`)}
            </button>
          ))}
        </div>
      </div>
      {open && (
        <div id={`${id}-panel`} className="filter-bar__panel">
          {choices.map(([key, label, options]) => (
            <Field key={key} id={`${id}-${key}`} label={label}>
              <Select value={filters[key]} none={t('calendar.filters.all')} options={options} onChange={(value) => setFilter(key, value)} />
            </Field>
          ))}
        </div>
      )}
      {hidden > 0 && <p className="help">{t('calendar.filters.hidden', { count: hidden })}</p>}
    </div>
  );
}
