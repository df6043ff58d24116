import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
  adminAgent,
  auditRows,
  buildAccount,
  buildMember,
  dbKinds,
  memberAgent,
  validCreditCode,
} from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';

describe.each(dbKinds)('self-service corrections on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let officer: Agent;
  beforeAll(async () => {
    officer = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.u1 }));
  });

  it('changes the phone only with a code sent to the new number, then signs the member in anew', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    const newPhone = '13711112222';
    // A login code for the new phone does not complete a phone change.
    await new (await import('../../../test/harness.js')).Agent(t).post('/api/auth/sms/request', { phone: newPhone });
    const loginCode = t.sms.lastCode(newPhone);
    expect(
      (await member.post('/api/me/corrections', { field: 'phone', phone: newPhone, code: loginCode })).json().error
        .code,
    ).toBe('SMS_CODE_INVALID');
    await t.db.query(sql`delete from rate_limits`);
    expect((await member.post('/api/me/phone-code', { phone: newPhone })).statusCode).toBe(200);
    expect(t.sms.sent.at(-1)?.template).toBe('change_phone_code');
    const asked = await member.post('/api/me/corrections', {
      field: 'phone',
      phone: newPhone,
      code: t.sms.lastCode(newPhone),
    });
    expect(asked.json()).toMatchObject({ field: 'phone', newValue: '137****2222', status: 'pending' });
    expect(
      (await officer.get('/api/corrections?status=pending')).json().items.map((c: { id: number }) => c.id),
    ).toContain(asked.json().id);
    expect((await officer.post(`/api/corrections/${asked.json().id}/approve`)).json().status).toBe('approved');
    // The old phone's session is over; the new phone signs in to the same membership.
    expect((await member.get('/api/me')).statusCode).toBe(401);
    await t.db.query(sql`delete from rate_limits`); // the new phone already had its one text this minute
    const again = await memberAgent(t, newPhone);
    expect((await again.get('/api/me')).json().member.id).toBe(m.id);
    expect((await auditRows(t, 'member.correct')).length).toBeGreaterThan(0);
  });

  it('refuses a new phone that already signs in another member, when asked and when approved', async () => {
    const m = await buildMember(t, tree.u1);
    const other = await buildMember(t, tree.u2);
    const member = await memberAgent(t, m.phone);
    await t.db.query(sql`delete from rate_limits`);
    await member.post('/api/me/phone-code', { phone: other.phone });
    const asked = await member.post('/api/me/corrections', {
      field: 'phone',
      phone: other.phone,
      code: t.sms.lastCode(other.phone),
    });
    expect(asked.json().error.code).toBe('CORRECTION_PHONE_TAKEN');
    // The phone was free when asked, and taken before the officer decided.
    const spare = '13722223333';
    await t.db.query(sql`delete from rate_limits`);
    await member.post('/api/me/phone-code', { phone: spare });
    const pending = await member.post('/api/me/corrections', {
      field: 'phone',
      phone: spare,
      code: t.sms.lastCode(spare),
    });
    expect(pending.json().status).toBe('pending');
    await buildMember(t, tree.u2, { phone: spare });
    expect((await officer.post(`/api/corrections/${pending.json().id}/approve`)).json().error.code).toBe(
      'CORRECTION_PHONE_TAKEN',
    );
  });

  it('corrects the employer within the member’s union and the address; refuses an employer elsewhere', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    const [mine] = await t.db.query<{ id: number }>(sql`insert into employers (credit_code, name, union_id, union_path)
      values (${validCreditCode()}, '本会覆盖单位', ${tree.u1.id}, ${tree.u1.path}) returning id`);
    const [other] = await t.db.query<{ id: number }>(sql`insert into employers (credit_code, name, union_id, union_path)
      values (${validCreditCode()}, '外会单位', ${tree.u3.id}, ${tree.u3.path}) returning id`);
    const bad = (await member.post('/api/me/corrections', { field: 'employer', employerId: other?.id })).json();
    expect((await officer.post(`/api/corrections/${bad.id}/approve`)).json().error.code).toBe(
      'CORRECTION_EMPLOYER_ELSEWHERE',
    );
    await officer.post(`/api/corrections/${bad.id}/reject`, { reason: '该单位不属本会，请走转会' });
    const good = (await member.post('/api/me/corrections', { field: 'employer', employerId: mine?.id })).json();
    expect(good.newValue).toBe('本会覆盖单位');
    expect(
      (await member.post('/api/me/corrections', { field: 'employer', employerId: mine?.id })).json().error.code,
    ).toBe('CORRECTION_PENDING_EXISTS');
    await officer.post(`/api/corrections/${good.id}/approve`);
    const address = (
      await member.post('/api/me/corrections', { field: 'address', address: '龙游县荣昌大道 8 号' })
    ).json();
    await officer.post(`/api/corrections/${address.id}/approve`);
    const me = (await member.get('/api/me')).json().member;
    expect(me).toMatchObject({ employer: { name: '本会覆盖单位' }, address: '龙游县荣昌大道 8 号' });
    const [row] = await t.db.query<{ address_cipher: string }>(
      sql`select address_cipher from members where id = ${m.id}`,
    );
    expect(row?.address_cipher).toMatch(/^v2:/);
    const list = (await member.get('/api/me/corrections')).json().items;
    expect(list.find((c: { id: number }) => c.id === bad.id)).toMatchObject({
      status: 'rejected',
      decisionReason: '该单位不属本会，请走转会',
    });
  });

  it('keeps other unions out and lets the member withdraw', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    const c = (await member.post('/api/me/corrections', { field: 'address', address: '新地址' })).json();
    const stranger = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.u3 }));
    expect((await stranger.post(`/api/corrections/${c.id}/approve`)).statusCode).toBe(404);
    expect((await member.post(`/api/me/corrections/${c.id}/cancel`)).json().status).toBe('cancelled');
    expect((await officer.post(`/api/corrections/${c.id}/approve`)).json().error.code).toBe('CORRECTION_NOT_PENDING');
    expect((await member.post('/api/me/corrections', { field: 'nickname', value: 'x' })).statusCode).toBe(400);
  });
});
