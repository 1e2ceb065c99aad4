import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, Min } from 'class-validator';

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
};
