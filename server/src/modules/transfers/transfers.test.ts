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

describe.each(dbKinds)('transfers on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let u1Officer: Agent;
  let u3Officer: Agent;
  let c1Admin: Agent;
  beforeAll(async () => {
    u1Officer = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.u1 }));
    u3Officer = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.u3 }));
    c1Admin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
  });

  it('moves a member who asks: the union left approves, then the union joined; the card stays', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    const cardBefore = (await member.get('/api/me')).json().member.cardNo;
    const asked = await member.post('/api/me/transfers', { toUnionId: tree.u3.id, reason: '换了工作' });
    expect(asked.json()).toMatchObject({
      status: 'pending_out',
      from: { id: tree.u1.id },
      to: { id: tree.u3.id },
      actions: ['read', 'cancel'],
    });
    const id = asked.json().id;
    expect((await member.post('/api/me/transfers', { toUnionId: tree.u2.id })).json().error.code).toBe(
      'TRANSFER_OPEN_EXISTS',
    );
    // The joining side cannot act before the leaving side.
    expect((await u3Officer.post(`/api/transfers/${id}/approve`)).statusCode).toBe(403);
    expect((await u1Officer.post(`/api/transfers/${id}/approve`)).json().status).toBe('pending_in');
    expect(
      (await u3Officer.get('/api/transfers?status=pending_in')).json().items.map((x: { id: number }) => x.id),
    ).toContain(id);
    expect((await u3Officer.post(`/api/transfers/${id}/approve`)).json().status).toBe('completed');
    const me = (await member.get('/api/me')).json().member;
    expect(me).toMatchObject({ union: { id: tree.u3.id }, cardNo: cardBefore });
    const history = (await u3Officer.get(`/api/members/${m.id}/history`)).json().items;
    expect(history.at(-1).kind).toBe('transferred');
    expect((await u1Officer.get(`/api/members/${m.id}`)).statusCode).toBe(404);
    expect((await auditRows(t, 'member.transfer')).length).toBe(1);
  });

  it('completes at once between two base unions of one federation', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    expect((await member.post('/api/me/transfers', { toUnionId: tree.u2.id })).json().status).toBe('completed');
    expect((await member.get('/api/me')).json().member.union.id).toBe(tree.u2.id);
  });

  it('completes at once when the cadre administers both unions', async () => {
    const m = await buildMember(t, tree.u1);
    const res = await c1Admin.post(`/api/members/${m.id}/transfer`, { toUnionId: tree.u2.id });
    expect(res.json()).toMatchObject({ status: 'completed', requestedBy: 'admin' });
    expect((await c1Admin.get(`/api/members/${m.id}`)).json().union.id).toBe(tree.u2.id);
  });

  it('refuses with a reason the member sees, and guards bad targets and strangers', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    expect((await member.post('/api/me/transfers', { toUnionId: tree.u1.id })).json().error.code).toBe(
      'TRANSFER_SAME_UNION',
    );
    expect((await member.post('/api/me/transfers', { toUnionId: tree.c2.id })).json().error.code).toBe(
      'JOIN_UNION_INVALID',
    );
    const id = (await member.post('/api/me/transfers', { toUnionId: tree.u3.id })).json().id;
    const stranger = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.u2 }));
    expect((await stranger.post(`/api/transfers/${id}/reject`, { reason: '无' })).statusCode).toBe(404);
    expect((await u1Officer.post(`/api/transfers/${id}/reject`, { reason: '' })).statusCode).toBe(400);
    await u1Officer.post(`/api/transfers/${id}/reject`, { reason: '会费未结清' });
    const mine = (await member.get('/api/me/transfers')).json().items[0];
    expect(mine).toMatchObject({ status: 'rejected', decisionReason: '会费未结清', actions: ['read'] });
    expect((await u1Officer.post(`/api/transfers/${id}/approve`)).json().error.code).toBe('TRANSFER_NOT_PENDING');
  });

  it('lets the member cancel an open transfer', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    const id = (await member.post('/api/me/transfers', { toUnionId: tree.u3.id })).json().id;
    expect((await member.post(`/api/me/transfers/${id}/cancel`)).json().status).toBe('cancelled');
  });
});
