// Who may call the transfers module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.

import { APPLICANT_ONLY, at, type Case, LIST, OBJECT } from '../../../test/authz/kit.js';
import { buildMember } from '../../../test/harness.js';
import { sql } from '../../platform/sql.js';

export const transfersAuthz: Record<string, Case> = {
  'POST /api/me/transfers': {
    request: async (f) => {
      await f.t.db.query(
        sql`update member_transfers set status = 'cancelled' where member_id = ${f.memberId} and status like 'pending%'`,
      );
      return { method: 'POST', url: '/api/me/transfers', body: { toUnionId: f.tree.u3.id } };
    },
    expect: APPLICANT_ONLY,
  },
  'GET /api/me/transfers': { request: () => ({ method: 'GET', url: '/api/me/transfers' }), expect: APPLICANT_ONLY },
  'POST /api/me/transfers/{id}/cancel': at(APPLICANT_ONLY, (f) => f.transfer(true)),
  'POST /api/members/{id}/transfer': at(
    OBJECT,
    async (f) => (await buildMember(f.t, f.tree.u1)).id,
    (f) => ({ toUnionId: f.tree.u2.id }),
  ),
  'GET /api/transfers': {
    request: () => ({ method: 'GET', url: '/api/transfers' }),
    expect: LIST,
    // U2's admin sees transfers into U2 (its side), never U1-internal ones.
    noLeak: (json, f) =>
      (json as { items: Array<{ from: { id: number }; to: { id: number } }> }).items.every(
        (x) => x.to.id === f.tree.u2.id || x.from.id === f.tree.u2.id,
      ),
  },
  'POST /api/transfers/{id}/approve': at(OBJECT, (f) => f.transfer()),
  'POST /api/transfers/{id}/reject': at(OBJECT, (f) => f.transfer(), { reason: '不符合条件' }),
};
