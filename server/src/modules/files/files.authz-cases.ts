// Who may call the files module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import type { Case } from '../../../test/authz/kit.js';

export const filesAuthz: Record<string, Case> = {
  'POST /api/files': {
    request: () => ({
      method: 'POST',
      url: '/api/files?purpose=appeal_evidence&name=a.pdf',
      body: { raw: '%PDF-1.4 m' },
    }),
    expect: { anonymous: 401, member: 200, sibling: 200, parent: 200 },
  },
  'GET /api/files/{id}': {
    request: (f) => ({ method: 'GET', url: `/api/files/${f.evidenceId}` }),
    expect: { anonymous: 401, member: 200, sibling: 404, parent: 200 },
  },
};
