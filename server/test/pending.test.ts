// The console's badges (GET /api/pending): what waits for the caller's decision, counted within its subtree
// only, and lower once decided.
import { beforeAll, describe, expect, it } from 'vitest';
import { idCheckChar } from '../src/platform/validators.js';
import { applyForAssistance } from './factories.js';
import { type Agent, adminAgent, buildAccount, buildMember, dbKinds, memberAgent } from './harness.js';
import { useWorld } from './world.js';

describe.each(dbKinds)('pending counts on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let county: Agent;
  let sibling: Agent;
  beforeAll(async () => {
    county = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    sibling = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c2 }));
  });

  const counts = async (agent: Agent) => (await agent.get('/api/pending')).json().counts as Record<string, number>;

  it('counts an application waiting in U1 for the county above it, not for the sibling county', async () => {
    const before = await counts(county);
    expect(Object.keys(before).sort()).toEqual([
      'appeals.appeals',
      'assistance.applications',
      'content.reviews',
      'corrections.corrections',
      'documents.inbox',
      'exports.requests',
      'jobs.reviews',
      'membership.applications',
      'system.failedJobs',
      'transfers.transfers',
      'volunteers.orders',
    ]);
    const body = '33082519900307123';
    const applicant = await memberAgent(t, '13500001234');
    const applied = await applicant.post('/api/me/applications', {
      name: '待审申请人',
      idNumber: body + idCheckChar(body),
      category: 'employee',
      viaUnionId: tree.u1.id,
    });
    expect(applied.statusCode, applied.body).toBe(200);
    expect((await counts(county))['membership.applications']).toBe((before['membership.applications'] ?? 0) + 1);
    expect((await counts(sibling))['membership.applications']).toBe(0);
    expect((await county.post(`/api/applications/${applied.json().id}/approve`)).statusCode).toBe(200);
    expect((await counts(county))['membership.applications']).toBe(before['membership.applications']);
  });

  it('counts an export request for a second officer of the subtree, never for the one who asked', async () => {
    const colleague = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    const asked = await county.post('/api/export-requests', {
      kind: 'members',
      filters: { unionId: tree.u1.id },
      reason: '年度会员统计报送',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect((await counts(county))['exports.requests']).toBe(0);
    expect((await counts(colleague))['exports.requests']).toBe(1);
    expect((await counts(sibling))['exports.requests']).toBe(0);
    expect((await colleague.post(`/api/export-requests/${asked.json().id}/approve`)).statusCode).toBe(200);
    expect((await counts(colleague))['exports.requests']).toBe(0);
  });

  it('counts a hardship application until it is decided, for the officers above it only', async () => {
    const officer = await adminAgent(t, await buildAccount(t, { role: 'assistance_officer', union: tree.c1 }));
    const otherOfficer = await adminAgent(t, await buildAccount(t, { role: 'assistance_officer', union: tree.c2 }));
    const before = (await counts(officer))['assistance.applications'] ?? 0;
    const m = await buildMember(t, tree.u1);
    const id = await applyForAssistance(await memberAgent(t, m.phone));
    expect((await counts(officer))['assistance.applications']).toBe(before + 1);
    expect((await counts(otherOfficer))['assistance.applications']).toBe(0);
    const refused = await officer.post(`/api/assistance/${id}/refuse`, { reason: '收入高于本年度困难标准' });
    expect(refused.statusCode, refused.body).toBe(200);
    expect((await counts(officer))['assistance.applications']).toBe(before);
  });

  it('shows failed jobs only to whoever may retry them: a manager of the root union', async () => {
    const root = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.province }));
    const before = (await counts(root))['system.failedJobs'] ?? 0;
    t.services.queue.define(
      'test.always-fails',
      async () => {
        throw new Error('the gateway is down');
      },
      { retryLimit: 0 },
    );
    await t.services.queue.send('test.always-fails', {});
    await t.services.queue.runDue('test.always-fails');
    expect((await counts(root))['system.failedJobs']).toBe(before + 1);
    expect((await root.get('/api/jobs/failed')).json().total).toBe(before + 1);
    expect((await counts(county))['system.failedJobs']).toBe(0);
  });

  it('is for cadres: a member is refused', async () => {
    const member = await memberAgent(t, '13500001235');
    expect((await member.get('/api/pending')).statusCode).toBe(403);
  });
});
