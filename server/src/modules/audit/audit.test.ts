import { describe, expect, it } from 'vitest';
import { adminAgent, auditRows, buildAccount, buildMember, dbKinds } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';

describe.each(dbKinds)('audit trail on %s', (kind) => {
  const { t, tree } = useWorld(kind);

  it('is append-only in the database: UPDATE and DELETE fail', async () => {
    const admin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    await admin.patch(`/api/unions/${tree.u1.id}`, { address: '审计测试' });
    await expect(t.db.query(sql`update audit_events set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(sql`delete from audit_events`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(sql`truncate audit_events`)).rejects.toThrow(/append-only/);
    expect((await auditRows(t, 'union.update')).length).toBeGreaterThan(0);
  });

  it('records who, roles, what, before/after, IP and request id for an admin write', async () => {
    const acc = await buildAccount(t, { role: 'union_admin', union: tree.c1 });
    const admin = await adminAgent(t, acc);
    const res = await admin.patch(`/api/unions/${tree.u2.id}`, { name: '甲县二号公司工会（新）' });
    const [row] = await t.db.query<Record<string, unknown>>(
      sql`select * from audit_events where action = 'union.update' and target_id = ${String(tree.u2.id)} order by id desc limit 1`,
    );
    expect(row).toMatchObject({
      actor_kind: 'admin',
      actor_id: acc.id,
      actor_name: acc.username,
      actor_roles: `union_admin@${tree.c1.id}`,
      union_id: tree.u2.id,
      before: expect.objectContaining({ name: '甲县二号公司工会' }),
      // Chinese punctuation is kept as typed.
      after: expect.objectContaining({ name: '甲县二号公司工会（新）' }),
      request_id: res.headers['x-request-id'],
    });
    expect(row?.ip).toBeTruthy();
  });

  it('lets an auditor search and export within their subtree, and audits the export', async () => {
    const auditor = await adminAgent(t, await buildAccount(t, { role: 'auditor', union: tree.c1 }));
    const page = (await auditor.get('/api/audit-events?action=union.')).json();
    expect(page.total).toBeGreaterThan(0);
    const csv = await auditor.get('/api/audit-events/export?action=union.');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(csv.body.split('\r\n')[0]).toContain('id,at,actor_kind');
    expect((await auditRows(t, 'audit.export')).length).toBe(1);
    // Union admins run the tree but do not read the trail (separation of duties).
    const admin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    expect((await admin.get('/api/audit-events')).statusCode).toBe(403);
  });

  it('names who read whose data, in which union and why, with the member masked', async () => {
    const officer = await buildAccount(t, { role: 'union_admin', union: tree.c1 });
    const admin = await adminAgent(t, officer);
    const m = await buildMember(t, tree.u1, { name: '李小四' });
    const revealed = await admin.post(`/api/members/${m.id}/reveal`, { field: 'idNumber', reason: '核对入会信息' });
    expect(revealed.statusCode, revealed.body).toBe(200);
    const auditor = await adminAgent(t, await buildAccount(t, { role: 'auditor', union: tree.c1 }));
    const [event] = (await auditor.get('/api/audit-events?action=member.reveal')).json().items;
    const [last4] = await t.db.query<{ id_number_last4: string }>(
      sql`select id_number_last4 from members where id = ${m.id}`,
    );
    expect(event).toMatchObject({
      actorName: officer.username,
      action: 'member.reveal',
      unionName: tree.u1.name,
      targetName: `李*四 …${last4?.id_number_last4}`,
      field: 'idNumber',
      reason: '核对入会信息',
    });
    expect(JSON.stringify(event)).not.toContain('李小四');
  });
});
