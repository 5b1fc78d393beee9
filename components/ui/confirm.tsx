/** An inline confirmation for destructive actions; focus moves to it so keyboard users meet it at once. */
import { useEffect, useRef } from 'react';
import { useApp } from './settings-context';

export function Confirm({
  message,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useApp();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div role="alertdialog" aria-modal="false" aria-label={message} className="confirm">
      <p>{message}</p>
      <div className="confirm__actions">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} className="button button--quiet" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </div>
  );
}
