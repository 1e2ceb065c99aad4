import { ApplicationFailure } from '@temporalio/workflow';
import type { DomainError } from '../libs/domain/src';

/** Domain errors cross the Temporal boundary as non-retryable ApplicationFailures with the same code and details. */
export function toFailure(error: DomainError): ApplicationFailure {
  return ApplicationFailure.create({
    type: error.code,
    message: error.message,
    details: [error.details],
    nonRetryable: true,
  });
}
