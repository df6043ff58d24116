// Who may call the cockpit module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { type Case, OBJECT } from '../../../test/authz/kit.js';

export const cockpitAuthz: Record<string, Case> = {
  'GET /api/cockpit/overview': {
    request: (f) => ({ method: 'GET', url: `/api/cockpit/overview?unionId=${f.tree.u1.id}` }),
    expect: OBJECT,
  },
};
