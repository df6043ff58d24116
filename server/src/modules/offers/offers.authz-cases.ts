// Who may call the offers module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { APPLICANT_ONLY, at, type Case, idsOf, LIST, OBJECT, unique } from '../../../test/authz/kit.js';

export const offersAuthz: Record<string, Case> = {
  'GET /api/me/offers': { request: () => ({ method: 'GET', url: '/api/me/offers' }), expect: APPLICANT_ONLY },
  'GET /api/me/offers/{id}': at(APPLICANT_ONLY, (f) => f.offer()),
  'POST /api/me/claim-pass': { request: () => ({ method: 'POST', url: '/api/me/claim-pass' }), expect: APPLICANT_ONLY },
  'POST /api/claims': {
    // Without a claim pass nobody may claim, whatever their session.
    request: async (f) => ({
      method: 'POST',
      url: '/api/claims',
      body: { offerId: await f.offer(), idempotencyKey: `matrix-${unique()}` },
    }),
    expect: { anonymous: 401, member: 401, sibling: 401, parent: 401 },
  },
  'GET /api/me/claims': { request: () => ({ method: 'GET', url: '/api/me/claims' }), expect: APPLICANT_ONLY },
  'POST /api/me/claims/{id}/cancel': at(APPLICANT_ONLY, (f) => f.claim()),
  'POST /api/me/claims/{id}/accept': {
    request: async (f) => ({ method: 'POST', url: `/api/me/claims/${await f.claim()}/accept` }),
    expect: { anonymous: 401, member: 409, sibling: 403, parent: 403 },
  },
  'POST /api/me/claims/{id}/feedback': {
    request: async (f) => ({ method: 'POST', url: `/api/me/claims/${await f.claim()}/feedback`, body: { rating: 5 } }),
    expect: { anonymous: 401, member: 409, sibling: 403, parent: 403 },
  },
  'GET /api/me/claims/{id}/code': at(APPLICANT_ONLY, (f) => f.claim()),
  'POST /api/me/offers/{id}/waitlist': {
    request: async (f) => ({ method: 'POST', url: `/api/me/offers/${await f.offer()}/waitlist` }),
    expect: { anonymous: 401, member: 409, sibling: 403, parent: 403 },
  },
  'GET /api/offers/{id}/lottery': {
    request: (f) => ({ method: 'GET', url: `/api/offers/${f.lotteryId}/lottery` }),
    expect: { anonymous: 404, member: 200, sibling: 404, parent: 200 },
  },
  'GET /api/offers': {
    request: () => ({ method: 'GET', url: '/api/offers?pageSize=100' }),
    expect: LIST,
    noLeak: (json, f) => !idsOf(json).includes(f.lotteryId),
  },
  'POST /api/offers': {
    request: (f) => ({
      method: 'POST',
      url: '/api/offers',
      body: {
        unionId: f.tree.u1.id,
        kind: 'activity',
        mode: 'first_come',
        title: '矩阵活动',
        capacity: 3,
        opensAt: '2030-01-01T00:00:00Z',
        closesAt: '2030-01-02T00:00:00Z',
      },
    }),
    expect: { anonymous: 401, member: 403, sibling: 404, parent: 200 },
  },
  'GET /api/offers/{id}': { request: (f) => ({ method: 'GET', url: `/api/offers/${f.lotteryId}` }), expect: OBJECT },
  'PATCH /api/offers/{id}': at(OBJECT, (f) => f.offer(true), { title: '改名' }),
  'POST /api/offers/{id}/publish': at(OBJECT, (f) => f.offer(true)),
  'POST /api/offers/{id}/cancel': at(OBJECT, (f) => f.offer(), { reason: '矩阵' }),
  'GET /api/offers/{id}/registrations': at(OBJECT, (f) => f.lotteryId),
  'GET /api/offers/{id}/registrations.xlsx': at(OBJECT, (f) => f.lotteryId),
  'GET /api/offers/{id}/monitor': at(OBJECT, (f) => f.lotteryId),
  'POST /api/offers/{id}/draw': {
    request: (f) => ({ method: 'POST', url: `/api/offers/${f.lotteryId}/draw` }),
    expect: { anonymous: 401, member: 403, sibling: 404, parent: 409 },
  },
  'POST /api/offers/{id}/registrations/{claimId}/reject': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/offers/${f.lotteryId}/registrations/${await f.application()}/reject`,
      body: { reason: '矩阵' },
    }),
    expect: OBJECT,
  },
  'POST /api/offers/{id}/check-in': {
    request: (f) => ({ method: 'POST', url: `/api/offers/${f.lotteryId}/check-in`, body: { token: 'ZGC1.x.y' } }),
    expect: { anonymous: 401, member: 403, sibling: 404, parent: 400 },
  },
  'GET /api/offers/{id}/feedback': at(OBJECT, (f) => f.lotteryId),
};
