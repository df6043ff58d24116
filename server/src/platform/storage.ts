// Where media live (article images now; venue photos, course videos and reports later): one interface, two
// adapters. By default the local filesystem under DATA_DIR/media, which one server process needs and a backup
// of DATA_DIR covers. With MEDIA_STORE=s3, any S3-compatible store (MinIO, Aliyun OSS, Tencent COS, AWS) through
// the AWS SDK, which several processes share. Keys are chosen by the platform (random, never a user's name), so
// no key can climb out of its folder. Personal data never goes here: evidence stays encrypted in the database.
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Config } from '../config.js';

/** Bytes `start`..`end` inclusive, as in an HTTP Range header. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface StoredObject {
  body: Readable;
  size: number;
  contentType: string;
}

export interface ObjectStore {
  readonly name: string;
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The object's size and type, or null when there is none. */
  head(key: string): Promise<{ size: number; contentType: string } | null>;
  /** The object, or the range asked for; null when there is none. */
  get(key: string, range?: ByteRange): Promise<StoredObject | null>;
}

const validKey = (key: string) => {
  if (!/^[a-z0-9-]+\/[A-Za-z0-9_-]{16,64}\.[a-z0-9]{2,5}$/.test(key)) throw new Error(`not a storage key: ${key}`);
  return key;
};

export class LocalStore implements ObjectStore {
  readonly name = 'local';
  constructor(private readonly root: string) {}
  private file(key: string) {
    return path.join(this.root, validKey(key));
  }
  async put(key: string, body: Buffer, contentType: string) {
    const file = this.file(key);
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    // Written beside, then renamed: a reader never sees half an object.
    await fs.writeFile(`${file}.part`, body, { mode: 0o600 });
    await fs.writeFile(`${file}.type`, contentType, { mode: 0o600 });
    await fs.rename(`${file}.part`, file);
  }
  async head(key: string) {
    const file = this.file(key);
    try {
      const [stat, contentType] = await Promise.all([fs.stat(file), fs.readFile(`${file}.type`, 'utf8')]);
      return { size: stat.size, contentType };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }
  async get(key: string, range?: ByteRange) {
    const meta = await this.head(key);
    if (!meta) return null;
    const body = createReadStream(this.file(key), range ? { start: range.start, end: range.end } : {});
    return { body, size: meta.size, contentType: meta.contentType };
  }
}

export class S3Store implements ObjectStore {
  readonly name = 's3';
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}
  async put(key: string, body: Buffer, contentType: string) {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: validKey(key), Body: body, ContentType: contentType }),
    );
  }
  async head(key: string) {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: validKey(key) }));
      return { size: Number(out.ContentLength ?? 0), contentType: out.ContentType ?? 'application/octet-stream' };
    } catch (e) {
      if (notFound(e)) return null;
      throw e;
    }
  }
  async get(key: string, range?: ByteRange) {
    const meta = await this.head(key);
    if (!meta) return null;
    const out = await this.client.send(
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: validKey(key),
        Range: range ? `bytes=${range.start}-${range.end}` : undefined,
      }),
    );
    return { body: out.Body as Readable, size: meta.size, contentType: meta.contentType };
  }
}

const notFound = (e: unknown) => {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err.name === 'NotFound' || err.name === 'NoSuchKey' || err.$metadata?.httpStatusCode === 404;
};

export function createObjectStore(config: Config): ObjectStore {
  if (config.mediaStore === 's3') {
    const s3 = config.s3;
    if (!s3) throw new Error('MEDIA_STORE=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
    const client = new S3Client({
      region: s3.region,
      endpoint: s3.endpoint,
      // MinIO and most self-hosted stores address buckets by path, not by host name.
      forcePathStyle: s3.forcePathStyle,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    });
    return new S3Store(client, s3.bucket);
  }
  return new LocalStore(path.join(config.dataDir, 'media'));
}
