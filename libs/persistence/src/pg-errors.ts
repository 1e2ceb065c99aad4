import { DomainError } from '../../domain/src';

interface ViolationMessages {
  /** Said when a unique key is taken (409). */
  unique?: string;
  /** Said when a foreign key blocks the change (409). */
  reference?: string;
}

/** Turns Postgres constraint violations into domain errors a person can act on, so they never surface as 500s. */
export function asDomainError(error: unknown, messages: ViolationMessages): unknown {
  const pg = (error as { driverError?: PgError }).driverError ?? (error as PgError);
  if (pg.code === '23505' && messages.unique)
    return new DomainError('CONFLICT', messages.unique, { constraint: pg.constraint });
  // 23503 foreign_key_violation, 23001 restrict_violation (ON DELETE RESTRICT)
  if ((pg.code === '23503' || pg.code === '23001') && messages.reference) {
    return new DomainError('CONFLICT', messages.reference, { constraint: pg.constraint });
  }
  return error;
}

interface PgError {
  code?: string;
  constraint?: string;
}
