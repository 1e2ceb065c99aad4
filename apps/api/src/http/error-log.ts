/**
 * What a log line says of an unexpected error: its type, message, stack, and for a failed query the SQL and its
 * SQLSTATE. Never the query's parameters nor Postgres' `detail` (`Key (email)=(…)`): they are the request's values
 * — names, e-mail addresses, secrets — and logs travel further than the database they came from. Logged under
 * `error`, not pino's `err`, whose serializer would copy every property of the raw error back in.
 */
export interface LoggedError {
  type: string;
  message: string;
  stack?: string;
  /** SQLSTATE of a database error (`P0001`, `57014` …). */
  code?: string;
  /** The failed statement with its placeholders ($1 …), not its values. */
  query?: string;
}

export function loggableError(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error).slice(0, 500) };
  const facts = error as Error & { query?: unknown; code?: unknown; driverError?: { code?: unknown } };
  const code = facts.driverError?.code ?? facts.code;
  return {
    type: error.constructor.name,
    message: error.message,
    stack: error.stack,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof facts.query === 'string' ? { query: facts.query } : {}),
  };
}
