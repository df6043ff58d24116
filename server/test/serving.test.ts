// How the web app and the API reach a phone on a slow link: hashed assets cached for a year and sent in the
// smallest encoding the browser accepts (the .br and .gz copies the build writes), the page revalidated on every
// visit, and API JSON above 1 KB compressed on the fly.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webCacheControl } from '../src/app.js';
import { adminAgent, buildAccount, buildMember, buildTree, createTestApp, type TestApp } from './harness.js';

describe('serving the web app and the API', () => {
  let t: TestApp;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'zg-dist-'));
  // Text that compresses, like a bundle: the same statement many times with a counter.
  const bundle = Array.from({ length: 400 }, (_, i) => `export const v${i} = "工会会员 ${i}";`).join('\n');
  const page = '<!doctype html><html><head><title>智工</title></head><body><div id="root"></div></body></html>';

  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), page);
    fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const asset = path.join(dist, 'assets', 'index-Ab12Cd34.js');
    fs.writeFileSync(asset, bundle);
    fs.writeFileSync(`${asset}.br`, zlib.brotliCompressSync(bundle));
    fs.writeFileSync(`${asset}.gz`, zlib.gzipSync(bundle));
    t = await createTestApp('pglite', { webDist: dist }, { serveWeb: true });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    t.app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('sends a hashed asset as brotli, else gzip, else as it is, cached for a year', async () => {
    const br = await get('/assets/index-Ab12Cd34.js', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(bundle);
    // The build's copy itself, not one compressed again on every request.
    expect(br.rawPayload.equals(fs.readFileSync(path.join(dist, 'assets', 'index-Ab12Cd34.js.br')))).toBe(true);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(br.headers.vary).toLowerCase()).toContain('accept-encoding');
    expect(br.rawPayload.length).toBeLessThan(bundle.length / 4);

    const gz = await get('/assets/index-Ab12Cd34.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(bundle);
    expect(gz.rawPayload.equals(fs.readFileSync(path.join(dist, 'assets', 'index-Ab12Cd34.js.gz')))).toBe(true);

    const plain = await get('/assets/index-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(bundle);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  const decoded = (res: Awaited<ReturnType<typeof get>>) => {
    const enc = res.headers['content-encoding'];
    if (enc === 'br') return zlib.brotliDecompressSync(res.rawPayload).toString();
    if (enc === 'gzip') return zlib.gunzipSync(res.rawPayload).toString();
    return res.body;
  };

  it('revalidates the page and unhashed files on every visit, so a release reaches everyone at once', async () => {
    for (const url of ['/', '/admin/members', '/index.html']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(decoded(res), url).toBe(page);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
    expect((await get('/favicon.svg')).headers['cache-control']).toBe('no-cache');
  });

  it('chooses the cache policy by folder, not by a name that merely contains "assets"', () => {
    expect(webCacheControl(path.join('assets', 'x-1.js'))).toBe('public, max-age=31536000, immutable');
    expect(webCacheControl('assets-list.html')).toBe('no-cache');
    expect(webCacheControl(path.join('img', 'assets', 'a.png'))).toBe('no-cache');
  });

  it('compresses API JSON above 1 KB and leaves small replies alone', async () => {
    const tree = await buildTree(t);
    for (let i = 0; i < 12; i++) await buildMember(t, tree.u1);
    const admin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/members?pageSize=50',
      headers: { cookie: admin.cookie, 'accept-encoding': 'gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    const json = JSON.parse(zlib.gunzipSync(res.rawPayload).toString());
    expect(json.items).toHaveLength(12);

    const ping = await get('/api/ping', 'gzip, br');
    expect(ping.headers['content-encoding']).toBeUndefined();
    expect(ping.json()).toEqual({ ok: true });
  });
});
