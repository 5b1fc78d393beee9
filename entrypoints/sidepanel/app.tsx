/**
 * The side panel: a header, the area navigation, and the open area. Areas other than Today are loaded
 * when first opened, so the panel's first paint carries only what Today needs (budget: ≤ 150 KB gzip).
 */
import { useSignals } from '@preact/signals-react/runtime';
import { Suspense, lazy, useEffect } from 'react';
import { AreaNav } from '@/components/shell/area-nav';
import { GuideGate } from '@/components/strategy/guide/guide-gate';
import { currentArea, followHash } from '@/components/state/navigation';
import { TodayArea } from '@/components/today/today-area';
import { BrandHeader } from '@/components/ui/brand-header';
import { WithStrings } from '@/components/ui/with-strings';

const PlanArea = lazy(() => import('@/components/plan/plan-area').then((m) => ({ default: m.PlanArea })));
const StrategyArea = lazy(() => import('@/components/strategy/strategy-area').then((m) => ({ default: m.StrategyArea })));
const ComposeArea = lazy(() => import('@/components/compose/compose-area').then((m) => ({ default: m.ComposeArea })));
const AnalyticsArea = lazy(() => import('@/components/analytics/analytics-area').then((m) => ({ default: m.AnalyticsArea })));
const AdjustArea = lazy(() => import('@/components/adjust/adjust-area').then((m) => ({ default: m.AdjustArea })));
const SettingsArea = lazy(() => import('@/components/settings/settings-area').then((m) => ({ default: m.SettingsArea })));

export function App() {
  useSignals();
  const area = currentArea.value;

  useEffect(() => {
    const follow = () => followHash(location.hash);
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  return (
    <div className="shell">
      <BrandHeader />
      <AreaNav />
      <GuideGate />
      <main id={`area-${area}`} role="tabpanel" aria-labelledby={`tab-${area}`} tabIndex={0} className="shell__area">
        <Suspense fallback={null}>
          {area === 'settings' ? (
            <SettingsArea />
          ) : area === 'today' ? (
            <TodayArea />
          ) : (
            // The areas loaded on demand also show the Strategy's strings (hooks in the editor,
            // collaborations on the calendar): they come with them.
            <WithStrings part="strategy">
              {area === 'plan' ? <PlanArea /> : area === 'compose' ? <ComposeArea /> : area === 'strategy' ? <StrategyArea /> : area === 'analytics' ? <AnalyticsArea /> : <AdjustArea />}
            </WithStrings>
          )}
        </Suspense>
      </main>
    </div>
  );
}
