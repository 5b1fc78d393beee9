/**
 * The first-run guide above every area while it is in progress. Decided from the settings alone, so a
 * user who skipped or finished it never loads its code or strings (the side panel's first chunk stays small).
 */
import { Suspense, lazy } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { WithStrings } from '@/components/ui/with-strings';
import { GUIDE_STEPS } from '@/storage/schemas';

const GuidePanel = lazy(() => import('./guide-panel').then((m) => ({ default: m.GuidePanel })));

export function GuideGate() {
  const { settings } = useApp();
  const guide = settings.guide;
  if (guide?.skipped || (guide && GUIDE_STEPS.every((step) => guide.done.includes(step)))) return null;
  return (
    <Suspense fallback={null}>
      <WithStrings part="strategy">
        <GuidePanel />
      </WithStrings>
    </Suspense>
  );
}
