// Who may call the points module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { APPLICANT_ONLY, at, type Case, LIST, OBJECT, unique } from '../../../test/authz/kit.js';

export const pointsAuthz: Record<string, Case> = {
  'GET /api/me/points': { request: () => ({ method: 'GET', url: '/api/me/points' }), expect: APPLICANT_ONLY },
  'POST /api/me/bills': {
    request: () => ({
      method: 'POST',
      url: '/api/me/bills',
      body: { kind: 'phone', account: '13912345678', amountFen: 100, idempotencyKey: `matrix-${unique()}` },
    }),
    expect: { anonymous: 401, member: 409, sibling: 403, parent: 403 },
  },
  'GET /api/me/bills': { request: () => ({ method: 'GET', url: '/api/me/bills' }), expect: APPLICANT_ONLY },
  'GET /api/points/members/{id}': at(OBJECT, (f) => f.memberId),
  'POST /api/points/adjustments': {
    request: (f) => ({
      method: 'POST',
      url: '/api/points/adjustments',
      body: { memberId: f.memberId, amount: 1, reason: '矩阵', idempotencyKey: `matrix-${unique()}` },
    }),
    expect: OBJECT,
  },
  'POST /api/points/transactions/{id}/reverse': at(OBJECT, (f) => f.adjustment(), { reason: '矩阵' }),
  'POST /api/points/issuance': {
    request: (f) => ({
      method: 'POST',
      url: '/api/points/issuance',
      body: {
        unionId: f.tree.u1.id,
        month: `20${30 + (unique() % 60)}-0${1 + (unique() % 9)}`,
        amountPerMember: 1,
        reason: '矩阵',
      },
    }),
    expect: OBJECT,
  },
  'GET /api/points/issuance/{unionId}': {
    request: (f) => ({ method: 'GET', url: `/api/points/issuance/${f.tree.u1.id}` }),
    expect: OBJECT,
  },
  'PUT /api/points/issuance/{unionId}/plan': {
    request: (f) => ({
      method: 'PUT',
      url: `/api/points/issuance/${f.tree.u1.id}/plan`,
      body: { amountPerMember: 1, reason: '矩阵', active: false },
    }),
    expect: OBJECT,
  },
  'GET /api/points/reconcile': { request: () => ({ method: 'GET', url: '/api/points/reconcile' }), expect: LIST },
};
