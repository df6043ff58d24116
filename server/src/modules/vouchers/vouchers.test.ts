import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Agent, adminAgent, buildAccount, buildMember, dbKinds, memberAgent } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';

const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

describe.each(dbKinds)('vouchers on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let officer: Agent;
  let unionAdmin: Agent;

  beforeAll(async () => {
    officer = await adminAgent(t, await buildAccount(t, { role: 'benefits_officer', union: tree.c1 }));
    unionAdmin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
  });

  async function clerkFor(merchantId: number, unionId: number) {
    const account = await buildAccount(t, { role: 'merchant_clerk', union: { id: unionId, path: '', name: '' } });
    await t.db.query(sql`update accounts set merchant_id = ${merchantId} where id = ${account.id}`);
    return adminAgent(t, account);
  }

  it('a claimed voucher shows in the wallet and its merchant redeems it once', async () => {
    const shop = (
      await officer.post('/api/merchants', { unionId: tree.c1.id, name: '城南电影院', address: '人民路 1 号' })
    ).json();
    const other = (await officer.post('/api/merchants', { unionId: tree.c1.id, name: '书店' })).json();
    expect((await officer.get('/api/merchants')).json().items.map((m: { name: string }) => m.name)).toContain(
      '城南电影院',
    );
    const offer = await officer.post('/api/offers', {
      unionId: tree.c1.id,
      kind: 'voucher',
      mode: 'first_come',
      title: '电影票',
      capacity: 5,
      merchantId: shop.id,
      opensAt: iso(-1000),
      closesAt: iso(3_600_000),
      validUntil: iso(86_400_000),
    });
    expect(offer.statusCode, offer.body).toBe(200);
    await officer.post(`/api/offers/${offer.json().id}/publish`);
    const m = await buildMember(t, tree.u1);
    const agent = await memberAgent(t, m.phone);
    const pass = (await agent.post('/api/me/claim-pass')).json().pass;
    const claim = await agent.request(
      'POST',
      '/api/claims',
      { offerId: offer.json().id, idempotencyKey: crypto.randomUUID() },
      { 'x-zg-pass': pass },
    );
    const code = claim.json().voucherCodes[0] as string;
    const walletBefore = (await agent.get('/api/me/vouchers')).json().items;
    expect(walletBefore[0]).toMatchObject({ code, status: 'valid', merchant: '城南电影院' });

    const clerk = await clerkFor(shop.id, tree.c1.id);
    const rival = await clerkFor(other.id, tree.c1.id);
    expect((await rival.post('/api/merchant/redeem', { code })).json().error.code).toBe('VOUCHER_NOT_FOUND');
    expect((await clerk.post('/api/merchant/verify', { code: code.toLowerCase() })).json().status).toBe('valid');
    const typed = `${code.slice(0, 4)}-${code.slice(4, 8)} ${code.slice(8)}`.toLowerCase();
    const both = await Promise.all([
      clerk.post('/api/merchant/redeem', { code: typed }),
      clerk.post('/api/merchant/redeem', { code }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.statusCode === 409)?.json().error.code).toBe('VOUCHER_ALREADY_REDEEMED');
    expect((await agent.get('/api/me/vouchers?status=used')).json().items).toHaveLength(1);
    expect((await clerk.get('/api/merchant/redemptions')).json().items[0].code).toBe(code);
    // Cancelling the offer afterwards leaves the used voucher alone.
    expect((await officer.post(`/api/offers/${offer.json().id}/cancel`, { reason: '影院停业' })).statusCode).toBe(200);
    expect((await agent.get('/api/me/vouchers?status=used')).json().items).toHaveLength(1);
    expect((await agent.get('/api/me/claims')).json().items[0].status).toBe('confirmed');
    // A clerk can do nothing else.
    expect((await clerk.get('/api/offers')).statusCode).toBe(403);
    expect((await clerk.get('/api/members')).statusCode).toBe(403);
    expect((await officer.post('/api/merchant/redeem', { code })).statusCode).toBe(403);
  });

  it('a clerk account needs a merchant of its union', async () => {
    const shop = (await officer.post('/api/merchants', { unionId: tree.c1.id, name: '超市' })).json();
    const bad = await unionAdmin.post('/api/accounts', {
      username: 'till01',
      displayName: '收银',
      role: 'merchant_clerk',
      unionId: tree.c1.id,
    });
    expect(bad.json().error.field).toBe('merchantId');
    const ok = await unionAdmin.post('/api/accounts', {
      username: 'till02',
      displayName: '收银',
      role: 'merchant_clerk',
      unionId: tree.c1.id,
      merchantId: shop.id,
    });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('budgets are set by union admins and never below what is committed', async () => {
    const year = new Date().getUTCFullYear();
    expect((await officer.request('PUT', `/api/budgets/${tree.u1.id}/${year}`, { amountFen: 1000 })).statusCode).toBe(
      403,
    );
    expect(
      (await unionAdmin.request('PUT', `/api/budgets/${tree.u1.id}/${year}`, { amountFen: 10_000 })).json().leftFen,
    ).toBe(10_000);
    const offer = await officer.post('/api/offers', {
      unionId: tree.u1.id,
      kind: 'voucher',
      mode: 'first_come',
      title: '体检券',
      capacity: 2,
      faceValueFen: 3000,
      opensAt: iso(1000),
      closesAt: iso(100_000),
    });
    await officer.post(`/api/offers/${offer.json().id}/publish`);
    expect((await officer.get(`/api/budgets/${tree.u1.id}/${year}`)).json()).toMatchObject({
      committedFen: 6000,
      leftFen: 4000,
    });
    expect(
      (await unionAdmin.request('PUT', `/api/budgets/${tree.u1.id}/${year}`, { amountFen: 5000 })).json().error.code,
    ).toBe('BUDGET_EXCEEDED');
    await officer.post(`/api/offers/${offer.json().id}/cancel`, { reason: '取消' });
    expect((await officer.get(`/api/budgets/${tree.u1.id}/${year}`)).json().committedFen).toBe(0);
  });
});
