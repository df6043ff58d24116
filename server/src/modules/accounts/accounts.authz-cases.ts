// Who may call the accounts module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.

import { at, type Case, idsOf, LIST, OBJECT, unique } from '../../../test/authz/kit.js';
import { buildAccount } from '../../../test/harness.js';
import { sql } from '../../platform/sql.js';

export const accountsAuthz: Record<string, Case> = {
  'GET /api/accounts': {
    request: () => ({ method: 'GET', url: '/api/accounts' }),
    expect: LIST,
    noLeak: (json, f) => !idsOf(json).includes(f.accountId),
  },
  'GET /api/accounts/grantable-roles': {
    request: () => ({ method: 'GET', url: '/api/accounts/grantable-roles' }),
    expect: LIST,
  },
  'GET /api/accounts/{id}': at(OBJECT, (f) => f.accountId),
  'POST /api/accounts': {
    request: (f) => ({
      method: 'POST',
      url: '/api/accounts',
      body: {
        username: `matrix${unique()}`,
        displayName: '矩阵账号',
        role: 'membership_officer',
        unionId: f.tree.u1.id,
      },
    }),
    expect: OBJECT,
  },
  'POST /api/accounts/{id}/grants': at(
    OBJECT,
    (f) => f.accountId,
    (f) => ({ role: 'editor', unionId: f.tree.u1.id }),
  ),
  'DELETE /api/accounts/{id}/grants/{grantId}': {
    request: async (f) => {
      const acc = await buildAccount(f.t, { role: 'membership_officer', union: f.tree.u1 });
      const [g] = await f.t.db.query<{ id: number }>(sql`insert into role_grants (account_id, role, union_id)
        values (${acc.id}, 'editor', ${f.tree.u1.id}) returning id`);
      return { method: 'DELETE', url: `/api/accounts/${acc.id}/grants/${g?.id}` };
    },
    expect: OBJECT,
  },
  'POST /api/accounts/{id}/disable': at(
    OBJECT,
    async (f) => (await buildAccount(f.t, { role: 'editor', union: f.tree.u1 })).id,
  ),
  'POST /api/accounts/{id}/enable': at(OBJECT, (f) => f.accountId),
  'POST /api/accounts/{id}/reset-password': at(
    OBJECT,
    async (f) => (await buildAccount(f.t, { role: 'editor', union: f.tree.u1 })).id,
  ),
};
