// Who may call the employers module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.

import { at, type Case, idsOf, LIST, OBJECT, unique } from '../../../test/authz/kit.js';
import { validCreditCode } from '../../../test/harness.js';

export const employersAuthz: Record<string, Case> = {
  'GET /api/employers': {
    request: () => ({ method: 'GET', url: '/api/employers' }),
    expect: LIST,
    noLeak: (json, f) => !idsOf(json).includes(f.employerId),
  },
  'GET /api/employers/{id}': at(OBJECT, (f) => f.employerId),
  'POST /api/employers': {
    request: (f) => ({
      method: 'POST',
      url: '/api/employers',
      body: { creditCode: validCreditCode(), name: `矩阵单位${unique()}`, unionId: f.tree.u1.id },
    }),
    expect: OBJECT,
  },
  'PATCH /api/employers/{id}': at(OBJECT, (f) => f.employerId, { address: '开发区 1 号' }),
};
