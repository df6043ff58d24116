// Who may call the membership module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.

import {
  APPLICANT_ONLY,
  applicationBody,
  asApplicant,
  at,
  type Case,
  LIST,
  OBJECT,
  PUBLIC_OK,
} from '../../../test/authz/kit.js';
import { sql } from '../../platform/sql.js';

export const membershipAuthz: Record<string, Case> = {
  'GET /api/join/unions': {
    request: () => ({ method: 'GET', url: '/api/join/unions?q=%E5%B7%A5%E4%BC%9A' }),
    expect: PUBLIC_OK,
  },
  'GET /api/join/unions/{id}': at(PUBLIC_OK, (f) => f.tree.u1.id),
  'GET /api/join/employers': {
    request: () => ({ method: 'GET', url: '/api/join/employers?q=%E7%9F%A9%E9%98%B5' }),
    expect: PUBLIC_OK,
  },
  'POST /api/me/applications': {
    request: async (f, actor) => {
      // One pending application per phone: the applicant's earlier one is withdrawn first.
      await f.t.db.query(sql`update membership_applications set status = 'withdrawn' where status = 'pending'`);
      return { method: 'POST', url: '/api/me/applications', body: applicationBody(f), ...asApplicant(f, actor) };
    },
    expect: APPLICANT_ONLY,
  },
  'GET /api/me/applications': {
    request: (f, actor) => ({ method: 'GET', url: '/api/me/applications', ...asApplicant(f, actor) }),
    expect: APPLICANT_ONLY,
  },
  'PUT /api/me/applications/{id}': {
    request: async (f, actor) => ({
      method: 'PUT',
      url: `/api/me/applications/${await f.apply(true)}`,
      body: applicationBody(f),
      ...asApplicant(f, actor),
    }),
    expect: APPLICANT_ONLY,
  },
  'POST /api/me/applications/{id}/withdraw': {
    request: async (f, actor) => ({
      method: 'POST',
      url: `/api/me/applications/${await f.apply(true)}/withdraw`,
      ...asApplicant(f, actor),
    }),
    expect: APPLICANT_ONLY,
  },
  'GET /api/me/messages': { request: () => ({ method: 'GET', url: '/api/me/messages' }), expect: APPLICANT_ONLY },
  'POST /api/me/messages/read': {
    request: () => ({ method: 'POST', url: '/api/me/messages/read' }),
    expect: APPLICANT_ONLY,
  },
  'GET /api/applications': {
    request: async (f) => {
      await f.apply();
      return { method: 'GET', url: '/api/applications?pageSize=100' };
    },
    expect: LIST,
    noLeak: (json, f) =>
      !(json as { items: Array<{ union: { id: number } }> }).items.some((a) => a.union.id === f.tree.u1.id),
  },
  'POST /api/applications/search': {
    request: async (f) => {
      await f.apply();
      return { method: 'POST', url: '/api/applications/search', body: { page: 1, pageSize: 100 } };
    },
    expect: LIST,
    noLeak: (json, f) =>
      !(json as { items: Array<{ union: { id: number } }> }).items.some((a) => a.union.id === f.tree.u1.id),
  },
  'GET /api/applications/{id}': {
    request: async (f) => ({ method: 'GET', url: `/api/applications/${await f.apply()}` }),
    // A member asking for someone else's application gets the same 404 as for a missing one.
    expect: { anonymous: 401, member: 404, sibling: 404, parent: 200 },
  },
  'POST /api/applications/{id}/approve': at(OBJECT, (f) => f.apply()),
  'POST /api/applications/{id}/reject': at(OBJECT, (f) => f.apply(), { reason: '资料不全' }),
  'POST /api/applications/{id}/reroute': at(
    OBJECT,
    (f) => f.apply(),
    (f) => ({ unionId: f.tree.u1.id }),
  ),
  'POST /api/applications/batch': {
    request: async (f) => ({
      method: 'POST',
      url: '/api/applications/batch',
      body: { ids: [await f.apply()], decision: 'approve' },
    }),
    expect: LIST,
    noLeak: (json) =>
      (json as { results: Array<{ ok: boolean; code: string }> }).results.every((r) => !r.ok && r.code === 'NOT_FOUND'),
  },
};
