// Who may call the unions module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.

import { at, type Case, freshBase, idsOf, LIST, OBJECT, unique } from '../../../test/authz/kit.js';
import { sql } from '../../platform/sql.js';

export const unionsAuthz: Record<string, Case> = {
  'GET /api/unions': {
    request: () => ({ method: 'GET', url: `/api/unions?q=${encodeURIComponent('公司工会')}` }),
    expect: LIST,
    noLeak: (json, f) => !idsOf(json).includes(f.tree.u1.id),
  },
  'GET /api/unions/{id}': { request: (f) => ({ method: 'GET', url: `/api/unions/${f.tree.u1.id}` }), expect: OBJECT },
  'POST /api/unions': {
    request: (f) => ({
      method: 'POST',
      url: '/api/unions',
      body: { parentId: f.tree.c1.id, name: `矩阵新建${unique()}`, level: 'base', formation: 'single' },
    }),
    expect: OBJECT,
  },
  'PATCH /api/unions/{id}': at(OBJECT, (f) => f.tree.u1.id, { address: '新地址' }),
  'POST /api/unions/{id}/move': at(
    OBJECT,
    async (f) => (await freshBase(f)).id,
    (f) => ({ newParentId: f.tree.c1.id }),
  ),
  'POST /api/unions/{id}/deactivate': at(OBJECT, async (f) => (await freshBase(f)).id),
  'POST /api/unions/{id}/reactivate': {
    request: async (f) => {
      const u = await freshBase(f);
      await f.t.db.query(sql`update unions set active = false where id = ${u.id}`);
      return { method: 'POST', url: `/api/unions/${u.id}/reactivate` };
    },
    expect: OBJECT,
  },
};
