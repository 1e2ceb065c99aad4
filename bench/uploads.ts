/**
 * Benchmark 8: evidence uploads. 50 clients at once each upload a 5 MB photo (a real JPEG: the API checks its bytes,
 * hashes it while streaming, makes an upright thumbnail and display copy, stores all three), and the same with 5 MB
 * PDFs (the streaming path alone: hash, type check, store). The platform's own ceiling is the same bytes written to
 * the same storage (the API's FILES_DIR on the same disk) by a plain loop. The API's peak RSS over its RSS before
 * shows that no upload is held in memory whole.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import sharp from 'sharp';
import { type Figure, memoryOf, round, runPool, scaled, sleep } from './support';
import type { World } from './world';

const TARGET_BYTES = 5 * 1024 * 1024;

export async function evidenceUploads(world: World, scale: number): Promise<Figure[]> {
  const count = scaled(50, scale, 5);
  const photo = await photoOfAbout(TARGET_BYTES);
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(TARGET_BYTES - 16)]);
  const figures: Figure[] = [];
  for (const [kind, base, name] of [
    ['photos', photo, 'photo.jpg'],
    ['PDFs', pdf, 'report.pdf'],
  ] as const) {
    // Each upload distinct (bytes appended after the JPEG's end / the PDF's body), so none is deduplicated.
    const bodies = Array.from({ length: count }, () => Buffer.concat([base, randomBytes(16)]));
    const mb = bodies.reduce((n, b) => n + b.length, 0) / 1e6;
    const plainS = await plainWrites(world.filesDir, bodies);
    const { seconds, statuses, deltaMB, beforeMiB } = await concurrentUploads(world, bodies, name);
    const ok = statuses.every((s) => s === 201);
    const ratio = ok ? round(seconds / plainS, 2) : null;
    const photos = kind === 'photos';
    figures.push(
      {
        benchmark: '8 uploads',
        figure: `${count} concurrent uploads of ${round(base.length / 1e6)} MB ${kind} through POST /files (${round(mb / seconds)} MB/s)${photos ? ', thumbnail and display copy made' : ''}`,
        value: ok ? round(seconds, 2) : null,
        unit: 's',
        baseline: { label: `the same ${round(mb)} MB written to FILES_DIR by a plain loop`, value: round(plainS, 2) },
        ratio,
        target: photos ? '≤ 1.5× the plain writes' : '—',
        pass: photos ? ok && seconds <= 1.5 * plainS : undefined,
        note: ok ? undefined : `answers: ${[...new Set(statuses)].join(', ')}`,
      },
      {
        benchmark: '8 uploads',
        figure: `API peak RSS over its baseline during the ${kind} uploads`,
        value: round(deltaMB),
        unit: 'MB',
        baseline: { label: 'API RSS before (MiB)', value: round(beforeMiB) },
        ratio: round(deltaMB / 200, 2),
        target: '≤ 200 MB',
        pass: deltaMB <= 200,
      },
    );
  }
  return figures;
}

/** A real JPEG of about `bytes`: noise compresses badly, so its size follows its pixel count. */
async function photoOfAbout(bytes: number): Promise<Buffer> {
  const width = 2400;
  let height = 1800;
  for (;;) {
    const jpeg = await sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 90 })
      .toBuffer();
    if (jpeg.length >= bytes * 0.95 || height > 6000) return jpeg;
    height = Math.ceil((height * bytes) / jpeg.length);
  }
}

/** The ceiling: the same bytes written one after another to files on the API's storage disk. */
async function plainWrites(filesDir: string, bodies: Buffer[]): Promise<number> {
  const folder = join(filesDir, 'bench-plain');
  mkdirSync(folder, { recursive: true });
  const started = performance.now();
  for (const [i, body] of bodies.entries()) await writeFile(join(folder, `${i}`), body);
  const seconds = (performance.now() - started) / 1000;
  rmSync(folder, { recursive: true, force: true });
  return seconds;
}

async function concurrentUploads(world: World, bodies: Buffer[], name: string) {
  const pid = world.apiPid();
  await sleep(1000);
  const beforeMiB = memoryOf(pid)?.rssMiB ?? NaN;
  let peak = beforeMiB;
  const sampler = setInterval(() => {
    const now = memoryOf(pid)?.rssMiB;
    if (now !== undefined && now > peak) peak = now;
  }, 50);
  const statuses: number[] = [];
  const started = performance.now();
  await runPool(bodies.length, bodies.length, 600_000, async (i) => {
    statuses.push(await uploadOne(world, bodies[i], name));
  }).finally(() => clearInterval(sampler));
  return {
    seconds: (performance.now() - started) / 1000,
    statuses,
    beforeMiB,
    deltaMB: ((peak - beforeMiB) * 1048576) / 1e6,
  };
}

/** One multipart upload on its own connection, the body written as a browser would stream it. */
function uploadOne(world: World, bytes: Buffer, name: string): Promise<number> {
  const boundary = `----huijianbench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
      `Content-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const req = request(`${world.apiUrl}/files`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${world.tokens.branchSecretary}`,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': head.length + bytes.length + tail.length,
      },
      timeout: 600_000,
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.write(head);
    for (let at = 0; at < bytes.length; at += 64 * 1024) req.write(bytes.subarray(at, at + 64 * 1024));
    req.end(tail);
  });
}
