import { createHash, randomBytes } from 'node:crypto';

/**
 * Opaque secrets: a prefix + 32 random bytes; only the SHA-256 is stored. `hj_` bearer tokens, `hjs_` session
 * cookies, `hji_` invitation links: the prefix tells a person (or a secret scanner) what leaked.
 */
export function newToken(prefix: 'hj_' | 'hjs_' | 'hji_' = 'hj_'): { token: string; hash: string } {
  const token = `${prefix}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
