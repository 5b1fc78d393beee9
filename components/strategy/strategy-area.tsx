/**
 * The Strategy area: steps 1–4 and 6 of the strategy, one page each — the concept and SWOT, competitors,
 * goals, the audience with its hooks, the choice of networks, and partners — under a row of page
 * buttons, and the way back into a skipped or finished first-run guide.
 */
import { useSignals } from '@preact/signals-react/runtime';
import { STRATEGY_SECTIONS, openStrategy, strategySection } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';
import { AudienceSection } from './audience/audience-section';
import { CompetitorsSection } from './competitors/competitors-section';
import { ConceptSection } from './concept/concept-section';
import { GoalsSection } from './goals/goals-section';
import { ResumeGuide } from './guide/guide-panel';
import { NetworksSection } from './networks/networks-section';
import { PartnersSection } from './partners/partners-section';

const SECTIONS = {
  concept: ConceptSection,
  competitors: CompetitorsSection,
  goals: GoalsSection,
  audience: AudienceSection,
  networks: NetworksSection,
  partners: PartnersSection,
} as const;

export function StrategyArea() {
  useSignals();
  const { t } = useApp();
  const section = strategySection.value;
  const Section = SECTIONS[section];
  return (
    <>
      <div className="toolbar">
        <div className="segmented" role="group" aria-label={t('strategy.sections')}>
          {STRATEGY_SECTIONS.map((name) => (
            <button key={name} type="button" aria-pressed={section === name} onClick={() => openStrategy(name)}>
              {t(`strategy.section.${name}`)}
            </button>
          ))}
        </div>
        <ResumeGuide />
      </div>
      <Section />
    </>
  );
}
