/** Longest original name kept, in characters; longer names keep their start and their extension. */
export const MAX_NAME_LENGTH = 200;

/**
 * The original name as it will be stored and shown: no folders (either separator), no control or bidi-override
 * characters, NFC, at most MAX_NAME_LENGTH characters with the extension kept; empty → "文件".
 */
export function sanitizeFileName(raw: string | undefined): string {
  const base = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const clean = base
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/^[\s.]+|\s+$/g, '');
  const chars = [...clean];
  if (chars.length === 0) return '文件';
  if (chars.length <= MAX_NAME_LENGTH) return clean;
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return (
    [...clean.slice(0, clean.length - extension.length)].slice(0, MAX_NAME_LENGTH - extension.length).join('') +
    extension
  );
}

/**
 * `Content-Disposition` with the original name: an ASCII fallback for old clients and the exact name as RFC 5987
 * `filename*` (UTF-8, percent-encoded), so Chinese names arrive intact.
 */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
