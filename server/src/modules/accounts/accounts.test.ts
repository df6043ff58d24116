import { beforeAll, describe, expect, it } from 'vitest';
import { Agent, type Agent as AgentType, adminAgent, buildAccount, dbKinds } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';

describe.each(dbKinds)('admin accounts and roles on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let county: AgentType;
  let countyId: number;
  beforeAll(async () => {
    const acc = await buildAccount(t, { role: 'union_admin', union: tree.c1 });
    countyId = acc.id;
    county = await adminAgent(t, acc);
  });

  it('creates a base-union admin with a random initial password that must be changed', async () => {
    const res = await county.post('/api/accounts', {
      username: 'Base.Admin',
      displayName: '一号公司工会主席',
      role: 'union_admin',
      unionId: tree.u1.id,
    });
    expect(res.statusCode).toBe(200);
    const { account, initialPassword } = res.json();
    expect(account).toMatchObject({
      username: 'base.admin',
      mustChangePassword: true,
      grants: [{ role: 'union_admin', union: { id: tree.u1.id } }],
    });
    expect(initialPassword).toMatch(/^.{15,}$/);
    const login = await new Agent(t).post('/api/auth/admin/login', {
      username: 'base.admin',
      password: initialPassword,
    });
    expect(login.json().stage).toBe('password_change');
    expect(
      (
        await county.post('/api/accounts', {
          username: 'base.admin',
          displayName: '重复',
          role: 'editor',
          unionId: tree.u1.id,
        })
      ).json().error.code,
    ).toBe('ACCOUNT_USERNAME_TAKEN');
  });

  it('refuses an expired initial password', async () => {
    const { account, initialPassword } = (
      await county.post('/api/accounts', {
        username: 'late.admin',
        displayName: '迟到',
        role: 'editor',
        unionId: tree.u1.id,
      })
    ).json();
    const { sql } = await import('../../platform/sql.js');
    await t.db.query(sql`update accounts set password_expires_at = now() - interval '1 hour' where id = ${account.id}`);
    const res = await new Agent(t).post('/api/auth/admin/login', { username: 'late.admin', password: initialPassword });
    expect(res.json().error.code).toBe('AUTH_PASSWORD_EXPIRED');
  });

  it('never grants a role the granter lacks, outside its subtree, or to itself', async () => {
    const target = await buildAccount(t, { role: 'editor', union: tree.u1 });
    expect(
      (await county.post(`/api/accounts/${target.id}/grants`, { role: 'auditor', unionId: tree.u1.id })).json().error
        .code,
    ).toBe('ROLE_NOT_GRANTABLE');
    expect(
      (await county.post(`/api/accounts/${target.id}/grants`, { role: 'editor', unionId: tree.u3.id })).statusCode,
    ).toBe(404);
    expect(
      (await county.post(`/api/accounts/${countyId}/grants`, { role: 'editor', unionId: tree.u1.id })).json().error
        .code,
    ).toBe('ACCOUNT_SELF_CHANGE');
    const ok = await county.post(`/api/accounts/${target.id}/grants`, {
      role: 'membership_officer',
      unionId: tree.u1.id,
    });
    expect(
      ok
        .json()
        .grants.map((g: { role: string }) => g.role)
        .sort(),
    ).toEqual(['editor', 'membership_officer']);
    const grant = ok.json().grants.find((g: { role: string }) => g.role === 'membership_officer');
    expect((await county.delete(`/api/accounts/${target.id}/grants/${grant.id}`)).json().grants).toHaveLength(1);
  });

  it('cannot disable an account that also holds roles outside its subtree', async () => {
    const cityAdmin = await buildAccount(t, { role: 'union_admin', union: tree.city });
    expect((await county.post(`/api/accounts/${cityAdmin.id}/disable`)).statusCode).toBe(404);
    const mixed = await buildAccount(t, { role: 'editor', union: tree.u1 });
    const { sql } = await import('../../platform/sql.js');
    await t.db.query(
      sql`insert into role_grants (account_id, role, union_id) values (${mixed.id}, 'editor', ${tree.u3.id})`,
    );
    const res = await county.post(`/api/accounts/${mixed.id}/disable`);
    expect(res.statusCode).toBe(403);
    // And its view shows only the roles inside the viewer's subtree.
    expect((await county.get(`/api/accounts/${mixed.id}`)).json().grants).toHaveLength(1);
  });

  it('resets a password: old sessions end, a new initial password works once changed', async () => {
    const acc = await buildAccount(t, { role: 'editor', union: tree.u2 });
    const victim = await adminAgent(t, acc);
    const { initialPassword } = (await county.post(`/api/accounts/${acc.id}/reset-password`)).json();
    expect((await victim.get('/api/auth/session')).json().kind).toBe('anonymous');
    const login = await new Agent(t).post('/api/auth/admin/login', {
      username: acc.username,
      password: initialPassword,
    });
    expect(login.json().stage).toBe('password_change');
  });
});
