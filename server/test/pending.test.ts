// The console's badges (GET /api/pending): what waits for the caller's decision, counted within its subtree
// only, and lower once decided.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCheckChar } from '../src/platform/validators.js';
import {
  type Agent,
  adminAgent,
  buildAccount,
  buildTree,
  createTestApp,
  dbKinds,
  memberAgent,
  type TestApp,
} from './harness.js';

describe.each(dbKinds)('pending counts on %s', (kind) => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let county: Agent;
  let sibling: Agent;
  beforeAll(async () => {
    t = await createTestApp(kind);
    tree = await buildTree(t);
    county = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    sibling = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c2 }));
  });
  afterAll(() => t.close());

  const counts = async (agent: Agent) => (await agent.get('/api/pending')).json().counts as Record<string, number>;

  it('counts an application waiting in U1 for the county above it, not for the sibling county', async () => {
    const before = await counts(county);
    expect(Object.keys(before).sort()).toEqual([
      'appeals.appeals',
      'corrections.corrections',
      'membership.applications',
      'transfers.transfers',
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

  it('is for cadres: a member is refused', async () => {
    const member = await memberAgent(t, '13500001235');
    expect((await member.get('/api/pending')).statusCode).toBe(403);
  });
});
