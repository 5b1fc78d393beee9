/** The popup: what was read on the tab under it, what is due next, and the way into the side panel. */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { openSidePanel } from '@/components/popup/open-side-panel';
import { ThisTab } from '@/components/popup/this-tab';
import { UpcomingPosts } from '@/components/popup/upcoming-posts';
import { BrandHeader } from '@/components/ui/brand-header';
import { useApp } from '@/components/ui/settings-context';
import { WorkspaceSummary } from '@/components/ui/workspace-summary';

export function App() {
  const { t } = useApp();
  const [windowId, setWindowId] = useState<number | undefined>();
  const [note, setNote] = useState('');
  const [now] = useState(Date.now);

  // Known before the click: sidePanel.open() must run inside the click's user gesture, with no await before it.
  useEffect(() => {
    void browser.windows.getCurrent().then((window) => setWindowId(window.id));
  }, []);

  function open(place?: string) {
    if (windowId === undefined) return;
    void openSidePanel(windowId, place).then((where) => (where === 'panel' ? window.close() : setNote(t('popup.panelUnavailable'))));
  }

  return (
    <div className="popup-shell">
      <BrandHeader />
      <button type="button" className="button button--primary" onClick={() => open()} disabled={windowId === undefined}>
        {t('popup.openPanel')}
      </button>
      {note && <p role="status">{note}</p>}
      <ThisTab now={now} />
      <UpcomingPosts now={now} onOpen={(post) => open(`plan/${encodeURIComponent(post.id)}`)} />
      <WorkspaceSummary />
    </div>
  );
}
