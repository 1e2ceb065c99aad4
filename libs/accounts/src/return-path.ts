/** Where a person lands after signing in when the page asked for nothing (or for something not ours). */
export const DEFAULT_RETURN_PATH = '/app/inbox';

/**
 * The page to go back to after sign-in, only if it is one of the console's own paths: `/app/…`, no scheme, no
 * host (`//evil.example`), no backslash or control characters that a browser would turn into one. Anything else
 * — an open redirect in the making — becomes the inbox.
 */
export function localReturnPath(next: unknown): string {
  if (typeof next !== 'string' || next.length > 512) return DEFAULT_RETURN_PATH;
  if (!/^\/app(\/|$|\?|#)/.test(next)) return DEFAULT_RETURN_PATH;
  if (/[\\\u0000-\u001f\u007f]/.test(next) || next.includes('//')) return DEFAULT_RETURN_PATH;
  if (next === '/app' || next.startsWith('/app/login') || next.startsWith('/app/activate')) return DEFAULT_RETURN_PATH;
  return next;
}
