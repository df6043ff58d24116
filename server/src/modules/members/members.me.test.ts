// The member's own record from the session (issue 20 item 2), on both databases: what `/api/me` shows, read with the
// session and kept with it in the process's cache, is field for field what the console's read of the same member
// shows; it costs no query once cached; and a change to the member or the employer's name made behind the API (by a
// job, an import, another process) reaches it within the session cache's one-second bound.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type Agent,
  adminAgent,
  buildAccount,
  buildMember,
  dbKinds,
  memberAgent,
  validCreditCode,
} from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';

const BOUND_MS = 1000;

describe.each(dbKinds)('the member’s own record on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let county: Agent;
  const behindTheApi = (q: ReturnType<typeof sql>) => t.services.db.query(q);

  beforeAll(async () => {
    county = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
  });

  it('shows what the console shows of the same member, with no query once cached', async () => {
    const m = await buildMember(t, tree.u1, { name: '陈记录' });
    const [employer] = await t.db.query<{
      id: number;
    }>(sql`insert into employers (credit_code, name, union_id, union_path)
      values (${validCreditCode()}, '记录测试公司', ${tree.u1.id}, ${tree.u1.path}) returning id`);
    await t.db.query(sql`update members set employer_id = ${employer?.id}, tags = '{劳模}' where id = ${m.id}`);
    const member = await memberAgent(t, m.phone);
    const mine = (await member.get('/api/me')).json();
    const console = (await county.get(`/api/members/${m.id}`)).json();
    const { actions: _a, ...seen } = mine.member;
    const { actions: _b, ...expected } = console;
    expect(seen).toEqual(expected);
    expect(seen).toMatchObject({ name: '陈记录', tags: ['劳模'], employer: { name: '记录测试公司' } });
    // The phone is the member's own: shown masked, as the console's is.
    expect(mine.phone).toBe(console.phone);
    const query = vi.spyOn(t.services.db, 'query');
    try {
      expect((await member.get('/api/me')).json().member.name).toBe('陈记录');
      expect(query).not.toHaveBeenCalled();
    } finally {
      query.mockRestore();
    }
  });

  it('shows a change made behind the API within the bound: the member’s name, the employer’s', async () => {
    const m = await buildMember(t, tree.u1, { name: '李旧名' });
    const [employer] = await t.db.query<{
      id: number;
    }>(sql`insert into employers (credit_code, name, union_id, union_path)
      values (${validCreditCode()}, '旧名公司', ${tree.u1.id}, ${tree.u1.path}) returning id`);
    await t.db.query(sql`update members set employer_id = ${employer?.id} where id = ${m.id}`);
    const member = await memberAgent(t, m.phone);
    expect((await member.get('/api/me')).json().member.name).toBe('李旧名');
    await behindTheApi(sql`update members set name = '李新名' where id = ${m.id}`);
    let changed = Date.now();
    await expect
      .poll(async () => (await member.get('/api/me')).json().member.name, { timeout: BOUND_MS, interval: 20 })
      .toBe('李新名');
    expect(Date.now() - changed).toBeLessThanOrEqual(BOUND_MS);
    await behindTheApi(sql`update employers set name = '新名公司' where id = ${employer?.id}`);
    changed = Date.now();
    await expect
      .poll(async () => (await member.get('/api/me')).json().member.employer?.name, { timeout: BOUND_MS, interval: 20 })
      .toBe('新名公司');
    expect(Date.now() - changed).toBeLessThanOrEqual(BOUND_MS);
  });
});
