import { open } from 'node:fs/promises';

/**
 * What a file is, decided from its bytes (magic numbers), never from its name or the client's header. The allowed
 * set is small (photos, PDF, Word, Excel), so the signatures are here rather than in a general library: the
 * `file-type` package is ESM-only, which the CommonJS build and jest's module loader here cannot load.
 */
export const ALLOWED_CONTENT_TYPES = {
  'image/jpeg': { extension: 'jpg', label: 'JPEG', image: true },
  'image/png': { extension: 'png', label: 'PNG', image: true },
  'image/webp': { extension: 'webp', label: 'WebP', image: true },
  'image/heic': { extension: 'heic', label: 'HEIC', image: true },
  'image/heif': { extension: 'heif', label: 'HEIF', image: true },
  'application/pdf': { extension: 'pdf', label: 'PDF', image: false },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extension: 'docx',
    label: 'Word (DOCX)',
    image: false,
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    extension: 'xlsx',
    label: 'Excel (XLSX)',
    image: false,
  },
} as const;

export type AllowedContentType = keyof typeof ALLOWED_CONTENT_TYPES;

export function isAllowedContentType(type: string): type is AllowedContentType {
  return Object.prototype.hasOwnProperty.call(ALLOWED_CONTENT_TYPES, type);
}

/** Shown inline in a browser (images, PDF); everything else downloads as an attachment. */
export function isInlineType(type: string): boolean {
  return type.startsWith('image/') || type === 'application/pdf';
}

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis']);
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'heif']);

/**
 * The content type of a file's first bytes; for a ZIP, `zipEntries` (the names in its central directory) tells
 * Word from Excel. Scriptable markup (SVG, HTML, XML) is named so that the refusal can say what it was.
 */
export function contentTypeOf(head: Buffer, zipEntries: readonly string[] = []): string {
  const starts = (bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
  const text = (at: number, s: string) => head.subarray(at, at + s.length).toString('latin1') === s;
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (text(0, 'RIFF') && text(8, 'WEBP')) return 'image/webp';
  if (text(4, 'ftyp')) {
    const brands = [head.subarray(8, 12).toString('latin1')];
    const boxSize = head.readUInt32BE(0);
    for (let at = 16; at + 4 <= Math.min(boxSize, head.length); at += 4)
      brands.push(head.subarray(at, at + 4).toString('latin1'));
    if (brands.some((b) => HEIC_BRANDS.has(b))) return 'image/heic';
    if (brands.some((b) => HEIF_BRANDS.has(b))) return 'image/heif';
    if (brands.some((b) => b.startsWith('avi'))) return 'image/avif';
    return 'video/mp4';
  }
  if (text(0, '%PDF-')) return 'application/pdf';
  if (starts([0x50, 0x4b, 0x03, 0x04])) {
    if (zipEntries.includes('[Content_Types].xml')) {
      if (zipEntries.some((n) => n.startsWith('word/'))) return ALLOWED_DOCX;
      if (zipEntries.some((n) => n.startsWith('xl/'))) return ALLOWED_XLSX;
      if (zipEntries.some((n) => n.startsWith('ppt/'))) {
        return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
      }
    }
    return 'application/zip';
  }
  if (starts([0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (starts([0x42, 0x4d])) return 'image/bmp';
  if (starts([0x49, 0x49, 0x2a, 0x00]) || starts([0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  return markupTypeOf(head) ?? 'application/octet-stream';
}

const ALLOWED_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ALLOWED_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** SVG, HTML or XML: text a browser may run scripts from. Looks past a BOM, whitespace and comments. */
function markupTypeOf(head: Buffer): string | null {
  const sample = head
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\0/g, '')
    .toLowerCase();
  const body = sample.replace(/<!--[\s\S]*?-->/g, '').trimStart();
  if (/<svg[\s>]/.test(sample)) return 'image/svg+xml';
  if (/^<!doctype html|^<(html|head|body|script|iframe|meta|div|p|a|img)[\s>]/.test(body)) return 'text/html';
  if (body.startsWith('<?xml') || /^<[a-z_][\w.-]*[\s>/]/.test(body)) return 'application/xml';
  return null;
}

/** Reads what `contentTypeOf` needs from a file: its first 4 KiB and, for a ZIP, its central directory's names. */
export async function detectContentType(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(4096, size));
    await file.read(head, 0, head.length, 0);
    if (!(head[0] === 0x50 && head[1] === 0x4b)) return contentTypeOf(head);
    // The end-of-central-directory record is in the last 22 bytes plus a comment of at most 64 KiB.
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0) return contentTypeOf(head);
    const entries = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (dirOffset + dirSize > size || dirSize > 16 * 1024 * 1024) return contentTypeOf(head);
    const dir = Buffer.alloc(dirSize);
    await file.read(dir, 0, dirSize, dirOffset);
    const names: string[] = [];
    for (let at = 0, i = 0; i < entries && at + 46 <= dir.length && dir.readUInt32LE(at) === 0x02014b50; i++) {
      const nameLength = dir.readUInt16LE(at + 28);
      names.push(dir.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
      at += 46 + nameLength + dir.readUInt16LE(at + 30) + dir.readUInt16LE(at + 32);
    }
    return contentTypeOf(head, names);
  } finally {
    await file.close();
  }
}
