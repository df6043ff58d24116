// Who may call the vouchers module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { APPLICANT_ONLY, at, type Case, idsOf, LIST, OBJECT, unique } from '../../../test/authz/kit.js';

export const vouchersAuthz: Record<string, Case> = {
  'GET /api/me/vouchers': { request: () => ({ method: 'GET', url: '/api/me/vouchers' }), expect: APPLICANT_ONLY },
  'GET /api/merchants': {
    request: () => ({ method: 'GET', url: '/api/merchants' }),
    expect: LIST,
    noLeak: (json, f) => !idsOf(json).includes(f.merchantId),
  },
  'POST /api/merchants': {
    request: (f) => ({
      method: 'POST',
      url: '/api/merchants',
      body: { unionId: f.tree.u1.id, name: `矩阵商户${unique()}` },
    }),
    expect: OBJECT,
  },
  'PATCH /api/merchants/{id}': at(OBJECT, (f) => f.merchantId, { address: '矩阵路' }),
  'GET /api/budgets/{unionId}/{year}': {
    request: (f) => ({ method: 'GET', url: `/api/budgets/${f.tree.u1.id}/2030` }),
    expect: OBJECT,
  },
  'PUT /api/budgets/{unionId}/{year}': {
    request: (f) => ({ method: 'PUT', url: `/api/budgets/${f.tree.u1.id}/2030`, body: { amountFen: 100000 } }),
    expect: OBJECT,
  },
  'POST /api/merchant/verify': {
    request: () => ({ method: 'POST', url: '/api/merchant/verify', body: { code: 'ABCD' } }),
    expect: { anonymous: 401, member: 403, sibling: 403, parent: 403 },
  },
  'POST /api/merchant/redeem': {
    request: () => ({ method: 'POST', url: '/api/merchant/redeem', body: { code: 'ABCD' } }),
    expect: { anonymous: 401, member: 403, sibling: 403, parent: 403 },
  },
  'GET /api/merchant/redemptions': {
    request: () => ({ method: 'GET', url: '/api/merchant/redemptions' }),
    expect: { anonymous: 401, member: 403, sibling: 403, parent: 403 },
  },
};
