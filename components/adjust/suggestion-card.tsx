/**
 * One suggestion: its title, confidence and evidence, and what can be done with it — preview the
 * re-plan and apply it, open the page where it is acted on, or dismiss it with a reason. The preview is
 * computed once when opened and applied as shown; if the plan changed meanwhile, apply refuses and the
 * preview is computed again.
 */
import { useId, useState } from 'react';
import { openArea, openStrategy, type StrategySection } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';
import { applyPlanChange, dismissSuggestion, labelOf, StalePreviewError } from '@/storage/adjust';
import type { AdjustData } from '@/storage/adjust-data';
import { newId } from '@/storage/ids';
import { replanOf, type RowChange } from '@/utils/suggest/replan';
import type { Suggestion } from '@/utils/suggest/types';
import { ChangeList } from './change-list';
import { DismissForm } from './dismiss-form';
import { EvidenceList } from './evidence-list';
import { presentParams, type Names } from './present';

interface Props {
  id: string;
  suggestion: Suggestion;
  data: AdjustData;
  names: Names;
  campaigns: ReadonlyMap<string, string>;
  onApplied: (id: string, changed: number) => void;
}

export function previewOf(suggestion: Suggestion, data: AdjustData, now: number): RowChange[] {
  const observed = new Map(data.history.posts.map((post) => [post.id, post]));
  return replanOf(suggestion.action, { posts: data.plan, slots: data.slots, observed, timeZone: data.timeZone, now, newId });
}

export function SuggestionCard({ id, suggestion, data, names, campaigns, onApplied }: Props) {
  const { t, locale } = useApp();
  const headingId = useId();
  const [preview, setPreview] = useState<RowChange[] | null>(null);
  const [dismissing, setDismissing] = useState(false);
  const [problem, setProblem] = useState('');
  const { action } = suggestion;
  const replans = action.kind !== 'open' && action.kind !== 'none';
  const title = t(`suggest.title.${suggestion.title.key}` as never, presentParams(suggestion.title.params, names, t, locale));

  async function apply(changes: RowChange[]) {
    setProblem('');
    try {
      const decision = await applyPlanChange(id, labelOf(suggestion), changes);
      onApplied(decision.id, decision.changed);
    } catch (error) {
      if (error instanceof StalePreviewError) {
        setPreview(previewOf(suggestion, data, Date.now()));
        setProblem(t('adjust.stale'));
      } else setProblem(t('adjust.applyFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  }

  function openTarget() {
    if (action.kind !== 'open') return;
    if (action.area === 'strategy') openStrategy((action.page ?? 'concept') as StrategySection);
    else openArea(action.area);
  }

  return (
    <article className="card adjust-suggestion" aria-labelledby={headingId} data-testid="adjust-suggestion" data-rule={suggestion.rule} data-confidence={suggestion.confidence}>
      <header className="adjust-suggestion__head">
        <h3 id={headingId}>{title}</h3>
        <span className={`badge adjust-confidence adjust-confidence--${suggestion.confidence}`}>{t(`adjust.confidence.${suggestion.confidence}`)}</span>
      </header>
      <p className="help">{t(`suggest.rule.${suggestion.rule}` as never)}</p>
      <EvidenceList evidence={suggestion.evidence} names={names} />
      {preview && (
        <section className="adjust-preview" aria-label={t('adjust.preview.title')}>
          <h4>{t('adjust.preview.title')}</h4>
          {preview.length ? (
            <>
              <p className="help">{t('adjust.preview.count', { count: preview.length })}</p>
              <ChangeList changes={preview} names={names} campaigns={campaigns} />
            </>
          ) : (
            <p className="help">{t('adjust.preview.nothing')}</p>
          )}
        </section>
      )}
      {problem && (
        <p role="alert" className="status status--error">
          {problem}
        </p>
      )}
      {dismissing ? (
        <DismissForm
          onCancel={() => setDismissing(false)}
          onDismiss={(reason) => {
            void dismissSuggestion(id, labelOf(suggestion), reason).catch((error: unknown) => setProblem(String(error)));
          }}
        />
      ) : (
        <div className="toolbar">
          {replans && !preview && (
            <button type="button" className="button" onClick={() => setPreview(previewOf(suggestion, data, Date.now()))}>
              {t('adjust.preview.show')}
            </button>
          )}
          {preview && preview.length > 0 && (
            <button type="button" className="button button--primary" onClick={() => void apply(preview)}>
              {t('adjust.apply', { count: preview.length })}
            </button>
          )}
          {preview && (
            <button type="button" className="button button--quiet" onClick={() => setPreview(null)}>
              {t('adjust.preview.hide')}
            </button>
          )}
          {action.kind === 'open' && (
            <button type="button" className="button" onClick={openTarget}>
              {t(`adjust.open.${action.area}`)}
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={() => setDismissing(true)}>
            {t('adjust.dismiss.show')}
          </button>
        </div>
      )}
    </article>
  );
}
