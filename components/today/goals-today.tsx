/**
 * The goals card on Today. Its code, the goal arithmetic and the Strategy area's strings load after
 * Today's first paint (components/strategy/goals/goals-today-card.tsx), keeping the first chunk small.
 */
import { Suspense, lazy } from 'react';
import { WithStrings } from '@/components/ui/with-strings';

const GoalsTodayCard = lazy(() => import('@/components/strategy/goals/goals-today-card').then((m) => ({ default: m.GoalsTodayCard })));

export function GoalsToday({ now }: { now: number }) {
  return (
    <Suspense fallback={null}>
      <WithStrings part="strategy">
        <GoalsTodayCard now={now} />
      </WithStrings>
    </Suspense>
  );
}
