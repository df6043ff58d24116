// Who may call the exports module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { at, type Case, idsOf, LIST, OBJECT } from '../../../test/authz/kit.js';

export const exportsAuthz: Record<string, Case> = {
  'GET /api/export-requests': {
    request: async (f) => {
      await f.exportRequest();
      return { method: 'GET', url: '/api/export-requests' };
    },
    expect: LIST,
    noLeak: (json) => idsOf(json).length === 0,
  },
  'POST /api/export-requests': {
    request: (f) => ({
      method: 'POST',
      url: '/api/export-requests',
      body: { kind: 'members', filters: { unionId: f.tree.u1.id }, reason: '统计报送' },
    }),
    expect: OBJECT,
  },
  'POST /api/export-requests/{id}/approve': at(OBJECT, (f) => f.exportRequest()),
  'POST /api/export-requests/{id}/refuse': at(OBJECT, (f) => f.exportRequest(), { reason: '范围过大' }),
  'GET /api/export-requests/{id}/download': at(OBJECT, (f) => f.exportRequest(true)),
};
