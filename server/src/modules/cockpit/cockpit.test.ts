import { beforeAll, describe, expect, it } from 'vitest';
import { adminAgent, buildAccount, buildMember, dbKinds, memberAgent } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';

describe.each(dbKinds)('cockpit figures on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  beforeAll(async () => {
    for (let i = 0; i < 3; i++) await buildMember(t, tree.u1);
    await buildMember(t, tree.u2);
    await buildMember(t, tree.u3);
    const gig = await buildMember(t, tree.u2);
    await t.db.query(sql`update members set category = 'rider' where id = ${gig.id}`);
    const left = await buildMember(t, tree.u1);
    await t.db.query(sql`update members set status = 'left' where id = ${left.id}`);
  });

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

describe.each(dbKinds)('cockpit membership figures on %s', (kind) => {
  const { t, tree } = useWorld(kind);

  it('counts applications, the approval rate and the median time to approval in the subtree', async () => {
    const insert = (unionPath: string, unionId: number, status: string, hours: number | null, n: number) =>
      t.db.query(sql`
        insert into membership_applications (applicant_phone_hash, name, id_number_cipher, id_number_hash, id_number_last4,
          phone_cipher, phone_hash, gender, birth_date, category, union_id, union_path, channel, status, created_at, decided_at)
        values ('p', '测试', 'v1:x', ${`h${n}`}, '0000', 'v1:x', 'p', 'male', '1990-01-01', 'employee', ${unionId}, ${unionPath},
          'online', ${status}, now() - interval '10 days', ${hours === null ? null : sql`now() - interval '10 days' + ${`${hours} hours`}::interval`})`);
    await insert(tree.u1.path, tree.u1.id, 'approved', 2, 1);
    await insert(tree.u1.path, tree.u1.id, 'approved', 4, 2);
    await insert(tree.u2.path, tree.u2.id, 'approved', 30, 3);
    await insert(tree.u2.path, tree.u2.id, 'rejected', 1, 4);
    await insert(tree.u2.path, tree.u2.id, 'pending', null, 5);
    await insert(tree.u3.path, tree.u3.id, 'rejected', 1, 6);
    const admin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    const figures = (await admin.get('/api/cockpit/overview')).json().applications;
    expect(figures).toEqual({
      total: 5,
      pending: 1,
      approved: 3,
      rejected: 1,
      approvalRate: 0.75,
      medianHoursToApproval: 4,
    });
  });

  it('shows care figures from real cases, suppressing any figure about fewer than 5 people', async () => {
    const officer = await adminAgent(t, await buildAccount(t, { role: 'assistance_officer', union: tree.city }));
    const handler = await adminAgent(t, await buildAccount(t, { role: 'case_handler', union: tree.city }));
    const year = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
    await officer.put('/api/assistance-budgets', { unionId: tree.city.id, year, amountFen: 10_000_000 });
    const household = [{ relation: 'self', age: 40, annualIncomeFen: 600_000, dependant: false }];
    const help = async (union: typeof tree.u1) => {
      const member = await memberAgent(t, (await buildMember(t, union)).phone);
      const body = {
        cause: 'illness',
        employment: 'employed',
        household,
        health: { condition: 'chronic' },
        medicalSelfPaidFen: 0,
        story: '困难',
        consent: true,
      };
      const { id } = (await member.post('/api/me/assistance', body)).json();
      await officer.post(`/api/assistance/${id}/propose`, { amountFen: 100_000 });
      await officer.post(`/api/assistance/${id}/disbursements`, {
        amountFen: 100_000,
        method: 'cash',
        paidOn: '2026-11-23',
      });
      return member;
    };
    const c1Members = [];
    for (let i = 0; i < 6; i++) c1Members.push(await help(i % 2 ? tree.u1 : tree.u2));
    for (let i = 0; i < 2; i++) await help(tree.u3);
    const ratings = [5, 5, 4, 3, 2];
    for (const [i, member] of c1Members.slice(0, 5).entries()) {
      const { id } = (
        await member.post('/api/me/appeals', {
          category: 'wage_arrears',
          employerName: `欠薪企业${i}`,
          areaUnionId: tree.c1.id,
          peopleAffected: 3,
          description: '欠薪',
        })
      ).json();
      await handler.post(`/api/appeals/${id}/accept`);
      await handler.post(`/api/appeals/${id}/resolve`, { outcome: '已追回', recoveredFen: 300_000, workersCovered: 3 });
      await member.post(`/api/me/appeals/${id}/rate`, { rating: ratings[i] });
    }
    const city = await adminAgent(t, await buildAccount(t, { role: 'auditor', union: tree.city }));
    const { care } = (await city.get('/api/cockpit/overview')).json();
    expect(care).toMatchObject({
      year,
      peopleHelped: 8,
      disbursedFen: 800_000,
      wageArrearsCases: 5,
      wageArrearsWorkers: 15,
      recoveredFen: 1_500_000,
      onTimeRate: 1,
      satisfactionRate: 0.6,
    });
    const c1 = care.byChild.find((c: { id: number }) => c.id === tree.c1.id);
    const c2 = care.byChild.find((c: { id: number }) => c.id === tree.c2.id);
    expect(c1).toMatchObject({ peopleHelped: 6, disbursedFen: 600_000, wageArrearsCases: 5 });
    // Two people helped in C2: too few to show.
    expect(c2).toMatchObject({ peopleHelped: null, disbursedFen: null });
    const county2 = (await city.get(`/api/cockpit/overview?unionId=${tree.c2.id}`)).json();
    expect(county2.care).toMatchObject({ peopleHelped: null, disbursedFen: null, satisfactionRate: null });
  });
});
