/** The popup: what the workspace holds, and the way into the side panel. */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { BrandHeader } from '@/components/ui/brand-header';
import { useApp } from '@/components/ui/settings-context';
import { WorkspaceSummary } from '@/components/ui/workspace-summary';

export function App() {
  const { t } = useApp();
  const [windowId, setWindowId] = useState<number | undefined>();
  const [note, setNote] = useState('');

  // Known before the click: sidePanel.open() must run inside the click's user gesture, with no await before it.
  useEffect(() => {
    void browser.windows.getCurrent().then((window) => setWindowId(window.id));
  }, []);

  function openPanel() {
    if (windowId === undefined) return;
    browser.sidePanel.open({ windowId }).then(
      () => window.close(),
      async () => {
        // No side panel here (an old browser, a window type without one): the same page in a tab.
        await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
        setNote(t('popup.panelUnavailable'));
      },
    );
  }

  return (
    <div className="popup-shell">
      <BrandHeader />
      <button type="button" className="button button--primary" onClick={openPanel} disabled={windowId === undefined}>
        {t('popup.openPanel')}
      </button>
      {note && <p role="status">{note}</p>}
      <WorkspaceSummary />
    </div>
  );
}
