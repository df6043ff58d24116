import { beforeAll, describe, expect, it } from 'vitest';
import { assistanceBody } from '../../../test/factories.js';
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
import { EICAR } from '../../platform/scanner.js';
import { sql } from '../../platform/sql.js';
import { verifyDisbursements } from './assistance.decide.js';
import { sendReverifyReminders } from './assistance.service.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** A household of three living on ¥24,000 a year with ¥30,000 of self-paid medical costs. */
const application = assistanceBody;

describe.each(dbKinds)('assistance on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let baseOfficer: Agent;
  let baseOfficerId: number;
  let siblingOfficerId: number;
  let countyOfficer: Agent;
  let siblingOfficer: Agent;
  let unionAdmin: Agent;
  let ruleAuthor: Agent;
  beforeAll(async () => {
    const baseAccount = await buildAccount(t, { role: 'assistance_officer', union: tree.u1 });
    baseOfficerId = baseAccount.id;
    baseOfficer = await adminAgent(t, baseAccount);
    countyOfficer = await adminAgent(t, await buildAccount(t, { role: 'assistance_officer', union: tree.c1 }));
    const siblingAccount = await buildAccount(t, { role: 'assistance_officer', union: tree.u3 });
    siblingOfficerId = siblingAccount.id;
    siblingOfficer = await adminAgent(t, siblingAccount);
    unionAdmin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    ruleAuthor = await adminAgent(t, await buildAccount(t, { role: 'assistance_officer', union: tree.province }));
    const budget = await countyOfficer.put('/api/assistance-budgets', {
      unionId: tree.c1.id,
      year: 2026,
      amountFen: 1_000_000,
    });
    expect(budget.statusCode).toBe(200);
    const thisYear = new Date().getFullYear();
    if (thisYear !== 2026)
      await countyOfficer.put('/api/assistance-budgets', { unionId: tree.c1.id, year: thisYear, amountFen: 1_000_000 });
  });

  it('computes the profile on submission and explains every rule with its numbers', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    const res = await member.post('/api/me/assistance', application());
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // ¥24,000 / 3 / 12 = ¥666.67 a month, under the default minimum-living line of ¥1,243.
    expect(body.profile.tier).toBe('deep');
    expect(body.profile.ruleVersion).toBe(1);
    const fired = body.profile.rules.filter((r: { fired: boolean }) => r.fired).map((r: { rule: string }) => r.rule);
    expect(fired).toEqual(expect.arrayContaining(['per_capita_below_min_living', 'medical_burden', 'dependants']));
    expect(body.profile.rules).toHaveLength(7);
    const first = body.profile.rules.find((r: { rule: string }) => r.rule === 'per_capita_below_min_living');
    expect(first.text.zh).toContain('¥666.66');
    expect(first.text.zh).toContain('¥1,243');
    expect(body.sensitive.health.note).toBe('配偶尿毒症透析');
    expect(body.status).toBe('submitted');
    // At rest: neither the story nor the diagnosis is readable in the row.
    const [raw] = await t.db.query<Record<string, unknown>>(
      sql`select * from assistance_applications where id = ${body.id}`,
    );
    expect(JSON.stringify(raw)).not.toContain('尿毒症');
    expect(JSON.stringify(raw)).not.toContain(m.idNumber);
    // One open application per person.
    expect((await member.post('/api/me/assistance', application())).json().error.code).toBe('ASSISTANCE_OPEN_EXISTS');
  });

  it('refuses bad input and changes nothing', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    const person = { relation: 'other', age: 30, annualIncomeFen: 0, dependant: false };
    const cases: Array<[Record<string, unknown>, number]> = [
      [{ consent: false }, 400],
      [{ household: [] }, 400],
      [{ household: Array.from({ length: 200 }, () => person) }, 400],
      [{ household: [{ relation: 'self', age: 40, annualIncomeFen: -100, dependant: false }] }, 400],
      [{ household: [{ relation: 'self', age: 40, annualIncomeFen: 1e13, dependant: false }] }, 400],
      [{ household: [{ relation: 'self', age: 40, annualIncomeFen: 12.5, dependant: false }] }, 400],
      [{ household: [person] }, 400],
      [{ story: '<script>alert(1)</script>' }, 400],
      [{ medicalSelfPaidFen: -1 }, 400],
      [{ evidenceFileIds: [999999] }, 400],
    ];
    for (const [over, status] of cases) {
      const res = await member.post('/api/me/assistance', application(over));
      expect(res.statusCode, JSON.stringify(over).slice(0, 80)).toBe(status);
    }
    expect((await member.get('/api/me/assistance')).json().items).toHaveLength(0);
  });

  it('asks for the guardian’s consent when the household includes a child under 14 (PI-05)', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    const withChild = (over: Record<string, unknown> = {}) =>
      application({
        household: [
          { relation: 'self', age: 38, annualIncomeFen: 3_000_000, dependant: false },
          { relation: 'child', age: 9, annualIncomeFen: 0, dependant: true },
        ],
        ...over,
      });
    const refused = await member.post('/api/me/assistance', withChild());
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'ASSISTANCE_GUARDIAN_CONSENT_REQUIRED',
      field: 'guardianConsent',
    });
    expect((await member.get('/api/me/assistance')).json().items).toHaveLength(0);
    const { id } = (await member.post('/api/me/assistance', withChild({ guardianConsent: true }))).json();
    const consentAt = async () =>
      (
        await t.db.query<{ at: Date | null }>(
          sql`select guardian_consent_at as at from assistance_applications where id = ${id}`,
        )
      )[0]?.at;
    expect(await consentAt()).toBeInstanceOf(Date);
    // A correction keeps the child: the consent must come with it again.
    const { consent: _c, ...correction } = withChild();
    expect((await member.put(`/api/assistance/${id}`, correction)).json().error.code).toBe(
      'ASSISTANCE_GUARDIAN_CONSENT_REQUIRED',
    );
    expect((await member.put(`/api/assistance/${id}`, { ...correction, guardianConsent: true })).statusCode).toBe(200);
    expect(await consentAt()).toBeInstanceOf(Date);
  });

  it('masks sensitive data for officers until an audited reveal; other subtrees get 404, union admins 403', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    const { id } = (await member.post('/api/me/assistance', application())).json();
    const masked = (await baseOfficer.get(`/api/assistance/${id}`)).json();
    expect(masked.sensitive).toBeNull();
    expect(masked.profile.tier).toBe('deep');
    expect(masked.profile.rules[0].text).toBeNull();
    expect(masked.idNumberMasked).toMatch(/^\*{14}[0-9X]{4}$/);
    expect(masked.actions).toEqual(expect.arrayContaining(['assign', 'propose', 'refuse']));
    // AS-22: nobody reveals before a reviewer is assigned, and then only the reviewer.
    expect(masked.actions).not.toContain('reveal');
    expect(masked.reviewer).toBeNull();
    expect((await baseOfficer.get(`/api/assistance/${id}?reveal=true`)).statusCode).toBe(403);
    const candidates = (await countyOfficer.get(`/api/assistance/${id}/reviewers`)).json().items;
    const ids = candidates.map((c: { id: number }) => c.id);
    expect(ids).toContain(baseOfficerId);
    expect(ids).not.toContain(siblingOfficerId);
    const wrong = await countyOfficer.put(`/api/assistance/${id}/reviewer`, { accountId: siblingOfficerId });
    expect(wrong.json().error.code).toBe('ASSISTANCE_REVIEWER_INVALID');
    expect(
      (await siblingOfficer.put(`/api/assistance/${id}/reviewer`, { accountId: siblingOfficerId })).statusCode,
    ).toBe(404);
    const assigned = await countyOfficer.put(`/api/assistance/${id}/reviewer`, { accountId: baseOfficerId });
    expect(assigned.json().reviewer).toMatchObject({ id: baseOfficerId });
    expect((await auditRows(t, 'assistance.assign_reviewer')).at(-1)?.after).toEqual({ reviewerId: baseOfficerId });
    expect((await countyOfficer.get(`/api/assistance/${id}?reveal=true`)).statusCode).toBe(403);
    const before = (await auditRows(t, 'assistance.reveal')).length;
    const revealed = (await baseOfficer.get(`/api/assistance/${id}?reveal=true`)).json();
    expect(revealed.actions).toContain('reveal');
    expect(revealed.sensitive.household).toHaveLength(3);
    expect(revealed.profile.rules[0].text.en).toContain('per person');
    expect(await auditRows(t, 'assistance.reveal')).toHaveLength(before + 1);
    // The applicant sees that a reviewer was assigned, not who.
    const own = (await member.get(`/api/assistance/${id}`)).json();
    expect(own.reviewer).toBeNull();
    expect(own.events.map((e: { kind: string }) => e.kind)).toContain('reviewer_assigned');
    expect(JSON.stringify(own.events)).not.toContain(String(assigned.json().reviewer.displayName));
    expect((await siblingOfficer.get(`/api/assistance/${id}`)).statusCode).toBe(404);
    expect((await siblingOfficer.post(`/api/assistance/${id}/propose`, { amountFen: 100 })).statusCode).toBe(404);
    expect((await unionAdmin.get('/api/assistance')).statusCode).toBe(403);
    expect((await unionAdmin.get(`/api/assistance/${id}`)).statusCode).toBe(404);
    const list = (await baseOfficer.get('/api/assistance?status=submitted')).json();
    expect(list.items.map((i: { id: number }) => i.id)).toContain(id);
    expect(JSON.stringify(list)).not.toContain('household');
    expect((await siblingOfficer.get('/api/assistance')).json().items.map((i: { id: number }) => i.id)).not.toContain(
      id,
    );
    const csv = (await baseOfficer.get('/api/assistance/export.csv')).body;
    expect(csv).toContain('申请人');
    expect(csv).not.toContain('尿毒症');
    expect(csv).not.toContain(m.idNumber);
  });

  it('runs in order: propose within the threshold approves at once, payment follows, the worker sees it', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    const { id } = (await member.post('/api/me/assistance', application())).json();
    // AS-29: nothing is paid before it is approved.
    const early = await baseOfficer.post(`/api/assistance/${id}/disbursements`, {
      amountFen: 100,
      method: 'cash',
      paidOn: '2026-11-23',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('ASSISTANCE_WRONG_STATE');
    const approved = (
      await baseOfficer.post(`/api/assistance/${id}/propose`, { amountFen: 200_000, note: '大病救助' })
    ).json();
    expect(approved.status).toBe('approved');
    expect(approved.approvedFen).toBe(200_000);
    const over = await baseOfficer.post(`/api/assistance/${id}/disbursements`, {
      amountFen: 200_001,
      method: 'cash',
      paidOn: '2026-11-23',
    });
    expect(over.json().error.code).toBe('ASSISTANCE_OVER_APPROVED');
    await baseOfficer.post(`/api/assistance/${id}/disbursements`, {
      amountFen: 50_000,
      method: 'cash',
      paidOn: '2026-11-23',
    });
    const done = (
      await baseOfficer.post(`/api/assistance/${id}/disbursements`, {
        amountFen: 150_000,
        method: 'bank_transfer',
        paidOn: '2026-11-24',
        reference: 'BK-7781',
      })
    ).json();
    expect(done.status).toBe('disbursed');
    expect(done.disbursedFen).toBe(200_000);
    // The worker is told of the approval and of each payment, with the amounts in yuan.
    const told = (await member.get('/api/me/messages')).json().items as Array<{ title: string; body: string }>;
    expect(told.map((n) => n.title)).toEqual(['帮扶款已发放', '帮扶款已发放', '帮扶申请已批准']);
    expect(told[2]?.body).toContain('金额 2000.00 元');
    expect(told[1]?.body).toContain('2026-11-23 通过现金向您发放帮扶款 500.00 元');
    expect(told[0]?.body).toContain('2026-11-24 通过银行转账向您发放帮扶款 1500.00 元');
    await t.services.queue.runDue();
    const texts = t.sms.sent.filter((s) => s.phone === m.phone && s.template === 'notice').map((s) => s.text ?? '');
    expect(texts).toHaveLength(3);
    // A text shows on a locked screen: it says something happened, never the amount nor that it is hardship aid.
    for (const text of texts) expect(text).not.toMatch(/\d+\.\d\d|元|帮扶|困难/);
    expect(done.reverifyDue).not.toBeNull();
    // A month before the yearly re-verification the household gets one text, however often the job runs.
    await t.db.query(sql`update assistance_applications set reverify_due = current_date + 10 where id = ${id}`);
    expect(await sendReverifyReminders(systemCtx(t.services))).toBeGreaterThanOrEqual(1);
    expect(t.sms.sent.filter((s) => s.phone === m.phone && s.template === 'assistance_reverify')).toHaveLength(1);
    await sendReverifyReminders(systemCtx(t.services));
    expect(t.sms.sent.filter((s) => s.phone === m.phone && s.template === 'assistance_reverify')).toHaveLength(1);
    const dueList = (await baseOfficer.get('/api/assistance?reverifyDue=true'))
      .json()
      .items.map((a: { id: number }) => a.id);
    expect(dueList).toContain(id);
    const mine = (await member.get(`/api/assistance/${id}`)).json();
    expect(mine.disbursements.map((d: { amountFen: number }) => d.amountFen)).toEqual([50_000, 150_000]);
    expect(mine.disbursements[1].reference).toBeNull();
    expect(mine.events.map((e: { kind: string }) => e.kind)).toEqual([
      'submitted',
      'proposed',
      'approved',
      'disbursed',
      'disbursed',
    ]);
    expect(mine.events.every((e: { by: string | null }) => e.by === null)).toBe(true);
    const budgets = (await countyOfficer.get('/api/assistance-budgets')).json().items;
    expect(budgets.some((b: { disbursedFen: number }) => b.disbursedFen >= 200_000)).toBe(true);
    // ML-20: the payment records carry a MAC; an edit made behind the application's back is detected.
    const ctx = systemCtx(t.services);
    expect(await verifyDisbursements(ctx)).toEqual([]);
    await t.db.exec('alter table assistance_disbursements disable trigger assistance_disbursements_append_only');
    await t.db.query(
      sql`update assistance_disbursements set amount_fen = 999999 where application_id = ${id} and amount_fen = 50000`,
    );
    await t.db.exec('alter table assistance_disbursements enable trigger assistance_disbursements_append_only');
    expect(await verifyDisbursements(ctx)).toHaveLength(1);
    await expect(t.db.query(sql`delete from assistance_disbursements where application_id = ${id}`)).rejects.toThrow(
      /append-only/,
    );
  });

  it('needs the federation above the threshold, with four eyes, and keeps the yearly cap and the budget', async () => {
    const m = await buildMember(t, tree.u2);
    const member = await memberAgent(t, m.phone);
    const { id } = (await member.post('/api/me/assistance', application())).json();
    const u2Officer = await adminAgent(t, await buildAccount(t, { role: 'assistance_officer', union: tree.u2 }));
    const proposed = (await u2Officer.post(`/api/assistance/${id}/propose`, { amountFen: 800_000 })).json();
    expect(proposed.status).toBe('proposed');
    expect(proposed.actions).not.toContain('approve');
    expect((await u2Officer.post(`/api/assistance/${id}/approve`, {})).statusCode).toBe(403);
    const tooMuch = await countyOfficer.post(`/api/assistance/${id}/approve`, { amountFen: 900_000 });
    expect(tooMuch.statusCode).toBe(400);
    const approved = (await countyOfficer.post(`/api/assistance/${id}/approve`, { amountFen: 700_000 })).json();
    expect(approved.status).toBe('approved');
    expect(approved.approvedFen).toBe(700_000);
    // The same person again this year: ¥20,000 cap, ¥7,000 used.
    await t.db.query(sql`update assistance_applications set status = 'disbursed' where id = ${id}`);
    const again = (await member.post('/api/me/assistance', application())).json();
    const cap = await u2Officer.post(`/api/assistance/${again.id}/propose`, { amountFen: 1_400_000 });
    expect(cap.json().error.code).toBe('ASSISTANCE_CAP_EXCEEDED');
    expect(cap.json().error.message).toContain('¥13000.00');
    // The county budget (¥10,000) has ¥1,000 left after ¥2,000 + ¥7,000.
    const budget = await u2Officer.post(`/api/assistance/${again.id}/propose`, { amountFen: 150_000 });
    expect(budget.json().error.code).toBe('ASSISTANCE_BUDGET_EXHAUSTED');
    const refused = (
      await u2Officer.post(`/api/assistance/${again.id}/refuse`, { reason: '本年度已获救助，预算不足' })
    ).json();
    expect(refused.status).toBe('refused');
    const seen = (await member.get(`/api/assistance/${again.id}`)).json();
    expect(seen.refusalReason).toBe('本年度已获救助，预算不足');
    const told = (await member.get('/api/me/messages')).json().items as Array<{ title: string; body: string }>;
    expect(told[0]).toMatchObject({
      title: '帮扶申请未获批准',
      body: expect.stringContaining('本年度已获救助，预算不足'),
    });
    const history = (await countyOfficer.get(`/api/assistance/${again.id}/history`)).json().items;
    expect(history.map((h: { id: number }) => h.id)).toEqual([again.id, id]);
  });

  it('fast-tracks emergencies within the emergency limit', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    await countyOfficer.put('/api/assistance-budgets', { unionId: tree.c1.id, year: 2026, amountFen: 5_000_000 });
    const thisYear = new Date().getFullYear();
    await countyOfficer.put('/api/assistance-budgets', { unionId: tree.c1.id, year: thisYear, amountFen: 5_000_000 });
    const { id, profile } = (
      await member.post('/api/me/assistance', application({ cause: 'accident', emergency: true }))
    ).json();
    expect(profile.tier).toBe('deep');
    const res = (await baseOfficer.post(`/api/assistance/${id}/propose`, { amountFen: 450_000 })).json();
    expect(res.status).toBe('approved');
    expect(res.events.find((e: { kind: string }) => e.kind === 'approved').detail.note).toBe('emergency');
    expect(
      (
        await countyOfficer.put('/api/assistance-budgets', { unionId: tree.c1.id, year: thisYear, amountFen: 100 })
      ).json().error.code,
    ).toBe('ASSISTANCE_BUDGET_BELOW_COMMITTED');
  });

  it('versions the rules: a new regional line changes the tier, and each profile records its version', async () => {
    expect((await baseOfficer.post('/api/assistance-rules', { config: {}, note: 'x' })).statusCode).toBe(400);
    const rules = (await ruleAuthor.get('/api/assistance-rules')).json().items;
    const config = {
      ...rules[0].config,
      lines: [{ unionId: tree.c2.id, name: '乙县', minLivingMonthlyFen: 50_000, lowIncomeMonthlyFen: 60_000 }],
    };
    expect((await baseOfficer.post('/api/assistance-rules', { config, note: '乙县标准' })).statusCode).toBe(403);
    const published = await ruleAuthor.post('/api/assistance-rules', { config, note: '乙县标准' });
    expect(published.json().version).toBe(rules[0].version + 1);
    const bad = { ...config, defaultLine: { minLivingMonthlyFen: 300_000, lowIncomeMonthlyFen: 100_000 } };
    expect((await ruleAuthor.post('/api/assistance-rules', { config: bad, note: '错误' })).statusCode).toBe(400);
    const m = await buildMember(t, tree.u3);
    const member = await memberAgent(t, m.phone);
    const modest = application({
      household: [{ relation: 'self', age: 30, annualIncomeFen: 1_000_000, dependant: false }],
      medicalSelfPaidFen: 0,
      health: { condition: 'healthy' },
    });
    // ¥833 a month: above 乙县's ¥600 low-income line, so no tier there.
    const res = (await member.post('/api/me/assistance', modest)).json();
    expect(res.profile).toMatchObject({ tier: 'none', ruleVersion: published.json().version });
    expect(res.profile.rules[1].text.zh).toContain('乙县');
    const poorer = {
      ...modest,
      household: [{ relation: 'self', age: 30, annualIncomeFen: 700_000, dependant: false }],
    };
    delete (poorer as { consent?: boolean }).consent;
    delete (poorer as { evidenceFileIds?: unknown }).evidenceFileIds;
    delete (poorer as { emergency?: unknown }).emergency;
    const updated = (await siblingOfficer.put(`/api/assistance/${res.id}`, poorer)).json();
    expect(updated.profile.tier).toBe('relative');
    expect(updated.events.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'updated']);
  });

  it('recommends matching help and records what was given', async () => {
    const program = await countyOfficer.post('/api/assistance-programs', {
      unionId: tree.c1.id,
      kind: 'material_aid',
      name: '冬季送温暖',
      description: '米、油、棉被',
      tiers: ['deep', 'relative'],
    });
    expect(program.statusCode).toBe(200);
    await countyOfficer.post('/api/assistance-programs', {
      unionId: tree.c1.id,
      kind: 'education_grant',
      name: '金秋助学',
      description: '子女上大学',
      causes: ['education'],
    });
    const sibling = await siblingOfficer.post('/api/assistance-programs', {
      unionId: tree.c1.id,
      kind: 'job',
      name: 'x',
      description: 'y',
    });
    expect(sibling.statusCode).toBe(404);
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    const { id } = (await member.post('/api/me/assistance', application())).json();
    const recs = (await baseOfficer.get(`/api/assistance/${id}/recommendations`)).json().items;
    expect(recs.map((r: { name: string }) => r.name)).toEqual(['冬季送温暖']);
    const helped = (
      await baseOfficer.post(`/api/assistance/${id}/help`, {
        programId: program.json().id,
        kind: 'material_aid',
        note: '送米油各一份',
        valueFen: 30_000,
      })
    ).json();
    expect(helped.help[0]).toMatchObject({ programName: '冬季送温暖', valueFen: 30_000 });
    expect((await member.get(`/api/assistance/${id}/recommendations`)).statusCode).toBe(404);
  });

  it('takes evidence checked by content and size, and serves it only to those allowed', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(100)]);
    const renamed = await member.request('POST', '/api/files?purpose=assistance_evidence&name=photo.jpg', { raw: exe });
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const html = await member.request('POST', '/api/files?purpose=assistance_evidence&name=a.png', {
      raw: '<html><script>',
    });
    expect(html.statusCode).toBe(415);
    const huge = Buffer.concat([PNG, Buffer.alloc(50 * 1024 * 1024)]);
    const big = await member.request('POST', '/api/files?purpose=assistance_evidence&name=big.png', { raw: huge });
    expect(big.statusCode).toBe(413);
    const ok = await member.request('POST', '/api/files?purpose=assistance_evidence&name=../../诊断书.png', {
      raw: PNG,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: '诊断书.png', mediaType: 'image/png' });
    const fileId = ok.json().id;
    // Another member cannot use or read it.
    const other = await memberAgent(t, (await buildMember(t, tree.u1)).phone);
    expect((await other.get(`/api/files/${fileId}`)).statusCode).toBe(404);
    expect((await other.post('/api/me/assistance', application({ evidenceFileIds: [fileId] }))).json().error.code).toBe(
      'FILE_NOT_USABLE',
    );
    const { id, evidence } = (
      await member.post('/api/me/assistance', application({ evidenceFileIds: [fileId] }))
    ).json();
    expect(evidence).toHaveLength(1);
    // Evidence follows the sensitive data: the assigned reviewer, not every officer of the subtree.
    expect((await baseOfficer.get(`/api/files/${fileId}`)).statusCode).toBe(404);
    await baseOfficer.put(`/api/assistance/${id}/reviewer`, { accountId: baseOfficerId });
    const download = await baseOfficer.get(`/api/files/${fileId}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''%E8%AF%8A");
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect((await auditRows(t, 'file.read')).some((r) => r.target_id === String(id))).toBe(true);
    // Filed under the case's union, so its subtree's auditors see the read.
    const [read] = await t.db.query<{ union_path: string | null }>(
      sql`select union_path from audit_events where action = 'file.read' and target_id = ${String(id)}`,
    );
    expect(read?.union_path).toBe(tree.u1.path);
    expect((await siblingOfficer.get(`/api/files/${fileId}`)).statusCode).toBe(404);
    expect((await member.get(`/api/files/${fileId}`)).statusCode).toBe(200);
    const [stored] = await t.db.query<{ content_cipher: Buffer }>(
      sql`select content_cipher from files where id = ${fileId}`,
    );
    expect(Buffer.from(stored?.content_cipher ?? []).includes(PNG.subarray(0, 8))).toBe(false);
  });

  it('scans evidence for malware: refuses infected files, stores nothing without a scanner, scans older files', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    const count = async () => (await t.db.query<{ n: number }>(sql`select count(*)::int as n from files`))[0]?.n;
    const before = await count();
    const infected = Buffer.concat([PNG, Buffer.from(EICAR, 'latin1')]);
    const refused = await member.request('POST', '/api/files?purpose=assistance_evidence&name=a.png', {
      raw: infected,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'FILE_INFECTED',
      message: expect.stringContaining('Eicar-Test-Signature'),
    });
    expect((await auditRows(t, 'file.infected')).at(-1)).toMatchObject({ outcome: 'failure' });

    const scanner = t.services.scanner;
    t.services.scanner = { name: 'down', scan: () => Promise.reject(new Error('connection refused')) };
    try {
      const down = await member.request('POST', '/api/files?purpose=assistance_evidence&name=a.png', { raw: PNG });
      expect(down.statusCode).toBe(503);
      expect(down.json().error.code).toBe('FILE_SCAN_UNAVAILABLE');
    } finally {
      t.services.scanner = scanner;
    }
    expect(await count()).toBe(before);

    // A file stored before scanning existed is scanned before anyone but its uploader gets it.
    const ok = await member.request('POST', '/api/files?purpose=assistance_evidence&name=b.png', { raw: PNG });
    const fileId = ok.json().id;
    const [scanned] = await t.db.query<{ scanned_by: string }>(sql`select scanned_by from files where id = ${fileId}`);
    expect(scanned?.scanned_by).toBe('dev-eicar');
    const { id } = (await member.post('/api/me/assistance', application({ evidenceFileIds: [fileId] }))).json();
    await baseOfficer.put(`/api/assistance/${id}/reviewer`, { accountId: baseOfficerId });
    await t.db.query(sql`update files set scanned_at = null, scanned_by = null,
      content_cipher = ${t.services.pii.encryptBytes(infected)} where id = ${fileId}`);
    expect((await member.get(`/api/files/${fileId}`)).statusCode).toBe(200);
    const officerRead = await baseOfficer.get(`/api/files/${fileId}`);
    expect(officerRead.statusCode).toBe(422);
    expect(officerRead.json().error.code).toBe('FILE_INFECTED');
    const [row] = await t.db.query<{ infected_signature: string | null; scanned_at: Date | null }>(
      sql`select infected_signature, scanned_at from files where id = ${fileId}`,
    );
    expect(row).toMatchObject({ infected_signature: 'Eicar-Test-Signature', scanned_at: expect.any(Date) });
    // Once found, nobody gets it again, its uploader included.
    expect((await member.get(`/api/files/${fileId}`)).statusCode).toBe(422);
  });

  it('lets a cadre enter an application for a worker who is not a member, checking the ID number', async () => {
    const body = application({
      unionId: tree.u1.id,
      applicant: { name: '王大山', idNumber: '330825198001011234', phone: '13900000001' },
    });
    expect((await baseOfficer.post('/api/assistance', body)).json().error.code).toBe('ID_NUMBER_INVALID');
    const entered = await baseOfficer.post(
      '/api/assistance',
      application({
        unionId: tree.u1.id,
        applicant: { name: '王大山', idNumber: '11010519491231002X', phone: '１３９００００００01' },
      }),
    );
    expect(entered.statusCode).toBe(200);
    expect(entered.json()).toMatchObject({
      channel: 'cadre',
      applicantName: '王大山',
      idNumberMasked: '**************002X',
      // The cadre who typed it in has seen the data: it starts as the case's reviewer.
      reviewer: { id: baseOfficerId },
    });
    expect(entered.json().actions).toContain('reveal');
    expect(
      (
        await baseOfficer.post(
          '/api/assistance',
          application({
            unionId: tree.u3.id,
            applicant: { name: '李', idNumber: '11010519491231002X', phone: '13900000002' },
          }),
        )
      ).statusCode,
    ).toBe(404);
  });
});
