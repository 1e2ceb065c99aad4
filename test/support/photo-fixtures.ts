import sharp from 'sharp';

/**
 * A real JPEG photo as a phone writes it: pixels stored sideways with EXIF Orientation 6 (rotate 90° clockwise to
 * view), a capture time, and a GPS position. The EXIF block is built by hand (sharp writes no GPS directory), so the
 * tests know exactly what is in it. The stored pixels are 64×32: left half red, right half blue.
 */
export async function phonePhoto(options: { takenAt?: string; offset?: string } = {}): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 64, height: 32, channels: 3, background: '#ff0000' } })
    .composite([{ input: { create: { width: 32, height: 32, channels: 3, background: '#0000ff' } }, left: 32, top: 0 }])
    .jpeg({ quality: 95 })
    .toBuffer();
  const app1 = exifSegment(options.takenAt ?? '2026:11:30 10:15:00', options.offset ?? '+08:00');
  // SOI, then our APP1, then the rest of sharp's JPEG (which has no EXIF of its own).
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

/** APP1 "Exif" segment: IFD0 (Orientation 6, Make, pointers to the Exif and GPS directories) in little-endian TIFF. */
function exifSegment(takenAt: string, offset: string): Buffer {
  type Entry = { tag: number; type: number; count: number; value: Buffer };
  const short = (n: number) => Buffer.from([n & 0xff, n >> 8, 0, 0]);
  const long = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    return b;
  };
  const ascii = (s: string) => Buffer.from(`${s}\0`, 'latin1');
  const rationals = (pairs: [number, number][]) => Buffer.concat(pairs.flatMap(([a, b]) => [long(a), long(b)]));
  // Layout: header (8) | IFD0 | Exif IFD | GPS IFD | data area. Offsets are from the TIFF header.
  const ifdSize = (n: number) => 2 + n * 12 + 4;
  const ifd0Count = 4;
  const exifCount = 2;
  const gpsCount = 4;
  const ifd0At = 8;
  const exifAt = ifd0At + ifdSize(ifd0Count);
  const gpsAt = exifAt + ifdSize(exifCount);
  let dataAt = gpsAt + ifdSize(gpsCount);
  const data: Buffer[] = [];
  const place = (value: Buffer): Buffer => {
    if (value.length <= 4) return Buffer.concat([value, Buffer.alloc(4 - value.length)]);
    const at = dataAt;
    data.push(value);
    dataAt += value.length;
    return long(at);
  };
  const directory = (entries: Entry[]): Buffer => {
    const head = Buffer.alloc(2);
    head.writeUInt16LE(entries.length);
    const rows = entries.map((e) => {
      const row = Buffer.alloc(8);
      row.writeUInt16LE(e.tag, 0);
      row.writeUInt16LE(e.type, 2);
      row.writeUInt32LE(e.count, 4);
      return Buffer.concat([row, place(e.value)]);
    });
    return Buffer.concat([head, ...rows, long(0)]);
  };
  const make = ascii('HuijianCam');
  const ifd0 = directory([
    { tag: 0x010f, type: 2, count: make.length, value: make },
    { tag: 0x0112, type: 3, count: 1, value: short(6) },
    { tag: 0x8769, type: 4, count: 1, value: long(exifAt) },
    { tag: 0x8825, type: 4, count: 1, value: long(gpsAt) },
  ]);
  const when = ascii(takenAt);
  const zone = ascii(offset);
  const exif = directory([
    { tag: 0x9003, type: 2, count: when.length, value: when },
    { tag: 0x9011, type: 2, count: zone.length, value: zone },
  ]);
  const gps = directory([
    { tag: 0x0001, type: 2, count: 2, value: ascii('N') },
    {
      tag: 0x0002,
      type: 5,
      count: 3,
      value: rationals([
        [31, 1],
        [20, 1],
        [1234, 100],
      ]),
    },
    { tag: 0x0003, type: 2, count: 2, value: ascii('E') },
    {
      tag: 0x0004,
      type: 5,
      count: 3,
      value: rationals([
        [118, 1],
        [22, 1],
        [5678, 100],
      ]),
    },
  ]);
  const tiff = Buffer.concat([Buffer.from('II*\0', 'latin1'), long(ifd0At), ifd0, exif, gps, ...data]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const marker = Buffer.from([0xff, 0xe1, 0, 0]);
  marker.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([marker, payload]);
}
