/**
 * Runs a plan write from a form and says how it went: the success text, or the invalid field named.
 * Every write is followed by the plan-changed wake-up call, as for every other plan write.
 */
import { announcePlanChange } from '@/components/ui/announce-plan-change';
import type { AppContext } from '@/components/ui/settings-context';
import { ValidationError } from '@/storage/validation';
import { validationParams } from '@/components/ui/describe-validation';

/** Resolves true when the action succeeded. */
export type RunAction = (action: () => Promise<unknown>, done: () => string) => Promise<boolean>;

export function makeRunAction(t: AppContext['t'], report: (text: string, ok: boolean) => void): RunAction {
  return async (action, done) => {
    try {
      await action();
    } catch (error) {
      report(error instanceof ValidationError ? t('post.invalid', validationParams(error, t)) : t('planMonth.failed', { detail: String(error) }), false);
      return false;
    }
    await announcePlanChange();
    report(done(), true);
    return true;
  };
}
