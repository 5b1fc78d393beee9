/** One slot in the list: what it is, on or off, edit in place, delete after asking. */
import { useState } from 'react';
import { Confirm } from '@/components/ui/confirm';
import { useApp } from '@/components/ui/settings-context';
import type { Slot } from '@/storage/schemas';
import { deleteSlot, setSlotActive } from '@/storage/slots';
import { describeSlot } from './describe-slot';
import { SlotEditForm } from './slot-edit-form';
import type { RunAction } from './run-action';
import { weekdayName } from './weekday-names';

export function SlotRow({ slot, run, pillars }: { slot: Slot; run: RunAction; pillars: readonly string[] }) {
  const app = useApp();
  const { t, locale } = app;
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const name = describeSlot(slot, app);

  return (
    <li className="slot-row" data-platform={slot.platform} data-active={slot.active}>
      <div className="slot-row__main">
        <span className="slot-row__when">
          <abbr title={weekdayName(locale, slot.weekday, 'long')}>{weekdayName(locale, slot.weekday, 'short')}</abbr> {slot.localTime}
        </span>
        <span className="slot-row__what">
          {t(`platform.${slot.platform}`)} · {t(`format.${slot.format}`)} · {slot.pillar || t('slots.noPillar')}
          {!slot.active && <span className="slot-row__off"> · {t('slots.inactive')}</span>}
        </span>
      </div>
      <div className="slot-row__actions">
        <label className="choice">
          <input
            type="checkbox"
            aria-label={t('slots.activeFor', { slot: name })}
            checked={slot.active}
            onChange={(e) => {
              const active = e.target.checked;
              void run(() => setSlotActive(slot.id, active), () => t(active ? 'slots.switchedOn' : 'slots.switchedOff'));
            }}
          />
          <span aria-hidden="true">{t('slots.active')}</span>
        </label>
        <button type="button" className="button button--quiet" aria-label={t('slots.editFor', { slot: name })} aria-expanded={mode === 'edit'} onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}>
          {t('slots.edit')}
        </button>
        <button type="button" className="button button--quiet" aria-label={t('slots.deleteFor', { slot: name })} onClick={() => setMode('delete')}>
          {t('post.delete')}
        </button>
      </div>
      {mode === 'edit' && <SlotEditForm slot={slot} run={run} pillars={pillars} onDone={() => setMode('view')} />}
      {mode === 'delete' && (
        <Confirm message={t('slots.confirmDelete')} confirmLabel={t('post.delete')} onConfirm={() => void run(() => deleteSlot(slot.id), () => t('slots.deleted'))} onCancel={() => setMode('view')} />
      )}
    </li>
  );
}
