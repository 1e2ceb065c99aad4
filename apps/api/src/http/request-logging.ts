import type { Options } from 'pino-http';
import { redactUrl } from '../../../../libs/audit/src';
import { redactAckPath } from '../../../../libs/notifications/src/ack-link';

/**
 * The request logger's options. Credentials never reach a log line: the bearer header is censored, an e-mail 已阅
 * link's token is replaced in the URL and the route parameters, and so is any token-like path segment (wherever it
 * stands) and credential-named query value (`?code=` of the OpenID callback).
 */
export function requestLogging(level: string): Options {
  return {
    level,
    // The request id middleware (http/request-id.ts) has set it before the body was parsed.
    genReqId: (req) => String((req as { id?: string }).id),
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    serializers: {
      // The URL says it all: its parsed query and route parameters would repeat its values unredacted.
      req: ({ query: _query, params: _params, ...req }: { url?: string; query?: unknown; params?: unknown }) => ({
        ...req,
        url: req.url === undefined ? undefined : redactUrl(redactAckPath(req.url)),
      }),
    },
    autoLogging: { ignore: (req) => req.url === '/health' },
  };
}
