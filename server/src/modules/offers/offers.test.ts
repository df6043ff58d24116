import crypto, { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOffer } from '../../../test/factories.js';
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
import { sql } from '../../platform/sql.js';
import { signCardToken } from '../cards/cards.service.js';
import { signRegistrationToken } from './offers.checkin.js';
import { checkStockInvariants } from './offers.invariants.js';

const iso = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString();
const key = () => crypto.randomBytes(8).toString('hex');

describe.each(dbKinds)('offers on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let officer: Agent;
  let sibling: Agent;

  beforeAll(async () => {
    officer = await adminAgent(t, await buildAccount(t, { role: 'benefits_officer', union: tree.c1 }));
    sibling = await adminAgent(t, await buildAccount(t, { role: 'benefits_officer', union: tree.c2 }));
  });

  // A voucher by default; each test names what it is about.
  const offer = (body: Record<string, unknown> = {}) =>
    createOffer(officer, tree.c1.id, { kind: 'voucher', title: '共享单车骑行券', ...body });

  async function member(union = tree.u1) {
    const m = await buildMember(t, union);
    const agent = await memberAgent(t, m.phone);
    const pass = (await agent.post('/api/me/claim-pass')).json().pass as string;
    const claim = (offerId: number, body: Record<string, unknown> = {}) =>
      agent.request('POST', '/api/claims', { offerId, idempotencyKey: key(), ...body }, { 'x-zg-pass': pass });
    return { ...m, agent, pass, claim };
  }

  it('first come: exact capacity, one per member, retries answered with the original claim', async () => {
    const id = await offer({ capacity: 20 });
    const members = await Promise.all(Array.from({ length: 60 }, () => member()));
    const keys = members.map(() => key());
    // Every member sends the same request three times at once (a double-click and two retries).
    const results = await Promise.all(
      members.flatMap((m, i) =>
        [0, 1, 2].map(() =>
          m.agent.request('POST', '/api/claims', { offerId: id, idempotencyKey: keys[i] }, { 'x-zg-pass': m.pass }),
        ),
      ),
    );
    const ok = results.filter((r) => r.statusCode === 200).map((r) => r.json());
    const claimIds = new Set(ok.map((c) => c.id));
    expect(claimIds.size).toBe(20);
    // All three answers of one member agree.
    for (let i = 0; i < results.length; i += 3) {
      const codes = results.slice(i, i + 3).map((r) => (r.statusCode === 200 ? r.json().id : r.json().error.code));
      expect(new Set(codes).size).toBe(1);
    }
    // Every answer is a claim or "sold out": nothing else (no 500 where a capacity check gave way).
    expect(
      results.map((r) => (r.statusCode === 200 ? 'claimed' : `${r.statusCode} ${r.json().error.code}`)).sort(),
    ).toEqual([...Array(120).fill('409 OFFER_SOLD_OUT'), ...Array(60).fill('claimed')].sort());
    expect(ok.every((c) => c.voucherCodes.length === 1)).toBe(true);
    expect(await checkStockInvariants(t.db, id)).toEqual([]);
    // A retry long after, with the same key, is still the original answer: the winner gets the same claim
    // and voucher code (no new one is made), the refused member the same refusal.
    const winner = results.findIndex((r) => r.statusCode === 200) / 3;
    const loser = results.findIndex((r) => r.statusCode === 409) / 3;
    const vouchersBefore = await t.db.query(sql`select id, code from vouchers where offer_id = ${id} order by id`);
    for (const i of [winner, loser]) {
      const m = members[i] as Awaited<ReturnType<typeof member>>;
      const again = await m.agent.request(
        'POST',
        '/api/claims',
        { offerId: id, idempotencyKey: keys[i] },
        { 'x-zg-pass': m.pass },
      );
      const first = results[i * 3]?.json();
      if (i === winner) expect(again.json()).toEqual({ ...first, replay: true });
      else expect(again.json().error.code).toBe(first.error.code);
    }
    expect(await t.db.query(sql`select id, code from vouchers where offer_id = ${id} order by id`)).toEqual(
      vouchersBefore,
    );
  });

  it('a voucher agrees with its claim: the database refuses one naming another member or offer', async () => {
    const id = await offer({ capacity: 3 });
    const [a, b] = await Promise.all([member(), member()]);
    const claimed = await a.claim(id);
    expect(claimed.statusCode, claimed.body).toBe(200);
    const claimId = claimed.json().id as number;
    const other = await offer({ capacity: 3 });
    for (const [offerId, memberId] of [
      [id, b.id],
      [other, a.id],
    ]) {
      const error = await t.db
        .query(sql`insert into vouchers (claim_id, offer_id, member_id, code)
          values (${claimId}, ${offerId}, ${memberId}, ${key().toUpperCase()})`)
        .catch((e: { code?: string }) => e);
      expect((error as { code?: string }).code).toBe('23503');
    }
  });

  it('refuses before opening, after closing, the ineligible, bad quantities and reused keys', async () => {
    const soon = await offer({ opensAt: iso(60_000) });
    const m = await member();
    const early = await m.claim(soon);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('OFFER_NOT_OPEN');

    const closed = await offer({ opensAt: iso(-3_600_000), closesAt: iso(-1000) });
    expect((await m.claim(closed)).json().error.code).toBe('OFFER_CLOSED');

    const open = await offer({ capacity: 10, perMemberLimit: 2, eligibleCategories: ['employee'] });
    const far = await member(tree.u3);
    const farRes = await far.claim(open);
    expect(farRes.statusCode).toBe(403);
    expect(farRes.json().error.code).toBe('OFFER_NOT_ELIGIBLE_UNION');
    expect(farRes.json().error.messages['zh-CN']).toContain('甲县总工会');

    const rider = await buildMember(t, tree.u1);
    await t.db.query(sql`update members set category = 'rider' where id = ${rider.id}`);
    const riderAgent = await memberAgent(t, rider.phone);
    const riderPass = (await riderAgent.post('/api/me/claim-pass')).json().pass;
    const riderRes = await riderAgent.request(
      'POST',
      '/api/claims',
      { offerId: open, idempotencyKey: key() },
      { 'x-zg-pass': riderPass },
    );
    expect(riderRes.json().error.code).toBe('OFFER_NOT_ELIGIBLE_CATEGORY');
    // The categories are named in each language, never by their codes.
    expect(riderRes.json().error.messages).toEqual({
      'zh-CN': '仅限以下会员类别参加：职工',
      en: 'Only for these member categories: Employee',
    });

    // Tags: only members a cadre has tagged (e.g. 劳模) may claim.
    const tagged = await offer({ eligibleTags: ['劳模'] });
    expect((await m.claim(tagged)).json().error.code).toBe('OFFER_NOT_ELIGIBLE_TAG');
    const cadre = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    expect((await sibling.request('PUT', `/api/members/${m.id}/tags`, { tags: ['劳模'] })).statusCode).toBe(403);
    expect((await cadre.request('PUT', `/api/members/${m.id}/tags`, { tags: ['<b>'] })).statusCode).toBe(400);
    expect((await cadre.request('PUT', `/api/members/${m.id}/tags`, { tags: Array(11).fill('x') })).statusCode).toBe(
      400,
    );
    const tagRes = await cadre.request('PUT', `/api/members/${m.id}/tags`, { tags: ['劳模', '劳模'] });
    expect(tagRes.json().tags).toEqual(['劳模']);
    expect(await auditRows(t, 'member.tags')).not.toHaveLength(0);
    const freshPass = (await m.agent.post('/api/me/claim-pass')).json().pass;
    const taggedClaim = await m.agent.request(
      'POST',
      '/api/claims',
      { offerId: tagged, idempotencyKey: key() },
      { 'x-zg-pass': freshPass },
    );
    expect(taggedClaim.statusCode, taggedClaim.body).toBe(200);

    const tenure = await offer({ minTenureDays: 365 });
    expect((await m.claim(tenure)).json().error.code).toBe('OFFER_NOT_ELIGIBLE_TENURE');

    for (const quantity of [-1, 0, 1e9, 1.5, '2']) {
      const res = await m.claim(open, { quantity });
      expect(res.statusCode, String(quantity)).toBe(400);
    }
    expect((await m.claim(open, { quantity: 3 })).json().error.code).toBe('CLAIM_LIMIT_REACHED');
    const k = key();
    const first = await m.agent.request(
      'POST',
      '/api/claims',
      { offerId: open, idempotencyKey: k, quantity: 2 },
      { 'x-zg-pass': m.pass },
    );
    expect(first.statusCode).toBe(200);
    expect(first.json().voucherCodes).toHaveLength(2);
    const replay = await m.agent.request(
      'POST',
      '/api/claims',
      { offerId: open, idempotencyKey: k, quantity: 2 },
      { 'x-zg-pass': m.pass },
    );
    expect(replay.json()).toMatchObject({ id: first.json().id, replay: true, voucherCodes: first.json().voucherCodes });
    const reused = await m.agent.request(
      'POST',
      '/api/claims',
      { offerId: soon, idempotencyKey: k },
      { 'x-zg-pass': m.pass },
    );
    expect([409, 422]).toContain(reused.statusCode);
    expect((await m.claim(open)).json().error.code).toBe('CLAIM_LIMIT_REACHED');
    expect(await checkStockInvariants(t.db, open)).toEqual([]);
  });

  it('refuses a missing, forged or expired pass', async () => {
    const id = await offer();
    const m = await member();
    const none = await m.agent.request('POST', '/api/claims', { offerId: id, idempotencyKey: key() });
    expect(none.json().error.code).toBe('CLAIM_PASS_INVALID');
    const [head, body] = m.pass.split('.');
    const decoded = JSON.parse(Buffer.from(body as string, 'base64url').toString());
    const forgedBody = Buffer.from(JSON.stringify({ ...decoded, m: decoded.m + 1 })).toString('base64url');
    const forged = await m.agent.request(
      'POST',
      '/api/claims',
      { offerId: id, idempotencyKey: key() },
      { 'x-zg-pass': `${head}.${forgedBody}.${m.pass.split('.')[2]}` },
    );
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe('CLAIM_PASS_INVALID');
  });

  it('waitlist: a cancelled place is offered at once and can be accepted', async () => {
    const id = await offer({
      kind: 'activity',
      capacity: 1,
      cancelHours: 1,
      startsAt: iso(86_400_000),
      checkinPoints: 10,
    });
    const a = await member();
    const b = await member();
    expect((await a.claim(id)).statusCode).toBe(200);
    expect((await b.claim(id)).json().error.code).toBe('OFFER_SOLD_OUT');
    const wl = await b.agent.post(`/api/me/offers/${id}/waitlist`);
    expect(wl.statusCode, wl.body).toBe(200);
    expect((await b.agent.post(`/api/me/offers/${id}/waitlist`)).json().error.code).toBe('WAITLIST_ALREADY');
    const aClaim = (await a.agent.get('/api/me/claims'))
      .json()
      .items.find((c: { offer: { id: number } }) => c.offer.id === id);
    expect(aClaim.actions).toContain('cancel');
    expect((await a.agent.post(`/api/me/claims/${aClaim.id}/cancel`)).statusCode).toBe(200);
    const bClaims = (await b.agent.get(`/api/me/offers/${id}`)).json().myClaims;
    expect(bClaims[0]).toMatchObject({ status: 'offered', actions: expect.arrayContaining(['accept']) });
    // b is told, with the deadline in China time (UTC+8) computed here from the stored hold.
    const [hold] = await t.db.query<{ hold_expires_at: Date }>(
      sql`select hold_expires_at from claims where id = ${bClaims[0].id}`,
    );
    if (!hold) throw new Error('no hold');
    const shanghai = new Date(hold.hold_expires_at.getTime() + 8 * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const deadline = `${pad(shanghai.getUTCMonth() + 1)}-${pad(shanghai.getUTCDate())} ${pad(shanghai.getUTCHours())}:${pad(shanghai.getUTCMinutes())}`;
    const told = (await b.agent.get('/api/me/messages')).json().items;
    expect(told.map((m: { kind: string; title: string }) => [m.kind, m.title])).toEqual([
      ['offers.waitlist_offered', '候补成功，请及时确认'],
    ]);
    expect(told[0].body).toContain(`请在 ${deadline} 前`);
    expect(told[0].body).toContain('「共享单车骑行券」');
    const inEnglish = (await b.agent.request('GET', '/api/me/messages', undefined, { 'accept-language': 'en' })).json();
    expect(inEnglish.items[0].title).toBe('A place is yours: confirm it');
    expect((await a.agent.get('/api/me/messages')).json().items).toEqual([]);
    // Its text goes out once, after commit, through the queue.
    await t.services.queue.runDue();
    await t.services.queue.runDue();
    expect(t.sms.sent.filter((m) => m.phone === b.phone && m.template === 'notice').map((m) => m.text)).toEqual([
      expect.stringContaining(deadline),
    ]);
    expect((await b.agent.post(`/api/me/claims/${bClaims[0].id}/accept`)).statusCode).toBe(200);
    expect((await b.agent.post(`/api/me/claims/${bClaims[0].id}/accept`)).json().error.code).toBe('CLAIM_NOT_OFFERED');
    expect(await checkStockInvariants(t.db, id)).toEqual([]);

    // Check-in by the member's e-card; a forged and an expired code are refused.
    const card = (await b.agent.get('/api/me/card')).json();
    const forged = `${card.token.slice(0, -4)}AAAA`;
    expect((await officer.post(`/api/offers/${id}/check-in`, { token: forged })).json().error.code).toBe(
      'CHECKIN_TOKEN_INVALID',
    );
    const [cardNo] = await t.db.query<{ card_no: string }>(sql`select card_no from members where id = ${b.id}`);
    const expired = signCardToken(t.services.signer, {
      c: cardNo?.card_no ?? '',
      n: 'x',
      u: 'x',
      e: Math.floor(Date.now() / 1000) - 5,
    });
    expect((await officer.post(`/api/offers/${id}/check-in`, { token: expired })).json().error.code).toBe(
      'CHECKIN_TOKEN_EXPIRED',
    );
    expect((await sibling.post(`/api/offers/${id}/check-in`, { token: card.token })).statusCode).toBe(404);
    const ok = await officer.post(`/api/offers/${id}/check-in`, { token: card.token });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().pointsAwarded).toBe(10);
    expect((await officer.post(`/api/offers/${id}/check-in`, { token: card.token })).json().error.code).toBe(
      'CHECKIN_ALREADY',
    );
    // The registration QR works too: a fresh one checks its holder in; one past its 60 seconds, or forged,
    // does not.
    const c = await member();
    const seat = await offer({ kind: 'activity', capacity: 2, startsAt: iso(86_400_000) });
    const cClaim = await c.claim(seat);
    expect(cClaim.statusCode, cClaim.body).toBe(200);
    const qr = await c.agent.get(`/api/me/claims/${cClaim.json().id}/code`);
    expect(qr.statusCode, qr.body).toBe(200);
    expect(qr.json().token).toMatch(/^ZGR1\./);
    const stale = signRegistrationToken(t.services.signer, cClaim.json().id, Date.now() - 61_000).token;
    expect((await officer.post(`/api/offers/${seat}/check-in`, { token: stale })).json().error.code).toBe(
      'CHECKIN_TOKEN_EXPIRED',
    );
    const tampered = `${qr.json().token.slice(0, -4)}AAAA`;
    expect((await officer.post(`/api/offers/${seat}/check-in`, { token: tampered })).json().error.code).toBe(
      'CHECKIN_TOKEN_INVALID',
    );
    const byQr = await officer.post(`/api/offers/${seat}/check-in`, { token: qr.json().token });
    expect(byQr.statusCode, byQr.body).toBe(200);
    const [checked] = await t.db.query<{ checked_in_at: Date | null }>(
      sql`select checked_in_at from claims where id = ${cClaim.json().id}`,
    );
    expect(checked?.checked_in_at).toBeInstanceOf(Date);
    // A registration QR for another offer's claim does not check anyone in here.
    expect((await officer.post(`/api/offers/${id}/check-in`, { token: qr.json().token })).json().error.code).toBe(
      'CHECKIN_NOT_REGISTERED',
    );
    // An outsider is not registered.
    expect(
      (
        await officer.post(`/api/offers/${id}/check-in`, { token: (await a.agent.get('/api/me/card')).json().token })
      ).json().error.code,
    ).toBe('CHECKIN_NOT_REGISTERED');
    // Feedback after check-in, once.
    expect(
      (await b.agent.post(`/api/me/claims/${bClaims[0].id}/feedback`, { rating: 5, comment: '很好<b>' })).statusCode,
    ).toBe(400);
    expect(
      (await b.agent.post(`/api/me/claims/${bClaims[0].id}/feedback`, { rating: 5, comment: '很好' })).statusCode,
    ).toBe(200);
    expect((await b.agent.post(`/api/me/claims/${bClaims[0].id}/feedback`, { rating: 4 })).json().error.code).toBe(
      'FEEDBACK_ALREADY',
    );
    expect((await officer.get(`/api/offers/${id}/feedback`)).json()).toMatchObject({ count: 1, average: 5 });
    // The cockpit counts it: one activity, one participant checked in.
    const cockpit = (await officer.get(`/api/cockpit/overview?unionId=${tree.c1.id}`)).json();
    expect(cockpit.benefits.checkedIn).toBeGreaterThanOrEqual(1);
    expect(cockpit.benefits.activitiesPublished).toBeGreaterThanOrEqual(1);
    expect(cockpit.benefits.pointsIssued).toBeGreaterThanOrEqual(10);
    expect((await sibling.get(`/api/cockpit/overview?unionId=${tree.c1.id}`)).statusCode).toBe(404);
  });

  it('lottery: apply, draw once with a published seed that re-runs to the same result', async () => {
    const id = await offer({ kind: 'subsidy', mode: 'lottery', capacity: 3, closesAt: iso(1500) });
    const applicants = await Promise.all(Array.from({ length: 8 }, () => member()));
    for (const a of applicants) {
      const res = await a.claim(id);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).toBe('applied');
    }
    // Review before the draw: one application is turned down, with the reason shown to the applicant.
    const mine = await applicants[7]?.agent.get('/api/me/claims');
    expect(mine?.statusCode, mine?.body).toBe(200);
    const turnedDown = mine?.json().items[0];
    const path = `/api/offers/${id}/registrations/${turnedDown.id}/reject`;
    expect((await sibling.post(path, { reason: '不符合条件' })).statusCode).toBe(404);
    expect((await officer.post(path, { reason: '' })).statusCode).toBe(400);
    expect((await officer.post(path, { reason: '已获得同类补助' })).statusCode).toBe(200);
    expect((await officer.post(path, { reason: '再次' })).json().error.code).toBe('CLAIM_NOT_APPLIED');
    const after = await applicants[7]?.agent.get('/api/me/claims');
    expect(after?.statusCode, after?.body).toBe(200);
    const seenByApplicant = after?.json().items[0];
    expect(seenByApplicant).toMatchObject({ status: 'rejected', decisionReason: '已获得同类补助' });
    expect((await officer.post(`/api/offers/${id}/draw`)).json().error.code).toBe('LOTTERY_WINDOW_OPEN');
    await new Promise((r) => setTimeout(r, 1600));
    expect((await sibling.post(`/api/offers/${id}/draw`)).statusCode).toBe(404);
    const draw = await officer.post(`/api/offers/${id}/draw`);
    expect(draw.statusCode, draw.body).toBe(200);
    const result = draw.json();
    expect(result.entries.filter((e: { won: boolean }) => e.won)).toHaveLength(3);
    expect(result.entries[0].name).toContain('*');
    // Re-run from the published description alone (not the production function): rank by the lowercase hex
    // SHA-256 of `${seed}:${claimId}`, ascending; the first `capacity` win.
    const entries = result.entries as Array<{ claimId: number; won: boolean }>;
    const published = entries
      .map((e) => ({ id: e.claimId, k: createHash('sha256').update(`${result.seed}:${e.claimId}`).digest('hex') }))
      .sort((a, b) => a.k.localeCompare(b.k))
      .map((x) => x.id);
    expect(entries.map((e) => e.claimId)).toEqual(published);
    expect(entries.filter((e) => e.won).map((e) => e.claimId)).toEqual(published.slice(0, 3));
    expect(result.algorithm).toContain('SHA-256(seed + ":" + claimId)');
    expect(result.entries.map((e: { claimId: number }) => e.claimId)).not.toContain(turnedDown.id);
    expect(result.entries).toHaveLength(7);
    expect((await officer.post(`/api/offers/${id}/draw`)).json().error.code).toBe('LOTTERY_ALREADY_DRAWN');
    // Every applicant is told their own result, once; the one turned down is told why instead.
    const wonIds = new Set(entries.filter((e) => e.won).map((e) => e.claimId));
    for (const applicant of applicants) {
      const claimId = (await applicant.agent.get('/api/me/claims')).json().items[0].id as number;
      const titles = (await applicant.agent.get('/api/me/messages'))
        .json()
        .items.map((m: { title: string }) => m.title);
      if (claimId === turnedDown.id) expect(titles).toEqual(['报名未通过审核']);
      else if (wonIds.has(claimId)) expect(titles).toEqual(['抽签结果：已中签']);
      // The offer keeps a waitlist (the default): the others are told their place on it, in the published order.
      else expect(titles).toEqual([`抽签结果：候补第 ${entries.findIndex((e) => e.claimId === claimId) + 1 - 3} 位`]);
    }
    const seen = await applicants[0]?.agent.get(`/api/offers/${id}/lottery`);
    expect(seen?.json().seed).toBe(result.seed);
    expect(await checkStockInvariants(t.db, id)).toEqual([]);
    expect(await auditRows(t, 'offer.lottery_draw')).toHaveLength(1);
  });

  it('console: scope, registrations, export, monitor and safe edits', async () => {
    const id = await offer({ capacity: 3 });
    const m = await member();
    await m.claim(id);
    expect((await sibling.get(`/api/offers/${id}`)).statusCode).toBe(404);
    expect((await sibling.get(`/api/offers/${id}/registrations`)).statusCode).toBe(404);
    expect((await officer.get('/api/offers')).json().items.some((o: { id: number }) => o.id === id)).toBe(true);
    expect((await sibling.get('/api/offers')).json().items.some((o: { id: number }) => o.id === id)).toBe(false);
    const regs = (await officer.get(`/api/offers/${id}/registrations`)).json();
    expect(regs.total).toBe(1);
    expect(regs.items[0].member.name).toContain('*');
    const xlsx = await officer.get(`/api/offers/${id}/registrations.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(await auditRows(t, 'offer.registrations_export')).not.toHaveLength(0);
    const mon = (await officer.get(`/api/offers/${id}/monitor`)).json();
    expect(mon).toMatchObject({ capacity: 3, taken: 1, left: 2 });
    expect((await officer.patch(`/api/offers/${id}`, { perMemberLimit: 3 })).json().error.code).toBe(
      'OFFER_NOT_EDITABLE',
    );
    expect((await officer.patch(`/api/offers/${id}`, { capacity: 0 })).statusCode).toBe(400);
    expect((await officer.patch(`/api/offers/${id}`, { capacity: 4, title: '加量' })).json()).toMatchObject({
      capacity: 4,
      title: '加量',
    });
    const bad = await officer.post('/api/offers', {
      unionId: tree.c1.id,
      kind: 'course',
      mode: 'first_come',
      title: 'x',
      capacity: 1,
      opensAt: iso(1000),
      closesAt: iso(0),
    });
    expect(bad.json().error.code).toBe('OFFER_INVALID_WINDOW');
    const cancel = await officer.post(`/api/offers/${id}/cancel`, { reason: '场地变更' });
    expect(cancel.json()).toMatchObject({ status: 'cancelled', taken: 0 });
    expect(
      (await m.agent.get('/api/me/claims')).json().items.find((c: { offer: { id: number } }) => c.offer.id === id)
        .status,
    ).toBe('cancelled');
    expect(await checkStockInvariants(t.db, id)).toEqual([]);
  });

  it('publishing vouchers with a face value draws on the union budget', async () => {
    await t.db.query(
      sql`insert into union_budgets (union_id, year, amount_fen) values (${tree.c1.id}, ${new Date().getUTCFullYear()}, 10000)`,
    );
    const draft = await officer.post('/api/offers', {
      unionId: tree.c1.id,
      kind: 'voucher',
      mode: 'first_come',
      title: '电影票',
      capacity: 3,
      faceValueFen: 5000,
      opensAt: iso(1000),
      closesAt: iso(100_000),
    });
    const res = await officer.post(`/api/offers/${draft.json().id}/publish`);
    expect(res.json().error.code).toBe('BUDGET_EXCEEDED');
    await officer.patch(`/api/offers/${draft.json().id}`, { capacity: 2 });
    expect((await officer.post(`/api/offers/${draft.json().id}/publish`)).statusCode).toBe(200);
    const [b] = await t.db.query<{ committed_fen: number }>(
      sql`select committed_fen from union_budgets where union_id = ${tree.c1.id}`,
    );
    expect(Number(b?.committed_fen)).toBe(10000);
  });
});
