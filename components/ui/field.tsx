/** A labelled form field: the label names the control alone, and the help text describes it. */
import type { ReactElement } from 'react';
import { cloneElement } from 'react';

export function Field({ id, label, help, children }: { id: string; label: string; help?: string; children: ReactElement<{ id?: string; 'aria-describedby'?: string }> }) {
  const helpId = help ? `${id}-help` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-describedby': helpId })}
      {help && <small id={helpId}>{help}</small>}
    </div>
  );
}
