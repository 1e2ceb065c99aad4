import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { DomainError } from '../../domain/src';
import type { FilesConfig } from '../../config/src';
import { sanitizeFileName } from './file-names';

/** One file of a request, received whole into the upload folder: its temporary path, size and hash. */
export interface ReceivedFile {
  path: string;
  name: string;
  size: number;
  sha256: string;
}

/**
 * Streams the `file` parts of a multipart request into the upload folder, hashing as the bytes pass, so no file is
 * ever held in memory. Every limit is checked while receiving; on any problem — too large, too many, another field,
 * a dropped connection — every temporary file is removed before the error is thrown.
 */
export async function receiveFiles(request: IncomingMessage, config: FilesConfig): Promise<ReceivedFile[]> {
  const type = request.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    throw invalid('file', '请用 multipart/form-data 上传，字段名 file (send multipart/form-data)');
  }
  const folder = join(config.dir, 'incoming');
  await mkdir(folder, { recursive: true });
  const received: ReceivedFile[] = [];
  const writes: Promise<void>[] = [];
  const streams: Readable[] = [];
  let problem: DomainError | undefined;
  const fail = (error: DomainError) => (problem ??= error);

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: request.headers,
      defParamCharset: 'utf8',
      limits: { fileSize: config.maxFileBytes, files: config.maxFilesPerRequest, fields: 0 },
    });
  } catch {
    throw invalid('file', '上传格式不正确 (malformed multipart request)');
  }

  parser.on('file', (field, stream, info) => {
    if (field !== 'file' || problem) {
      if (!problem) fail(invalid(field, `未知字段 ${field}：文件请放在字段 file 中`));
      stream.resume();
      return;
    }
    const entry: ReceivedFile = {
      path: join(folder, randomUUID()),
      name: sanitizeFileName(info.filename),
      size: 0,
      sha256: '',
    };
    received.push(entry);
    streams.push(stream);
    const hash = createHash('sha256');
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        entry.size += chunk.length;
        done(null, chunk);
      },
    });
    stream.on('limit', () =>
      fail(
        new DomainError('PAYLOAD_TOO_LARGE', `文件 "${entry.name}" 超过 ${mb(config.maxFileBytes)} 的上限`, {
          field: 'file',
          name: entry.name,
          maxBytes: config.maxFileBytes,
        }),
      ),
    );
    writes.push(
      pipeline(stream, meter, createWriteStream(entry.path)).then(() => {
        entry.sha256 = hash.digest('hex');
      }),
    );
  });
  parser.on('filesLimit', () =>
    fail(
      new DomainError('PAYLOAD_TOO_LARGE', `一次最多上传 ${config.maxFilesPerRequest} 个文件`, {
        field: 'file',
        maxFiles: config.maxFilesPerRequest,
      }),
    ),
  );
  parser.on('fieldsLimit', () => fail(invalid('file', '只接受文件字段 file')));

  try {
    // A client that drops the connection mid-upload ends the request early: busboy then fails with "Unexpected end".
    await new Promise<void>((resolve, reject) => {
      parser.on('close', resolve).on('error', reject);
      request.on('aborted', () => reject(new Error('client aborted the upload'))).on('error', reject);
      request.pipe(parser);
    });
    await Promise.all(writes);
    if (problem) throw problem;
    if (received.length === 0) {
      throw invalid('file', '没有收到文件：请在字段 file 中附上至少一个文件');
    }
    const empty = received.find((f) => f.size === 0);
    if (empty) {
      throw invalid('file', `文件 "${empty.name}" 是空的`, { name: empty.name });
    }
    return received;
  } catch (error) {
    request.unpipe(parser);
    // A dropped connection leaves the part streams open: end them, so every write settles before the cleanup.
    for (const stream of streams) stream.destroy();
    parser.destroy();
    await Promise.allSettled(writes);
    await discard(received);
    if (error instanceof DomainError) throw error;
    throw invalid('file', '上传未完成：连接中断或格式不正确 (upload incomplete)', {
      cause: error instanceof Error ? error.message : String(error),
    });
  }
}

/** A 400 in the one shape of a rejected input (details.fields), with any specifics beside it. */
function invalid(field: string, reason: string, extra: Record<string, unknown> = {}): DomainError {
  return new DomainError('VALIDATION_FAILED', reason, { fields: [{ field, reason }], ...extra });
}

/** Removes the temporary files of a request (received, or copies made from them). */
export async function discard(files: readonly { path: string }[]): Promise<void> {
  await Promise.all(files.map((f) => rm(f.path, { force: true })));
}

function mb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${bytes} 字节`;
}
