/**
 * Strategy → Partners (step 6): the businesses the brand works with — contact, audience overlap, their
 * tracked accounts — and the interaction plan with each, collaborations grouped by status from idea
 * to done. Dated collaborations also show on the Plan calendar, which links back here.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useSignals } from '@preact/signals-react/runtime';
import { useId } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { listCollaborations, listPartnerAccounts, listPartners } from '@/storage/partners';
import { PartnerCard } from './partner-card';
import { PartnerForm } from './partner-form';
import { editingPartner, partnersNotice } from './partners-state';
import { UnattachedAccounts } from './unattached-accounts';
import './partners.css';

export function PartnersSection() {
  useSignals();
  const { t } = useApp();
  const id = useId();
  const partners = useLiveQuery(listPartners);
  const accounts = useLiveQuery(listPartnerAccounts);
  const collaborations = useLiveQuery(listCollaborations);
  if (!partners || !accounts || !collaborations) return null;
  const adding = editingPartner.value === 'new';

  return (
    <>
      <section className="card partners" aria-labelledby={`${id}-title`} data-testid="partners-section">
        <div className="card__head">
          <h2 id={`${id}-title`}>{t('strategy.partners.title')}</h2>
          {!adding && (
            <button type="button" className="button" onClick={() => (editingPartner.value = 'new')}>
              {t('strategy.partners.add')}
            </button>
          )}
        </div>
        <p className="help">{t('strategy.partners.help')}</p>
        <p role="status" className="status">
          {partnersNotice.value}
        </p>
        {adding && <PartnerForm partner={null} />}
        {partners.length === 0 && !adding && <p className="help partners__empty">{t('strategy.partners.empty')}</p>}
        {partners.length > 0 && (
          <ul className="partners__list" aria-labelledby={`${id}-title`}>
            {partners.map((partner) => (
              <PartnerCard
                key={partner.id}
                partner={partner}
                accounts={accounts.filter((account) => account.partnerId === partner.id)}
                collaborations={collaborations.filter((collaboration) => collaboration.partnerId === partner.id)}
              />
            ))}
          </ul>
        )}
      </section>
      <UnattachedAccounts accounts={accounts.filter((account) => !account.partnerId || !partners.some((partner) => partner.id === account.partnerId))} partners={partners} />
    </>
  );
}
