/** The side panel: a header, the area navigation, and the open area. */
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect } from 'react';
import { AreaNav } from '@/components/shell/area-nav';
import { UnbuiltArea } from '@/components/shell/unbuilt-area';
import { PlanArea } from '@/components/plan/plan-area';
import { SettingsArea } from '@/components/settings/settings-area';
import { TodayArea } from '@/components/today/today-area';
import { currentArea, followHash } from '@/components/state/navigation';
import { BrandHeader } from '@/components/ui/brand-header';

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
      <main id={`area-${area}`} role="tabpanel" aria-labelledby={`tab-${area}`} tabIndex={0} className="shell__area">
        {area === 'settings' ? (
          <SettingsArea />
        ) : area === 'today' ? (
          <TodayArea />
        ) : area === 'plan' ? (
          <PlanArea />
        ) : (
          <UnbuiltArea area={area} />
        )}
      </main>
    </div>
  );
}
