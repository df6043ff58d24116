// Who may call the imports module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { at, type Case, freshIdNumber, LIST, OBJECT } from '../../../test/authz/kit.js';

export const importsAuthz: Record<string, Case> = {
  'GET /api/member-imports/template.csv': {
    request: () => ({ method: 'GET', url: '/api/member-imports/template.csv' }),
    expect: { anonymous: 401, member: 403, sibling: 200, parent: 200 },
  },
  'GET /api/member-imports/template.xlsx': {
    request: () => ({ method: 'GET', url: '/api/member-imports/template.xlsx' }),
    expect: { anonymous: 401, member: 403, sibling: 200, parent: 200 },
  },
  'POST /api/member-imports': {
    request: (f) => ({
      method: 'POST',
      url: `/api/member-imports?unionId=${f.tree.u1.id}&fileName=a.csv`,
      body: { raw: `姓名,身份证号,手机号\n矩阵导入,${freshIdNumber()},13812340000\n` },
    }),
    expect: OBJECT,
  },
  'GET /api/member-imports': {
    request: () => ({ method: 'GET', url: '/api/member-imports' }),
    expect: LIST,
    noLeak: (json, f) =>
      !(json as { items: Array<{ union: { id: number } }> }).items.some((i) => i.union.id === f.tree.u1.id),
  },
  'GET /api/member-imports/{id}': at(OBJECT, (f) => f.importFile()),
  'GET /api/member-imports/{id}/rows': at(OBJECT, (f) => f.importFile()),
  'POST /api/member-imports/{id}/commit': at(OBJECT, (f) => f.importFile()),
  'GET /api/member-imports/{id}/report': at(OBJECT, (f) => f.importFile()),
};
