import { isGrpcServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';

/** gRPC statuses of a Temporal that is slow or away: DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, UNAVAILABLE. */
const TEMPORAL_AWAY = new Set([4, 8, 14]);
/**
 * SQLSTATEs of a Postgres that is overloaded or restarting: query_canceled (our statement_timeout), admin and crash
 * shutdown, cannot_connect_now, too_many_connections.
 */
const POSTGRES_AWAY = new Set(['57014', '57P01', '57P02', '57P03', '53300']);
const SOCKET_AWAY = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
/** What node-postgres and its pool say when the server goes away or no connection frees up in time. */
const POSTGRES_AWAY_MESSAGE =
  /^Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/;

/**
 * Which backing service a failure says is unavailable, or null when the error is a real fault. Such a failure is
 * not the caller's fault nor a bug: it becomes a 503 the caller may retry (with the same Idempotency-Key, which
 * makes the retry of a write that did land a no-op), never a 500.
 */
export function unavailableDependency(error: unknown): 'temporal' | 'postgres' | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return 'temporal';
    if (isGrpcServiceError(e) && TEMPORAL_AWAY.has(e.code)) return 'temporal';
    const facts = e as Error & { code?: unknown; driverError?: { code?: unknown } };
    const code = facts.driverError?.code ?? facts.code;
    if (typeof code === 'string' && POSTGRES_AWAY.has(code)) return 'postgres';
    if (typeof code === 'string' && SOCKET_AWAY.has(code)) return 'postgres';
    if (POSTGRES_AWAY_MESSAGE.test(e.message)) return 'postgres';
  }
  return null;
}
