/**
 * Errors are values: a stable `code` a program can branch on, a `message` a person can act on, and `details`
 * (field names, current state, allowed actions) for both. The API maps codes to HTTP statuses in one place.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** One invalid field of an input, named by its path (e.g. `base.milestoneTemplate[2].offsetDays`). */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** Narrows a `T | DomainError` result. */
export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

/** The one shape of a rejected input: every problem at once, so a person can fix them in one go. */
export function validationFailed(what: string, problems: readonly FieldProblem[]): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    `Invalid ${what}: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}`,
    { fields: problems },
  );
}
