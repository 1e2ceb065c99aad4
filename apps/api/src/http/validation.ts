import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from '../../../../libs/domain/src';

export interface FieldProblem {
  field: string;
  reason: string;
}

/**
 * Flattens class-validator errors into `{ field: 'a.b[0].c', reason }` entries. A missing field is one entry
 * ("is required"), not one per constraint it fails.
 */
export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix
      ? /^\d+$/.test(e.property)
        ? `${prefix}[${e.property}]`
        : `${prefix}.${e.property}`
      : e.property;
    const reasons = Object.values(e.constraints ?? {});
    const missing = e.value === undefined && reasons.length > 0;
    const own = (missing ? ['is required'] : reasons).map((reason) => ({ field, reason }));
    return [...own, ...fieldProblems(e.children ?? [], field)];
  });
}

/** Global validation: unknown fields rejected, payloads transformed to DTO classes, 400 naming every bad field. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fields = fieldProblems(errors);
      return new DomainError(
        'VALIDATION_FAILED',
        `Invalid input: ${fields.map((f) => `${f.field} (${f.reason})`).join('; ')}`,
        { fields },
      );
    },
  });
}
