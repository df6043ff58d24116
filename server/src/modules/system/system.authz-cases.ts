// Who may call the system module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { type Case, PUBLIC_OK } from '../../../test/authz/kit.js';

export const systemAuthz: Record<string, Case> = {
  'GET /api/pending': {
    // A fresh application waits in U1: the parent counts it, the sibling must not.
    request: async (f, actor) => {
      if (actor === 'parent' || actor === 'sibling') await f.apply();
      return { method: 'GET', url: '/api/pending' };
    },
    expect: { anonymous: 401, member: 403, sibling: 200, parent: 200 },
    noLeak: (json) => (json as { counts: Record<string, number> }).counts['membership.applications'] === 0,
  },
  'GET /api/ping': { request: () => ({ method: 'GET', url: '/api/ping' }), expect: PUBLIC_OK },
  'GET /api/health': { request: () => ({ method: 'GET', url: '/api/health' }), expect: PUBLIC_OK },
  'GET /api/ready': { request: () => ({ method: 'GET', url: '/api/ready' }), expect: PUBLIC_OK },
  // The installation's job queue: only a manager of a root union (the parent column manages the city, not the root).
  'GET /api/jobs/failed': {
    request: () => ({ method: 'GET', url: '/api/jobs/failed' }),
    expect: { anonymous: 401, member: 403, sibling: 403, parent: 403 },
  },
  'POST /api/jobs/{id}/retry': {
    request: () => ({ method: 'POST', url: '/api/jobs/00000000-0000-4000-8000-000000000000/retry' }),
    expect: { anonymous: 401, member: 403, sibling: 403, parent: 403 },
  },
};
