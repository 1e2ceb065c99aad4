import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'superagent';
import type { Harness } from './harness';
import { bearer } from './harness';

/** A minimal but well-formed one-page PDF. */
export function tinyPdf(text = 'huijian'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
    'latin1',
  );
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Uploads files through POST /files as `token`; answers the supertest response. */
export function upload(h: Harness, token: string, files: { name: string; bytes: Buffer }[]) {
  let req = h.http().post('/files').set(bearer(token));
  for (const f of files)
    req = req.attach('file', f.bytes, { filename: f.name, contentType: 'application/octet-stream' });
  return req;
}

/** Uploads and answers the new file ids (expects 201). */
export async function uploadIds(
  h: Harness,
  token: string,
  files: { name: string; bytes: Buffer }[],
): Promise<string[]> {
  const res = await upload(h, token, files).expect(201);
  return (res.body as { id: string }[]).map((f) => f.id);
}

/** Every regular file under a folder (blobs, uploads in flight), for "nothing left behind" checks. */
export function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Supertest's parser for binary bodies. */
export const binary = (res: Response, done: (err: Error | null, body: Buffer) => void): void => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};
