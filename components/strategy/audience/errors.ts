/** A refused save or delete, said in the page's words: the field by its label, then what is wrong. */
import type { AppContext } from '@/components/ui/settings-context';
import { ValidationError } from '@/storage/validation';
import { validationDetail } from '@/components/ui/describe-validation';

const FIELD_LABELS = {
  name: 'strategy.audience.field.name',
  description: 'strategy.audience.field.description',
  interests: 'strategy.audience.field.interests',
  pains: 'strategy.audience.field.pains',
  ageMin: 'strategy.audience.field.ageMin',
  ageMax: 'strategy.audience.field.ageMax',
  location: 'strategy.audience.field.location',
  platforms: 'strategy.audience.field.platforms',
  color: 'strategy.audience.field.color',
  segmentId: 'strategy.audience.field.segment',
  title: 'strategy.audience.field.hookTitle',
  offer: 'strategy.audience.field.offer',
  kind: 'strategy.audience.field.kind',
  callToAction: 'strategy.audience.field.callToAction',
  to: 'strategy.audience.field.moveTo',
} as const;

/** `action` says what was refused: a save (the default) or a delete. */
export function problemOf(t: AppContext['t'], error: unknown, action: 'save' | 'delete' = 'save'): string {
  if (!(error instanceof ValidationError)) return t('strategy.audience.failed', { detail: error instanceof Error ? error.message : String(error) });
  const root = error.field.split('.')[0] ?? error.field;
  const label = root in FIELD_LABELS ? t(FIELD_LABELS[root as keyof typeof FIELD_LABELS]) : error.field;
  return t(action === 'delete' ? 'strategy.audience.notDeleted' : 'strategy.audience.invalid', { field: label, detail: validationDetail(error, t) });
}
