import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../src/app.js';
import { isLoopback, loadConfig, startupChecks } from '../src/config.js';
import { createSmsSender } from '../src/platform/auth/sms.js';
import { errorReason } from '../src/platform/errors.js';
import { installModules } from '../src/platform/module.js';
import { loadPii } from '../src/platform/pii.js';
import { waitWords } from '../src/platform/ratelimit.js';
import { sql } from '../src/platform/sql.js';
import { adminAgent, buildAccount, buildTree, buildUnion, createTestApp, type TestApp } from './harness.js';

describe('production start-up guards', () => {
  it('refuses to start without PII keys in production, and generates a key file in embedded mode', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zg-keys-'));
    const prod = loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir });
    expect(() => loadPii(prod)).toThrow(/PII_KEY/);
    const dev = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    const pii = loadPii(dev);
    const file = path.join(dataDir, 'keys.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // The same key file decrypts what it encrypted after a restart.
    expect(loadPii(dev).decrypt(pii.encrypt('13812345678'))).toBe('13812345678');
    fs.rmSync(dataDir, { recursive: true });
  });

  it('requires an SMS gateway and MFA in production', () => {
    const prod = loadConfig({ NODE_ENV: 'production' });
    expect(prod.requireAdminMfa).toBe(true);
    expect(prod.demo).toBe(false);
    expect(() => createSmsSender(prod, undefined as never, () => undefined)).toThrow(/SMS_GATEWAY_URL/);
  });
});

