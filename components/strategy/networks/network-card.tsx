/**
 * One platform of the ranking: its rank and score, the reasons in sentences, a rating per segment (a
 * suggestion is marked until rated), the captured figures, and whether the brand works it. Narrow by
 * design: everything stacks, nothing is a wide table.
 */
import { useState, type CSSProperties } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { formatNumber } from '@/utils/i18n/translate';
import { PRESENCE_LEVELS, type PresenceLevel, type RankedNetwork } from '@/utils/strategy/network-ranking';
import type { Platform } from '@/utils/platforms';
import { figureText, reasonText } from './reason-text';

export interface NetworkCardProps {
  network: RankedNetwork;
  /** A prefix for element ids, unique on the page. */
  idBase: string;
  colors: ReadonlyMap<string, string>;
  /** Whether the brand row exists: the checkbox edits it. */
  canChoose: boolean;
  /** The id of what explains why the checkbox is off (no brand yet). */
  chooseHelpId: string | undefined;
  onRate: (segmentId: string, platform: Platform, level: PresenceLevel, controlId: string) => void;
  /** Saves the choice; resolves false when it was not saved (the section says why). */
  onWorks: (platform: Platform, works: boolean, controlId: string) => Promise<boolean>;
}

/** The select's value while a segment's rating is only the suggestion. */
const SUGGESTED = 'suggested';

/** The id of a segment's rating select on a platform's card. */
export const ratingId = (idBase: string, platform: Platform, segmentId: string): string => `${idBase}-${platform}-rate-${segmentId}`;

export function NetworkCard({ network, idBase, colors, canChoose, chooseHelpId, onRate, onWorks }: NetworkCardProps) {
  const app = useApp();
  const { t, locale } = app;
  const { platform, input } = network;
  const name = t(`platform.${platform}`);
  const base = `${idBase}-${platform}`;
  const worksId = `${base}-works`;
  // The box follows the click at once. The choice holds only while the saved row still says what it said
  // at the click: once the live query brings the saved value (a few ms later), that value shows; a failed
  // save puts the box back.
  const [wanted, setWanted] = useState<{ works: boolean; over: boolean } | null>(null);
  const checked = wanted !== null && wanted.over === input.works ? wanted.works : input.works;
  const chooseWorks = (works: boolean) => {
    setWanted({ works, over: input.works });
    void onWorks(platform, works, worksId).then((saved) => {
      if (!saved) setWanted(null);
    });
  };
  const levelLabel = (level: PresenceLevel) => t(`strategy.networks.level.${level}`);
  const figures: [string, string][] = [
    [t('strategy.networks.figure.competitors'), formatNumber(locale, input.competitors.competitors)],
    [t('strategy.networks.figure.competitorFollowers'), figureText(app, input.competitors.medianFollowers, 'count')],
    [t('strategy.networks.figure.competitorRate'), figureText(app, input.competitors.engagementRate, 'rate')],
    [t('strategy.networks.figure.ownFollowers'), figureText(app, input.own.followers, 'count')],
    [t('strategy.networks.figure.ownRate'), figureText(app, input.own.engagementRate, 'rate')],
  ];
  return (
    <li>
      <article className="card network-card" aria-labelledby={`${base}-title`} data-platform={platform} data-testid={`network-${platform}`}>
        <div className="network-card__head">
          <h3 id={`${base}-title`}>{t('strategy.networks.cardTitle', { rank: network.rank, platform: name })}</h3>
          <span className="network-card__score">{t('strategy.networks.score', { score: network.score })}</span>
        </div>
        <div className="network-card__bar" aria-hidden="true">
          <span style={{ '--score': `${network.score}%` } as CSSProperties} />
        </div>

        <label className="choice network-card__works">
          <input
            id={worksId}
            type="checkbox"
            checked={checked}
            disabled={!canChoose}
            aria-describedby={canChoose ? undefined : chooseHelpId}
            onChange={(event) => chooseWorks(event.target.checked)}
          />
          <span>{t('strategy.networks.works', { platform: name })}</span>
        </label>

        <h4 id={`${base}-why`}>{t('strategy.networks.reasons')}</h4>
        <ul className="network-card__reasons" aria-labelledby={`${base}-why`}>
          {network.reasons.map((reason) => (
            <li key={reason.key}>{reasonText(app, reason)}</li>
          ))}
        </ul>

        {input.segments.length > 0 && (
          <fieldset className="network-card__audience">
            <legend>{t('strategy.networks.audience')}</legend>
            {input.segments.map((segment) => {
              const controlId = ratingId(idBase, platform, segment.segmentId);
              return (
                <div key={segment.segmentId} className="network-rating" style={{ '--segment': colors.get(segment.segmentId) } as CSSProperties}>
                  <label htmlFor={controlId} className="network-rating__name">
                    {segment.name}
                    <span className="sr-only"> — {name}</span>
                  </label>
                  <select
                    id={controlId}
                    value={segment.rated ? segment.level : SUGGESTED}
                    data-rated={segment.rated}
                    onChange={(event) => {
                      if (event.target.value !== SUGGESTED) onRate(segment.segmentId, platform, Number(event.target.value) as PresenceLevel, controlId);
                    }}
                  >
                    {!segment.rated && (
                      // Until rated, the suggestion is its own choice, so choosing the same level confirms it.
                      <option value={SUGGESTED}>{t('strategy.networks.suggestedOption', { level: levelLabel(segment.level) })}</option>
                    )}
                    {PRESENCE_LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {levelLabel(level)}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
          </fieldset>
        )}

        <h4>{t('strategy.networks.figures')}</h4>
        <dl className="network-card__figures">
          {figures.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </article>
    </li>
  );
}
