import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { bareHost, forbiddenAddressReason, webhookUrlProblem, type WebhookPolicy } from './webhook-policy';
import type { RobotChannel } from './delivery-policy';

/** A robot answers within seconds; a slow one is retried later rather than holding a worker slot. */
export const ROBOT_TIMEOUT_MS = 5_000;
/** Platforms answer a few bytes of JSON; anything longer is cut off unread. */
const MAX_ANSWER_BYTES = 64 * 1024;

/** Why an outbound webhook request was not made, or not completed, for a reason retrying cannot change. */
export class WebhookRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookRefused';
  }
}

/**
 * DNS lookup that refuses a name resolving to a forbidden address. It runs inside the socket's connect, so the address
 * checked is the address connected to (a name re-pointed between a check and the connect cannot slip through).
 */
function guardedLookup(policy: WebhookPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find((a) => forbiddenAddressReason(a.address, policy) !== undefined);
      if (refused || addresses.length === 0) {
        return callback(
          new WebhookRefused(`webhook host ${forbiddenAddressReason(refused?.address ?? '', policy)}`),
          '',
          0,
        );
      }
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * POSTs JSON to a robot webhook under the policy: the URL checked again (a stored one may predate the policy), an IP
 * literal checked before connecting and a name at connect time, no redirect followed (the answer's 3xx is the
 * answer, like fetch's `redirect: 'error'`), at most ROBOT_TIMEOUT_MS.
 */
export function postRobotJson(
  channel: RobotChannel,
  url: string,
  body: unknown,
  policy: WebhookPolicy,
  signal?: AbortSignal,
): Promise<{ status: number; text: string }> {
  const problem = webhookUrlProblem(url, channel, policy);
  if (problem) return Promise.reject(new WebhookRefused(`webhook URL ${problem}`));
  const target = new URL(url);
  const host = bareHost(target.hostname);
  const literal = isIP(host) !== 0 ? forbiddenAddressReason(host, policy) : undefined;
  if (literal) return Promise.reject(new WebhookRefused(`webhook host ${literal}`));
  const timeout = AbortSignal.timeout(ROBOT_TIMEOUT_MS);
  const payload = Buffer.from(JSON.stringify(body), 'utf8');
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': payload.length },
        lookup: guardedLookup(policy),
        agent: false,
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_ANSWER_BYTES) chunks.push(chunk);
          else res.destroy();
        });
        res.on('close', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', () => undefined);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
