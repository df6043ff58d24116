// Who may call the audit module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { type Case, csvRows, LIST } from '../../../test/authz/kit.js';

export const auditAuthz: Record<string, Case> = {
  'GET /api/audit-events': {
    request: () => ({ method: 'GET', url: '/api/audit-events?pageSize=100' }),
    expect: LIST,
    noLeak: (json, f) =>
      !(json as { items: Array<{ unionId: number | null }> }).items.some((e) => e.unionId === f.tree.u1.id),
  },
  'GET /api/audit-events/export': {
    request: () => ({ method: 'GET', url: '/api/audit-events/export' }),
    expect: LIST,
    noLeak: (csv, f) => !csvRows(String(csv)).some((row) => row[10] === String(f.tree.u1.id)),
  },
};
