/** The content mix as editable rows: a share per pillar, pillars from the slots plus any typed in. */
import { useId, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { pillarKey } from '@/utils/plan/content-mix';

export interface MixRow {
  pillar: string;
  /** As typed; anything that is not a positive number counts as 0. */
  percent: string;
}

export function MixEditor({ rows, onChange, onReset }: { rows: readonly MixRow[]; onChange: (rows: MixRow[]) => void; onReset: () => void }) {
  const { t } = useApp();
  const id = useId();
  const [draft, setDraft] = useState('');
  const total = rows.reduce((sum, row) => sum + Math.max(0, Number(row.percent) || 0), 0);
  const set = (i: number, percent: string) => onChange(rows.map((row, j) => (i === j ? { ...row, percent } : row)));

  function add() {
    const pillar = draft.trim();
    if (!pillar) return;
    if (!rows.some((row) => pillarKey(row.pillar) === pillarKey(pillar))) onChange([...rows, { pillar, percent: '0' }]);
    setDraft('');
  }

  return (
    <fieldset className="field mix-editor" aria-describedby={`${id}-help`}>
      <legend>{t('planMonth.mix')}</legend>
      {rows.map((row, i) => (
        <div key={pillarKey(row.pillar)} className="mix-editor__row">
          <label htmlFor={`${id}-${i}`}>{row.pillar}</label>
          <input id={`${id}-${i}`} type="number" min={0} max={100} step={1} inputMode="numeric" value={row.percent} onChange={(e) => set(i, e.target.value)} />
          <button type="button" className="button button--quiet" aria-label={t('planMonth.remove', { pillar: row.pillar })} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      <p id={`${id}-help`} className="help">
        {total > 0 ? `${t('planMonth.mixTotal', { total })} ${total === 100 ? '' : t('planMonth.mixHelp')}` : t('planMonth.noMix')}
      </p>
      <label htmlFor={`${id}-new`}>{t('planMonth.newPillar')}</label>
      <div className="mix-editor__add">
        <input
          id={`${id}-new`}
          maxLength={200}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds the pillar instead of submitting anything around it.
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button" onClick={add}>{t('planMonth.addPillar')}</button>
      </div>
      <button type="button" className="button button--quiet" onClick={onReset}>{t('planMonth.resetMix')}</button>
    </fieldset>
  );
}
