import type { Options } from 'pino-http';
import { redactAckPath } from '../../../../libs/notifications/src/ack-link';

/**
 * The request logger's options. Credentials never reach a log line: the bearer header is censored, and an e-mail
 * 已阅 link's token (a credential in the path) is replaced in the URL and the route parameters.
 */
export function requestLogging(level: string): Options {
  return {
    level,
    // The request id middleware (http/request-id.ts) has set it before the body was parsed.
    genReqId: (req) => String((req as { id?: string }).id),
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.params.token', 'res.headers["set-cookie"]'],
    serializers: {
      req: (req: { url?: string }) => ({ ...req, url: req.url === undefined ? undefined : redactAckPath(req.url) }),
    },
    autoLogging: { ignore: (req) => req.url === '/health' },
  };
}
