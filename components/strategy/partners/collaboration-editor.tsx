/**
 * Planning or editing one collaboration with a partner: its fields, Save, Delete (after a confirmation;
 * the posts it links stay in the plan) and Close, and for a saved one the posts it links.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Confirm } from '@/components/ui/confirm';
import { useApp } from '@/components/ui/settings-context';
import { deleteCollaboration, saveCollaboration, type CollaborationInput } from '@/storage/partners';
import type { Collaboration, Partner } from '@/storage/schemas';
import { CollaborationFields } from './collaboration-fields';
import { CollaborationPosts } from './collaboration-posts';
import { describeError } from './describe-error';
import { collaborationFocusRequested, editingCollaboration, partnersNotice } from './partners-state';

export function CollaborationEditor({ partner, collaboration }: { partner: Partner; collaboration: Collaboration | null }) {
  const { t } = useApp();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [form, setForm] = useState<CollaborationInput>(() =>
    collaboration
      ? { partnerId: collaboration.partnerId, kind: collaboration.kind, title: collaboration.title, start: collaboration.start, end: collaboration.end, notes: collaboration.notes }
      : { partnerId: partner.id, kind: 'co-post', title: '', start: null, end: null, notes: '' },
  );
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    const element = heading.current;
    if (!element) return;
    if (collaborationFocusRequested.peek()) {
      collaborationFocusRequested.value = false;
      // happy-dom and old engines lack scrollIntoView: focusing is what matters.
      element.scrollIntoView?.({ block: 'start' });
    }
    element.focus();
  }, []);

  const close = () => (editingCollaboration.value = null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    if (!form.title.trim()) return setError(t('strategy.partners.titleMissing'));
    try {
      const saved = await saveCollaboration(collaboration?.id ?? null, { ...form, title: form.title.trim() });
      setError('');
      if (collaboration) setStatus(t('strategy.partners.collaborationSaved'));
      else {
        partnersNotice.value = t('strategy.partners.collaborationAdded', { title: saved.title, name: partner.name });
        editingCollaboration.value = { partnerId: partner.id, id: saved.id };
      }
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  async function onDelete(current: Collaboration) {
    await deleteCollaboration(current.id);
    partnersNotice.value = t('strategy.partners.collaborationDeleted', { title: current.title });
    close();
  }

  return (
    <section className="collaboration-editor" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {collaboration ? t('strategy.partners.editCollaboration', { title: collaboration.title }) : t('strategy.partners.newCollaboration', { name: partner.name })}
      </h4>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <CollaborationFields form={form} idPrefix={id} onChange={(patch) => setForm((current) => ({ ...current, ...patch }))} />
        {error && (
          <p role="alert" className="status status--error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button--primary">
            {t('strategy.partners.saveCollaboration')}
          </button>
          {collaboration && (
            <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
              {t('strategy.partners.deleteCollaboration')}
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={close}>
            {t('strategy.partners.close')}
          </button>
        </div>
      </form>
      {confirming && collaboration && (
        <Confirm
          message={t('strategy.partners.confirmDeleteCollaboration', { title: collaboration.title })}
          confirmLabel={t('strategy.partners.deleteCollaboration')}
          onConfirm={() => void onDelete(collaboration)}
          onCancel={() => setConfirming(false)}
        />
      )}
      <p role="status" className="status">
        {status}
      </p>
      {collaboration && <CollaborationPosts collaboration={collaboration} />}
    </section>
  );
}
