/**
 * Export and import of the whole workspace. Import checks the whole file before writing anything and
 * asks before a "replace" deletes a non-empty workspace; any problem is listed and nothing changes.
 */
import { useId, useState } from 'react';
import { Confirm } from '@/components/ui/confirm';
import { downloadFile } from '@/components/ui/download';
import { useApp } from '@/components/ui/settings-context';
import { BackupError, backupFileName, exportBackup, importBackup } from '@/storage/backup';
import { announcePlanChange, checkInSoon } from '@/components/ui/announce-plan-change';
import { hasUserContent, type Progress, type WriteMode } from '@/storage/workspace';
import { isoLocalDate } from '@/utils/i18n/format';
import { describeBackupProblem } from './describe-backup-problem';

type Outcome = { kind: 'ok'; text: string } | { kind: 'error'; title: string; problems: string[] };

export function BackupSection() {
  const app = useApp();
  const { t, settings } = app;
  const id = useId();
  const [mode, setMode] = useState<WriteMode>('merge');
  const [pending, setPending] = useState<File | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function onExport() {
    const { blob, rows } = await exportBackup();
    const file = backupFileName(isoLocalDate(Date.now(), settings.timeZone));
    downloadFile(file, blob);
    setOutcome({ kind: 'ok', text: t('backup.exported', { count: rows, file }) });
  }

  async function onFileChosen(file: File) {
    setOutcome(null);
    if (mode === 'replace' && (await hasUserContent())) setPending(file);
    else await runImport(file);
  }

  async function runImport(file: File) {
    setPending(null);
    setProgress({ phase: 'checking', done: 0, total: 0 });
    try {
      // Should the panel close between the commit and the announcement below, the worker still wakes soon.
      await checkInSoon();
      const { rows } = await importBackup(file, mode, setProgress);
      setOutcome({ kind: 'ok', text: t('backup.imported', { count: rows }) });
      // The background makes the digest and weekly review reminders again and re-arms its alarm.
      await announcePlanChange();
    } catch (error) {
      setOutcome(
        error instanceof BackupError
          ? { kind: 'error', title: t('backup.failed'), problems: error.problems.map((p) => describeBackupProblem(p, app)) }
          : { kind: 'error', title: t('backup.failedUnknown', { detail: String(error) }), problems: [] },
      );
    } finally {
      setProgress(null);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('backup.title')}</h2>
      <p className="help">{t('backup.help')}</p>
      <button type="button" className="button" onClick={() => void onExport()}>
        {t('backup.export')}
      </button>
      <fieldset className="field">
        <legend>{t('backup.mode.label')}</legend>
        {(['merge', 'replace'] as const).map((value) => (
          <label key={value} className="choice">
            <input type="radio" name={`${id}-mode`} value={value} checked={mode === value} onChange={() => setMode(value)} />
            {t(`backup.mode.${value}`)}
          </label>
        ))}
      </fieldset>
      <label className="button button--file">
        {t('backup.import')}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="backup-file"
          disabled={progress !== null}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void onFileChosen(file);
          }}
        />
      </label>
      {pending && (
        <Confirm
          message={t('backup.confirmReplace')}
          confirmLabel={t('dialog.continue')}
          onConfirm={() => void runImport(pending)}
          onCancel={() => setPending(null)}
        />
      )}
      {progress && (
        <div className="progress">
          <progress max={progress.total || undefined} value={progress.total ? progress.done : undefined} />
          <span>{t(`backup.progress.${progress.phase}`, { done: progress.done, total: progress.total })}</span>
        </div>
      )}
      <div role="status" aria-live="polite">
        {outcome?.kind === 'ok' && <p className="status status--ok">{outcome.text}</p>}
      </div>
      {outcome?.kind === 'error' && (
        <div role="alert" className="status status--error" data-testid="backup-error">
          <p>{outcome.title}</p>
          <ul>
            {outcome.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
