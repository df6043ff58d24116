// The storage contract, run against both adapters: the local filesystem, and the S3 adapter talking to a real
// S3-protocol server (s3rver) started here on a loopback port, through the same AWS SDK calls a federation's
// MinIO, OSS or COS would receive.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createObjectStore, LocalStore, type ObjectStore, S3Store } from './storage.js';

const bytesOf = async (body: Readable) => {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
};

let s3rver: S3rver;
let s3Store: S3Store;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zg-storage-'));
beforeAll(async () => {
  s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(tmp, 's3'),
    configureBuckets: [{ name: 'zg-media', configs: [] }],
  });
  const { port } = await s3rver.run();
  const client = new S3Client({
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  s3Store = new S3Store(client, 'zg-media');
});
afterAll(async () => {
  await s3rver?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const stores: Array<[string, () => ObjectStore]> = [
  ['the local filesystem', () => new LocalStore(path.join(tmp, 'local'))],
  ['an S3-compatible store', () => s3Store],
];

describe.each(stores)('media on %s', (_name, store) => {
  const key = 'articles/Ab3_kE9x-Qm2Lp7Zt4Wn.png';
  const body = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));

  it('stores an object and reads it back whole, with its size and type', async () => {
    await store().put(key, body, 'image/png');
    expect(await store().head(key)).toEqual({ size: 1000, contentType: 'image/png' });
    const got = await store().get(key);
    expect(got?.contentType).toBe('image/png');
    expect((await bytesOf(got?.body as Readable)).equals(body)).toBe(true);
  });

  it('reads a byte range, inclusive at both ends (how video seeks)', async () => {
    const got = await store().get(key, { start: 10, end: 19 });
    expect(got?.size).toBe(1000);
    expect([...(await bytesOf(got?.body as Readable))]).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    const last = await store().get(key, { start: 999, end: 999 });
    expect([...(await bytesOf(last?.body as Readable))]).toEqual([999 % 256]);
  });

  it('answers null for a key it does not hold, and refuses a key that is not the platform’s', async () => {
    expect(await store().head('articles/Zz9_kE9x-Qm2Lp7Zt4Wn.png')).toBeNull();
    expect(await store().get('articles/Zz9_kE9x-Qm2Lp7Zt4Wn.png')).toBeNull();
    await expect(store().put('../etc/Ab3_kE9x-Qm2Lp7Zt4Wn.png', body, 'image/png')).rejects.toThrow(
      'not a storage key',
    );
    await expect(store().head('articles/../../passwd.png')).rejects.toThrow('not a storage key');
  });
});

describe('choosing the store from the configuration', () => {
  it('uses DATA_DIR/media by default and refuses MEDIA_STORE=s3 without a bucket and keys', () => {
    const local = createObjectStore(loadConfig({ DATA_DIR: tmp }));
    expect(local.name).toBe('local');
    expect(() => createObjectStore(loadConfig({ DATA_DIR: tmp, MEDIA_STORE: 's3' }))).toThrow('S3_BUCKET');
    const s3 = createObjectStore(
      loadConfig({ MEDIA_STORE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }),
    );
    expect(s3.name).toBe('s3');
  });
});
