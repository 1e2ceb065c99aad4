import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../../../../libs/domain/src';

/** The one error body every endpoint returns. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown; requestId: string };
}

const STATUS_BY_CODE: Record<string, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  WRONG_ACTOR: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  LINK_EXPIRED: 410,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  DEPENDENCY_UNAVAILABLE: 503,
};

/** Framework-raised HTTP errors (body parser, routing) get the same codes as domain errors. */
const CODE_BY_STATUS: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
};

/** The HTTP status an error will be answered with (the audit log records it too). */
export function httpStatusOf(exception: unknown): number {
  if (exception instanceof DomainError) return STATUS_BY_CODE[exception.code] ?? 400;
  if (exception instanceof HttpException) return exception.getStatus();
  return 500;
}

/**
 * Maps domain errors to HTTP (400/401/403/404/409/503) with one body shape. Anything unexpected becomes a 500
 * that says only "internal error" and the request id; the details go to the log, never to the client.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const requestId = String(request.id ?? request.headers['x-request-id'] ?? '');
    const [status, body] = this.toHttp(exception, requestId);
    if (status >= 500 && status !== 503) this.logger.error({ err: exception, requestId }, 'Unhandled error');
    response.status(status).json(body);
  }

  private toHttp(exception: unknown, requestId: string): [number, ErrorBody] {
    if (exception instanceof DomainError) {
      // A domain rule that is not in the table is still the caller's input being wrong.
      const status = httpStatusOf(exception);
      return [
        status,
        { error: { code: exception.code, message: exception.message, details: exception.details, requestId } },
      ];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_BY_STATUS[status] ?? (status < 500 ? 'BAD_REQUEST' : 'INTERNAL');
      const message = status < 500 ? exception.message : 'Internal error';
      return [status, { error: { code, message, requestId } }];
    }
    return [
      500,
      { error: { code: 'INTERNAL', message: 'Internal error; quote the request id when reporting it', requestId } },
    ];
  }
}
