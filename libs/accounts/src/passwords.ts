import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (19 MiB, 2 passes, 1 lane: OWASP's first recommendation). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * A hash of a password nobody knows, verified instead when the login is unknown or locked, so that the answer
 * takes as long as for a real account and the time tells nothing.
 */
let decoy: Promise<string> | undefined;

/** Whether `password` matches `stored`; with no stored hash, the same work against the decoy, and false. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  decoy ??= hash(randomBytes(24).toString('base64url'));
  const target = stored ?? (await decoy);
  const ok = await verify(target, password).catch(() => false);
  return stored !== null && ok;
}
