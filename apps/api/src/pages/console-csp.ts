import type { Response } from 'express';

/**
 * The console's Content-Security-Policy: scripts, styles and requests from this origin only, no inline code, no
 * framing. Stricter than the global one (which /docs needs), so a console page can never run injected script.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function useConsoleCsp(res: Response): void {
  res.setHeader('Content-Security-Policy', CONSOLE_CSP);
  res.setHeader('Cache-Control', 'no-store');
}
