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
