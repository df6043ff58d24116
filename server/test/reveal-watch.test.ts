// PI-22: an officer opening more records' personal data in an hour than the alert line raises one alert for
// the auditors; at the hourly limit opening another record is refused and nothing is revealed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/platform/sql.js';
import { adminAgent, buildAccount, buildMember, buildTree, createTestApp, type TestApp } from './harness.js';

describe('the unmasked-read watch', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite', { revealAlertPerHour: 2, revealLimitPerHour: 4 });
  });
  afterAll(() => t.close());

  it('alerts the auditors once past the alert line and refuses reveals at the limit', async () => {
    const tree = await buildTree(t);
    const officer = await buildAccount(t, { role: 'membership_officer', union: tree.c1 });
    const agent = await adminAgent(t, officer);
    const colleague = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.c1 }));
    const auditor = await adminAgent(t, await buildAccount(t, { role: 'auditor', union: tree.c1 }));
    const members = await Promise.all(Array.from({ length: 5 }, () => buildMember(t, tree.u1)));
    const reveal = (who: typeof agent, memberId: number) =>
      who.post(`/api/members/${memberId}/reveal`, { field: 'idNumber', reason: '核对身份' });
    const alerts = async () =>
      (await auditor.get('/api/audit-events?action=security.reveal_anomaly')).json().items as Array<{
        targetId: string;
        detail: { recordsOpenedInLastHour: number };
      }>;

    for (const m of members.slice(0, 2)) expect((await reveal(agent, m.id)).statusCode).toBe(200);
    expect(await alerts()).toHaveLength(0);
    expect((await reveal(agent, members[2]?.id as number)).statusCode).toBe(200);
    const raised = await alerts();
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ targetId: String(officer.id), detail: { recordsOpenedInLastHour: 3 } });
    expect((await reveal(agent, members[3]?.id as number)).statusCode).toBe(200);
    expect(await alerts()).toHaveLength(1);

    // Opening a record again (the phone after the ID number, a reload) is audited but is not another record.
    const again = await agent.post(`/api/members/${members[0]?.id}/reveal`, { field: 'phone', reason: '回访' });
    expect(again.statusCode).toBe(200);
    const refused = await reveal(agent, members[4]?.id as number);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('REVEAL_LIMIT_REACHED');
    expect(refused.json().value).toBeUndefined();
    const [count] = await t.db.query<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'member.reveal' and actor_id = ${officer.id}`,
    );
    expect(count?.n).toBe(5);
    // The limit is the officer's own: a colleague still works.
    expect((await reveal(colleague, members[4]?.id as number)).statusCode).toBe(200);
  });
});
