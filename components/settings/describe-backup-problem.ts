/** Turns a backup problem into a sentence in the UI language. */
import type { AppContext } from '@/components/ui/settings-context';
import type { BackupProblem } from '@/storage/backup';
import { formatBytes } from '@/utils/i18n/format';
import type { MessageKey } from '@/utils/i18n/translate';

export function describeBackupProblem({ code, params }: BackupProblem, { t, locale }: Pick<AppContext, 't' | 'locale'>): string {
  switch (code) {
    case 'too-large':
      return t('backup.problem.too-large', {
        size: formatBytes(locale, Number(params.size)),
        max: formatBytes(locale, Number(params.max)),
      });
    case 'invalid-row':
      return t('backup.problem.invalid-row', {
        ...params,
        issue: t(`backup.issue.${String(params.issue)}` as MessageKey, params),
      });
    default:
      return t(`backup.problem.${code}`, params);
  }
}
