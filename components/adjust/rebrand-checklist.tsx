/**
 * The rebranding checklist: a change of strategy up to a new brand walks through the concept, the hooks,
 * the templates, the hashtag sets and the upcoming plan. Each step shows how far it is (read from what
 * was saved since the start), opens the page where it is done, and can be ticked by hand.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { openArea, openStrategy } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';
import { finishRebrand, getRebrand, rebrandProgress, REBRAND_STEPS, setRebrandStep, startRebrand, type RebrandProgress, type RebrandStep } from '@/storage/rebrand';

function autoDone(step: RebrandStep, progress: RebrandProgress): boolean {
  if (step === 'concept') return progress.concept;
  if (step === 'plan') return progress.plan.untouched === 0;
  const { reviewed, total } = progress[step];
  return total > 0 && reviewed === total;
}

export function RebrandChecklist() {
  const { t, locale } = useApp();
  const id = useId();
  const rebrand = useLiveQuery(getRebrand, []);
  const progress = useLiveQuery(() => (rebrand ? rebrandProgress(rebrand.startedAt) : undefined), [rebrand?.startedAt]);

  const detail = (step: RebrandStep, p: RebrandProgress) =>
    step === 'concept' ? t(p.concept ? 'adjust.rebrand.conceptSaved' : 'adjust.rebrand.conceptNot') : step === 'plan' ? t('adjust.rebrand.planUntouched', { count: p.plan.untouched }) : t('adjust.rebrand.reviewed', { count: p[step].reviewed, total: p[step].total });
  const open = (step: RebrandStep) => {
    if (step === 'concept') openStrategy('concept');
    else if (step === 'hooks') openStrategy('audience');
    else if (step === 'plan') document.querySelector<HTMLElement>('[data-testid="adjust-bulk"] select')?.focus();
    else openArea('compose');
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="adjust-rebrand">
      <h2 id={`${id}-title`}>{t('adjust.rebrand.title')}</h2>
      {!rebrand ? (
        <>
          <p className="help">{t('adjust.rebrand.help')}</p>
          <button type="button" className="button" onClick={() => void startRebrand()}>
            {t('adjust.rebrand.start')}
          </button>
        </>
      ) : (
        <>
          <p className="help">{t('adjust.rebrand.since', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(rebrand.startedAt) })}</p>
          <ol className="adjust-rebrand">
            {REBRAND_STEPS.map((step) => {
              const auto = progress ? autoDone(step, progress) : false;
              const ticked = rebrand.done.includes(step);
              return (
                <li key={step} data-step={step} data-done={auto || ticked}>
                  <label>
                    <input type="checkbox" checked={auto || ticked} disabled={auto} onChange={(event) => void setRebrandStep(step, event.target.checked)} />
                    <span>{t(`adjust.rebrand.step.${step}`)}</span>
                  </label>
                  {progress && <span className="help">{detail(step, progress)}</span>}
                  <button type="button" className="button button--quiet" onClick={() => open(step)}>
                    {t(`adjust.rebrand.open.${step}`)}
                  </button>
                </li>
              );
            })}
          </ol>
          <button type="button" className="button button--quiet" onClick={() => void finishRebrand()}>
            {t('adjust.rebrand.finish')}
          </button>
        </>
      )}
    </section>
  );
}
