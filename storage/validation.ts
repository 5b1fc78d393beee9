/** Validation at the repository boundary: a row that fails its schema is refused with the field named. */
import type { z } from 'zod';

export class ValidationError extends Error {
  constructor(
    readonly field: string,
    readonly detail: string,
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
  throw new ValidationError(issue.path.join('.') || 'row', issue.message);
}
