/**
 * The side panel's navigation among areas: a WAI-ARIA tab list with a roving tab stop. Arrow keys move
 * between tabs, Home/End jump to the ends, and moving focus opens the area (automatic activation).
 */
import { useSignals } from '@preact/signals-react/runtime';
import { useRef, type KeyboardEvent } from 'react';
import { AREAS, currentArea, openArea, type Area } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';

const KEY_STEPS: Record<string, (index: number) => number> = {
  ArrowRight: (i) => (i + 1) % AREAS.length,
  ArrowDown: (i) => (i + 1) % AREAS.length,
  ArrowLeft: (i) => (i - 1 + AREAS.length) % AREAS.length,
  ArrowUp: (i) => (i - 1 + AREAS.length) % AREAS.length,
  Home: () => 0,
  End: () => AREAS.length - 1,
};

export function AreaNav() {
  useSignals();
  const { t } = useApp();
  const tabs = useRef(new Map<Area, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent, index: number) {
    const step = KEY_STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const next = AREAS[step(index)]!;
    openArea(next);
    tabs.current.get(next)?.focus();
  }

  return (
    <nav className="area-nav" aria-label={t('app.navLabel')}>
      <div role="tablist" aria-orientation="horizontal" className="area-nav__list">
        {AREAS.map((area, index) => {
          const selected = currentArea.value === area;
          return (
            <button
              key={area}
              ref={(element) => {
                if (element) tabs.current.set(area, element);
              }}
              role="tab"
              id={`tab-${area}`}
              aria-selected={selected}
              aria-controls={`area-${area}`}
              tabIndex={selected ? 0 : -1}
              className="area-nav__tab"
              onClick={() => openArea(area)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {t(`area.${area}`)}
            </button>
          );
        })}
      </div>
    </nav>
  );
}
