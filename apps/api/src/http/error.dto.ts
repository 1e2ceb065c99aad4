import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from './error.filter';

/** One invalid field of a request: its path (`findings[0].deadline`, `Idempotency-Key`) and what is wrong with it. */
export class FieldProblemDto {
  @ApiProperty({ example: 'deadline' }) field: string;
  @ApiProperty({ example: 'must be a date YYYY-MM-DD' }) reason: string;
}

export class ErrorDetailsDto {
  @ApiPropertyOptional({ type: [FieldProblemDto], description: 'VALIDATION_FAILED: every bad field, each once' })
  fields?: FieldProblemDto[];

  @ApiPropertyOptional({ description: 'ILLEGAL_TRANSITION: the current state' })
  status?: string;

  @ApiPropertyOptional({ type: [String], description: 'ILLEGAL_TRANSITION: the actions the caller may take now' })
  allowedActions?: string[];
}

export class ErrorDto {
  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode', description: 'stable; branch on it' })
  code: ErrorCode;

  @ApiProperty({ description: 'for a person: what is wrong and what to do; its wording may change' })
  message: string;

  @ApiPropertyOptional({ type: ErrorDetailsDto, description: 'machine-readable specifics; more keys per code' })
  details?: Record<string, unknown>;

  @ApiProperty({ description: 'quote it when reporting a problem (also the X-Request-Id header)' })
  requestId: string;
}

/** The one error body every endpoint answers with: `{ error: { code, message, details?, requestId } }`. */
export class ErrorBodyDto {
  @ApiProperty({ type: ErrorDto }) error: ErrorDto;
}

export type ErrorBody = ErrorBodyDto;
