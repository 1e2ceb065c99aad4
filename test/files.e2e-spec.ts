import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sharp from 'sharp';
import { IdentityService } from '../libs/identity/src';
import { bearer, eventually, type Harness, startHarness } from './support/harness';
import { binary, filesUnder, sha256, tinyPdf, upload } from './support/files';
import { phonePhoto } from './support/photo-fixtures';

describe('evidence files on the local disk: upload, copies, download, scope, bad input', () => {
  let h: Harness;
  let otherBranch: string;
  const branch = () => h.tokens.branchSecretary;

  beforeAll(async () => {
    h = await startHarness({ env: { FILES_MAX_BYTES: String(1024 * 1024), FILES_MAX_PER_REQUEST: '3' } });
    const [liu] = await h.db.query(`SELECT id FROM people WHERE name LIKE '%刘芳%'`);
    otherBranch = (await h.app.get(IdentityService).issue(liu.id, 'test')).token;
  });
  afterAll(() => h.close());

  it('keeps a phone photo byte for byte and makes upright copies without EXIF or GPS', async () => {
    const photo = await phonePhoto({ takenAt: '2026:11:30 10:15:00', offset: '+08:00' });
    const res = await upload(h, branch(), [{ name: 'IMG_0001.JPG', bytes: photo }]).expect(201);
    const [file] = res.body;
    expect(file).toMatchObject({
      name: 'IMG_0001.JPG',
      size: photo.length,
      contentType: 'image/jpeg',
      sha256: sha256(photo),
      width: 32,
      height: 64,
      capturedAt: '2026-11-30T02:15:00.000Z',
      thumbnailUrl: `/files/${file.id}/thumbnail`,
    });
    const original = await h.http().get(file.url).set(bearer(branch())).buffer(true).parse(binary).expect(200);
    expect(sha256(original.body)).toBe(sha256(photo));
    expect(original.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'x-content-type-options': 'nosniff',
      etag: `"${sha256(photo)}"`,
      'content-disposition': `inline; filename="IMG_0001.JPG"; filename*=UTF-8''IMG_0001.JPG`,
    });
    for (const variant of ['thumbnail', 'preview']) {
      const copy = await h
        .http()
        .get(`${file.url}/${variant}`)
        .set(bearer(branch()))
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(copy.headers['content-type']).toBe('image/jpeg');
      const meta = await sharp(copy.body).metadata();
      expect([meta.width, meta.height, meta.orientation, meta.exif]).toEqual([32, 64, undefined, undefined]);
      expect(copy.body.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    }
    const thumb = await h
      .http()
      .get(file.thumbnailUrl)
      .set(bearer(branch()))
      .set('If-None-Match', `"${file.sha256}-thumbnail"`);
    expect(thumb.status).toBe(304);
  });

  it('stores the same bytes once, sends documents as attachments and gives them an icon', async () => {
    const pdf = tinyPdf('same');
    const first = await upload(h, branch(), [{ name: '整改报告.pdf', bytes: pdf }]).expect(201);
    const second = await upload(h, branch(), [{ name: '整改报告（副本）.pdf', bytes: pdf }]).expect(201);
    expect(first.body[0].id).not.toBe(second.body[0].id);
    expect(filesUnder(join(h.filesDir, 'blobs')).filter((p) => p.endsWith(sha256(pdf)))).toHaveLength(1);
    const res = await h.http().get(first.body[0].url).set(bearer(branch())).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="____.pdf"; filename*=UTF-8''%E6%95%B4%E6%94%B9%E6%8A%A5%E5%91%8A.pdf`,
    );
    const icon = await h.http().get(`${first.body[0].url}/thumbnail`).set(bearer(branch())).buffer(true).parse(binary);
    expect([icon.status, icon.headers['content-type']]).toEqual([200, 'image/png']);
    expect(first.body[0].thumbnailUrl).toBeUndefined();
  });

  it('shows a file only to its uploader until something references it: everyone else gets 404', async () => {
    const [file] = (
      await upload(h, branch(), [
        {
          name: 'a.png',
          bytes: await sharp({ create: { width: 4, height: 4, channels: 3, background: '#0f0' } })
            .png()
            .toBuffer(),
        },
      ]).expect(201)
    ).body;
    for (const token of [otherBranch, h.tokens.leadAdmin, h.tokens.committeeMember]) {
      for (const path of ['', '/thumbnail', '/preview', '/meta']) {
        const res = await h.http().get(`${file.url}${path}`).set(bearer(token)).expect(404);
        expect(res.body.error.code).toBe('NOT_FOUND');
      }
    }
    await h.http().get(`${file.url}/meta`).set(bearer(branch())).expect(200);
  });

  it('refuses bad input clearly and stores nothing', async () => {
    const before = (await h.db.query('SELECT count(*)::int AS n FROM files'))[0].n;
    const blobsBefore = filesUnder(join(h.filesDir, 'blobs')).length;

    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const refused = await upload(h, branch(), [{ name: 'photo.jpg', bytes: svg }]).expect(415);
    expect(refused.body.error).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      details: { detectedType: 'image/svg+xml' },
    });
    expect(refused.body.error.message).toContain('image/svg+xml');
    const html = await upload(h, branch(), [
      { name: 'x.pdf', bytes: Buffer.from('<!DOCTYPE html><script>1</script>') },
    ]);
    expect([html.status, html.body.error.details.detectedType]).toEqual([415, 'text/html']);

    const big = await upload(h, branch(), [
      { name: 'big.jpg', bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(1024 * 1024)]) },
    ]).expect(413);
    expect(big.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { maxBytes: 1024 * 1024 } });

    const many = Array.from({ length: 4 }, (_, i) => ({ name: `${i}.pdf`, bytes: tinyPdf(String(i)) }));
    expect((await upload(h, branch(), many).expect(413)).body.error.details.maxFiles).toBe(3);

    const empty = await upload(h, branch(), [{ name: 'empty.pdf', bytes: Buffer.alloc(0) }]).expect(400);
    expect(empty.body.error.message).toContain('empty.pdf');

    // One bad file among good ones: none of them is stored.
    await upload(h, branch(), [
      { name: 'good.pdf', bytes: tinyPdf('good') },
      { name: 'bad.html', bytes: Buffer.from('<html><body>x</body></html>') },
    ]).expect(415);

    const noFile = await h.http().post('/files').set(bearer(branch())).send({ file: 'x' }).expect(400);
    expect(noFile.body.error.details.fields[0].field).toBe('file');

    expect((await h.db.query('SELECT count(*)::int AS n FROM files'))[0].n).toBe(before);
    expect(filesUnder(join(h.filesDir, 'blobs')).length).toBe(blobsBefore);
    expect(filesUnder(join(h.filesDir, 'incoming'))).toEqual([]);
  });

  it('stores a hostile name sanitised', async () => {
    const name = `../../etc/\t\u202e${'长'.repeat(300)}.pdf`;
    const res = await upload(h, branch(), [{ name, bytes: tinyPdf('name') }]).expect(201);
    const [file] = res.body;
    expect([...file.name].length).toBe(200);
    expect(file.name).toMatch(/^长+\.pdf$/);
  });

  it('leaves no row and no blob behind when the client drops the connection mid-upload', async () => {
    const before = (await h.db.query('SELECT count(*)::int AS n FROM files'))[0].n;
    const server = h.app.getHttpServer();
    if (!server.listening) await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const boundary = 'huijianboundary';
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/files',
      headers: {
        authorization: `Bearer ${branch()}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(600_000),
      },
    });
    req.on('error', () => undefined);
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.pdf"\r\n\r\n`);
    req.write(Buffer.concat([tinyPdf('half'), Buffer.alloc(200_000)]));
    await eventually(async () => (filesUnder(join(h.filesDir, 'incoming')).length > 0 ? true : undefined));
    req.destroy();
    await eventually(async () => (filesUnder(join(h.filesDir, 'incoming')).length === 0 ? true : undefined));
    expect((await h.db.query('SELECT count(*)::int AS n FROM files'))[0].n).toBe(before);
  });
});
