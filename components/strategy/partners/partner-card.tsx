/**
 * One partner: name, audience overlap, contact and notes, Edit and Delete, its tracked accounts, and
 * its collaborations grouped by status with a button to plan another.
 */
import { useSignals } from '@preact/signals-react/runtime';
import { useId, useRef, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import type { Account, Collaboration, Partner } from '@/storage/schemas';
import { CollaborationEditor } from './collaboration-editor';
import { CollaborationList } from './collaboration-list';
import { PartnerAccounts } from './partner-accounts';
import { PartnerDelete } from './partner-delete';
import { PartnerForm } from './partner-form';
import { editingCollaboration, editingPartner } from './partners-state';

export function PartnerCard({ partner, accounts, collaborations }: { partner: Partner; accounts: readonly Account[]; collaborations: readonly Collaboration[] }) {
  useSignals();
  const { t } = useApp();
  const id = useId();
  const [deleting, setDeleting] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const editing = editingPartner.value === partner.id;
  const planning = editingCollaboration.value?.partnerId === partner.id && editingCollaboration.value.id === null;

  return (
    <li className="partner" data-partner={partner.id}>
      <article aria-labelledby={`${id}-name`}>
        <div className="card__head">
          <h3 id={`${id}-name`}>{partner.name}</h3>
          <div className="partner__buttons">
            <button type="button" className="button button--quiet" aria-label={t('strategy.partners.editLabel', { name: partner.name })} onClick={() => (editingPartner.value = partner.id)}>
              {t('strategy.partners.edit')}
            </button>
            <button type="button" ref={deleteButton} className="button button--quiet" aria-label={t('strategy.partners.deleteLabel', { name: partner.name })} onClick={() => setDeleting(true)}>
              {t('strategy.partners.delete')}
            </button>
          </div>
        </div>
        {deleting && (
          <PartnerDelete
            partner={partner}
            onCancel={() => {
              setDeleting(false);
              deleteButton.current?.focus();
            }}
          />
        )}
        {editing ? (
          <PartnerForm partner={partner} />
        ) : (
          <dl className="partner__facts">
            <dt>{t('strategy.partners.field.overlap')}</dt>
            <dd>{partner.audienceOverlap === null ? t('strategy.partners.overlapUnknown') : t('strategy.partners.overlap', { value: partner.audienceOverlap })}</dd>
            <dt>{t('strategy.partners.field.contact')}</dt>
            <dd>{partner.contact.trim() || t('strategy.partners.contactUnknown')}</dd>
            {partner.notes.trim() && (
              <>
                <dt>{t('strategy.partners.field.notes')}</dt>
                <dd className="partner__notes">{partner.notes}</dd>
              </>
            )}
          </dl>
        )}
        <PartnerAccounts partner={partner} accounts={accounts} />
        <div className="partner__collaborations">
          <div className="card__head">
            <h4>{t('strategy.partners.collaborations')}</h4>
            {!planning && (
              <button
                type="button"
                className="button"
                aria-label={t('strategy.partners.planLabel', { name: partner.name })}
                onClick={() => (editingCollaboration.value = { partnerId: partner.id, id: null })}
              >
                {t('strategy.partners.plan')}
              </button>
            )}
          </div>
          {planning && <CollaborationEditor partner={partner} collaboration={null} />}
          <CollaborationList partner={partner} collaborations={collaborations} />
        </div>
      </article>
    </li>
  );
}
