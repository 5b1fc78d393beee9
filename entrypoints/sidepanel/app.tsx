/**
 * The side panel: a header, the area navigation, and the open area. Areas other than Today are chunks
 * of their own (areas.ts), so the panel's first paint carries only what Today needs (budget: ≤ 150 KB
 * gzip); main.tsx loads the area in the address before drawing, and the others once the panel is idle.
 */
import { useSignals } from '@preact/signals-react/runtime';
import { Suspense, createElement, useEffect } from 'react';
import { AreaNav } from '@/components/shell/area-nav';
import { GuideGate } from '@/components/strategy/guide/guide-gate';
import { currentArea, followHash } from '@/components/state/navigation';
import { TodayArea } from '@/components/today/today-area';
import { BrandHeader } from '@/components/ui/brand-header';
import { WithStrings } from '@/components/ui/with-strings';
import { areaComponent, type LoadedArea } from './areas';

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
          {area === 'today' ? (
            <TodayArea />
          ) : (
            // The areas loaded on demand also show the Strategy part's strings (hooks in the editor,
            // collaborations on the calendar, what a refused save says): they come with them.
            <WithStrings part="strategy">
              <AreaView area={area} />
            </WithStrings>
          )}
        </Suspense>
      </main>
    </div>
  );
}

/** The area's component is made once per area (areas.ts), not per render, so its state stays. */
function AreaView({ area }: { area: LoadedArea }) {
  return createElement(areaComponent(area));
}
