import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import { binary, filesUnder, sha256, tinyPdf, upload } from './support/files';
import { bearer, type Harness, startHarness } from './support/harness';
import { phonePhoto } from './support/photo-fixtures';
import { type S3Server, startS3Server } from './support/s3-server';

describe('evidence files in S3-compatible storage (a real Versity Gateway started by this suite)', () => {
  let h: Harness;
  let s3: S3Server;
  let client: S3Client;
  const folder = mkdtempSync(join(tmpdir(), 'huijian-s3-'));
  const bucket = 'huijian-evidence';
  const branch = () => h.tokens.branchSecretary;
  const keys = async () =>
    ((await client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((o) => o.Key).sort();

  beforeAll(async () => {
    s3 = await startS3Server(folder);
    h = await startHarness({ env: s3.env(bucket) });
    client = new S3Client({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    });
  });
  afterAll(async () => {
    await h?.close();
    await s3?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('puts the original and its copies under content-addressed keys, and serves them back', async () => {
    const photo = await phonePhoto();
    const [file] = (await upload(h, branch(), [{ name: '整改后.jpg', bytes: photo }]).expect(201)).body;
    const hash = sha256(photo);
    expect(await keys()).toEqual([`originals/${hash}`, `previews/${hash}.jpg`, `thumbnails/${hash}.jpg`]);
    const stored = await client.send(new GetObjectCommand({ Bucket: bucket, Key: `originals/${hash}` }));
    expect(sha256(Buffer.from(await stored.Body!.transformToByteArray()))).toBe(hash);
    expect(stored.ContentType).toBe('image/jpeg');
    // Nothing of the blob stays on the API's disk: only uploads in flight live there.
    expect(filesUnder(h.filesDir)).toEqual([]);

    const original = await h.http().get(file.url).set(bearer(branch())).buffer(true).parse(binary).expect(200);
    expect(sha256(original.body)).toBe(hash);
    const thumb = await h.http().get(file.thumbnailUrl).set(bearer(branch())).buffer(true).parse(binary).expect(200);
    const meta = await sharp(thumb.body).metadata();
    expect([meta.width, meta.height, meta.exif]).toEqual([32, 64, undefined]);

    // The same bytes again: a second row, no second object.
    await upload(h, branch(), [{ name: '副本.jpg', bytes: photo }]).expect(201);
    expect(await keys()).toHaveLength(3);
  });

  it('answers 503 while the storage is down, writes nothing, and works again once it is back', async () => {
    const before = (await h.db.query('SELECT count(*)::int AS n FROM files'))[0].n;
    const objects = await keys();
    await s3.stop();
    try {
      const res = await upload(h, branch(), [{ name: 'down.pdf', bytes: tinyPdf('down') }]);
      expect([res.status, res.body.error?.code]).toEqual([503, 'DEPENDENCY_UNAVAILABLE']);
      expect((await h.db.query('SELECT count(*)::int AS n FROM files'))[0].n).toBe(before);
      expect(filesUnder(h.filesDir)).toEqual([]);
    } finally {
      await s3.start();
    }
    expect(await keys()).toEqual(objects);
    await upload(h, branch(), [{ name: 'back.pdf', bytes: tinyPdf('back') }]).expect(201);
    expect(await keys()).toContain(`originals/${sha256(tinyPdf('back'))}`);
  });
});
