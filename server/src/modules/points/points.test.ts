import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
  adminAgent,
  auditRows,
  buildAccount,
  buildMember,
  dbKinds,
  memberAgent,
} from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { systemCtx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';
import { checkStockInvariants } from '../offers/offers.invariants.js';
import { monthOf, runExpiry, runMonthlyIssuance } from './points.issuance.js';

const key = () => crypto.randomBytes(8).toString('hex');
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

describe.each(dbKinds)('points on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let officer: Agent;
  let sibling: Agent;

  beforeAll(async () => {
    officer = await adminAgent(t, await buildAccount(t, { role: 'benefits_officer', union: tree.c1 }));
    sibling = await adminAgent(t, await buildAccount(t, { role: 'benefits_officer', union: tree.c2 }));
  });

  async function reconciled() {
    const r = (await officer.get('/api/points/reconcile')).json();
    expect(r.mismatches).toEqual([]);
    expect(r.negativeBalances).toBe(0);
    expect(r.ledgerSum).toBe(0);
  }

  it('monthly issuance reaches every active member once per month', async () => {
    const a = await buildMember(t, tree.u1);
    const b = await buildMember(t, tree.u2);
    const far = await buildMember(t, tree.u3);
    const month = '2026-10';
    const res = await officer.post('/api/points/issuance', {
      unionId: tree.c1.id,
      month,
      amountPerMember: 100,
      reason: '十月普惠积分',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().members).toBeGreaterThanOrEqual(2);
    const again = await officer.post('/api/points/issuance', {
      unionId: tree.c1.id,
      month,
      amountPerMember: 100,
      reason: '重复',
    });
    expect(again.json().error.code).toBe('POINTS_ALREADY_ISSUED');
    expect(
      (
        await sibling.post('/api/points/issuance', {
          unionId: tree.c1.id,
          month: '2026-09',
          amountPerMember: 1,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(404);
    const aAgent = await memberAgent(t, a.phone);
    const mine = (await aAgent.get('/api/me/points')).json();
    expect(mine.balance).toBe(100);
    expect(mine.items[0]).toMatchObject({ kind: 'issuance', amount: 100, reason: '十月普惠积分' });
    expect((await (await memberAgent(t, far.phone)).get('/api/me/points')).json().balance).toBe(0);

    // The standing plan: the job issues for the current month once, however often it runs.
    const plan = await officer.request('PUT', `/api/points/issuance/${tree.u2.id}/plan`, {
      amountPerMember: 30,
      reason: '月度积分',
      active: true,
    });
    expect(plan.statusCode, plan.body).toBe(200);
    const ctx = systemCtx(t.services);
    await runMonthlyIssuance(ctx);
    await runMonthlyIssuance(ctx);
    const overview = (await officer.get(`/api/points/issuance/${tree.u2.id}`)).json();
    expect(overview.runs).toHaveLength(1);
    expect(overview.runs[0].month).toBe(monthOf(new Date()));
    expect((await (await memberAgent(t, b.phone)).get('/api/me/points')).json().balance).toBe(130);
    await reconciled();
    expect((await auditRows(t, 'points.issue')).length).toBeGreaterThanOrEqual(2);
  });

  it('spending the same points twice at once succeeds once (LG-2, VC-5)', async () => {
    const m = await buildMember(t, tree.u1);
    await officer.post('/api/points/adjustments', {
      memberId: m.id,
      amount: 100,
      reason: '活动奖励',
      idempotencyKey: key(),
    });
    const offers: number[] = [];
    for (const title of ['电影票', '体检券']) {
      const o = await officer.post('/api/offers', {
        unionId: tree.c1.id,
        kind: 'voucher',
        mode: 'first_come',
        title,
        capacity: 5,
        pointsCost: 80,
        opensAt: iso(-1000),
        closesAt: iso(3_600_000),
      });
      await officer.post(`/api/offers/${o.json().id}/publish`);
      offers.push(o.json().id);
    }
    const agent = await memberAgent(t, m.phone);
    const pass = (await agent.post('/api/me/claim-pass')).json().pass;
    const results = await Promise.all(
      offers.map((offerId) =>
        agent.request('POST', '/api/claims', { offerId, idempotencyKey: key() }, { 'x-zg-pass': pass }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().error.code).toBe('POINTS_INSUFFICIENT');
    const mine = (await agent.get('/api/me/points')).json();
    expect(mine.balance).toBe(20);
    expect(mine.items.map((i: { kind: string; amount: number }) => [i.kind, i.amount])).toEqual([
      ['offer_spend', -80],
      ['adjustment', 100],
    ]);
    for (const id of offers) expect(await checkStockInvariants(t.db, id)).toEqual([]);
    await reconciled();
  });

  it('adjustments need a reason and a sane amount; reversals undo, once; the ledger is append-only', async () => {
    const m = await buildMember(t, tree.u1);
    for (const amount of [0, 2 ** 53, 1.5, -1e7]) {
      const res = await officer.post('/api/points/adjustments', {
        memberId: m.id,
        amount,
        reason: '测试',
        idempotencyKey: key(),
      });
      expect(res.statusCode, String(amount)).toBe(400);
    }
    expect(
      (await officer.post('/api/points/adjustments', { memberId: m.id, amount: 5, reason: '', idempotencyKey: key() }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await officer.post('/api/points/adjustments', {
          memberId: m.id,
          amount: -5,
          reason: '扣减',
          idempotencyKey: key(),
        })
      ).json().error.code,
    ).toBe('POINTS_INSUFFICIENT');
    expect(
      (
        await sibling.post('/api/points/adjustments', {
          memberId: m.id,
          amount: 5,
          reason: '越权',
          idempotencyKey: key(),
        })
      ).statusCode,
    ).toBe(404);
    const k = key();
    const first = await officer.post('/api/points/adjustments', {
      memberId: m.id,
      amount: 50,
      reason: '志愿服务',
      idempotencyKey: k,
    });
    // The retry (the answer was lost) gets the original answer, and changes nothing.
    const retry = await officer.post('/api/points/adjustments', {
      memberId: m.id,
      amount: 50,
      reason: '志愿服务',
      idempotencyKey: k,
    });
    expect(first.statusCode).toBe(200);
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect(first.json().balance).toBe(50);
    const history = (await officer.get(`/api/points/members/${m.id}`)).json();
    expect(history.balance).toBe(50);
    expect(history.total).toBe(1);
    const tx = history.items[0].transactionId;
    expect((await officer.post(`/api/points/transactions/${tx}/reverse`, { reason: '录入错误' })).statusCode).toBe(200);
    expect((await officer.post(`/api/points/transactions/${tx}/reverse`, { reason: '再次' })).json().error.code).toBe(
      'POINTS_ALREADY_REVERSED',
    );
    expect((await officer.get(`/api/points/members/${m.id}`)).json().balance).toBe(0);
    // This adjustment's own audit row (not one an earlier test wrote): who, whom, how much and why.
    const adjusted = (await auditRows(t, 'points.adjust')).filter((r) => r.target_id === String(m.id));
    expect(adjusted.map((r) => r.detail)).toEqual([{ amount: 50, reason: '志愿服务' }]);
    await expect(t.db.query(sql`update points_postings set amount = 1`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(sql`delete from points_transactions`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(sql`update points_accounts set balance = -1 where member_id = ${m.id}`)).rejects.toThrow();
    await reconciled();
  });

  it('earned points expire unless spent first', async () => {
    const m = await buildMember(t, tree.u1);
    await officer.post('/api/points/adjustments', {
      memberId: m.id,
      amount: 300,
      reason: '奖励',
      idempotencyKey: key(),
    });
    const agent = await memberAgent(t, m.phone);
    const paid = await agent.post('/api/me/bills', {
      kind: 'phone',
      account: m.phone,
      amountFen: 100,
      idempotencyKey: key(),
    });
    expect(paid.json().status).toBe('paid');
    expect((await agent.get('/api/me/points')).json().balance).toBe(200);
    // After the expiry date (end of next year), the 200 not spent lapse.
    await runExpiry(systemCtx(t.services), new Date(Date.now() + 3 * 366 * 86_400_000));
    expect((await agent.get('/api/me/points')).json().balance).toBe(0);
    await runExpiry(systemCtx(t.services), new Date(Date.now() + 3 * 366 * 86_400_000));
    expect(
      (await agent.get('/api/me/points')).json().items.filter((i: { kind: string }) => i.kind === 'expiry'),
    ).toHaveLength(1);
    await reconciled();
  });

  it('bills: paid through the partner, refunded when the partner refuses, retries answered once', async () => {
    const m = await buildMember(t, tree.u1);
    await officer.post('/api/points/adjustments', {
      memberId: m.id,
      amount: 5000,
      reason: '奖励',
      idempotencyKey: key(),
    });
    const agent = await memberAgent(t, m.phone);
    const k = key();
    const pay = await agent.post('/api/me/bills', {
      kind: 'phone',
      account: '１３９１２３４５６７８',
      amountFen: 3000,
      idempotencyKey: k,
    });
    expect(pay.statusCode, pay.body).toBe(200);
    expect(pay.json()).toMatchObject({ status: 'paid', account: '139****5678', points: 3000 });
    expect(
      (
        await agent.post('/api/me/bills', { kind: 'phone', account: '13912345678', amountFen: 3000, idempotencyKey: k })
      ).json().id,
    ).toBe(pay.json().id);
    const refused = await agent.post('/api/me/bills', {
      kind: 'electricity',
      account: '3300120000',
      amountFen: 1000,
      idempotencyKey: key(),
    });
    expect(refused.json()).toMatchObject({ status: 'failed', failure: 'account not found' });
    expect(
      (await agent.post('/api/me/bills', { kind: 'phone', account: '123', amountFen: 1000, idempotencyKey: key() }))
        .statusCode,
    ).toBe(400);
    expect(
      (await agent.post('/api/me/bills', { kind: 'phone', account: m.phone, amountFen: 99, idempotencyKey: key() }))
        .statusCode,
    ).toBe(400);
    const mine = (await agent.get('/api/me/points')).json();
    expect(mine.balance).toBe(2000);
    expect(mine.items.map((i: { kind: string }) => i.kind)).toEqual([
      'bill_refund',
      'bill_payment',
      'bill_payment',
      'adjustment',
    ]);
    // What the system wrote is given as a code the app shows in the reader's language; a person's reason is not.
    expect(mine.items.map((i: { reasonCode: string | null }) => i.reasonCode)).toEqual([
      'partner.accountNotFound',
      'bill.electricity',
      'bill.phone',
      null,
    ]);
    expect((await agent.get('/api/me/bills')).json().items).toHaveLength(2);
    await reconciled();
  });
});
