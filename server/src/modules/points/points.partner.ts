// Paying phone and electricity bills with points goes through a partner (a payment aggregator). The
// interface is what we need from any of them; the HTTP adapter speaks a signed JSON API, and the sandbox
// stands in for development and tests. Partners must treat `orderNo` as idempotent: we retry with it.
import crypto from 'node:crypto';
import type { Config } from '../../config.js';

export interface BillOrder {
  orderNo: string;
  kind: 'phone' | 'electricity';
  account: string;
  amountFen: number;
}

export type BillResult = { status: 'paid'; ref: string } | { status: 'failed'; reason: string } | { status: 'unknown' };

export interface BillPartner {
  pay(order: BillOrder): Promise<BillResult>;
}

/** Succeeds, except for accounts ending in 0000 (the partner's "no such account"). */
export class SandboxBillPartner implements BillPartner {
  readonly orders: BillOrder[] = [];
  async pay(order: BillOrder): Promise<BillResult> {
    this.orders.push(order);
    if (order.account.endsWith('0000')) return { status: 'failed', reason: 'account not found' };
    return { status: 'paid', ref: `SBX-${order.orderNo}` };
  }
}

/**
 * POST {url}/bill-payments with the order as JSON and `X-Signature: hex(HMAC-SHA256(key, body))`.
 * Answers `{ "status": "success", "ref": "…" }` or `{ "status": "failed", "message": "…" }`; anything
 * else (timeouts, 5xx) leaves the payment pending for the retry job.
 */
export class HttpBillPartner implements BillPartner {
  constructor(
    private url: string,
    private key: string,
  ) {}
  async pay(order: BillOrder): Promise<BillResult> {
    const body = JSON.stringify({ ...order, timestamp: Date.now() });
    const signature = crypto.createHmac('sha256', this.key).update(body).digest('hex');
    try {
      const res = await fetch(new URL('bill-payments', this.url.endsWith('/') ? this.url : `${this.url}/`), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': signature },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (res.status >= 500) return { status: 'unknown' };
      const json = (await res.json()) as { status?: string; ref?: string; message?: string };
      if (json.status === 'success' && json.ref) return { status: 'paid', ref: json.ref };
      if (json.status === 'failed')
        return { status: 'failed', reason: String(json.message ?? 'refused').slice(0, 200) };
      return { status: 'unknown' };
    } catch {
      return { status: 'unknown' };
    }
  }
}

const partners = new WeakMap<object, BillPartner>();

export function billPartnerFor(config: Config): BillPartner {
  let partner = partners.get(config);
  if (!partner) {
    if (config.billPartnerUrl && config.billPartnerKey)
      partner = new HttpBillPartner(config.billPartnerUrl, config.billPartnerKey);
    else if (config.production) throw new Error('BILL_PARTNER_URL and BILL_PARTNER_KEY must be set in production');
    else partner = new SandboxBillPartner();
    partners.set(config, partner);
  }
  return partner;
}

/** Tests swap in their own partner. */
export function useBillPartner(config: Config, partner: BillPartner) {
  partners.set(config, partner);
}
