/** One collaboration: title, kind, dates and linked posts, the control that moves it on, and its editor when opened. */
import { useSignals } from '@preact/signals-react/runtime';
import { formatLocalDateRange } from '@/components/plan/campaigns/date-range';
import { useApp } from '@/components/ui/settings-context';
import type { Collaboration, Partner } from '@/storage/schemas';
import { CollaborationEditor } from './collaboration-editor';
import { CollaborationStatus } from './collaboration-status';
import { editingCollaboration, partnersNotice } from './partners-state';

export function CollaborationItem({ partner, collaboration }: { partner: Partner; collaboration: Collaboration }) {
  useSignals();
  const { t, locale } = useApp();
  const open = editingCollaboration.value?.id === collaboration.id;
  const dates = collaboration.start ? formatLocalDateRange(locale, collaboration.start, collaboration.end ?? collaboration.start) : t('strategy.partners.undated');
  return (
    <li className="collaboration" data-status={collaboration.status} data-collaboration={collaboration.id}>
      <div className="collaboration__head">
        <span className="collaboration__title">{collaboration.title}</span>
        <span className="collaboration__meta">
          {t(`strategy.partners.kind.${collaboration.kind}`)} · {dates} · {t('strategy.partners.postCount', { count: collaboration.postIds.length })}
        </span>
      </div>
      <div className="collaboration__actions">
        <CollaborationStatus collaboration={collaboration} onMoved={(message) => (partnersNotice.value = message)} />
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={open}
          aria-label={t(open ? 'strategy.partners.closeLabel' : 'strategy.partners.openLabel', { title: collaboration.title })}
          onClick={() => (editingCollaboration.value = open ? null : { partnerId: partner.id, id: collaboration.id })}
        >
          {t(open ? 'strategy.partners.close' : 'strategy.partners.open')}
        </button>
      </div>
      {open && <CollaborationEditor key={collaboration.id} partner={partner} collaboration={collaboration} />}
    </li>
  );
}
