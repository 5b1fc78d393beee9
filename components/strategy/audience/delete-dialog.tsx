/**
 * The frame of the segment and hook delete dialogs: the question, the choices of what becomes of what
 * depends on it, a confirm and a cancel (focused first, as in components/ui/confirm.tsx), and why a
 * refused delete was refused.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { problemOf } from './errors';

/** The frame of both dialogs: the question, the choices, a confirm and a cancel (focused first). */
export function DeleteDialog({ message, confirmLabel, onConfirm, onCancel, children }: { message: string; confirmLabel: string; onConfirm: () => Promise<void>; onCancel: () => void; children?: ReactNode }) {
  const { t } = useApp();
  const cancel = useRef<HTMLButtonElement>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div role="alertdialog" aria-modal="false" aria-label={message} className="confirm">
      <p>{message}</p>
      {children}
      <div className="confirm__actions">
        <button type="button" className="button button--danger" onClick={() => void onConfirm().catch((error: unknown) => setProblem(problemOf(t, error, 'delete')))}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} className="button button--quiet" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
      <p role="alert" className="status status--error">{problem}</p>
    </div>
  );
}

/** Two radio choices, the first with a target to pick (disabled when there is none). */
export function Choices<K extends string>({ name, value, onChange, options }: { name: string; value: K; onChange: (kind: K) => void; options: readonly { kind: K; label: string; disabled?: boolean; extra?: ReactNode }[] }) {
  const { t } = useApp();
  return (
    <fieldset className="field">
      <legend>{t('strategy.audience.deleteChoice')}</legend>
      {options.map((option) => (
        <div key={option.kind}>
          <label className="choice">
            <input type="radio" name={name} checked={value === option.kind} disabled={option.disabled} onChange={() => onChange(option.kind)} />
            {option.label}
          </label>
          {value === option.kind && option.extra}
        </div>
      ))}
    </fieldset>
  );
}
