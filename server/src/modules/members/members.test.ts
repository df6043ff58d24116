import ExcelJS from 'exceljs';
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
import { sql } from '../../platform/sql.js';

describe.each(dbKinds)('member records and personal data on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let officer: Agent;
  let member: Awaited<ReturnType<typeof buildMember>>;

  beforeAll(async () => {
    member = await buildMember(t, tree.u1, { name: '李四' });
    await buildMember(t, tree.u3, { name: '王五' });
    officer = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.c1 }));
  });

  it('stores ID numbers and phones only encrypted', async () => {
    const [row] = await t.db.query<Record<string, unknown>>(sql`select * from members where id = ${member.id}`);
    const dump = JSON.stringify(row);
    expect(dump).not.toContain(member.idNumber);
    expect(dump).not.toContain(member.phone);
    expect(String(row?.id_number_cipher)).toMatch(/^v2:/);
  });

  it('lists masked records of the caller’s subtree only, with no cipher columns', async () => {
    const res = await officer.get('/api/members');
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.items.map((m: { name: string }) => m.name)).toEqual(['李四']);
    const m = body.items[0];
    expect(m.idNumber).toBe(`${member.idNumber.slice(0, 4)}**********${member.idNumber.slice(-4)}`);
    expect(m.phone).toBe(`${member.phone.slice(0, 3)}****${member.phone.slice(-4)}`);
    expect(Object.keys(m).sort()).toEqual(
      [
        'actions',
        'address',
        'birthDate',
        'cardNo',
        'category',
        'employer',
        'gender',
        'id',
        'idNumber',
        'joinedAt',
        'name',
        'phone',
        'status',
        'tags',
        'union',
      ].sort(),
    );
    expect(JSON.stringify(body)).not.toContain(member.idNumber);
  });

  it('finds a member by a name fragment or the last 4 of the ID', async () => {
    const byId = (await officer.get(`/api/members?q=${member.idNumber.slice(-4)}`)).json();
    expect(byId.items.map((m: { id: number }) => m.id)).toContain(member.id);
    expect((await officer.get(`/api/members?q=${encodeURIComponent('李')}`)).json().items[0].id).toBe(member.id);
  });

  it('searches by whole phone or ID number in a POST body, and by employer', async () => {
    const byPhone = (await officer.post('/api/members/search', { phone: `+86 ${member.phone}` })).json();
    expect(byPhone.items.map((m: { id: number }) => m.id)).toEqual([member.id]);
    const byId = (await officer.post('/api/members/search', { idNumber: member.idNumber.toLowerCase() })).json();
    expect(byId.items.map((m: { id: number }) => m.id)).toEqual([member.id]);
    expect((await officer.post('/api/members/search', { phone: 'garbage' })).json().total).toBe(0);
    expect((await officer.get('/api/members?employerId=999999')).json().total).toBe(0);
  });

  it('reveals a full value only with a reason, and audits who saw what', async () => {
    expect((await officer.post(`/api/members/${member.id}/reveal`, { field: 'idNumber' })).json().error.field).toBe(
      'reason',
    );
    const res = await officer.post(`/api/members/${member.id}/reveal`, {
      field: 'idNumber',
      reason: '办理帮扶核实身份',
    });
    expect(res.json()).toEqual({ field: 'idNumber', value: member.idNumber });
    const [row] = (await auditRows(t, 'member.reveal')).slice(-1);
    expect(row).toMatchObject({
      target_id: String(member.id),
      detail: { field: 'idNumber', reason: '办理帮扶核实身份' },
    });
  });

  it('refuses reveal to roles without it, and 404s another subtree', async () => {
    const handler = await adminAgent(t, await buildAccount(t, { role: 'case_handler', union: tree.c1 }));
    expect(
      (await handler.post(`/api/members/${member.id}/reveal`, { field: 'phone', reason: '查看' })).statusCode,
    ).toBe(403);
    const other = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.c2 }));
    expect((await other.post(`/api/members/${member.id}/reveal`, { field: 'phone', reason: '查看' })).statusCode).toBe(
      404,
    );
  });
});

describe.each(dbKinds)('leaving and reinstatement on %s', (kind) => {
  const { t, tree } = useWorld(kind);

  it('ends a membership with a reason, revokes the card, and reinstates it with history', async () => {
    const m = await buildMember(t, tree.u1);
    const officer = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.u1 }));
    expect((await officer.post(`/api/members/${m.id}/leave`, {})).json().error.field).toBe('reason');
    const left = await officer.post(`/api/members/${m.id}/leave`, { reason: '离职' });
    expect(left.json()).toMatchObject({ status: 'left', actions: expect.arrayContaining(['reinstate']) });
    expect((await officer.post(`/api/members/${m.id}/leave`, { reason: '再次' })).json().error.code).toBe(
      'MEMBER_NOT_ACTIVE',
    );
    const member = await memberAgent(t, m.phone);
    expect((await member.get('/api/me/card')).json().error.code).toBe('CARD_NOT_AVAILABLE');
    expect((await officer.post(`/api/members/${m.id}/reinstate`)).json().status).toBe('active');
    const history = (await officer.get(`/api/members/${m.id}/history`)).json().items;
    expect(history.map((h: { kind: string; reason: string | null }) => [h.kind, h.reason])).toEqual([
      ['left', '离职'],
      ['reinstated', null],
    ]);
    expect((await auditRows(t, 'member.leave')).length).toBe(1);
  });
});

describe.each(dbKinds)('member export on %s', (kind) => {
  const { t, tree } = useWorld(kind);

  it('exports the subtree to xlsx with masked personal data and neutralised formulas, and audits it', async () => {
    const m = await buildMember(t, tree.u1, { name: '=HYPERLINK("http://x")' });
    await buildMember(t, tree.u3, { name: '外县会员' });
    const officer = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.c1 }));
    const res = await officer.get('/api/members/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const values =
      book.worksheets[0]
        ?.getSheetValues()
        .slice(1)
        .map((r) => (r as unknown[]).slice(1)) ?? [];
    expect(values).toHaveLength(2);
    expect(values[1]?.[0]).toBe(`'=HYPERLINK("http://x")`);
    expect(values[1]?.[1]).toBe(`${m.idNumber.slice(0, 4)}**********${m.idNumber.slice(-4)}`);
    expect(JSON.stringify(values)).not.toContain('外县会员');
    expect(JSON.stringify(values)).not.toContain(m.idNumber);
    expect((await auditRows(t, 'member.export'))[0]?.detail).toMatchObject({ rows: 1 });
  });
});
