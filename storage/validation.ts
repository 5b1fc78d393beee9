/**
 * Validation at the repository boundary: a row that fails its schema is refused with the field named and
 * the kind of problem as a code (with its limit), so the UI can say it in the user's language
 * (components/ui/describe-validation.ts). `detail` is the English wording, for logs and the rare error
 * without a code.
 */
import type { z } from 'zod';

/** Kinds of problem a schema finds, and the repositories' own rules (each a `validation.<code>` string). */
export type ValidationCode =
  | 'too-long'
  | 'too-many'
  | 'too-big'
  | 'required'
  | 'too-short'
  | 'too-few'
  | 'too-small'
  | 'missing'
  | 'wrong-type'
  | 'invalid-format'
  | 'invalid-value'
  | 'invalid'
  | 'ends-before-start'
  | 'too-many-files'
  | 'not-an-image'
  | 'no-weekday'
  | 'ages-reversed'
  | 'name-taken'
  | 'choose-segment'
  | 'choose-other-segment'
  | 'choose-other-hook'
  | 'no-such-segment'
  | 'unsupported-platform'
  | 'presence-level'
  | 'unknown-choice';

export class ValidationError extends Error {
  constructor(
    readonly field: string,
    readonly detail: string,
    readonly code?: ValidationCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${field}: ${detail}`);
    this.name = 'ValidationError';
  }
}

/** Parses `value` with `schema`, or throws ValidationError naming the first failing field. */
export function parseRow<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const [code, params] = codeOf(issue, value);
  throw new ValidationError(issue.path.join('.') || 'row', issue.message, code, params);
}

/** The kind of a schema's problem, and its limit where it has one. */
function codeOf(issue: z.core.$ZodIssue, row: unknown): [ValidationCode, Record<string, number>] {
  switch (issue.code) {
    case 'too_big': {
      const limit = Number(issue.maximum);
      return [issue.origin === 'string' ? 'too-long' : issue.origin === 'array' || issue.origin === 'set' ? 'too-many' : 'too-big', { limit }];
    }
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string') return limit === 1 ? ['required', {}] : ['too-short', { limit }];
      return [issue.origin === 'array' || issue.origin === 'set' ? 'too-few' : 'too-small', { limit }];
    }
    case 'invalid_type':
      return [valueAt(row, issue.path) === undefined ? 'missing' : 'wrong-type', {}];
    case 'invalid_format':
      return ['invalid-format', {}];
    case 'invalid_value':
      return ['invalid-value', {}];
    default:
      return ['invalid', {}];
  }
}

/** The value at `path` inside `value`, or undefined. */
export function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined), value);
}
