import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
  adminAgent,
  auditRows,
  buildAccount,
  buildMember,
  buildUnion,
  dbKinds,
  memberAgent,
  validCreditCode,
} from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';
import { idCheckChar } from '../../platform/validators.js';

let serial = 100;
/** A valid ID number born in the given year, unique per call. */
function newId(year = 1990): string {
  serial += 1;
  const body = `330825${year}0101${String(serial).padStart(3, '0')}`;
  return body + idCheckChar(body);
}
let phoneSerial = 0;
const newPhone = () => `1360000${String(++phoneSerial).padStart(4, '0')}`;

describe.each(dbKinds)('joining the union on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let township: Awaited<ReturnType<typeof buildUnion>>;
  let riders: Awaited<ReturnType<typeof buildUnion>>;
  let ridersFar: Awaited<ReturnType<typeof buildUnion>>;
  let employerId: number;
  let officer: Agent;
  let c1Officer: Agent;

  beforeAll(async () => {
    township = await buildUnion(t, { parent: tree.c1, level: 'township', name: '甲镇总工会' });
    riders = await buildUnion(t, { parent: township, level: 'base', formation: 'joint', name: '甲镇骑手联合工会' });
    ridersFar = await buildUnion(t, {
      parent: township,
      level: 'base',
      formation: 'joint',
      name: '甲镇北部骑手联合工会',
    });
    await t.db.query(sql`update unions set serves = '{rider}', lng = 119.17, lat = 29.03 where id = ${riders.id}`);
    await t.db.query(sql`update unions set serves = '{rider}', lng = 119.50, lat = 29.50 where id = ${ridersFar.id}`);
    const [e] = await t.db.query<{ id: number }>(sql`insert into employers (credit_code, name, union_id, union_path)
      values (${validCreditCode()}, '甲县一号有限公司', ${tree.u1.id}, ${tree.u1.path}) returning id`);
    employerId = e?.id ?? 0;
    officer = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.u1 }));
    c1Officer = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.c1 }));
  });

  const apply = async (body: Record<string, unknown>, phone = newPhone()) => {
    const agent = await memberAgent(t, phone);
    const res = await agent.post('/api/me/applications', { name: '张建国', category: 'employee', ...body });
    return { agent, res, phone };
  };

  it('routes to the employer’s union; the officer approves; the worker sees progress, a message and the card', async () => {
    const idNumber = newId(1988);
    const { agent, res, phone } = await apply({
      idNumber: ` ${idNumber.toLowerCase()} `,
      employerId,
      job: '装配工',
      education: 'senior',
    });
    expect(res.statusCode).toBe(200);
    const app = res.json();
    const gender = Number(idNumber[16]) % 2 === 1 ? 'male' : 'female';
    expect(app).toMatchObject({
      status: 'pending',
      union: { id: tree.u1.id },
      gender,
      birthDate: '1988-01-01',
      channel: 'online',
    });
    expect(app.idNumber).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    expect(app.actions).toEqual(expect.arrayContaining(['edit', 'withdraw']));
    const queue = (await officer.get('/api/applications?status=pending')).json();
    expect(queue.items.map((a: { id: number }) => a.id)).toContain(app.id);
    const approved = await officer.post(`/api/applications/${app.id}/approve`);
    expect(approved.json()).toMatchObject({ status: 'approved', memberId: expect.any(Number) });
    const mine = (await agent.get('/api/me/applications')).json().items[0];
    expect(mine.events.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'approved']);
    const me = (await agent.get('/api/me')).json();
    expect(me.member).toMatchObject({
      name: '张建国',
      union: { id: tree.u1.id },
      cardNo: expect.stringMatching(/^ZG\d{10}$/),
    });
    const messages = (await agent.get('/api/me/messages')).json();
    expect(messages.items[0].title).toBe('入会申请已通过');
    expect(messages.unread).toBe(2);
    // The text goes through the queue after commit: nothing before the worker runs, exactly one after.
    const texts = () => t.sms.sent.filter((m) => m.phone === phone && m.template === 'notice');
    expect(texts()).toEqual([]);
    expect(await t.services.queue.runDue()).toBeGreaterThan(0);
    expect(texts().map((m) => m.text)).toEqual([expect.stringContaining('入会申请已通过')]);
    await t.services.queue.runDue();
    expect(texts()).toHaveLength(1);
    expect((await auditRows(t, 'membership.approve')).length).toBeGreaterThan(0);
  });

  it('routes a rider to the nearest joint union serving riders in the chosen area', async () => {
    const near = await apply({
      idNumber: newId(),
      category: 'rider',
      areaUnionId: township.id,
      lng: 119.16,
      lat: 29.02,
    });
    expect(near.res.json().union.id).toBe(riders.id);
    const far = await apply({
      idNumber: newId(),
      category: 'rider',
      areaUnionId: township.id,
      lng: 119.51,
      lat: 29.49,
    });
    expect(far.res.json().union.id).toBe(ridersFar.id);
  });

  it('sends a worker nobody serves to the area federation, which re-routes before approving', async () => {
    const { res } = await apply({ idNumber: newId(), category: 'trucking', areaUnionId: township.id });
    const app = res.json();
    expect(app.union.id).toBe(township.id);
    expect((await c1Officer.post(`/api/applications/${app.id}/approve`)).json().error.code).toBe('JOIN_UNION_INVALID');
    const moved = await c1Officer.post(`/api/applications/${app.id}/reroute`, {
      unionId: tree.u2.id,
      reason: '所在单位已建会',
    });
    expect(moved.json().union.id).toBe(tree.u2.id);
    expect(moved.json().events.at(-1)).toMatchObject({
      kind: 'rerouted',
      unionName: '甲县二号公司工会',
      reason: '所在单位已建会',
    });
    expect((await c1Officer.post(`/api/applications/${app.id}/approve`)).json().status).toBe('approved');
  });

  it('binds a scanned join QR to its union', async () => {
    const { res } = await apply({ idNumber: newId(), viaUnionId: tree.u2.id });
    expect(res.json()).toMatchObject({ union: { id: tree.u2.id }, channel: 'qr' });
  });

  it.each([
    ['110105194912310021', 'ID_NUMBER_INVALID'],
    ['110105194902300020', 'ID_NUMBER_INVALID'],
    ['110105491231002', 'ID_NUMBER_INVALID'],
    ['11010519491231002', 'ID_NUMBER_INVALID'],
  ])('rejects the ID number %s with %s, changing nothing', async (idNumber, code) => {
    const before = await t.db.query(sql`select count(*) from membership_applications`);
    const { res } = await apply({ idNumber, employerId });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code, field: 'idNumber' });
    expect(await t.db.query(sql`select count(*) from membership_applications`)).toEqual(before);
  });

  it('accepts the ID number typed in full-width digits', async () => {
    const id = newId(1975);
    const fullWidth = [...id].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    expect((await apply({ idNumber: fullWidth, employerId })).res.json().birthDate).toBe('1975-01-01');
  });

  it('refuses someone born in 2015, a 200-character name and a name with HTML', async () => {
    expect((await apply({ idNumber: newId(2015), employerId })).res.json().error.code).toBe('MEMBER_TOO_YOUNG');
    const long = await apply({ idNumber: newId(), employerId, name: '王'.repeat(200) });
    expect(long.res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'name' });
    const html = await apply({ idNumber: newId(), employerId, name: '<img src=x onerror=alert(1)>' });
    expect(html.res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'name' });
  });

  it('tells a member signed in with their own phone where they belong, and nobody anything about others', async () => {
    const existing = await buildMember(t, tree.u3);
    // The member themselves (the phone they proved) opens the join form: named, with the way to transfer.
    const own = await apply({ idNumber: newId(), employerId }, existing.phone);
    expect(own.res.json().error).toMatchObject({ code: 'MEMBER_ALREADY_MEMBER' });
    expect(own.res.json().error.message).toContain(tree.u3.name);
    // Someone else types a member's ID number, or the ID number of another phone's pending application:
    // one neutral answer, identical in both cases, naming no union.
    const pending = newId();
    expect((await apply({ idNumber: pending, employerId })).res.statusCode).toBe(200);
    const member = (await apply({ idNumber: existing.idNumber, employerId })).res.json().error;
    const applied = (await apply({ idNumber: pending, employerId })).res.json().error;
    const { requestId: _a, ...memberAnswer } = member;
    const { requestId: _b, ...pendingAnswer } = applied;
    expect(memberAnswer).toEqual(pendingAnswer);
    expect(memberAnswer.code).toBe('APPLICATION_ID_UNAVAILABLE');
    for (const name of [tree.u3.name, tree.c2.name, '乙']) expect(JSON.stringify(memberAnswer)).not.toContain(name);
  });

  it('limits join attempts per phone, so the form cannot be used to look people up', async () => {
    const phone = newPhone();
    const agent = await memberAgent(t, phone);
    const codes: string[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await agent.post('/api/me/applications', {
        name: '探',
        category: 'employee',
        idNumber: '110105194912310021',
      });
      codes.push(res.json().error.code);
    }
    expect(codes).toEqual([...Array(10).fill('ID_NUMBER_INVALID'), 'RATE_LIMITED']);
  });

  it('accepts only one of two applications submitted at once for one ID number', async () => {
    const idNumber = newId();
    const a = await memberAgent(t, newPhone());
    const b = await memberAgent(t, newPhone());
    const results = await Promise.all([
      a.post('/api/me/applications', { name: '李同时', idNumber, category: 'employee', employerId }),
      b.post('/api/me/applications', { name: '李同时', idNumber, category: 'employee', employerId }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().error.code).toBe('APPLICATION_ID_UNAVAILABLE');
  });

  it('keeps one pending application per phone, and one member per phone', async () => {
    // One phone applying for seven people at once: one application stands.
    const agent = await memberAgent(t, newPhone());
    const results = await Promise.all(
      Array.from({ length: 7 }, () =>
        agent.post('/api/me/applications', { name: '代申请', idNumber: newId(), category: 'employee', employerId }),
      ),
    );
    expect(results.map((r) => (r.statusCode === 200 ? 'ok' : r.json().error.code)).sort()).toEqual([
      ...Array(6).fill('APPLICATION_PENDING_EXISTS'),
      'ok',
    ]);
    // An application whose phone became another member's in the meantime cannot be approved.
    const { res, phone } = await apply({ idNumber: newId(), employerId });
    await buildMember(t, tree.u1, { phone });
    const approve = await officer.post(`/api/applications/${res.json().id}/approve`);
    expect(approve.json().error.code).toBe('APPLICATION_PHONE_TAKEN');
    // The database refuses a second active member on one phone, whatever writes it.
    await expect(buildMember(t, tree.u2, { phone })).rejects.toMatchObject({ code: '23505' });
  });

  it('answers 404 when an officer of another union tries to decide', async () => {
    const { res } = await apply({ idNumber: newId(), employerId });
    const other = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.u3 }));
    expect((await other.post(`/api/applications/${res.json().id}/approve`)).statusCode).toBe(404);
    expect((await other.get(`/api/applications/${res.json().id}`)).statusCode).toBe(404);
  });

  it('rejects only with a reason, which the applicant sees', async () => {
    const { agent, res } = await apply({ idNumber: newId(), employerId });
    const id = res.json().id;
    expect((await officer.post(`/api/applications/${id}/reject`, { reason: '' })).statusCode).toBe(400);
    await officer.post(`/api/applications/${id}/reject`, { reason: '非本单位职工' });
    const mine = (await agent.get('/api/me/applications')).json().items[0];
    expect(mine).toMatchObject({ status: 'rejected', reason: '非本单位职工' });
    expect(mine.events.at(-1)).toMatchObject({ kind: 'rejected', reason: '非本单位职工' });
  });

  it('lets the applicant edit and withdraw while pending, never after', async () => {
    const { agent, res } = await apply({ idNumber: newId(), employerId });
    const id = res.json().id;
    const edited = await agent.request('PUT', `/api/me/applications/${id}`, {
      name: '张建设',
      idNumber: newId(),
      category: 'employee',
      viaUnionId: tree.u2.id,
    });
    expect(edited.json()).toMatchObject({ name: '张建设', union: { id: tree.u2.id } });
    expect((await agent.post(`/api/me/applications/${id}/withdraw`)).json().status).toBe('withdrawn');
    expect((await agent.post(`/api/me/applications/${id}/withdraw`)).json().error.code).toBe('APPLICATION_NOT_PENDING');
    // Someone else's application is invisible.
    const stranger = await memberAgent(t, newPhone());
    expect((await stranger.post(`/api/me/applications/${id}/withdraw`)).statusCode).toBe(404);
  });

  it('approves at once in a union that turned auto-approval on', async () => {
    const admin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.u2 }));
    expect((await admin.patch(`/api/unions/${tree.u2.id}`, { autoApprove: true })).json().autoApprove).toBe(true);
    const { res } = await apply({ idNumber: newId(), viaUnionId: tree.u2.id });
    expect(res.json()).toMatchObject({ status: 'approved', memberId: expect.any(Number) });
    expect(res.json().events.map((e: { kind: string; actor: string }) => `${e.kind}:${e.actor}`)).toEqual([
      'submitted:member',
      'approved:system',
    ]);
    await admin.patch(`/api/unions/${tree.u2.id}`, { autoApprove: false });
  });

  it('decides in batch, reporting each item', async () => {
    const one = (await apply({ idNumber: newId(), employerId })).res.json().id;
    const two = (await apply({ idNumber: newId(), employerId })).res.json().id;
    await officer.post(`/api/applications/${two}/approve`);
    const res = await officer.post('/api/applications/batch', { ids: [one, two, 999999], decision: 'approve' });
    expect(res.json().results).toEqual([
      { id: one, ok: true, code: null },
      { id: two, ok: false, code: 'APPLICATION_NOT_PENDING' },
      { id: 999999, ok: false, code: 'NOT_FOUND' },
    ]);
  });

  it('offers public look-ups for the form without personal data', async () => {
    const anon = await memberAgent(t, newPhone());
    const unions = (await anon.get(`/api/join/unions?category=rider&areaUnionId=${township.id}`)).json();
    expect(unions.items.map((u: { id: number }) => u.id).sort()).toEqual([riders.id, ridersFar.id].sort());
    const employers = (await anon.get(`/api/join/employers?q=${encodeURIComponent('一号')}`)).json();
    expect(employers.items[0]).toEqual({
      id: employerId,
      name: '甲县一号有限公司',
      creditCode: expect.any(String),
      unionName: '甲县一号公司工会',
    });
  });
});
