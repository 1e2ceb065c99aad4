import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '../../../../libs/domain/src';

/** A path id that must be a UUID; anything else is a 400 naming the parameter. */
export function uuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new DomainError('VALIDATION_FAILED', `Invalid input: ${name} (must be a UUID)`, {
        fields: [{ field: name, reason: 'must be a UUID' }],
      }),
  });
}
