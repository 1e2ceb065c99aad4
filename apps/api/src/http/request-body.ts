import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../../../../libs/domain/src';

// Postgres text and jsonb cannot hold U+0000: a NUL that reached a query (or the audit row of a refused request)
// failed it with a 500. No field of this API has a use for one, so it is refused at the door with a 400.

/** Largest JSON body accepted; a larger one is a 413 before anything else looks at the request. */
export const BODY_LIMIT = '256kb';

/** Routes that stream their own multipart body (file uploads): the JSON rules below do not apply to them. */
const STREAMED_BODIES = new Set(['POST /files']);

function hasBody(req: Request): boolean {
  if (STREAMED_BODIES.has(`${req.method} ${req.path}`) && req.is('multipart/form-data')) return false;
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** 415 for a body that is not JSON (it would otherwise be read as empty and every field reported missing). */
export function refuseNonJsonBody(req: Request, _res: Response, next: NextFunction): void {
  if (hasBody(req) && !req.is(['application/json', 'application/*+json'])) {
    const given = req.headers['content-type'] ?? '(none)';
    next(
      new DomainError('UNSUPPORTED_MEDIA_TYPE', `Send the body as application/json (Content-Type was ${given})`, {
        contentType: given,
      }),
    );
    return;
  }
  next();
}

/** The path of the first string (value or key) holding a NUL, as the validation errors name fields. */
export function nulPath(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return at;
    const found = nulPath(child, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** After the JSON parser: the body must be an object, and no text in it may hold a NUL (400 naming the field). */
export function checkJsonBody(req: Request, _res: Response, next: NextFunction): void {
  if (!hasBody(req)) return next();
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    const reason = 'must be a JSON object';
    next(
      new DomainError('VALIDATION_FAILED', `Invalid input: body (${reason})`, { fields: [{ field: 'body', reason }] }),
    );
    return;
  }
  const field = nulPath(body);
  if (field !== undefined) {
    const reason = 'must not contain NUL (U+0000) characters';
    next(new DomainError('VALIDATION_FAILED', `Invalid input: ${field} (${reason})`, { fields: [{ field, reason }] }));
    return;
  }
  next();
}

/** Path and query: `%00` anywhere in the URL is a 400 before routing. */
export function refuseNulInUrl(req: Request, _res: Response, next: NextFunction): void {
  if (/%00/i.test(req.url)) {
    next(new DomainError('VALIDATION_FAILED', 'The URL must not contain NUL (%00) characters', {}));
    return;
  }
  next();
}
