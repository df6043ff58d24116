import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
  adminAgent,
  auditRows,
  buildAccount,
  buildMember,
  buildTree,
  createTestApp,
  type TestApp,
} from '../../../test/harness.js';
import { ManualClock } from '../../platform/clock.js';
import { sql } from '../../platform/sql.js';

const sheetRows = async (payload: Buffer) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
  return rows;
};

describe('bulk exports need a second officer (PI-15)', () => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let clock: ManualClock;
  let requester: Agent;
  let colleague: Agent;
  let sibling: Agent;
  beforeAll(async () => {
    t = await createTestApp('pglite', { exportApprovalRows: 3 });
    clock = new ManualClock(new Date());
    t.services.clock = clock;
    tree = await buildTree(t);
    requester = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.c1 }));
    colleague = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.c1 }));
    sibling = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.c2 }));
    for (let i = 0; i < 5; i++) await buildMember(t, tree.u1, { name: `导出${i}` });
  });
  afterAll(() => t.close());

  it('exports small selections directly and sends large ones through an approved, watermarked request', async () => {
    const direct = await requester.get('/api/members/export');
    expect(direct.statusCode).toBe(409);
    expect(direct.json().error).toMatchObject({ code: 'EXPORT_NEEDS_APPROVAL' });
    expect(direct.json().error.message).toContain('5');
    expect((await requester.get(`/api/members/export?q=${encodeURIComponent('导出1')}`)).statusCode).toBe(200);

    const created = await requester.post('/api/export-requests', {
      kind: 'members',
      filters: { status: 'active' },
      reason: '年度会员统计报送',
    });
    expect(created.statusCode).toBe(200);
    const request = created.json();
    expect(request).toMatchObject({ status: 'pending', rowCount: 5, union: { id: tree.c1.id }, actions: [] });
    const id = request.id as number;

    // Not by the requester, not from another subtree; and nothing to download before approval.
    expect((await requester.post(`/api/export-requests/${id}/approve`)).statusCode).toBe(403);
    expect((await sibling.post(`/api/export-requests/${id}/approve`)).statusCode).toBe(404);
    expect((await sibling.get('/api/export-requests')).json().items).toHaveLength(0);
    expect((await requester.get(`/api/export-requests/${id}/download`)).json().error.code).toBe('EXPORT_NOT_AVAILABLE');
    const queue = (await colleague.get('/api/export-requests')).json().items;
    expect(queue[0]).toMatchObject({ id, actions: ['approve', 'refuse'] });

    const approved = (await colleague.post(`/api/export-requests/${id}/approve`)).json();
    expect(approved).toMatchObject({ status: 'approved', actions: [] });
    expect((await colleague.get(`/api/export-requests/${id}/download`)).statusCode).toBe(403);
    const file = await requester.get(`/api/export-requests/${id}/download`);
    expect(file.statusCode).toBe(200);
    const rows = await sheetRows(file.rawPayload);
    expect(rows[0]?.[0]).toContain(`导出申请 #${id}`);
    expect(rows[0]?.[0]).toContain(approved.decidedBy);
    expect(rows).toHaveLength(1 + 1 + 5);
    expect(rows.slice(2).every((r) => /\*{6,}/.test(r[1] ?? ''))).toBe(true); // ID numbers stay masked
    // Once only.
    expect((await requester.get(`/api/export-requests/${id}/download`)).json().error.code).toBe('EXPORT_NOT_AVAILABLE');
    const exported = (await auditRows(t, 'member.export')).at(-1)?.detail as { requestId?: number; rows: number };
    expect(exported).toMatchObject({ requestId: id, rows: 5 });
    expect((await auditRows(t, 'export.approve')).length).toBe(1);
  });

  it('keeps a refusal’s reason, and lets an approval lapse after a day', async () => {
    const ask = async () =>
      (await requester.post('/api/export-requests', { kind: 'members', filters: {}, reason: '核对' })).json().id;
    const refused = await ask();
    const res = await colleague.post(`/api/export-requests/${refused}/refuse`, { reason: '范围过大，请按单位导出' });
    expect(res.json()).toMatchObject({ status: 'refused', refusalReason: '范围过大，请按单位导出' });
    expect((await requester.get(`/api/export-requests/${refused}/download`)).statusCode).toBe(409);
    expect((await colleague.post(`/api/export-requests/${refused}/approve`)).statusCode).toBe(403);

    const lapsed = await ask();
    await colleague.post(`/api/export-requests/${lapsed}/approve`);
    clock.advance(25 * 3_600_000);
    expect((await requester.get(`/api/export-requests/${lapsed}/download`)).json().error.code).toBe(
      'EXPORT_NOT_AVAILABLE',
    );
    const [row] = await t.db.query<{ status: string }>(sql`select status from export_requests where id = ${lapsed}`);
    expect(row?.status).toBe('approved');
  });

  it('asks an officer of several unions which one to export, and refuses members and bad input', async () => {
    const both = await buildAccount(t, { role: 'membership_officer', union: tree.c1 });
    await t.db.query(
      sql`insert into role_grants (account_id, role, union_id) values (${both.id}, 'membership_officer', ${tree.c2.id})`,
    );
    const agent = await adminAgent(t, both);
    const body = { kind: 'members', filters: {}, reason: '统计' };
    expect((await agent.post('/api/export-requests', body)).json().error.code).toBe('EXPORT_CHOOSE_UNION');
    const chosen = await agent.post('/api/export-requests', { ...body, filters: { unionId: tree.c2.id } });
    expect(chosen.json()).toMatchObject({ union: { id: tree.c2.id }, rowCount: 0 });
    // A request without a union records the requester's one union, so later grants do not widen it.
    const scoped = (await requester.post('/api/export-requests', body)).json();
    expect(scoped.filters).toMatchObject({ unionId: tree.c1.id });
    expect((await agent.post('/api/export-requests', { ...body, reason: '' })).statusCode).toBe(400);
    expect((await agent.post('/api/export-requests', { ...body, kind: 'payroll' })).statusCode).toBe(400);
    expect(
      (await requester.post('/api/export-requests', { ...body, filters: { unionId: tree.u3.id } })).statusCode,
    ).toBe(404);
  });
});
