// Who may call the consultations module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.

import { APPLICANT_ONLY, at, type Case, LIST, OBJECT, unique } from '../../../test/authz/kit.js';
import { sql } from '../../platform/sql.js';

export const consultationsAuthz: Record<string, Case> = {
  'GET /api/legal-overview': {
    request: async (f) => {
      await f.slot();
      return { method: 'GET', url: '/api/legal-overview?from=2026-11-01&to=2027-10-31' };
    },
    expect: LIST,
    noLeak: (json, f) =>
      !((json as { items: Array<{ union: string }> }).items ?? []).some((i) => i.union === f.tree.c1.name),
  },
  'GET /api/me/legal-slots': { request: () => ({ method: 'GET', url: '/api/me/legal-slots' }), expect: APPLICANT_ONLY },
  'POST /api/me/consultations': {
    request: async (f) => {
      await f.t.db.query(sql`update consultation_bookings set status = 'cancelled' where member_id = ${f.memberId}`);
      return { method: 'POST', url: '/api/me/consultations', body: { slotId: await f.slot(), topic: '矩阵' } };
    },
    expect: APPLICANT_ONLY,
  },
  'GET /api/me/consultations': {
    request: () => ({ method: 'GET', url: '/api/me/consultations' }),
    expect: APPLICANT_ONLY,
  },
  'POST /api/me/consultations/{id}/cancel': at(APPLICANT_ONLY, (f) => f.booking()),
  'GET /api/legal-slots': { request: () => ({ method: 'GET', url: '/api/legal-slots' }), expect: LIST },
  'POST /api/legal-slots': {
    request: () => {
      const startsAt = new Date(Date.now() + (200 + unique()) * 3_600_000);
      return {
        method: 'POST',
        url: '/api/legal-slots',
        body: {
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 1_800_000).toISOString(),
          mode: 'video',
        },
      };
    },
    expect: LIST,
  },
  'POST /api/legal-slots/{id}/cancel': at(OBJECT, (f) => f.slot()),
  'POST /api/consultations/{id}/outcome': at(OBJECT, (f) => f.booking(), { status: 'completed' }),
};
