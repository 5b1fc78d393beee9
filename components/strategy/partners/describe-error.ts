/** A failed write of the Partners page in the user's words: a broken rule, an invalid field, or the raw error. */
import type { AppContext } from '@/components/ui/settings-context';
import { AccountInUseError, PartnerRuleError } from '@/storage/partners';
import { ValidationError } from '@/storage/validation';
import { validationParams } from '@/components/ui/describe-validation';

export function describeError(error: unknown, t: AppContext['t']): string {
  if (error instanceof PartnerRuleError) return t(`strategy.partners.rule.${error.rule}`);
  if (error instanceof AccountInUseError) {
    const params = { handle: error.account.handle, platform: t(`platform.${error.account.platform}`), name: error.holder.name ?? t('strategy.partners.accounts.someone') };
    return t(`strategy.partners.accounts.inUse.${error.holder.role}`, params);
  }
  if (error instanceof ValidationError) return t('strategy.partners.invalid', validationParams(error, t));
  return t('strategy.partners.failed', { detail: error instanceof Error ? error.message : String(error) });
}
