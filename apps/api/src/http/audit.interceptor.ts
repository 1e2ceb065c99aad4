import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import { DataSource } from 'typeorm';
import { outcomeOf, summarise } from '../../../../libs/audit/src';
import type { RequestWithCaller } from '../../../../libs/identity/src';
import { httpStatusOf } from './error.filter';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Writes one audit row for every write request that reached a handler, after it finished — successful or refused —
 * before the response leaves. A failing audit insert fails the request: nothing is written unaudited silently.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & RequestWithCaller & { id?: string }>();
    if (!WRITES.has(request.method)) return next.handle();
    const route = (request.route as { path?: string } | undefined)?.path ?? request.path;
    const record = (status: number, body: unknown) =>
      this.db.query(
        `INSERT INTO audit_log (actor_person_id, action, target, status, request_id, request, outcome)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          request.caller?.personId ?? null,
          `${request.method} ${route}`,
          Object.values(request.params ?? {}).join('/') || null,
          status,
          String(request.id ?? ''),
          JSON.stringify(summarise(request.body ?? {})),
          JSON.stringify(outcomeOf(status, body)),
        ],
      );
    return next.handle().pipe(
      mergeMap((body) => {
        const status = context.switchToHttp().getResponse<Response>().statusCode;
        return from(record(status, body)).pipe(mergeMap(() => [body]));
      }),
      catchError((error: unknown) => {
        const code = (error as { code?: unknown }).code;
        const outcome = { error: { code: typeof code === 'string' ? code : 'ERROR' } };
        return from(record(httpStatusOf(error), outcome)).pipe(mergeMap(() => throwError(() => error)));
      }),
    );
  }
}
