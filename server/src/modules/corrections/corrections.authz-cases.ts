// Who may call the corrections module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.

import { APPLICANT_ONLY, at, type Case, LIST, OBJECT, unique } from '../../../test/authz/kit.js';
import { sql } from '../../platform/sql.js';

export const correctionsAuthz: Record<string, Case> = {
  'POST /api/me/phone-code': {
    request: () => ({
      method: 'POST',
      url: '/api/me/phone-code',
      body: { phone: `1330000${String(unique()).padStart(4, '0')}` },
    }),
    expect: APPLICANT_ONLY,
  },
  'POST /api/me/corrections': {
    request: async (f) => {
      await f.t.db.query(
        sql`update member_corrections set status = 'cancelled' where member_id = ${f.memberId} and status = 'pending'`,
      );
      return { method: 'POST', url: '/api/me/corrections', body: { field: 'address', address: '矩阵地址' } };
    },
    expect: APPLICANT_ONLY,
  },
  'GET /api/me/corrections': { request: () => ({ method: 'GET', url: '/api/me/corrections' }), expect: APPLICANT_ONLY },
  'POST /api/me/corrections/{id}/cancel': at(APPLICANT_ONLY, (f) => f.correction(true)),
  'GET /api/corrections': {
    request: () => ({ method: 'GET', url: '/api/corrections' }),
    expect: LIST,
    noLeak: (json, f) =>
      !(json as { items: Array<{ member: { id: number } }> }).items.some((c) => c.member.id === f.memberId),
  },
  'POST /api/corrections/{id}/approve': at(OBJECT, (f) => f.correction()),
  'POST /api/corrections/{id}/reject': at(OBJECT, (f) => f.correction(), { reason: '不实' }),
};
