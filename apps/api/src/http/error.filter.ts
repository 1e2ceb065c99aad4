import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../../../libs/config/src';
import { DomainError, localDateOf } from '../../../../libs/domain/src';
import { errorMessage, localeFromAcceptLanguage } from '../../../../libs/messages/src';
import { AuditWriter } from './audit-writer';
import { unavailableDependency } from './dependency-failure';
import type { ErrorBody } from './error.dto';
import { loggableError } from './error-log';
import { BODY_LIMIT } from './request-body';

/**
 * Every error code the API answers with and its HTTP status: the one table (documented in the OpenAPI document's
 * ErrorBody). Codes are stable; the message is for people and may change (or be translated).
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  WRONG_ACTOR: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  LINK_EXPIRED: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DEPENDENCY_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** Framework-raised HTTP errors (body parser, routing) get the same codes as domain errors. */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/** What body-parser and http-errors raise: a client error with its status and a message safe to show. */
interface ExposedHttpError {
  status: number;
  expose: true;
  type?: string;
  message: string;
}

function isExposedHttpError(e: unknown): e is ExposedHttpError {
  const candidate = e as Partial<ExposedHttpError> | null;
  return typeof candidate?.status === 'number' && candidate.expose === true && candidate.status < 500;
}

/** The body limit as a person writes it: 256 kB. */
const BODY_LIMIT_WORDS = BODY_LIMIT.replace(/kb$/i, ' kB');

/** Messages for the body parser's refusals, which otherwise speak of its internals. */
function parserMessage(e: ExposedHttpError): string {
  if (e.type === 'entity.too.large') return `The body is larger than the ${BODY_LIMIT_WORDS} limit`;
  if (e.type === 'entity.parse.failed') return `The body is not valid JSON: ${e.message}`;
  return e.message;
}

/** The HTTP status an error will be answered with (the audit log records it too). */
export function httpStatusOf(exception: unknown): number {
  if (exception instanceof DomainError) return ERROR_STATUS[exception.code as ErrorCode] ?? 400;
  if (exception instanceof HttpException) return exception.getStatus();
  if (isExposedHttpError(exception)) return exception.status;
  if (unavailableDependency(exception)) return 503;
  return 500;
}

/**
 * Maps domain errors to HTTP (400/401/403/404/409/413/415/429/503) with one body shape. Anything unexpected becomes
 * a 500 that says only "internal error" and the request id; the details go to the log, never to the client.
 * A refused write that never reached a handler (no token, no permission) is audited here.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  constructor(
    private readonly audit: AuditWriter,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'orgTimeZone'>,
  ) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const requestId = String(request.id ?? request.headers['x-request-id'] ?? '');
    const [status, raw] = toHttp(exception, requestId);
    // The body keeps its shape; only the message is looked up in the catalogue, in the caller's language.
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    const today = localDateOf(Date.now(), this.config.orgTimeZone);
    const body: ErrorBody = { error: { ...raw.error, message: errorMessage(raw.error, locale, today) } };
    if (status >= 500 && status !== 503)
      this.logger.error({ error: loggableError(exception), requestId }, 'Unhandled error');
    if (status === 503) this.logger.warn({ error: loggableError(exception), requestId }, 'A dependency is unavailable');
    try {
      await this.audit.recordRefusal(request, status, body);
    } catch (error) {
      this.logger.error({ error: loggableError(error), requestId }, 'Audit of a refusal failed');
    }
    if (response.headersSent) return;
    // A 503 is worth retrying; say when (the console's retry waits at least this long).
    if (status === 503) response.setHeader('Retry-After', '5');
    response.status(status).json(body);
  }
}

function toHttp(exception: unknown, requestId: string): [number, ErrorBody] {
  if (exception instanceof DomainError) {
    // A domain rule that is not in the table is still the caller's input being wrong.
    const status = httpStatusOf(exception);
    const code = exception.code in ERROR_STATUS ? (exception.code as ErrorCode) : 'VALIDATION_FAILED';
    return [status, { error: { code, message: exception.message, details: exception.details, requestId } }];
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = CODE_BY_STATUS[status] ?? (status < 500 ? 'BAD_REQUEST' : 'INTERNAL');
    const message = status < 500 ? exception.message : 'Internal error';
    return [status, { error: { code, message, requestId } }];
  }
  const away = unavailableDependency(exception);
  if (away) {
    const message = `${away === 'temporal' ? 'Temporal' : 'Postgres'} is unavailable or overloaded; retry shortly`;
    return [503, { error: { code: 'DEPENDENCY_UNAVAILABLE', message, details: { dependency: away }, requestId } }];
  }
  if (isExposedHttpError(exception)) {
    const code = CODE_BY_STATUS[exception.status] ?? 'BAD_REQUEST';
    const details = exception.type === 'entity.too.large' ? { details: { limit: BODY_LIMIT_WORDS } } : {};
    return [exception.status, { error: { code, message: parserMessage(exception), ...details, requestId } }];
  }
  return [
    500,
    { error: { code: 'INTERNAL', message: 'Internal error; quote the request id when reporting it', requestId } },
  ];
}
