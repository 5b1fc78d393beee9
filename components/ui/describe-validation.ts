/**
 * A save the repository refused (storage/validation.ts), in the user's language: the field's label and
 * the kind of problem with its limit — "Kichwa: isizidi herufi 200", not "title: Too big: expected string
 * to have <=200 characters". A field without a label string keeps its name; an error without a code
 * keeps its own words (those a form wrote itself are already translated).
 */
import { ValidationError } from '@/storage/validation';
import type { MessageKey, MessageParams } from '@/utils/i18n/translate';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** What is wrong, in the user's language (for forms that name the field themselves). */
export function validationDetail(error: ValidationError, t: Translate): string {
  return error.code ? t(`validation.${error.code}` as MessageKey, error.params) : error.detail;
}

/** `{ field, detail }` for the "Not saved: {field}: {detail}" strings. */
export function validationParams(error: ValidationError, t: Translate): { field: string; detail: string } {
  // "hashtags.3" is the fourth hashtag: the list's label names it well enough.
  const name = error.field.split('.')[0]!;
  const key = `field.${name}`;
  const label = t(key as MessageKey);
  return {
    // translate() gives the key back for a field with no label string.
    field: label === key ? error.field : label,
    detail: validationDetail(error, t),
  };
}

/** "field: detail", for messages that take one detail. */
export function describeValidation(error: ValidationError, t: Translate): string {
  const { field, detail } = validationParams(error, t);
  return `${field}: ${detail}`;
}

/** Any failure of a save: a refused one as `describeValidation` says it, anything else as it is. */
export function describeFailure(failure: unknown, t: Translate): string {
  return failure instanceof ValidationError ? describeValidation(failure, t) : String(failure);
}
