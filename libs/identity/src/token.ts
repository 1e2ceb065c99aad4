import { createHash, randomBytes } from 'node:crypto';

/** Opaque bearer tokens: `hj_` + 32 random bytes; only the SHA-256 is stored. */
export function newToken(): { token: string; hash: string } {
  const token = `hj_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
