import { createHash, randomBytes } from 'node:crypto';

/**
 * The personal 已阅 link in an e-mail (`/inbox/acknowledge/<token>`): whoever holds it acknowledges for its one
 * recipient, so only the token's SHA-256 is stored, it expires, and following the link (a GET, which mail scanners
 * do by themselves) only shows a confirmation page; the person's POST acknowledges.
 */
export const ACK_LINK_TTL_DAYS = 30;

/** The link's path prefix; request logs show it with the token replaced. */
export const ACK_LINK_PATH = '/inbox/acknowledge/';

/** A fresh token (192 random bits, base64url) and the hash to store for it. */
export function newAckToken(): { token: string; hash: Buffer } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashAckToken(token) };
}

export function hashAckToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** What a token looks like; anything else is refused before a lookup. */
export const isAckTokenShape = (token: string): boolean => /^[\w-]{20,64}$/.test(token);

/** A URL with an ack-link token replaced, for logs; whatever the token's shape, in any letter case (as Express routes). */
export const redactAckPath = (url: string): string => url.replace(/(\/inbox\/acknowledge\/)[^/?#]+/i, '$1[redacted]');
