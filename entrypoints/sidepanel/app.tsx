/** The side panel: a header, the area navigation, and the open area. */
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect } from 'react';
import { AreaNav } from '@/components/shell/area-nav';
import { UnbuiltArea } from '@/components/shell/unbuilt-area';
import { SettingsArea } from '@/components/settings/settings-area';
import { TodayArea } from '@/components/today/today-area';
import { areaFromHash, currentArea, openArea } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';

export function App() {
  useSignals();
  const { t } = useApp();
  const area = currentArea.value;

  useEffect(() => {
    const follow = () => openArea(areaFromHash(location.hash));
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  return (
    <div className="shell">
      <header className="shell__header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <div>
          <h1 className="shell__title">Mkakati</h1>
          <p className="shell__tagline">{t('app.tagline')}</p>
        </div>
      </header>
      <AreaNav />
      <main id={`area-${area}`} role="tabpanel" aria-labelledby={`tab-${area}`} tabIndex={0} className="shell__area">
        {area === 'settings' ? <SettingsArea /> : area === 'today' ? <TodayArea /> : <UnbuiltArea area={area} />}
      </main>
    </div>
  );
}
