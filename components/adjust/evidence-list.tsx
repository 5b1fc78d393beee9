/** A suggestion's evidence: each figure with what it measures and the sample behind it (n), and the period. */
import { formatLocalDateRange } from '@/components/plan/campaigns/date-range';
import { useApp } from '@/components/ui/settings-context';
import { toWallClock } from '@/utils/time/wall-clock';
import type { Evidence } from '@/utils/suggest/types';
import { formatEvidenceValue, presentParams, type Names } from './present';

export function EvidenceList({ evidence, names }: { evidence: Evidence; names: Names }) {
  const { t, locale, settings } = useApp();
  const day = (at: number) => toWallClock(at, settings.timeZone).localDate;
  return (
    <div className="adjust-evidence">
      <table className="adjust-evidence__table" data-testid="adjust-evidence">
        <tbody>
          {evidence.items.map((item, index) => (
            <tr key={index} data-evidence={item.key}>
              <th scope="row">{t(`suggest.evidence.${item.key}` as never, presentParams(item.params, names, t, locale))}</th>
              <td data-value>{formatEvidenceValue(item, locale)}</td>
              <td className="adjust-evidence__n">{t('adjust.sample', { count: item.n })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="help">{t('adjust.period', { range: formatLocalDateRange(locale, day(evidence.start), day(evidence.end - 1)) })}</p>
    </div>
  );
}
