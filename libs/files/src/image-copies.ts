import { availableParallelism } from 'node:os';
import sharp from 'sharp';
import { readExifFacts } from './exif';

// A decoded photo is width × height × 3 bytes (a 12 MP photo: 36 MB): 50 uploads decoding at once would hold
// gigabytes. So at most one photo per core is being copied at a time, the others wait their turn (their bytes are on
// disk meanwhile), and libvips keeps no decoded images in its cache between requests.
sharp.cache(false);
const COPY_SLOTS = Math.max(1, availableParallelism());
let busy = 0;
const waiting: (() => void)[] = [];

/** Runs `work` when a copy slot is free. */
export async function inCopySlot<T>(work: () => Promise<T>): Promise<T> {
  // A finishing copy hands its slot straight to the next waiter, so no newcomer can slip in between.
  if (busy >= COPY_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  else busy += 1;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else busy -= 1;
  }
}

/** The two copies made of a photo: a thumbnail for lists and a display-size copy for the verifier's screen. */
export const IMAGE_COPIES = {
  thumbnail: { maxSide: 320, quality: 78 },
  preview: { maxSide: 1600, quality: 85 },
} as const;

export type ImageCopyKind = keyof typeof IMAGE_COPIES;

export interface PhotoFacts {
  /** Size as a person sees it (EXIF orientation applied). */
  width: number;
  height: number;
  capturedAt: Date | null;
}

/**
 * Reads a photo's size and capture time from its header (no decoding); null when the image library cannot read it.
 * Whether the pixels decode (an HEIC photo does not: the prebuilt libvips has no HEVC decoder) shows when the
 * copies are made.
 */
export async function inspectPhoto(path: string): Promise<PhotoFacts | null> {
  try {
    const meta = await sharp(path).metadata();
    if (!meta.width || !meta.height) return null;
    const sideways = (meta.orientation ?? 1) >= 5;
    return {
      width: sideways ? meta.height : meta.width,
      height: sideways ? meta.width : meta.height,
      capturedAt: readExifFacts(meta.exif).capturedAt,
    };
  } catch {
    return null;
  }
}

/**
 * Writes one JPEG copy: upright (EXIF orientation applied), at most `maxSide` on its longer side, and without any
 * metadata — sharp strips EXIF (GPS included), ICC aside, unless asked to keep it; the original keeps everything.
 */
export async function writeImageCopy(source: string, target: string, kind: ImageCopyKind): Promise<void> {
  const { maxSide, quality } = IMAGE_COPIES[kind];
  await sharp(source)
    .autoOrient()
    .resize(maxSide, maxSide, { fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality })
    .toFile(target);
}

let icon: Promise<Buffer> | undefined;

/** The file icon shown where a file has no picture of its own (PDF, DOCX, XLSX, an undecodable HEIC); made once. */
export function fileIcon(): Promise<Buffer> {
  icon ??= sharp({ create: { width: 160, height: 160, channels: 3, background: '#eef1f5' } })
    .composite([
      { input: { create: { width: 84, height: 108, channels: 3, background: '#ffffff' } }, left: 38, top: 26 },
      { input: { create: { width: 56, height: 6, channels: 3, background: '#9aa5b1' } }, left: 52, top: 60 },
      { input: { create: { width: 56, height: 6, channels: 3, background: '#9aa5b1' } }, left: 52, top: 76 },
      { input: { create: { width: 40, height: 6, channels: 3, background: '#9aa5b1' } }, left: 52, top: 92 },
    ])
    .png()
    .toBuffer();
  return icon;
}
