/**
 * Dismissing a suggestion asks why: the reason is kept with the decision (History shows it), and the
 * suggestion stays hidden for this evidence. Focus moves to the form so keyboard users meet it at once.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';

export const DISMISS_REASONS = ['not-relevant', 'misleading', 'handled', 'later', 'other'] as const;

export function DismissForm({ onDismiss, onCancel }: { onDismiss: (reason: string) => void; onCancel: () => void }) {
  const { t } = useApp();
  const id = useId();
  const [reason, setReason] = useState<(typeof DISMISS_REASONS)[number]>('not-relevant');
  const [note, setNote] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const text = [t(`adjust.dismiss.reason.${reason}`), note.trim()].filter(Boolean).join(': ');
  return (
    <form
      className="adjust-dismiss"
      aria-label={t('adjust.dismiss.title')}
      onSubmit={(event) => {
        event.preventDefault();
        onDismiss(text);
      }}
    >
      <fieldset>
        <legend>{t('adjust.dismiss.title')}</legend>
        {DISMISS_REASONS.map((value, index) => (
          <label key={value} className="adjust-dismiss__reason">
            <input ref={index === 0 ? first : undefined} type="radio" name={`${id}-reason`} value={value} checked={reason === value} onChange={() => setReason(value)} />
            {t(`adjust.dismiss.reason.${value}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('adjust.dismiss.note')}</label>
        <input id={`${id}-note`} type="text" maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <div className="toolbar">
        <button type="submit" className="button">
          {t('adjust.dismiss.confirm')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </form>
  );
}
