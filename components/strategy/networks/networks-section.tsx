/**
 * Strategy → Networks (step 4): the platforms ranked by how present the audience segments are there
 * (rated here), how competitors do there and how the brand does there (captured), each card with its
 * reasons; and which networks the brand works, saved with the brand's concept.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { openStrategy } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';
import { acceptSuggestedPresence, loadNetworks, NoBrandError, rateSegmentPresence, setBrandWorks } from '@/storage/networks';
import type { Platform } from '@/utils/platforms';
import { rankNetworks, type PresenceLevel } from '@/utils/strategy/network-ranking';
import { NetworkCard } from './network-card';
import './networks.css';
import { describeFailure } from '@/components/ui/describe-validation';

/** What the page last said: words, or a rating just saved, told with the platform's rank once the ranking shows it. */
type Status = { text: string; error: boolean } | { rating: SavedRating };

interface SavedRating {
  segmentId: string;
  segmentName: string;
  platform: Platform;
  level: PresenceLevel;
}

export function NetworksSection() {
  const { t } = useApp();
  const id = useId();
  const data = useLiveQuery(() => loadNetworks());
  const ranked = useMemo(() => (data ? rankNetworks(data.inputs) : undefined), [data]);
  const colors = useMemo(() => new Map((data?.segments ?? []).map((segment) => [segment.id, segment.color])), [data]);
  const [status, setStatus] = useState<Status>({ text: '', error: false });
  // The control last changed: a card that moves in the ranking must not take the keyboard focus with it.
  const refocus = useRef<string | null>(null);

  useEffect(() => {
    // Once, after the ranking that follows a change: a control whose card moved gets the focus back.
    const control = refocus.current ? document.getElementById(refocus.current) : null;
    refocus.current = null;
    if (control && (document.activeElement === document.body || document.activeElement === null)) control.focus();
  }, [ranked]);

  if (!data || !ranked) return null;

  const failed = (failure: unknown) => {
    const detail = failure instanceof NoBrandError ? t('strategy.networks.noBrand.title') : describeFailure(failure, t);
    setStatus({ text: t('strategy.networks.failed', { detail }), error: true });
  };

  /** "Saved: … is now number 2." once the ranking shows the new rating (empty for the instant before). */
  function ratingSaved(rating: SavedRating): string {
    const network = ranked?.find((n) => n.platform === rating.platform);
    const shown = network?.input.segments.find((s) => s.segmentId === rating.segmentId);
    if (!network || !shown?.rated || shown.level !== rating.level) return '';
    const platform = t(`platform.${rating.platform}`);
    return t('strategy.networks.savedPresence', { segment: rating.segmentName, platform, level: t(`strategy.networks.level.${rating.level}`), rank: network.rank });
  }

  async function rate(segmentId: string, platform: Platform, level: PresenceLevel, controlId: string) {
    refocus.current = controlId;
    const segmentName = data?.segments.find((s) => s.id === segmentId)?.name ?? segmentId;
    try {
      await rateSegmentPresence(segmentId, platform, level);
      setStatus({ rating: { segmentId, segmentName, platform, level } });
    } catch (failure) {
      failed(failure);
    }
  }

  async function works(platform: Platform, checked: boolean, controlId: string): Promise<boolean> {
    refocus.current = controlId;
    try {
      await setBrandWorks(platform, checked);
      setStatus({ text: t(checked ? 'strategy.networks.savedWorks' : 'strategy.networks.savedNotWorks', { platform: t(`platform.${platform}`) }), error: false });
      return true;
    } catch (failure) {
      failed(failure);
      return false;
    }
  }

  async function keepSuggestions() {
    try {
      const { segments } = await acceptSuggestedPresence();
      setStatus({ text: t('strategy.networks.suggestionsKept', { count: segments }), error: false });
    } catch (failure) {
      failed(failure);
    }
  }

  const noBrandId = `${id}-no-brand`;
  const said = 'rating' in status ? { text: ratingSaved(status.rating), error: false } : status;
  // Every segment appears on every card, so the suggestions are counted once per segment and platform.
  const suggestions = ranked.reduce((total, network) => total + network.input.segments.filter((s) => !s.rated).length, 0);
  const nothingYet = !ranked.some((network) => network.hasData);

  return (
    <section className="networks" aria-labelledby={`${id}-title`} data-testid="networks-section">
      <div className="card">
        <h2 id={`${id}-title`}>{t('strategy.networks.title')}</h2>
        <p className="help">{t('strategy.networks.help')}</p>
        <p className="help">{t('strategy.networks.scoreHelp')}</p>
        {!data.brand && (
          <div className="networks__notice" id={noBrandId}>
            <h3>{t('strategy.networks.noBrand.title')}</h3>
            <p>{t('strategy.networks.noBrand.body')}</p>
            <button type="button" className="button button--primary" onClick={() => openStrategy('concept')}>
              {t('strategy.networks.noBrand.open')}
            </button>
          </div>
        )}
        {data.segments.length === 0 && (
          <div className="networks__notice">
            <p>{t('strategy.networks.noSegments')}</p>
            <button type="button" className="button" onClick={() => openStrategy('audience')}>
              {t('strategy.networks.openAudience')}
            </button>
          </div>
        )}
        {suggestions > 0 && (
          <div className="networks__notice">
            <p>{t('strategy.networks.suggestions', { count: suggestions })}</p>
            <button type="button" className="button" onClick={() => void keepSuggestions()}>
              {t('strategy.networks.acceptSuggestions')}
            </button>
          </div>
        )}
        {nothingYet && <p className="help">{t('strategy.networks.nothingYet')}</p>}
        <p role="status" className={said.error ? 'status status--error' : 'status'}>
          {said.text}
        </p>
      </div>
      <ol className="networks__list" aria-label={t('strategy.networks.ranking')}>
        {ranked.map((network) => (
          <NetworkCard
            key={network.platform}
            network={network}
            idBase={id}
            colors={colors}
            canChoose={data.brand !== undefined}
            chooseHelpId={data.brand ? undefined : noBrandId}
            onRate={(segmentId, platform, level, controlId) => void rate(segmentId, platform, level, controlId)}
            onWorks={works}
          />
        ))}
      </ol>
    </section>
  );
}
