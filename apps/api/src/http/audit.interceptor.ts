import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import { type AuditedRequest, AuditWriter } from './audit-writer';
import { httpStatusOf } from './error.filter';

/**
 * Writes one audit row for every write request that reached a handler, after it finished — successful or refused —
 * before the response leaves. A failing audit insert fails the request: nothing is written unaudited silently.
 * Refusals in front of the handler (the guard's 401/403) are audited by the error filter.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditWriter) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuditedRequest>();
    if (!this.audit.isWrite(request)) return next.handle();
    return next.handle().pipe(
      mergeMap((body) => {
        const status = context.switchToHttp().getResponse<Response>().statusCode;
        return from(this.audit.record(request, status, body)).pipe(mergeMap(() => [body]));
      }),
      catchError((error: unknown) => {
        const code = (error as { code?: unknown }).code;
        const outcome = { error: { code: typeof code === 'string' ? code : 'ERROR' } };
        return from(this.audit.record(request, httpStatusOf(error), outcome)).pipe(
          mergeMap(() => throwError(() => error)),
        );
      }),
    );
  }
}
