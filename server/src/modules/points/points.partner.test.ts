// The bill partner's HTTP adapter against a stand-in partner speaking the documented API: the path under the
// configured URL, the order as JSON, an HMAC-SHA256 signature checked here with the key (computed independently),
// and every kind of answer mapped to paid, failed or unknown (the retry job's "still pending").
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { billPartnerFor, HttpBillPartner } from './points.partner.js';

const KEY = 'partner-shared-secret';
const received: Array<{ path: string; body: Record<string, unknown>; signatureOk: boolean }> = [];
let answer: (res: http.ServerResponse) => void = (res) => res.end();
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const expected = crypto.createHmac('sha256', KEY).update(raw).digest('hex');
      received.push({
        path: req.url ?? '',
        body: JSON.parse(raw),
        signatureOk: req.headers['x-signature'] === expected,
      });
      answer(res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/partner/v1`;
});
afterAll(() => new Promise((r) => server.close(r)));

const order = { orderNo: 'ZG-20261204-0001', kind: 'phone' as const, account: '13912345678', amountFen: 5000 };
const json = (status: number, body: unknown) => (res: http.ServerResponse) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

describe('the bill partner over HTTP', () => {
  it('posts the signed order under the configured path and reads a payment', async () => {
    answer = json(200, { status: 'success', ref: 'P-778' });
    received.length = 0;
    expect(await new HttpBillPartner(base, KEY).pay(order)).toEqual({ status: 'paid', ref: 'P-778' });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ path: '/partner/v1/bill-payments', signatureOk: true, body: order });
    expect(typeof received[0]?.body.timestamp).toBe('number');
    // The same path with a trailing slash in the setting.
    await new HttpBillPartner(`${base}/`, KEY).pay(order);
    expect(received[1]?.path).toBe('/partner/v1/bill-payments');
  });

  it('reads a refusal with its reason, cut to 200 characters', async () => {
    answer = json(200, { status: 'failed', message: `号码不存在${'。'.repeat(300)}` });
    const result = await new HttpBillPartner(base, KEY).pay(order);
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.reason).toBe(`号码不存在${'。'.repeat(195)}`);
  });

  it('leaves the payment pending on a 5xx, a page that is not JSON, a success without a reference, or no answer', async () => {
    const partner = new HttpBillPartner(base, KEY);
    for (const reply of [
      json(503, { status: 'success', ref: 'ignored' }),
      (res: http.ServerResponse) => res.writeHead(400, { 'content-type': 'text/html' }).end('<h1>Bad</h1>'),
      json(200, { status: 'success' }),
      json(200, { status: 'queued' }),
      (res: http.ServerResponse) => res.socket?.destroy(),
    ]) {
      answer = reply;
      expect(await partner.pay(order)).toEqual({ status: 'unknown' });
    }
  });

  it('is the adapter production uses, and production refuses to run without it', () => {
    const configured = loadConfig({ NODE_ENV: 'production', BILL_PARTNER_URL: base, BILL_PARTNER_KEY: KEY });
    expect(billPartnerFor(configured)).toBeInstanceOf(HttpBillPartner);
    expect(() => billPartnerFor(loadConfig({ NODE_ENV: 'production' }))).toThrow(/BILL_PARTNER_URL/);
  });
});
