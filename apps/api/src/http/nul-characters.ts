import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../../../../libs/domain/src';

// Postgres text and jsonb cannot hold U+0000: a NUL that reached a query (or the audit row of a refused request)
// failed it with a 500. No field of this API has a use for one, so it is refused at the door with a 400.

/** JSON body reviver: a string (value or key) with a NUL makes the body malformed (400 from the body parser). */
export function refuseNulInJson(key: string, value: unknown): unknown {
  if (key.includes('\u0000') || (typeof value === 'string' && value.includes('\u0000'))) {
    throw new SyntaxError('Text must not contain NUL (U+0000) characters');
  }
  return value;
}

/** Path and query: `%00` anywhere in the URL is a 400 before routing. */
export function refuseNulInUrl(req: Request, _res: Response, next: NextFunction): void {
  if (/%00/i.test(req.url)) {
    next(new DomainError('VALIDATION_FAILED', 'The URL must not contain NUL (%00) characters', {}));
    return;
  }
  next();
}
