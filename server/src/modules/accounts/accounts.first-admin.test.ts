// The accounts of the command line (npm run admin:create): the root union and a union administrator who must
// change the one-time password, one audit row each, a refusal once the tree has a root; and auditors, whom no
// console role may make.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, auditRows, createTestApp, dbKinds, type TestApp } from '../../../test/harness.js';
import { sql } from '../../platform/sql.js';
import { createAuditor, createFirstAdmin, FirstAdminError } from './accounts.first-admin.js';

describe.each(dbKinds)('the accounts of the command line on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t?.close());

  const input = { unionName: '衢州市总工会', level: 'city' as const, username: 'City-Admin', displayName: '张主席' };

  it('refuses bad input, and an auditor before the tree exists, before touching the database', async () => {
    await expect(createAuditor(t.db, { username: 'audit', displayName: '王审计' })).rejects.toThrow(
      /No union tree yet/,
    );
    for (const bad of [
      { ...input, username: 'ab' },
      { ...input, username: '张三' },
      { ...input, unionName: '  ' },
      { ...input, displayName: 'x'.repeat(51) },
      { ...input, level: 'base' as unknown as typeof input.level }, // as the command line could pass it
    ])
      await expect(createFirstAdmin(t.db, bad)).rejects.toBeInstanceOf(FirstAdminError);
    expect(await t.db.query(sql`select id from unions`)).toEqual([]);
    expect(await t.db.query(sql`select id from accounts`)).toEqual([]);
  });

  it('makes the root and a union administrator whose one-time password must be changed', async () => {
    const made = await createFirstAdmin(t.db, input);
    expect(made.username).toBe('city-admin');
    expect(await t.db.query(sql`select id, parent_id, path, name, level from unions`)).toEqual([
      { id: made.unionId, parent_id: null, path: `/${made.unionId}/`, name: '衢州市总工会', level: 'city' },
    ]);
    expect(
      await t.db.query(sql`select account_id, role, union_id from role_grants where account_id = ${made.accountId}`),
    ).toEqual([{ account_id: made.accountId, role: 'union_admin', union_id: made.unionId }]);
    const [account] = await t.db.query<{ must_change_password: boolean; hours: number }>(sql`
      select must_change_password, round(extract(epoch from password_expires_at - now()) / 3600)::int as hours
      from accounts where id = ${made.accountId}`);
    expect(account).toEqual({ must_change_password: true, hours: 72 });
    const login = await new Agent(t).post('/api/auth/admin/login', {
      username: 'city-admin',
      password: made.initialPassword,
    });
    expect(login.json().stage).toBe('password_change');
    const [created] = await auditRows(t, 'account.create');
    expect(created).toMatchObject({
      target_id: String(made.accountId),
      after: { username: 'city-admin', role: 'union_admin', unionId: made.unionId, via: 'admin:create' },
    });
  });

  it('refuses a second time, leaving the tree and the accounts as they were', async () => {
    await expect(createFirstAdmin(t.db, { ...input, username: 'second' })).rejects.toThrow(/already has its root/);
    expect(await t.db.query(sql`select username from accounts`)).toEqual([{ username: 'city-admin' }]);
    expect((await t.db.query(sql`select id from unions`)).length).toBe(1);
  });

  it('makes an auditor on the root, once per username', async () => {
    const [root] = await t.db.query<{ id: number }>(sql`select id from unions where parent_id is null`);
    const made = await createAuditor(t.db, { username: 'audit', displayName: '王审计' });
    expect(await t.db.query(sql`select role, union_id from role_grants where account_id = ${made.accountId}`)).toEqual([
      { role: 'auditor', union_id: root?.id },
    ]);
    await expect(createAuditor(t.db, { username: 'audit', displayName: '又一个' })).rejects.toThrow(/audit is taken/);
  });
});