describe('HTTP hardening', () => {
  let t: TestApp;
  let prod: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    prod = await createTestApp('pglite', { production: true });
  });
  afterAll(async () => {
    await t.close();
    await prod.close();
  });

  it('sends CSP, nosniff, referrer policy and a request id; HSTS only in production', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toMatch(/object-src 'none'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['content-security-policy']).toMatch(/base-uri 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    const secure = await prod.app.inject({ method: 'GET', url: '/api/health' });
    expect(secure.headers['strict-transport-security']).toMatch(/max-age=31536000; includeSubDomains/);
  });

  it("gives pages the pages' policy and JSON answers a deny-everything one without the page-only headers", async () => {
    const api = await t.app.inject({ method: 'GET', url: '/api/health' });
    const apiPolicy = String(api.headers['content-security-policy']).split(';');
    expect(apiPolicy).toContain("default-src 'none'");
    expect(apiPolicy.some((d) => d.startsWith('img-src') || d.startsWith('script-src'))).toBe(false);
    for (const pageOnly of ['x-dns-prefetch-control', 'origin-agent-cluster', 'x-xss-protection']) {
      expect(api.headers[pageOnly]).toBeUndefined();
    }
    expect(api.headers['cross-origin-resource-policy']).toBe('same-origin');
    // An unknown API path (no route, so no handler ran) is still answered with the API's headers.
    const missing = await t.app.inject({ method: 'GET', url: '/api/nope' });
    expect(missing.headers['content-security-policy']).toBe(api.headers['content-security-policy']);
    expect(missing.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    // A page (here the not-found page outside /api/) keeps what the web app needs: its scripts, styles and tiles.
    const page = await t.app.inject({ method: 'GET', url: '/member/home' });
    const pagePolicy = String(page.headers['content-security-policy']).split(';');
    expect(pagePolicy).toContain("default-src 'self'");
    expect(pagePolicy).toContain("script-src 'self'");
    expect(pagePolicy.find((d) => d.startsWith('img-src'))).toMatch(/^img-src 'self' data: blob: https?:\/\//);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('hides the API docs UI in production and answers unknown API paths with a JSON 404', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
    expect((await prod.app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(404);
    const missing = await t.app.inject({ method: 'GET', url: '/api/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });

  it('answers in English when asked', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/unions', headers: { 'accept-language': 'en-US' } });
    expect(res.json().error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Please sign in first' });
    const zh = await t.app.inject({ method: 'GET', url: '/api/unions' });
    expect(zh.json().error.message).toBe('请先登录');
  });

  it('never answers 500 for malformed JSON or wrong content types', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/admin/login',
      headers: { 'content-type': 'application/json', 'x-zg-client': 't' },
      payload: '{"username": ',
    });
    expect(bad.statusCode).toBe(400);
    const proto = await t.app.inject({
      method: 'POST',
      url: '/api/auth/admin/login',
      headers: { 'content-type': 'application/json', 'x-zg-client': 't' },
      payload: '{"username":"a","password":"b","__proto__":{"isAdmin":true}}',
    });
    expect(proto.statusCode).toBeLessThan(500);
    expect(({} as { isAdmin?: boolean }).isAdmin).toBeUndefined();
  });
});

describe('the demo clock', () => {
  it('moves only for a manager of the whole tree, is audited, and does not exist outside demo mode', async () => {
    const demo = await createTestApp('pglite', { demo: true });
    const plain = await createTestApp('pglite');
    try {
      const tree = await buildTree(demo);
      const root = await adminAgent(demo, await buildAccount(demo, { role: 'system_admin', union: tree.province }));
      const county = await adminAgent(demo, await buildAccount(demo, { role: 'union_admin', union: tree.c1 }));
      const body = { advanceMinutes: 60 };
      const anonymous = await demo.app.inject({
        method: 'POST',
        url: '/api/dev/clock',
        headers: { 'content-type': 'application/json', 'x-zg-client': 't' },
        payload: body,
      });
      expect(anonymous.statusCode).toBe(401);
      expect((await county.post('/api/dev/clock', body)).statusCode).toBe(403);
      expect(demo.services.clock).toBeUndefined();

      const moved = await root.post('/api/dev/clock', body);
      expect(moved.statusCode).toBe(200);
      expect(new Date(moved.json().now).getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
      const [row] = await demo.db.query<{ n: number }>(
        sql`select count(*)::int as n from audit_events where action = 'dev.clock.advance'`,
      );
      expect(row?.n).toBe(1);

      const rootOfPlain = await buildAccount(plain, { role: 'system_admin', union: await buildUnion(plain, {}) });
      expect((await (await adminAgent(plain, rootOfPlain)).post('/api/dev/clock', body)).statusCode).toBe(404);
    } finally {
      await demo.close();
      await plain.close();
    }
  });
});

describe('demo mode and the dev SMS inbox (issue 21 §7)', () => {
  it('serves the inbox only in demo mode', async () => {
    const plain = await createTestApp('pglite');
    try {
      expect((await plain.app.inject({ method: 'GET', url: '/api/dev/sms-inbox' })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });

  it('refuses to start with demo mode by default on an address others reach, and warns loudly otherwise', () => {
    const at = (env: Record<string, string>) => () => startupChecks(loadConfig({ NODE_ENV: 'development', ...env }));
    expect(at({ HOST: '0.0.0.0' })).toThrow(/DEMO_MODE=1/);
    expect(at({ HOST: '192.168.1.20' })).toThrow(/sms-inbox/);
    expect(at({ HOST: '0.0.0.0', DEMO_MODE: '1' })()).toEqual([
      expect.stringMatching(/WARNING: demo mode.*0\.0\.0\.0/),
    ]);
    expect(at({ HOST: '127.0.0.1' })()).toEqual([expect.stringMatching(/^WARNING: demo mode/)]);
    expect(at({ HOST: '0.0.0.0', DEMO_MODE: '0' })()).toEqual([]);
    const production = {
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      PII_KEY: 'k',
      PII_INDEX_KEY: 'i',
      CARD_SIGNING_KEY: 'c',
      SMS_GATEWAY_URL: 'https://sms.example',
      CLAMD_URL: 'tcp://127.0.0.1:3310',
      BILL_PARTNER_URL: 'https://bills.example',
      BILL_PARTNER_KEY: 'b',
    };
    expect(startupChecks(loadConfig(production))).toEqual([]);
    // Production names every missing setting at once, and nothing is needed outside it.
    expect(() => startupChecks(loadConfig({ ...production, CLAMD_URL: '', BILL_PARTNER_KEY: '' }))).toThrow(
      /needs these settings \(see docs\/deploy.md\): CLAMD_URL, BILL_PARTNER_KEY$/,
    );
    expect(() => startupChecks(loadConfig({ NODE_ENV: 'production' }))).toThrow(
      /: PII_KEY, PII_INDEX_KEY, CARD_SIGNING_KEY, SMS_GATEWAY_URL, CLAMD_URL, BILL_PARTNER_URL, BILL_PARTNER_KEY$/,
    );
    expect(isLoopback('127.0.0.2')).toBe(true);
    expect(isLoopback('1270.0.0.1')).toBe(false);
  });
});

describe('an error as a reason in words (the rush monitor counts refusals by it)', () => {
  // The modules' catalogues join the platform's as the app starts.
  beforeAll(() => installModules(modules));
  it('drops the details a count cannot carry, in both languages', () => {
    expect(errorReason('OFFER_NOT_OPEN')).toEqual({ zh: '尚未开始', en: 'Not open yet' });
    expect(errorReason('CLAIM_LIMIT_REACHED')).toEqual({
      zh: '已达每人限领数量',
      en: 'You have reached the limit per member',
    });
    expect(errorReason('OFFER_NOT_ELIGIBLE_CATEGORY')).toEqual({
      zh: '仅限以下会员类别参加',
      en: 'Only for these member categories',
    });
  });
});

describe('how long a refused person waits, in words', () => {
  it('counts seconds below two minutes and whole minutes, rounded up, from there', () => {
    expect(waitWords(119)).toEqual({ zh: '119 秒后', en: 'in 119 s' });
    expect(waitWords(120)).toEqual({ zh: '2 分钟后', en: 'in 2 min' });
    expect(waitWords(121)).toEqual({ zh: '3 分钟后', en: 'in 3 min' });
  });
});
