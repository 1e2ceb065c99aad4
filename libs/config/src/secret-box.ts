import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Secrets kept at rest (a robot's signing secret) are sealed with AES-256-GCM under a key derived from the
 * deployment's secret (HUIJIAN_SECRET_KEY, HKDF-SHA256): a database dump or replica alone does not give them away.
 * `context` names the row a sealed value belongs to (authenticated, not secret), so a value copied onto another row
 * does not open.
 */
const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

const keyOf = (secretKey: Buffer): Buffer =>
  Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), 'huijian secret-box v1', 32));

/** `v1.<base64url of iv | tag | ciphertext>`; a fresh IV each time, so one secret seals differently every time. */
export function sealSecret(plaintext: string, secretKey: Buffer, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secretKey), iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')}`;
}

/** The plaintext; SecretBoxError when the value was sealed under another key or context, or was altered. */
export function openSecret(sealed: string, secretKey: Buffer, context: string): string {
  const [version, body] = sealed.split('.', 2);
  const bytes = Buffer.from(body ?? '', 'base64url');
  if (version !== VERSION || bytes.length < IV_BYTES + TAG_BYTES) throw new SecretBoxError('not a sealed secret');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secretKey), bytes.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretBoxError(
      'the sealed secret does not open with this HUIJIAN_SECRET_KEY (changed key?) or was altered',
    );
  }
}
