/** A hook's figures on the board: posts, median engagement (or why there is none), last and next use. */
import { useApp } from '@/components/ui/settings-context';
import type { HookCard } from './hook-board';

/** The figures: posts, median engagement (or why there is none), last use and next planned use. */
export function HookFigures({ card, date }: { card: HookCard; date: (at: number) => string }) {
  const { t } = useApp();
  if (card.posts.length === 0) return <p className="audience-figures">{t('strategy.audience.hook.unused')}</p>;
  const lines: string[] = [`${t('strategy.audience.hook.postCount', { count: card.posts.length })} · ${t('strategy.audience.hook.published', { count: card.published })}`];
  if (card.medianEngagement !== null) {
    lines.push(t('strategy.audience.hook.median', { value: Math.round(card.medianEngagement), count: card.measured }));
    if (card.unmeasuredPublished > 0) lines.push(t('strategy.audience.hook.someUnmeasured', { count: card.unmeasuredPublished }));
  } else {
    lines.push(card.unmeasuredPublished > 0 ? t('strategy.audience.hook.noneMeasured') : t('strategy.audience.hook.nonePublished'));
  }
  if (card.lastUsedAt !== null) lines.push(t('strategy.audience.hook.lastUsed', { date: date(card.lastUsedAt) }));
  if (card.nextUseAt !== null) lines.push(t('strategy.audience.hook.nextUse', { date: date(card.nextUseAt) }));
  if (card.lastUsedAt === null && card.nextUseAt === null) lines.push(t('strategy.audience.hook.noTime'));
  return (
    <ul className="audience-figures">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
