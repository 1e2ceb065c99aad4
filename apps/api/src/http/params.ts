import { createParamDecorator, type ExecutionContext, Param, ParseUUIDPipe } from '@nestjs/common';
import type { Request } from 'express';
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

/**
 * The optional `Idempotency-Key` header (1–64 letters, digits, _ or -): a request retried with the same key — after
 * a dropped connection, an API restart — is answered like the first and applies nothing twice.
 */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<Request>().headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^[\w-]{1,64}$/.test(value)) {
    throw new DomainError('VALIDATION_FAILED', 'Idempotency-Key must be 1–64 letters, digits, _ or -', {
      field: 'Idempotency-Key',
    });
  }
  return value;
});

/** The `:id` of the path, a UUID (400 naming it otherwise). */
export const IdParam = (): ParameterDecorator => Param('id', uuidParam('id'));
