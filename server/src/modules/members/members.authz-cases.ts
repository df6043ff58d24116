// Who may call the members module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.

import { at, type Case, idsOf, LIST, OBJECT } from '../../../test/authz/kit.js';
import { buildMember } from '../../../test/harness.js';
import { sql } from '../../platform/sql.js';

export const membersAuthz: Record<string, Case> = {
  'GET /api/members': {
    // By the fixture member's name: a page of the whole list may no longer hold it once other cases added members.
    request: async (f) => {
      const [m] = await f.t.db.query<{ name: string }>(sql`select name from members where id = ${f.memberId}`);
      return { method: 'GET', url: `/api/members?q=${encodeURIComponent(m?.name ?? '')}` };
    },
    expect: LIST,
    noLeak: (json, f) => !idsOf(json).includes(f.memberId),
  },
  'GET /api/members/{id}': { request: (f) => ({ method: 'GET', url: `/api/members/${f.memberId}` }), expect: OBJECT },
  'POST /api/members/{id}/reveal': at(OBJECT, (f) => f.memberId, { field: 'phone', reason: '核实身份' }),
  'POST /api/members/search': {
    request: () => ({ method: 'POST', url: '/api/members/search', body: { pageSize: 100 } }),
    expect: LIST,
    noLeak: (json, f) => !idsOf(json).includes(f.memberId),
  },
  'GET /api/members/export': {
    request: () => ({ method: 'GET', url: '/api/members/export' }),
    // A binary workbook: what it holds is checked in members.test.ts.
    expect: LIST,
  },
  'GET /api/members/{id}/history': at(OBJECT, (f) => f.memberId),
  'POST /api/members/{id}/leave': at(OBJECT, async (f) => (await buildMember(f.t, f.tree.u1)).id, {
    reason: '调离本单位',
  }),
  'POST /api/members/{id}/reinstate': {
    request: async (f) => {
      const m = await buildMember(f.t, f.tree.u1);
      await f.t.db.query(sql`update members set status = 'left' where id = ${m.id}`);
      return { method: 'POST', url: `/api/members/${m.id}/reinstate` };
    },
    expect: OBJECT,
  },
  'GET /api/me': {
    request: () => ({ method: 'GET', url: '/api/me' }),
    expect: { anonymous: 401, member: 200, sibling: 403, parent: 403 },
  },

  'PUT /api/members/{id}/tags': at(OBJECT, (f) => f.memberId, { tags: ['矩阵'] }),
};
