import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../domain/src';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import type { Caller } from '../../identity/src';
import { BLOB_STORE, type BlobStore } from './blob-store';
import { ALLOWED_CONTENT_TYPES, detectContentType, isAllowedContentType, isInlineType } from './content-types';
import { readableFileIds } from './file-access';
import { contentDisposition } from './file-names';
import { discard, type ReceivedFile, receiveFiles } from './file-upload';
import {
  fileIcon,
  type ImageCopyKind,
  inCopySlot,
  inspectPhoto,
  type PhotoFacts,
  writeImageCopy,
} from './image-copies';

/** A stored file as the API shows it. */
export interface FileSummary {
  id: string;
  name: string;
  size: number;
  contentType: string;
  sha256: string;
  width?: number;
  height?: number;
  /** When the photo was taken (EXIF), if it says. */
  capturedAt?: string;
  createdAt: string;
  url: string;
  /** Present where the file has a picture of its own (a decodable photo); otherwise the thumbnail is an icon. */
  thumbnailUrl?: string;
  previewUrl?: string;
}

interface FileRow {
  id: string;
  sha256: string;
  size: string;
  content_type: string;
  original_name: string;
  created_at: Date;
  captured_at: Date | null;
  width: number | null;
  height: number | null;
  has_copies: boolean;
}

/** What a download sends: headers and the bytes. */
export interface FileDownload {
  stream: Readable;
  contentType: string;
  disposition: string;
  etag: string;
  size?: number;
}

export type FileVariant = 'original' | ImageCopyKind;

/** Blob keys: the original under its hash, the copies under the original's hash (the same bytes, the same copies). */
export const blobKeys = (sha256: string) => ({
  original: `originals/${sha256}`,
  thumbnail: `thumbnails/${sha256}.jpg`,
  preview: `previews/${sha256}.jpg`,
});

