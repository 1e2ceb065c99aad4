import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsObject, IsOptional, MaxDate, Min, MinDate, ValidateBy } from 'class-validator';
import { isLocalDate } from '../../../../libs/domain/src';

/**
 * The instants a date-time field accepts. `new Date()` parses years like -021247 that Postgres cannot store, so the
 * range is checked here, where the 400 can name the field, rather than failing in the query.
 */
const EARLIEST = new Date('1970-01-01T00:00:00Z');
const LATEST = new Date('9999-12-31T23:59:59Z');

/**
 * Field decorators that request DTOs share. A settings object (a cadence, windows, a rubric …) is only checked to be
 * an object here: the service checks it field by field and names each bad field in its 400.
 */
export const Field = {
  /** An optional settings object, documented by its description (and an example). */
  optionalObject: (description: string, example?: object) =>
    applyDecorators(ApiPropertyOptional({ description, example } as ApiPropertyOptions), IsOptional(), IsObject()),
  /** The version of the item policy (reminders, 催办, 督办) to follow; null or absent: the newest. */
  policyVersion: (description: string) =>
    applyDecorators(
      ApiPropertyOptional({ nullable: true, description } as ApiPropertyOptions),
      IsOptional(),
      IsInt(),
      Min(1),
    ),
  /** A calendar date YYYY-MM-DD that exists (not 2026-02-30): Postgres would refuse it in the insert, as a 500. */
  localDate: (example: string, description?: string) =>
    applyDecorators(
      ApiProperty({ type: String, format: 'date', example, description } as ApiPropertyOptions),
      ValidateBy({
        name: 'isLocalDate',
        validator: { validate: (value) => isLocalDate(value), defaultMessage: () => 'must be a date YYYY-MM-DD' },
      }),
    ),
  /** An optional ISO 8601 instant between 1970 and 9999. */
  optionalDateTime: (description?: string) =>
    applyDecorators(
      ApiPropertyOptional({ type: String, format: 'date-time', description } as ApiPropertyOptions),
      IsOptional(),
      Type(() => Date),
      IsDate({ message: 'must be a date-time (ISO 8601)' }),
      MinDate(EARLIEST, { message: 'must be a date-time from 1970 to 9999' }),
      MaxDate(LATEST, { message: 'must be a date-time from 1970 to 9999' }),
    ),
};
