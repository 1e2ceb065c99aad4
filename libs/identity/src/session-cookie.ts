/** The browser session's cookie: HttpOnly, SameSite=Lax, path /, Secure when the public URL is https. */
export const SESSION_COOKIE = 'hj_session';

/** The value of one cookie in a Cookie header (no cookie-parser needed for the one cookie we read). */
export function readCookie(header: string | string[] | undefined, name: string): string | undefined {
  const line = Array.isArray(header) ? header.join('; ') : header;
  if (!line) return undefined;
  for (const part of line.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * The Set-Cookie value of a session: persistent (Max-Age) on a remembered device, so in-app browsers that drop
 * session cookies keep it; otherwise a session cookie that the browser drops when it closes.
 */
export function setCookie(
  name: string,
  value: string,
  publicUrl: string,
  options: { maxAgeSeconds?: number; path?: string } = {},
): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${options.path ?? '/'}`, 'HttpOnly', 'SameSite=Lax'];
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${Math.max(0, Math.round(options.maxAgeSeconds))}`);
  if (publicUrl.startsWith('https:')) parts.push('Secure');
  return parts.join('; ');
}

/** The session cookie for a session that expires at `expiresAt` (persistent only when remembered). */
export function sessionCookie(
  token: string,
  session: { remember: boolean; expiresAt: Date },
  publicUrl: string,
  now: Date,
): string {
  return setCookie(SESSION_COOKIE, token, publicUrl, {
    maxAgeSeconds: session.remember ? (session.expiresAt.getTime() - now.getTime()) / 1000 : undefined,
  });
}

/** Tells the browser to drop the session cookie. */
export function clearedSessionCookie(publicUrl: string): string {
  return setCookie(SESSION_COOKIE, '', publicUrl, { maxAgeSeconds: 0 });
}
