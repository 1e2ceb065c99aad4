import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { DomainError } from '../../domain/src';
import type { FilesConfig, S3Config } from '../../config/src';

/**
 * Where file bytes live, behind one interface: the local disk under the data folder (the default: `npm start` needs
 * nothing more) or S3-compatible object storage (several API instances, production). Keys are content-addressed
 * (the sha256 of the original), so storing the same bytes twice stores them once.
 */
export interface BlobStore {
  readonly kind: 'local-disk' | 's3';
  /** Takes the file at `sourcePath` (it is gone afterwards) and stores it under `key`, unless the key is there. */
  put(key: string, sourcePath: string, contentType: string): Promise<void>;
  has(key: string): Promise<boolean>;
  /** The bytes under `key`; NOT_FOUND when there are none. */
  read(key: string): Promise<Readable>;
  /** Removes `key`; removing a key that is not there is not an error. */
  remove(key: string): Promise<void>;
}

export const BLOB_STORE = Symbol('BLOB_STORE');

/** The storage the configuration names: S3 when S3_ENDPOINT and S3_BUCKET are set, else the local disk. */
export function createBlobStore(config: FilesConfig): BlobStore {
  return config.s3 ? new S3BlobStore(config.s3) : new LocalDiskBlobStore(join(config.dir, 'blobs'));
}

/** The storage could not be reached or refused to write: the caller may retry, nothing was half-written. */
export function storageUnavailable(cause: unknown): DomainError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new DomainError('DEPENDENCY_UNAVAILABLE', '文件存储暂不可用，请稍后重试 (file storage unavailable)', {
    dependency: 'file-storage',
    reason: reason.slice(0, 200),
  });
}

const blobMissing = (key: string) => new DomainError('NOT_FOUND', `文件内容不存在 (${key})`, { key });

/** Files under a folder, one per key; written to a temporary name and renamed, so a reader never sees half a file. */
export class LocalDiskBlobStore implements BlobStore {
  readonly kind = 'local-disk' as const;

  constructor(private readonly root: string) {}

  async put(key: string, sourcePath: string): Promise<void> {
    const target = this.pathOf(key);
    try {
      if (await this.has(key)) {
        await rm(sourcePath, { force: true });
        return;
      }
      await mkdir(dirname(target), { recursive: true });
      // The upload's temporary file sits under the same data folder, so this is a rename, not a copy.
      await rename(sourcePath, target);
    } catch (error) {
      throw storageUnavailable(error);
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw storageUnavailable(error);
    }
  }

  async read(key: string): Promise<Readable> {
    if (!(await this.has(key))) throw blobMissing(key);
    return createReadStream(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    try {
      await rm(this.pathOf(key), { force: true });
    } catch (error) {
      throw storageUnavailable(error);
    }
  }

  private pathOf(key: string): string {
    if (!/^[a-z]+\/[0-9a-f]{64}(\.\w+)?$/.test(key)) throw new Error(`not a blob key: ${key}`);
    const [folder, name] = key.split('/');
    return join(this.root, folder, name.slice(0, 2), name);
  }
}

/** An S3-compatible bucket (AWS S3, a Versity Gateway, SeaweedFS, …), path-style by default. */
export class S3BlobStore implements BlobStore {
  readonly kind = 's3' as const;
  private readonly client: S3Client;
  private bucketReady: Promise<void> | undefined;

  constructor(private readonly config: S3Config) {
    this.client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      credentials:
        config.accessKeyId && config.secretAccessKey
          ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
          : undefined,
      // A storage outage must answer 503 quickly, not hold the upload for the SDK's default retries.
      maxAttempts: 2,
      requestHandler: { connectionTimeout: 3000, requestTimeout: 60_000 },
    });
  }

  async put(key: string, sourcePath: string, contentType: string): Promise<void> {
    try {
      await this.ensureBucket();
      if (!(await this.has(key))) {
        const { size } = await stat(sourcePath);
        await this.client.send(
          new PutObjectCommand({
            Bucket: this.config.bucket,
            Key: key,
            Body: createReadStream(sourcePath),
            ContentLength: size,
            ContentType: contentType,
          }),
        );
      }
    } catch (error) {
      throw error instanceof DomainError ? error : storageUnavailable(error);
    } finally {
      await rm(sourcePath, { force: true });
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw storageUnavailable(error);
    }
  }

  async read(key: string): Promise<Readable> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: key }));
      return out.Body as Readable;
    } catch (error) {
      if (isNotFound(error)) throw blobMissing(key);
      throw storageUnavailable(error);
    }
  }

  async remove(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
    } catch (error) {
      if (!isNotFound(error)) throw storageUnavailable(error);
    }
  }

  /** Creates the bucket on first use if it is missing (a fresh deployment), once per process. */
  private ensureBucket(): Promise<void> {
    this.bucketReady ??= (async () => {
      try {
        await this.client.send(new HeadBucketCommand({ Bucket: this.config.bucket }));
      } catch (error) {
        if (!isNotFound(error)) throw error;
        await this.client.send(new CreateBucketCommand({ Bucket: this.config.bucket }));
      }
    })().catch((error) => {
      this.bucketReady = undefined;
      throw error;
    });
    return this.bucketReady;
  }
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.$metadata.httpStatusCode === 404 || ['NoSuchKey', 'NotFound', 'NoSuchBucket'].includes(error.name))
  );
}
