/// <reference types="vite/client" />
// Generated authorization matrix (SECURITY.md §5.A, AZ-01/02/03): every endpoint of the OpenAPI document is
// called as anonymous, a member, the admin of a sibling union and the admin of the parent federation, against
// objects of union U1. Each module lists its endpoints' expectations in `<module>.authz-cases.ts`; the suite
// fails when an endpoint of the document is in none of them, or in two.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/platform/sql.js';
import {
  type ActorName,
  APPLICANT_PHONE,
  actors,
  appealBody,
  applicationBody,
  assistanceBody,
  type Case,
  type Fixture,
  freshIdNumber,
  programBody,
  type Req,
  unique,
} from './authz/kit.js';
import {
  type Agent,
  adminAgent,
  buildAccount,
  buildMember,
  buildTree,
  createTestApp,
  dbKinds,
  memberAgent,
  Agent as PlainAgent,
  validCreditCode,
} from './harness.js';

const suites = import.meta.glob<Record<string, Record<string, Case>>>('../src/modules/*/*.authz-cases.ts', {
  eager: true,
});
const matrix: Record<string, Case> = {};
for (const [file, exported] of Object.entries(suites)) {
  for (const cases of Object.values(exported)) {
    for (const [endpoint, c] of Object.entries(cases)) {
      if (endpoint in matrix) throw new Error(`${endpoint} is expected twice (again in ${file})`);
      matrix[endpoint] = c;
    }
  }
}

