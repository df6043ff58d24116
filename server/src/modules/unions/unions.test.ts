import { beforeAll, describe, expect, it } from 'vitest';
import { type Agent, adminAgent, auditRows, buildAccount, buildMember, dbKinds } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';

describe.each(dbKinds)('unions on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let cityAdmin: Agent;
  let c1Admin: Agent;
  let c2Admin: Agent;

  beforeAll(async () => {
    cityAdmin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.city }));
    c1Admin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    c2Admin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c2 }));
  });

  it('lists the top of each admin’s view and lazy-loads children', async () => {
    const top = (await c1Admin.get('/api/unions')).json();
    expect(top.items.map((u: { name: string }) => u.name)).toEqual(['甲县总工会']);
    const children = (await c1Admin.get(`/api/unions?parentId=${tree.c1.id}`)).json();
    expect(children.items.map((u: { name: string }) => u.name).sort()).toEqual([
      '甲县一号公司工会',
      '甲县二号公司工会',
    ]);
    expect(children.items[0].ancestors).toEqual([{ id: tree.c1.id, name: '甲县总工会' }]);
  });

  it('searches by name only inside the caller’s subtree', async () => {
    const res = (await c1Admin.get(`/api/unions?q=${encodeURIComponent('公司工会')}`)).json();
    expect(res.total).toBe(2);
    const all = (await cityAdmin.get(`/api/unions?q=${encodeURIComponent('公司工会')}`)).json();
    expect(all.total).toBe(3);
    const injection = await c1Admin.get(`/api/unions?q=${encodeURIComponent("' OR 1=1--")}`);
    expect(injection.statusCode).toBe(200);
    expect(injection.json().total).toBe(0);
  });

  it('answers 404 for a sibling county’s union, exactly like a missing one', async () => {
    const other = await c1Admin.get(`/api/unions/${tree.u3.id}`);
    const missing = await c1Admin.get('/api/unions/999999');
    expect(other.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(other.json().error.code).toBe(missing.json().error.code);
    expect((await cityAdmin.get(`/api/unions/${tree.u3.id}`)).statusCode).toBe(200);
    expect((await c1Admin.patch(`/api/unions/${tree.u3.id}`, { name: '改名' })).statusCode).toBe(404);
  });

  it('creates a union with the actions the caller may take, and audits it', async () => {
    const res = await c1Admin.post('/api/unions', {
      parentId: tree.c1.id,
      name: ' 新建　公司工会 ',
      level: 'base',
      formation: 'joint',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      name: '新建 公司工会',
      level: 'base',
      formation: 'joint',
      parentId: tree.c1.id,
      active: true,
    });
    expect(body.actions).toEqual(expect.arrayContaining(['read', 'update', 'move', 'deactivate']));
    const rows = await auditRows(t, 'union.create');
    expect(rows.at(-1)).toMatchObject({
      target_id: String(body.id),
      after: expect.objectContaining({ name: '新建 公司工会' }),
    });
  });

  it('rejects bad input with a stable code, a field and both languages, changing nothing', async () => {
    const long = await c1Admin.post('/api/unions', {
      parentId: tree.c1.id,
      name: '工'.repeat(500),
      level: 'base',
      formation: 'single',
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'name' });
    expect(long.json().error.messages['zh-CN']).toContain('输入有误');
    expect(long.json().error.messages.en).toContain('Invalid input');
    const script = await c1Admin.post('/api/unions', {
      parentId: tree.c1.id,
      name: '<script>alert(1)</script>',
      level: 'base',
      formation: 'single',
    });
    expect(script.statusCode).toBe(400);
    const level = await c1Admin.post('/api/unions', {
      parentId: tree.u1.id,
      name: '下级',
      level: 'base',
      formation: 'single',
    });
    expect(level.statusCode).toBe(403);
    const upward = await c1Admin.post('/api/unions', {
      parentId: tree.c1.id,
      name: '县级',
      level: 'city',
      formation: 'area',
    });
    expect(upward.json().error.code).toBe('UNION_PARENT_LEVEL_INVALID');
    const extra = await c1Admin.post('/api/unions', {
      parentId: tree.c1.id,
      name: '多余',
      level: 'base',
      formation: 'single',
      path: '/1/',
    });
    expect(extra.json().error.code).toBe('VALIDATION_FAILED');
    const wrongType = await c1Admin.post('/api/unions', {
      parentId: String(tree.c1.id),
      name: '类型',
      level: 'base',
      formation: 'single',
    });
    expect(wrongType.statusCode).toBe(400);
    expect(JSON.stringify(wrongType.json())).not.toMatch(/stack|at .*\.ts/);
  });

  it('moves a subtree with its members, refusing a move under itself or a descendant', async () => {
    const township = (
      await cityAdmin.post('/api/unions', {
        parentId: tree.c1.id,
        name: '甲镇总工会',
        level: 'township',
        formation: 'area',
      })
    ).json();
    const base = (
      await cityAdmin.post('/api/unions', {
        parentId: township.id,
        name: '甲镇公司工会',
        level: 'base',
        formation: 'single',
      })
    ).json();
    const member = await buildMember(t, { id: base.id, path: `${tree.c1.path}${township.id}/${base.id}/`, name: '' });
    expect(
      (await cityAdmin.post(`/api/unions/${township.id}/move`, { newParentId: township.id })).json().error.code,
    ).toBe('UNION_MOVE_INTO_OWN_SUBTREE');
    expect((await cityAdmin.post(`/api/unions/${tree.c1.id}/move`, { newParentId: base.id })).json().error.code).toBe(
      'UNION_MOVE_INTO_OWN_SUBTREE',
    );
    // C1's admin cannot place it under C2 (not theirs); the city admin can.
    expect((await c1Admin.post(`/api/unions/${township.id}/move`, { newParentId: tree.c2.id })).statusCode).toBe(404);
    const moved = await cityAdmin.post(`/api/unions/${township.id}/move`, { newParentId: tree.c2.id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().parentId).toBe(tree.c2.id);
    // Access follows at once (AZ-04): C1 lost the subtree, C2 gained it, members were re-pathed.
    expect((await c1Admin.get(`/api/unions/${base.id}`)).statusCode).toBe(404);
    expect((await c2Admin.get(`/api/unions/${base.id}`)).json().memberCount).toBe(1);
    expect((await c2Admin.get(`/api/members/${member.id}`)).statusCode).toBe(200);
    expect((await c1Admin.get(`/api/members/${member.id}`)).statusCode).toBe(404);
    // Exactly the new path, for the unions and for the rows that copy it.
    const newPath = `${tree.c2.path}${township.id}/${base.id}/`;
    const [union] = await t.db.query<{ path: string }>(sql`select path from unions where id = ${base.id}`);
    const [row] = await t.db.query<{ union_path: string }>(sql`select union_path from members where id = ${member.id}`);
    expect([union?.path, row?.union_path]).toEqual([newPath, newPath]);
    const audit = await auditRows(t, 'union.move');
    expect(audit.at(-1)).toMatchObject({
      target_id: String(township.id),
      after: expect.objectContaining({ parentId: tree.c2.id }),
    });
  });

  it('refuses to deactivate a union with active children or members', async () => {
    expect((await cityAdmin.post(`/api/unions/${tree.c1.id}/deactivate`)).json().error.code).toBe(
      'UNION_HAS_ACTIVE_CHILDREN',
    );
    const lonely = (
      await c1Admin.post('/api/unions', {
        parentId: tree.c1.id,
        name: '有会员的工会',
        level: 'base',
        formation: 'single',
      })
    ).json();
    await buildMember(t, { id: lonely.id, path: `${tree.c1.path}${lonely.id}/`, name: '' });
    expect((await c1Admin.post(`/api/unions/${lonely.id}/deactivate`)).json().error.code).toBe(
      'UNION_HAS_ACTIVE_MEMBERS',
    );
    const empty = (
      await c1Admin.post('/api/unions', { parentId: tree.c1.id, name: '空工会', level: 'base', formation: 'single' })
    ).json();
    const res = await c1Admin.post(`/api/unions/${empty.id}/deactivate`);
    expect(res.json()).toMatchObject({ active: false, actions: expect.arrayContaining(['reactivate']) });
    expect((await c1Admin.post(`/api/unions/${empty.id}/reactivate`)).json().active).toBe(true);
  });

  it('never moves or deactivates the root', async () => {
    const sys = await adminAgent(t, await buildAccount(t, { role: 'system_admin', union: tree.province }));
    expect((await sys.post(`/api/unions/${tree.province.id}/deactivate`)).json().error.code).toBe(
      'UNION_ROOT_IMMUTABLE',
    );
  });
});