/** Serialises an upload and the orphan sweep on one hash, so neither removes a blob the other is about to use. */
export const HASH_LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtextextended('file:' || $1, 0))`;

/**
 * Evidence files (佐证材料): upload (streamed, checked by their bytes, photos copied upright and without EXIF),
 * download within scope, and the check that files named in an action exist and may be used by the actor.
 */
@Injectable()
export class FilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(BLOB_STORE) private readonly store: BlobStore,
  ) {}

  /** Receives every file of the request, then stores all of them or none. */
  async upload(caller: Caller, request: IncomingMessage): Promise<FileSummary[]> {
    const received = await receiveFiles(request, this.config.files);
    const temporary: { path: string }[] = [...received];
    try {
      const prepared = [];
      for (const file of received) prepared.push(await this.prepare(file, temporary));
      const rows = await this.storeAll(caller, prepared);
      return rows.map(toSummary);
    } finally {
      await discard(temporary);
    }
  }

  /** The bytes of one variant, if the caller may read the file (else 404, whether or not it exists). */
  async download(caller: Caller, id: string, variant: FileVariant): Promise<FileDownload> {
    const row = await this.readable(caller, id);
    const keys = blobKeys(row.sha256);
    const name = row.original_name;
    if (variant === 'original') {
      const contentType = row.content_type;
      return {
        stream: await this.store.read(keys.original),
        contentType,
        disposition: contentDisposition(isInlineType(contentType) ? 'inline' : 'attachment', name),
        etag: `"${row.sha256}"`,
        size: Number(row.size),
      };
    }
    if (row.has_copies) {
      return {
        stream: await this.store.read(keys[variant]),
        contentType: 'image/jpeg',
        disposition: contentDisposition('inline', `${variant}-${jpegName(name)}`),
        etag: `"${row.sha256}-${variant}"`,
      };
    }
    // A PDF previews as itself; anything else without copies shows the file icon.
    if (variant === 'preview' && row.content_type === 'application/pdf') return this.download(caller, id, 'original');
    const icon = await fileIcon();
    return {
      stream: Readable.from([icon]),
      contentType: 'image/png',
      disposition: contentDisposition('inline', 'icon.png'),
      etag: '"file-icon-1"',
      size: icon.length,
    };
  }

  /** The file's metadata, if the caller may read it. */
  async get(caller: Caller, id: string): Promise<FileSummary> {
    return toSummary(await this.readable(caller, id));
  }

  /**
   * Refuses (400, naming the file and the field) ids that do not exist or that the actor may not use: a file is
   * usable by whoever may read it — its uploader, or someone who sees what already references it.
   */
  async mustBeUsable(caller: Caller, ids: readonly string[] | undefined, field = 'files'): Promise<void> {
    if (!ids?.length) return;
    const readable = await readableFileIds(this.db, caller, ids);
    const index = ids.findIndex((id) => !readable.has(id));
    if (index >= 0) {
      const reason = `文件 ${ids[index]} 不存在或不在您的权限范围内 (no such file in your scope)`;
      throw new DomainError('VALIDATION_FAILED', `${field}[${index}]：${reason}`, {
        fields: [{ field: `${field}[${index}]`, reason }],
        fileId: ids[index],
      });
    }
  }

  /** Files by id, in the order given (for timelines and lists). */
  async summaries(ids: readonly string[]): Promise<Map<string, FileSummary>> {
    if (ids.length === 0) return new Map();
    const rows: FileRow[] = await this.db.query(`SELECT * FROM files WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, toSummary(r)]));
  }

  /** Checks the type by the bytes, reads a photo's facts and makes its copies, all in the upload folder. */
  private async prepare(file: ReceivedFile, temporary: { path: string }[]) {
    const contentType = await detectContentType(file.path);
    if (!isAllowedContentType(contentType)) {
      const allowed = Object.values(ALLOWED_CONTENT_TYPES).map((t) => t.label);
      throw new DomainError(
        'UNSUPPORTED_MEDIA_TYPE',
        `文件 "${file.name}" 的类型是 ${contentType}，不能上传（允许：${allowed.join('、')}）`,
        { field: 'file', name: file.name, detectedType: contentType, allowed: Object.keys(ALLOWED_CONTENT_TYPES) },
      );
    }
    let facts: PhotoFacts | null = null;
    const copies: Partial<Record<ImageCopyKind, string>> = {};
    if (ALLOWED_CONTENT_TYPES[contentType].image) {
      facts = await inspectPhoto(file.path);
      if (facts) {
        // One full decode: the display copy from the original, the thumbnail from the (small, upright) display copy.
        const preview = `${file.path}.preview.jpg`;
        const thumbnail = `${file.path}.thumbnail.jpg`;
        temporary.push({ path: preview }, { path: thumbnail });
        try {
          await inCopySlot(async () => {
            await writeImageCopy(file.path, preview, 'preview');
            await writeImageCopy(preview, thumbnail, 'thumbnail');
          });
          Object.assign(copies, { preview, thumbnail });
        } catch {
          // Stored as sent, shown with the file icon (e.g. HEIC, whose HEVC pixels the prebuilt libvips cannot decode).
        }
      }
    }
    return { file, contentType, facts, copies };
  }

  /**
   * Puts the blobs and writes the rows in one transaction, under each hash's lock: either every file of the
   * request is stored or, on a storage or database failure, none is (blobs this request created are removed).
   */
  private async storeAll(caller: Caller, prepared: Awaited<ReturnType<FilesService['prepare']>>[]): Promise<FileRow[]> {
    const created: string[] = [];
    try {
      return await this.db.transaction(async (tx) => {
        const rows: FileRow[] = [];
        for (const { file, contentType, facts, copies } of prepared) {
          await tx.query(HASH_LOCK_SQL, [file.sha256]);
          const keys = blobKeys(file.sha256);
          for (const kind of ['thumbnail', 'preview'] as const) {
            const path = copies[kind];
            if (path && !(await this.store.has(keys[kind]))) {
              await this.store.put(keys[kind], path, 'image/jpeg');
              created.push(keys[kind]);
            }
          }
          if (!(await this.store.has(keys.original))) {
            await this.store.put(keys.original, file.path, contentType);
            created.push(keys.original);
          }
          const [row]: FileRow[] = await tx.query(
            `INSERT INTO files (id, sha256, size, content_type, original_name, uploaded_by, uploader_unit_id,
               captured_at, width, height, has_copies)
             VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING *`,
            [
              randomUUID(),
              file.sha256,
              file.size,
              contentType,
              file.name,
              caller.personId,
              caller.unitId,
              facts?.capturedAt ?? null,
              facts?.width ?? null,
              facts?.height ?? null,
              Boolean(copies.thumbnail),
            ],
          );
          rows.push(row);
        }
        return rows;
      });
    } catch (error) {
      await Promise.allSettled(created.map((key) => this.store.remove(key)));
      throw error;
    }
  }

  private async readable(caller: Caller, id: string): Promise<FileRow> {
    const allowed = await readableFileIds(this.db, caller, [id]);
    const rows: FileRow[] = allowed.has(id) ? await this.db.query(`SELECT * FROM files WHERE id = $1`, [id]) : [];
    if (rows.length === 0) throw new DomainError('NOT_FOUND', `文件 ${id} 不存在`, { id });
    return rows[0];
  }
}

function toSummary(r: FileRow): FileSummary {
  const url = `/files/${r.id}`;
  return {
    id: r.id,
    name: r.original_name,
    size: Number(r.size),
    contentType: r.content_type,
    sha256: r.sha256,
    ...(r.width && r.height ? { width: r.width, height: r.height } : {}),
    ...(r.captured_at ? { capturedAt: new Date(r.captured_at).toISOString() } : {}),
    createdAt: new Date(r.created_at).toISOString(),
    url,
    ...(r.has_copies ? { thumbnailUrl: `${url}/thumbnail`, previewUrl: `${url}/preview` } : {}),
  };
}

function jpegName(name: string): string {
  return name.replace(/\.[^.]*$/, '') + '.jpg';
}
