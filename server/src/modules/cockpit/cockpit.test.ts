import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminAgent,
  buildAccount,
  buildMember,
  buildTree,
  createTestApp,
  dbKinds,
  type TestApp,
} from '../../../test/harness.js';
import { sql } from '../../platform/sql.js';

describe.each(dbKinds)('cockpit figures on %s', (kind) => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    tree = await buildTree(t);
    for (let i = 0; i < 3; i++) await buildMember(t, tree.u1);
    await buildMember(t, tree.u2);
    await buildMember(t, tree.u3);
    const gig = await buildMember(t, tree.u2);
    await t.db.query(sql`update members set category = 'rider' where id = ${gig.id}`);
    const left = await buildMember(t, tree.u1);
    await t.db.query(sql`update members set status = 'left' where id = ${left.id}`);
  });
  afterAll(() => t.close());

  it('counts unions and active members of the subtree, with children for drill-down', async () => {
    const city = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.city }));
    const top = (await city.get('/api/cockpit/overview')).json();
    expect(top.union.id).toBe(tree.city.id);
    expect(top.totals).toMatchObject({ unions: 6, baseUnions: 3, members: 6, gigMembers: 1 });
    expect(top.children).toEqual([
      expect.objectContaining({ id: tree.c1.id, members: 5, unions: 3, hasChildren: true }),
      expect.objectContaining({ id: tree.c2.id, members: 1, unions: 2, hasChildren: true }),
    ]);
    const drill = (await city.get(`/api/cockpit/overview?unionId=${tree.c1.id}`)).json();
    expect(drill.trail.map((u: { id: number }) => u.id)).toEqual([tree.city.id, tree.c1.id]);
    expect(drill.membersByCategory).toEqual(
      expect.arrayContaining([
        { category: 'employee', count: 4 },
        { category: 'rider', count: 1 },
      ]),
    );
  });

  it('shows a county only its own subtree and 404s its sibling', async () => {
    const c2 = await adminAgent(t, await buildAccount(t, { role: 'auditor', union: tree.c2 }));
    const own = (await c2.get('/api/cockpit/overview')).json();
    expect(own.totals.members).toBe(1);
    expect(own.trail).toEqual([{ id: tree.c2.id, name: '乙县总工会' }]);
    expect((await c2.get(`/api/cockpit/overview?unionId=${tree.c1.id}`)).statusCode).toBe(404);
  });
});
