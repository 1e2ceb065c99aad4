/**
 * Reads the capture time (拍摄时间) out of a photo's raw EXIF block (what sharp's `metadata().exif` returns: the
 * APP1 payload, "Exif\0\0" then a TIFF structure). Only the two tags a verifier needs are read, so no EXIF library.
 */

const EXIF_IFD_POINTER = 0x8769;
const GPS_IFD_POINTER = 0x8825;
const DATE_TIME_ORIGINAL = 0x9003;
const OFFSET_TIME_ORIGINAL = 0x9011;
const DATE_TIME = 0x0132;

export interface ExifFacts {
  /** When the photo was taken, as an instant when the camera wrote its UTC offset, else the camera's local time read as UTC+8 (the organisation's). */
  capturedAt: Date | null;
  /** Whether the block carries a GPS directory (where the photo was taken). */
  hasGps: boolean;
}

/** Reads capture time and the presence of GPS; a malformed block yields nothing rather than an error. */
export function readExifFacts(exif: Buffer | undefined, fallbackOffset = '+08:00'): ExifFacts {
  const none: ExifFacts = { capturedAt: null, hasGps: false };
  if (!exif || exif.length < 14) return none;
  const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
  const order = tiff.subarray(0, 2).toString('latin1');
  if (order !== 'II' && order !== 'MM') return none;
  const le = order === 'II';
  const u16 = (o: number) => (o + 2 <= tiff.length ? (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o)) : -1);
  const u32 = (o: number) => (o + 4 <= tiff.length ? (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o)) : -1);

  /** The entries of one directory: tag → { type, count, value offset }. */
  const entries = (offset: number): Map<number, { count: number; valueAt: number }> => {
    const map = new Map<number, { count: number; valueAt: number }>();
    const n = u16(offset);
    for (let i = 0; i < n && i < 512; i++) {
      const at = offset + 2 + i * 12;
      const tag = u16(at);
      const count = u32(at + 4);
      if (tag < 0 || count < 0) break;
      // Values longer than four bytes live elsewhere; the entry then holds their offset.
      map.set(tag, { count, valueAt: count > 4 ? u32(at + 8) : at + 8 });
    }
    return map;
  };
  const ascii = (e: { count: number; valueAt: number } | undefined): string | null => {
    if (!e || e.valueAt < 0 || e.valueAt + e.count > tiff.length) return null;
    return tiff
      .subarray(e.valueAt, e.valueAt + e.count)
      .toString('latin1')
      .replace(/\0+$/, '');
  };
  try {
    const ifd0 = entries(u32(4));
    const exifIfd = ifd0.has(EXIF_IFD_POINTER) ? entries(u32(ifd0.get(EXIF_IFD_POINTER)!.valueAt)) : new Map();
    const when = ascii(exifIfd.get(DATE_TIME_ORIGINAL)) ?? ascii(ifd0.get(DATE_TIME));
    const offset = ascii(exifIfd.get(OFFSET_TIME_ORIGINAL));
    return { capturedAt: exifDate(when, offset ?? fallbackOffset), hasGps: ifd0.has(GPS_IFD_POINTER) };
  } catch {
    return none;
  }
}

/** "2026:11:30 10:15:00" with "+08:00" → the instant; anything else → null. */
function exifDate(value: string | null, offset: string): Date | null {
  const m = value?.match(/^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/);
  if (!m || !/^[+-]\d{2}:\d{2}$/.test(offset)) return null;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date;
}
