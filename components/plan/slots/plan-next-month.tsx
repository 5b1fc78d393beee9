/**
 * "Plan next month": choose a month, the content mix and whether to leave public holidays free, preview
 * the ideas the slots give, add them in one go, and undo that if it was not what you wanted.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { listSlots } from '@/storage/slots';
import { MonthPlanner } from './month-planner';

export function PlanNextMonth() {
  const slots = useLiveQuery(listSlots);
  // Slots are live: the preview follows every change; only the mix is seeded from them once.
  return slots ? <MonthPlanner slots={slots} /> : null;
}
