/**
 * The first-run guide: the ten steps of the strategy in order, above every area of the side panel while
 * it is in progress. It names the step to take now and opens its page; "Done, next step" saves the
 * progress (settings.guide). It can be skipped and resumed (from the Strategy area), and any step can be
 * reopened from the list.
 */
import { useId, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { NEW_GUIDE, completeStep, currentStep, reopenStep, restartGuide, setGuideSkipped } from '@/storage/guide';
import { GUIDE_STEPS, type GuideStep } from '@/storage/schemas';
import { GUIDE_TARGETS } from './guide-steps';
import './guide.css';

export function GuidePanel() {
  const { t, settings } = useApp();
  const id = useId();
  const [error, setError] = useState('');
  const progress = settings.guide ?? NEW_GUIDE;
  const step = currentStep(progress);
  if (progress.skipped || step === null) return null;
  const number = GUIDE_STEPS.indexOf(step) + 1;

  // Settings are a live query: the panel re-renders with the saved progress; only a failure is ours to show.
  const run = (action: () => Promise<unknown>) => {
    setError('');
    action().catch((cause: unknown) => setError(t('guide.failed', { detail: cause instanceof Error ? cause.message : String(cause) })));
  };
  const open = (target: GuideStep) => GUIDE_TARGETS[target]();

  return (
    <section className="card guide" aria-labelledby={`${id}-title`} data-testid="guide">
      <p className="guide__progress">{t('guide.progress', { step: number, total: GUIDE_STEPS.length })}</p>
      <h2 id={`${id}-title`}>{t(`guide.step.${step}.title`)}</h2>
      <p className="help">{t(`guide.step.${step}.body`)}</p>
      <div className="guide__actions">
        <button type="button" className="button button--primary" onClick={() => open(step)}>
          {t(`guide.step.${step}.open`)}
        </button>
        <button type="button" className="button" onClick={() => run(() => completeStep(step))}>
          {number === GUIDE_STEPS.length ? t('guide.finish') : t('guide.next')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => run(() => setGuideSkipped(true))}>
          {t('guide.skip')}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      <details className="guide__all">
        <summary>{t('guide.all')}</summary>
        <ol className="guide__steps">
          {GUIDE_STEPS.map((each) => {
            const done = progress.done.includes(each);
            return (
              <li key={each} className={done ? 'guide__step guide__step--done' : 'guide__step'}>
                <button type="button" className="link-button" onClick={() => open(each)}>
                  {t(`guide.step.${each}.title`)}
                </button>
                {done ? (
                  <>
                    <span className="guide__done">{t('guide.done')}</span>
                    <button type="button" className="link-button" onClick={() => run(() => reopenStep(each))} aria-label={t('guide.reopenStep', { step: t(`guide.step.${each}.title`) })}>
                      {t('guide.reopen')}
                    </button>
                  </>
                ) : null}
              </li>
            );
          })}
        </ol>
      </details>
    </section>
  );
}

/** Brings a skipped or finished guide back: shown in the Strategy area's toolbar. */
export function ResumeGuide() {
  const { t, settings } = useApp();
  const [error, setError] = useState('');
  const progress = settings.guide ?? NEW_GUIDE;
  const finished = currentStep(progress) === null;
  if (!progress.skipped && !finished) return null;
  // A finished guide starts over; a skipped one picks up where it was left.
  const resume = () => {
    setError('');
    (finished ? restartGuide() : setGuideSkipped(false)).catch((cause: unknown) => setError(t('guide.failed', { detail: cause instanceof Error ? cause.message : String(cause) })));
  };
  return (
    <>
      <button type="button" className="button button--quiet" onClick={resume}>
        {finished ? t('guide.restart') : t('guide.resume')}
      </button>
      {error && <p role="alert">{error}</p>}
    </>
  );
}
