// Figures that belong together agree, at every level: points earned and spent are both read from the subtree's
// members' accounts (a township whose members spend what the county issued them shows both), and a parent's figure
// is its children's sum; workers covered and money recovered are over the resolved wage-arrears cases, which the
// cockpit counts beside all of them; consultations held are counted beside those booked.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminAgent, buildAccount, buildMember, dbKinds, memberAgent } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { memberAccount, poolAccount, post } from '../points/points.ledger.js';

describe.each(dbKinds)('cockpit figures agree on %s', (kind) => {
  const { t, tree } = useWorld(kind, { clock: '2026-11-30T00:00:00Z' });
  const at = (hours: number) => new Date(Date.parse('2026-12-01T02:00:00Z') + hours * 3_600_000).toISOString();
  let auditor: Awaited<ReturnType<typeof adminAgent>>;
  const overview = async (unionId: number) => (await auditor.get(`/api/cockpit/overview?unionId=${unionId}`)).json();

  beforeAll(async () => {
    auditor = await adminAgent(t, await buildAccount(t, { role: 'auditor', union: tree.city }));
  });

  it('counts points earned and spent over the same members, the parent being the sum of its children', async () => {
    const u1 = await buildMember(t, tree.u1);
    const u2 = await buildMember(t, tree.u2);
    const [a1, a2, county, base] = [
      await memberAccount(t.db, u1.id),
      await memberAccount(t.db, u2.id),
      await poolAccount(t.db, tree.c1.id),
      await poolAccount(t.db, tree.u1.id),
    ];
    const tx = (
      kind: 'issuance' | 'reward' | 'offer_spend' | 'offer_refund',
      unionId: number,
      debit: number,
      credit: number,
      amount: number,
      key: string,
    ) => ({
      kind,
      reason: '测试',
      source: 'test',
      idemKey: key,
      unionId,
      postings: [{ debit, credit, amount }],
    });
    // The county issues to a U1 member and rewards a U2 member; the U1 member spends at U1's offer, and is refunded part.
    await post(t.db, [
      tx('issuance', tree.c1.id, county, a1, 100, 'agree-1'),
      tx('reward', tree.c1.id, county, a2, 30, 'agree-2'),
      tx('offer_spend', tree.u1.id, a1, base, 40, 'agree-3'),
      tx('offer_refund', tree.u1.id, base, a1, 10, 'agree-4'),
    ]);
    const points = async (unionId: number) => {
      const { benefits } = await overview(unionId);
      return [benefits.pointsIssued, benefits.pointsSpent];
    };
    expect(await points(tree.u1.id)).toEqual([100, 30]);
    expect(await points(tree.u2.id)).toEqual([30, 0]);
    expect(await points(tree.c1.id)).toEqual([130, 30]);
    expect(await points(tree.c2.id)).toEqual([0, 0]);
  });

  it('shows the resolved cases beside all, and consultations held beside those booked', async () => {
    const handler = await adminAgent(t, await buildAccount(t, { role: 'case_handler', union: tree.city }));
    const filer = await memberAgent(t, (await buildMember(t, tree.u2)).phone);
    const appeal = (
      await filer.post('/api/me/appeals', {
        category: 'wage_arrears',
        employerName: '欠薪企业',
        areaUnionId: tree.c1.id,
        peopleAffected: 7,
        description: '三个月未发工资',
      })
    ).json();
    await handler.post(`/api/appeals/${appeal.id}/accept`);

    const lawyer = await adminAgent(t, await buildAccount(t, { role: 'lawyer', union: tree.c1 }));
    const booked = [];
    for (const hours of [6, 9]) {
      const slot = (
        await lawyer.post('/api/legal-slots', { startsAt: at(hours), endsAt: at(hours + 1), mode: 'phone' })
      ).json();
      const member = await memberAgent(t, (await buildMember(t, tree.u1)).phone);
      booked.push((await member.post('/api/me/consultations', { slotId: slot.id, topic: '劳动合同' })).json());
    }
    const held = await lawyer.post(`/api/consultations/${booked[0].id}/outcome`, {
      status: 'completed',
      outcome: '已解答',
    });
    expect(held.statusCode).toBe(200);

    const { care } = await overview(tree.c1.id);
    // One case, not resolved: no workers or money yet, and the screen says none is resolved.
    expect([
      care.wageArrearsCases,
      care.wageArrearsResolved,
      care.wageArrearsWorkers ?? 0,
      care.recoveredFen ?? 0,
    ]).toEqual([1, 0, 0, 0]);
    expect([care.consultationsBooked, care.consultations]).toEqual([2, 1]);
  });
});
