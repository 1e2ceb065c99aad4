import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { readExifFacts } from '../libs/files/src/exif';
import { inspectPhoto, writeImageCopy } from '../libs/files/src/image-copies';
import { phonePhoto } from './support/photo-fixtures';

describe('photo copies (sharp, real JPEG with EXIF orientation and GPS)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'photo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads size upright and the capture time with its offset', async () => {
    const path = join(dir, 'p.jpg');
    writeFileSync(path, await phonePhoto({ takenAt: '2026:11:30 10:15:00', offset: '+08:00' }));
    const raw = (await sharp(path).metadata()).exif;
    expect(readExifFacts(raw)).toEqual({ capturedAt: new Date('2026-11-30T02:15:00Z'), hasGps: true });
    expect(await inspectPhoto(path)).toEqual({ width: 32, height: 64, capturedAt: new Date('2026-11-30T02:15:00Z') });
  });

  it('writes an upright thumbnail without EXIF or GPS', async () => {
    const path = join(dir, 'q.jpg');
    writeFileSync(path, await phonePhoto());
    const thumb = join(dir, 'q.thumb.jpg');
    await writeImageCopy(path, thumb, 'thumbnail');
    const meta = await sharp(thumb).metadata();
    expect([meta.width, meta.height, meta.orientation, meta.exif]).toEqual([32, 64, undefined, undefined]);
    expect(readFileSync(thumb).includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    // Rotated 90° clockwise: the stored left half (red) is now the top, the right half (blue) the bottom.
    const { data, info } = await sharp(thumb).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
    expect(pixel(16, 4)[0]).toBeGreaterThan(200);
    expect(pixel(16, 60)[2]).toBeGreaterThan(200);
  });

  it('returns nothing for bytes it cannot decode, and ignores malformed EXIF', async () => {
    const path = join(dir, 'x.heic');
    writeFileSync(path, Buffer.from('0000001c6674797068656963000000006d696631686569630000', 'hex'));
    expect(await inspectPhoto(path)).toBeNull();
    expect(readExifFacts(Buffer.from('Exif\0\0MM\0*\0\0\0\x08\xff\xff', 'latin1'))).toEqual({
      capturedAt: null,
      hasGps: false,
    });
  });
});
