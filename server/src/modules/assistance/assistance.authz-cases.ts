// Who may call the assistance module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.

import {
  APPLICANT_ONLY,
  assistanceBody,
  at,
  type Case,
  freshIdNumber,
  idsOf,
  LIST,
  NOT_OWN,
  OBJECT,
  programBody,
} from '../../../test/authz/kit.js';
import { sql } from '../../platform/sql.js';
import { initialRuleConfig } from './assistance.profile.js';

export const assistanceAuthz: Record<string, Case> = {
  'POST /api/me/assistance': {
    request: async (f) => {
      await f.t.db.query(sql`update assistance_applications set status = 'withdrawn' where member_id = ${f.memberId}`);
      return { method: 'POST', url: '/api/me/assistance', body: assistanceBody() };
    },
    expect: APPLICANT_ONLY,
  },
  'GET /api/me/assistance': { request: () => ({ method: 'GET', url: '/api/me/assistance' }), expect: APPLICANT_ONLY },
  'POST /api/me/assistance/{id}/withdraw': at(APPLICANT_ONLY, (f) => f.assistance('submitted', true)),
  'GET /api/assistance/{id}': {
    request: async (f) => ({ method: 'GET', url: `/api/assistance/${await f.assistance()}?reveal=true` }),
    expect: NOT_OWN,
  },
  'GET /api/assistance/{id}/reviewers': at(OBJECT, (f) => f.assistance()),
  'PUT /api/assistance/{id}/reviewer': {
    request: async (f) => {
      const id = await f.assistance();
      const [reviewer] = await f.t.db.query<{ reviewer_id: number }>(
        sql`select reviewer_id from assistance_applications where id = ${id}`,
      );
      return { method: 'PUT', url: `/api/assistance/${id}/reviewer`, body: { accountId: reviewer?.reviewer_id } };
    },
    expect: OBJECT,
  },
  'PUT /api/assistance/{id}': {
    request: async (f) => {
      const { consent: _c, ...body } = assistanceBody();
      return { method: 'PUT', url: `/api/assistance/${await f.assistance()}`, body };
    },
    expect: NOT_OWN,
  },
  'GET /api/assistance': {
    request: () => ({ method: 'GET', url: '/api/assistance' }),
    expect: LIST,
    noLeak: (json, f) => !JSON.stringify(json).includes(f.tree.u1.name),
  },
  'POST /api/assistance/search': {
    request: () => ({ method: 'POST', url: '/api/assistance/search', body: { page: 1, pageSize: 100 } }),
    expect: LIST,
    noLeak: (json, f) => !JSON.stringify(json).includes(f.tree.u1.name),
  },
  'GET /api/assistance/export.csv': {
    request: () => ({ method: 'GET', url: '/api/assistance/export.csv' }),
    expect: LIST,
    noLeak: (body, f) => !String(body).includes(f.tree.u1.name),
  },
  'POST /api/assistance': {
    request: (f) => ({
      method: 'POST',
      url: '/api/assistance',
      body: {
        ...assistanceBody(),
        unionId: f.tree.u1.id,
        applicant: { name: '矩阵困难职工', idNumber: freshIdNumber(), phone: '13912340000' },
      },
    }),
    expect: OBJECT,
  },
  'GET /api/assistance/{id}/history': at(OBJECT, (f) => f.assistance()),
  'GET /api/assistance/{id}/recommendations': at(NOT_OWN, (f) => f.assistance()),
  'POST /api/assistance/{id}/propose': at(OBJECT, (f) => f.assistance(), { amountFen: 100 }),
  'POST /api/assistance/{id}/approve': at(OBJECT, (f) => f.assistance('proposed'), {}),
  'POST /api/assistance/{id}/refuse': at(OBJECT, (f) => f.assistance(), { reason: '矩阵' }),
  'POST /api/assistance/{id}/disbursements': at(OBJECT, (f) => f.assistance('approved'), {
    amountFen: 100,
    method: 'cash',
    paidOn: '2026-11-23',
  }),
  'POST /api/assistance/{id}/help': at(OBJECT, (f) => f.assistance(), { kind: 'job', note: '推荐岗位' }),
  'POST /api/assistance/{id}/reverify': at(OBJECT, (f) => f.assistance('disbursed'), { note: '入户核实' }),
  'GET /api/assistance-rules': { request: () => ({ method: 'GET', url: '/api/assistance-rules' }), expect: LIST },
  'POST /api/assistance-rules': {
    // Only an officer of a top-level federation: neither county nor base admins.
    request: () => ({
      method: 'POST',
      url: '/api/assistance-rules',
      body: { config: initialRuleConfig, note: '矩阵' },
    }),
    expect: { anonymous: 401, member: 403, sibling: 403, parent: 403 },
  },
  'GET /api/assistance-programs': {
    request: () => ({ method: 'GET', url: '/api/assistance-programs' }),
    expect: LIST,
    noLeak: (json, f) => !idsOf(json).includes(f.programId),
  },
  'POST /api/assistance-programs': {
    request: (f) => ({ method: 'POST', url: '/api/assistance-programs', body: programBody(f) }),
    expect: OBJECT,
  },
  'PUT /api/assistance-programs/{id}': at(
    OBJECT,
    (f) => f.programId,
    (f) => programBody(f),
  ),
  'GET /api/assistance-budgets': {
    request: async (f) => {
      await f.budget();
      return { method: 'GET', url: '/api/assistance-budgets' };
    },
    expect: LIST,
    noLeak: (json, f) => !JSON.stringify(json).includes(f.tree.u1.name),
  },
  'PUT /api/assistance-budgets': {
    request: (f) => ({
      method: 'PUT',
      url: '/api/assistance-budgets',
      body: { unionId: f.tree.u1.id, year: 2030, amountFen: 100 },
    }),
    expect: OBJECT,
  },
};
