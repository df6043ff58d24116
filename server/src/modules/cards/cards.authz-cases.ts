// Who may call the cards module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { APPLICANT_ONLY, type Case, PUBLIC_OK } from '../../../test/authz/kit.js';

export const cardsAuthz: Record<string, Case> = {
  'GET /api/me/card': {
    request: () => ({ method: 'GET', url: '/api/me/card' }),
    expect: APPLICANT_ONLY,
  },
  'GET /api/card/public-key': { request: () => ({ method: 'GET', url: '/api/card/public-key' }), expect: PUBLIC_OK },
  'POST /api/card/verify': {
    request: () => ({ method: 'POST', url: '/api/card/verify', body: { token: 'x' } }),
    expect: PUBLIC_OK,
  },
};
