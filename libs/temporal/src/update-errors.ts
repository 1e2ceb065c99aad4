import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError } from '../../domain/src';

/**
 * A rejected workflow update carries the workflow's DomainError as an ApplicationFailure of the same code; this
 * turns it back into one (with extra details) so the API answers 400/403/409 like any other domain error.
 */
export function domainErrorFromUpdate(error: unknown, extra: Record<string, unknown> = {}): unknown {
  const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
  if (cause instanceof ApplicationFailure && cause.type) {
    const details = (cause.details?.[0] as Record<string, unknown> | undefined) ?? {};
    return new DomainError(cause.type, cause.message, { ...extra, ...details });
  }
  return error;
}
