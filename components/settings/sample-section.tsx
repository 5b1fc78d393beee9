/** Loading the sample workspace: at once into an empty workspace, after a confirmation otherwise. */
import { useId, useState } from 'react';
import { Confirm } from '@/components/ui/confirm';
import { useApp } from '@/components/ui/settings-context';
import { loadSampleWorkspace } from '@/storage/load-sample';
import { announcePlanChange, checkInSoon } from '@/components/ui/announce-plan-change';
import { hasUserContent } from '@/storage/workspace';

type State = 'idle' | 'confirming' | 'loading' | 'loaded' | { error: string };

export function SampleSection() {
  const { t } = useApp();
  const id = useId();
  const [state, setState] = useState<State>('idle');

  async function load() {
    setState('loading');
    try {
      // Should the panel close between the write and the announcement below, the worker still wakes soon.
      await checkInSoon();
      await loadSampleWorkspace();
      setState('loaded');
      // The background makes the digest and weekly review reminders again and re-arms its alarm.
      await announcePlanChange();
    } catch (error) {
      setState({ error: String(error) });
    }
  }

  async function onLoadClicked() {
    if (!(await hasUserContent())) await load();
    else setState('confirming');
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sample.title')}</h2>
      <p className="help">{t('sample.help')}</p>
      <button type="button" className="button" disabled={state === 'loading'} onClick={() => void onLoadClicked()}>
        {t('sample.load')}
      </button>
      {state === 'confirming' && (
        <Confirm
          message={t('sample.confirm')}
          confirmLabel={t('sample.confirmButton')}
          onConfirm={() => void load()}
          onCancel={() => setState('idle')}
        />
      )}
      <p role="status" className="status">
        {state === 'loading' && t('sample.loading')}
        {state === 'loaded' && t('sample.loaded')}
      </p>
      {typeof state === 'object' && (
        <p role="alert" className="status status--error">
          {state.error}
        </p>
      )}
    </section>
  );
}
