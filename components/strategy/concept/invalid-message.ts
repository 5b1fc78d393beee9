/**
 * A ValidationError from a strategy repository said in the manager's words: which field (by the label
 * they see) and what is wrong with it. Shared by the Concept and Competitors pages.
 */
import type { AppContext } from '@/components/ui/settings-context';
import { SWOT_QUADRANTS } from '@/storage/brand';
import type { ValidationError } from '@/storage/validation';
import { validationDetail } from '@/components/ui/describe-validation';

/** The label of a field path such as `name` or `swot.strengths.3`; `labels` names the plain fields. */
export function fieldLabel(t: AppContext['t'], path: string, labels: Record<string, string>): string {
  const [head = '', quadrant = '', index] = path.split('.');
  if (head === 'swot' && (SWOT_QUADRANTS as readonly string[]).includes(quadrant)) {
    const name = t(`strategy.concept.swot.${quadrant as (typeof SWOT_QUADRANTS)[number]}`);
    return index === undefined ? name : t('strategy.concept.swot.item', { quadrant: name, n: Number(index) + 1 });
  }
  return labels[head] ?? path;
}

/** "Not saved: Brand name is too long (at most 200 characters)." and the like. */
export function invalidMessage(t: AppContext['t'], error: ValidationError, labels: Record<string, string>): string {
  const field = fieldLabel(t, error.field, labels);
  const max = Number(error.params.limit);
  if (error.code === 'too-long') return t('strategy.concept.invalid.tooLong', { field, max });
  if (error.code === 'too-many') return t('strategy.concept.invalid.tooMany', { field, max });
  if (error.code === 'required') return t('strategy.concept.invalid.required', { field });
  return t('strategy.concept.invalid.other', { field, detail: validationDetail(error, t) });
}