describe.each(dbKinds)('authorization matrix on %s', (kind) => {
  let f: Fixture;
  let phones = 0;
  const agents = {} as Record<ActorName, Agent>;

  beforeAll(async () => {
    const t = await createTestApp(kind);
    const tree = await buildTree(t);
    const member = await buildMember(t, tree.u1);
    const [employer] = await t.db.query<{
      id: number;
    }>(sql`insert into employers (credit_code, name, union_id, union_path)
      values (${validCreditCode()}, '矩阵目标单位', ${tree.u1.id}, ${tree.u1.path}) returning id`);
    const account = await buildAccount(t, { role: 'membership_officer', union: tree.u1 });
    f = {
      t,
      tree,
      // Filled in once the agents exist (below).
      offer: async () => 0,
      claim: async () => 0,
      application: async () => 0,
      adjustment: async () => 0,
      assistance: async () => 0,
      exportRequest: async () => 0,
      appeal: async () => 0,
      evidenceId: 0,
      programId: 0,
      slot: async () => 0,
      budget: async () => undefined,
      applicant: undefined as unknown as Agent,
      booking: async () => 0,
      lotteryId: 0,
      merchantId: 0,
      memberId: member.id,
      employerId: employer?.id ?? 0,
      accountId: account.id,
      transfer: async (byFixtureMember = false) => {
        // The fixture member holds at most one open transfer: earlier ones are closed first.
        await t.db.query(
          sql`update member_transfers set status = 'cancelled' where member_id = ${member.id} and status like 'pending%'`,
        );
        const agent = byFixtureMember ? agents.member : await memberAgent(t, (await buildMember(t, tree.u1)).phone);
        const res = await agent.post('/api/me/transfers', { toUnionId: tree.u3.id });
        if (res.statusCode !== 200) throw new Error(`transfer failed: ${res.body}`);
        return res.json().id as number;
      },
      correction: async (byFixtureMember = false) => {
        await t.db.query(
          sql`update member_corrections set status = 'cancelled' where member_id = ${member.id} and status = 'pending'`,
        );
        const agent = byFixtureMember ? agents.member : await memberAgent(t, (await buildMember(t, tree.u1)).phone);
        const res = await agent.post('/api/me/corrections', { field: 'address', address: '矩阵新地址' });
        if (res.statusCode !== 200) throw new Error(`correction failed: ${res.body}`);
        return res.json().id as number;
      },
      importFile: async () => {
        const res = await agents.parent.request('POST', `/api/member-imports?unionId=${tree.u1.id}&fileName=a.csv`, {
          raw: `姓名,身份证号,手机号\n矩阵导入,${freshIdNumber()},13812340000\n`,
        });
        if (res.statusCode !== 200) throw new Error(`import failed: ${res.body}`);
        return res.json().id as number;
      },
      apply: async (byApplicant = false) => {
        // A phone holds one pending application: the applicant's earlier ones are withdrawn first.
        if (byApplicant)
          await t.db.query(
            sql`update membership_applications set status = 'withdrawn' where status = 'pending' and phone_hash = ${t.services.pii.hash('phone', APPLICANT_PHONE)}`,
          );
        const agent = byApplicant ? f.applicant : await memberAgent(t, `1350000${String(++phones).padStart(4, '0')}`);
        const res = await agent.post('/api/me/applications', applicationBody(f));
        if (res.statusCode !== 200) throw new Error(`apply failed: ${res.body}`);
        return res.json().id as number;
      },
    };
    const sibling = await buildAccount(t, { role: 'union_admin', union: tree.u2 });
    await t.db.query(
      sql`insert into role_grants (account_id, role, union_id) values (${sibling.id}, 'auditor', ${tree.u2.id})`,
    );
    const parent = await buildAccount(t, { role: 'union_admin', union: tree.c1 });
    await t.db.query(
      sql`insert into role_grants (account_id, role, union_id) values (${parent.id}, 'auditor', ${tree.c1.id})`,
    );
    // Assistance data is for assistance officers only (not union admins): both admins hold that role too.
    for (const [account, union] of [
      [sibling, tree.u2],
      [parent, tree.c1],
    ] as const) {
      for (const role of ['assistance_officer', 'lawyer']) {
        await t.db.query(
          sql`insert into role_grants (account_id, role, union_id) values (${account.id}, ${role}, ${union.id})`,
        );
      }
    }
    agents.anonymous = new PlainAgent(t);
    agents.member = await memberAgent(t, member.phone);
    f.applicant = await memberAgent(t, APPLICANT_PHONE);
    agents.sibling = await adminAgent(t, sibling);
    agents.parent = await adminAgent(t, parent);
    const offerBody = (mode: 'first_come' | 'lottery') => ({
      unionId: tree.u1.id,
      kind: 'activity',
      mode,
      title: '矩阵活动',
      capacity: 100,
      cancelHours: 0,
      opensAt: new Date(Date.now() - 1000).toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    f.offer = async (draft = false) => {
      const res = await agents.parent.post('/api/offers', offerBody('first_come'));
      if (res.statusCode !== 200) throw new Error(`offer failed: ${res.body}`);
      if (!draft) await agents.parent.post(`/api/offers/${res.json().id}/publish`);
      return res.json().id as number;
    };
    f.claim = async () => {
      const offerId = await f.offer();
      const pass = (await agents.member.post('/api/me/claim-pass')).json().pass;
      const res = await agents.member.request(
        'POST',
        '/api/claims',
        { offerId, idempotencyKey: `matrix-${unique()}` },
        { 'x-zg-pass': pass },
      );
      if (res.statusCode !== 200) throw new Error(`claim failed: ${res.body}`);
      return res.json().id as number;
    };
    f.application = async () => {
      const agent = await memberAgent(t, (await buildMember(t, tree.u1)).phone);
      const pass = (await agent.post('/api/me/claim-pass')).json().pass;
      const res = await agent.request(
        'POST',
        '/api/claims',
        { offerId: f.lotteryId, idempotencyKey: `matrix-${unique()}` },
        { 'x-zg-pass': pass },
      );
      if (res.statusCode !== 200) throw new Error(`application failed: ${res.body}`);
      return res.json().id as number;
    };
    f.adjustment = async () => {
      const res = await agents.parent.post('/api/points/adjustments', {
        memberId: member.id,
        amount: 1,
        reason: '矩阵',
        idempotencyKey: `matrix-${unique()}`,
      });
      if (res.statusCode !== 200) throw new Error(`adjust failed: ${res.body}`);
      return res.json().items[0].transactionId as number;
    };
    const lottery = await agents.parent.post('/api/offers', offerBody('lottery'));
    f.lotteryId = lottery.json().id;
    await agents.parent.post(`/api/offers/${f.lotteryId}/publish`);
    f.merchantId = (await agents.parent.post('/api/merchants', { unionId: tree.u1.id, name: '矩阵商户' })).json().id;
    // ---- Care fixtures ----
    await agents.parent.put('/api/assistance-budgets', {
      unionId: tree.c1.id,
      year: new Date().getFullYear(),
      amountFen: 100_000_000,
    });
    const u1Officer = await adminAgent(t, await buildAccount(t, { role: 'assistance_officer', union: tree.u1 }));
    const u1Registrar = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.u1 }));
    f.exportRequest = async (parentsOwnApproved = false) => {
      const by = parentsOwnApproved ? agents.parent : u1Registrar;
      const res = await by.post('/api/export-requests', {
        kind: 'members',
        filters: { unionId: tree.u1.id },
        reason: '矩阵导出',
      });
      if (res.statusCode !== 200) throw new Error(`export request failed: ${res.body}`);
      const id = res.json().id as number;
      if (parentsOwnApproved) await u1Registrar.post(`/api/export-requests/${id}/approve`);
      return id;
    };
    f.assistance = async (stage = 'submitted', byFixtureMember = false) => {
      if (byFixtureMember) {
        await t.db.query(sql`update assistance_applications set status = 'withdrawn' where member_id = ${member.id}`);
      }
      const agent = byFixtureMember ? agents.member : await memberAgent(t, (await buildMember(t, tree.u1)).phone);
      const res = await agent.post('/api/me/assistance', assistanceBody());
      if (res.statusCode !== 200) throw new Error(`assistance failed: ${res.body}`);
      const id = res.json().id as number;
      // The parent federation's officer reviews every fixture case, so it may reveal them (AS-22).
      await agents.parent.put(`/api/assistance/${id}/reviewer`, { accountId: parent.id });
      if (stage === 'proposed') await u1Officer.post(`/api/assistance/${id}/propose`, { amountFen: 400_000 });
      if (stage === 'approved' || stage === 'disbursed') {
        await u1Officer.post(`/api/assistance/${id}/propose`, { amountFen: 1_000 });
      }
      if (stage === 'disbursed') {
        await u1Officer.post(`/api/assistance/${id}/disbursements`, {
          amountFen: 1_000,
          method: 'cash',
          paidOn: '2026-11-23',
        });
      }
      return id;
    };
    f.appeal = async (steps = [], byFixtureMember = false) => {
      const agent = byFixtureMember ? agents.member : await memberAgent(t, (await buildMember(t, tree.u1)).phone);
      const res = await agent.post('/api/me/appeals', appealBody());
      if (res.statusCode !== 200) throw new Error(`appeal failed: ${res.body}`);
      const id = res.json().id as number;
      const bodies: Record<string, unknown> = { 'request-info': { text: '请补充' }, resolve: { outcome: '已解决' } };
      for (const step of steps) await agents.parent.post(`/api/appeals/${id}/${step}`, bodies[step] ?? {});
      return id;
    };
    const upload = await agents.member.request('POST', '/api/files?purpose=appeal_evidence&name=e.pdf', {
      raw: '%PDF-1.4 e',
    });
    f.evidenceId = upload.json().id;
    await agents.member.post('/api/me/appeals', { ...appealBody(), evidenceFileIds: [f.evidenceId] });
    f.programId = (await agents.parent.post('/api/assistance-programs', programBody(f))).json().id;
    let slotHour = 24;
    f.slot = async () => {
      slotHour += 2;
      const startsAt = new Date(Date.now() + slotHour * 3_600_000);
      const res = await agents.parent.post('/api/legal-slots', {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        mode: 'phone',
      });
      if (res.statusCode !== 200) throw new Error(`slot failed: ${res.body}`);
      return res.json().id as number;
    };
    f.booking = async () => {
      await t.db.query(sql`update consultation_bookings set status = 'cancelled' where member_id = ${member.id}`);
      const res = await agents.member.post('/api/me/consultations', { slotId: await f.slot(), topic: '矩阵' });
      if (res.statusCode !== 200) throw new Error(`booking failed: ${res.body}`);
      return res.json().id as number;
    };
    f.budget = async () => {
      const res = await agents.parent.put('/api/assistance-budgets', {
        unionId: tree.u1.id,
        year: 2031,
        amountFen: 100,
      });
      if (res.statusCode !== 200) throw new Error(`budget failed: ${res.body}`);
    };
    // Give the audit trail something of U1's to (not) leak.
    await agents.parent.post(`/api/members/${member.id}/reveal`, { field: 'idNumber', reason: '准备' });
  });
  afterAll(() => f.t.close());

  it('covers every endpoint of the OpenAPI document, and nothing else', async () => {
    const doc = f.t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const endpoints = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(endpoints.filter((e) => !(e in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((e) => !endpoints.includes(e))).toEqual([]);
  });

  const ordered = Object.entries(matrix).sort(([, a], [, b]) => Number(!!a.last) - Number(!!b.last));
  it.each(ordered)('%s', async (_name, c) => {
    const seen: Record<string, number> = {};
    for (const actor of actors) {
      const req = await c.request(f, actor);
      const [method, path] = _name.split(' ') as [NonNullable<Req['method']>, string];
      const url = req.url ?? path.replace('{id}', String(req.id));
      const res = await (req.agent ?? agents[actor]).request(req.method ?? method, url, req.body);
      seen[actor] = res.statusCode;
      expect(res.statusCode, `${actor}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
      if (c.noLeak && (actor === 'sibling' || actor === 'parent') && res.statusCode === 200) {
        const payload = String(res.headers['content-type']).includes('json') ? res.json() : res.body;
        // Contents, not only status codes: the sibling must not see U1's object, and the parent must see it
        // (a check that passes because the list is empty proves nothing).
        if (actor === 'sibling') expect(c.noLeak(payload, f), 'sibling sees U1 data').toBe(true);
        else if (!c.parentMisses) expect(c.noLeak(payload, f), 'parent does not see U1 data').toBe(false);
      }
    }
    expect(seen).toEqual(c.expect);
  });
});
