// Who may call the appeals module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.

import {
  APPLICANT_ONLY,
  appealBody,
  appealStep,
  at,
  type Case,
  LIST,
  NOT_OWN,
  OBJECT,
  slaBody,
  TOP_ONLY,
} from '../../../test/authz/kit.js';
import { sql } from '../../platform/sql.js';

export const appealsAuthz: Record<string, Case> = {
  'POST /api/appeals/{id}/accept': appealStep('accept', []),
  'POST /api/appeals/{id}/start': appealStep('start', ['accept']),
  'POST /api/me/appeals': {
    request: () => ({ method: 'POST', url: '/api/me/appeals', body: appealBody() }),
    expect: APPLICANT_ONLY,
  },
  'GET /api/me/appeals': { request: () => ({ method: 'GET', url: '/api/me/appeals' }), expect: APPLICANT_ONLY },
  'POST /api/me/appeals/{id}/reply': at(APPLICANT_ONLY, (f) => f.appeal(['accept', 'request-info'], true), {
    text: '补充材料',
  }),
  'POST /api/me/appeals/{id}/rate': at(APPLICANT_ONLY, (f) => f.appeal(['accept', 'resolve'], true), { rating: 5 }),
  'GET /api/appeals/{id}': at(NOT_OWN, (f) => f.appeal()),
  'GET /api/appeals': {
    request: () => ({ method: 'GET', url: '/api/appeals' }),
    expect: LIST,
    noLeak: (json) => !JSON.stringify(json).includes('矩阵目标单位'),
  },
  'POST /api/appeals': {
    request: () => ({
      method: 'POST',
      url: '/api/appeals',
      body: { ...appealBody(), workerName: '来电职工', phone: '13912345678' },
    }),
    expect: OBJECT,
  },
  'POST /api/appeals/{id}/refer': appealStep('refer', [], { to: 'arbitration', note: '矩阵' }),
  'POST /api/appeals/{id}/refuse': appealStep('refuse', [], { reason: '矩阵' }),
  'POST /api/appeals/{id}/request-info': appealStep('request-info', ['accept'], { text: '矩阵' }),
  'POST /api/appeals/{id}/notes': appealStep('notes', [], { text: '矩阵' }),
  'POST /api/appeals/{id}/resolve': appealStep('resolve', ['accept'], { outcome: '矩阵', recoveredFen: 1 }),
  'POST /api/appeals/{id}/reopen': appealStep('reopen', ['accept', 'resolve'], { reason: '矩阵' }),
  'GET /api/appeal-sla-policies': { request: () => ({ method: 'GET', url: '/api/appeal-sla-policies' }), expect: LIST },
  'PUT /api/appeal-sla-policies': {
    request: (f) => ({ method: 'PUT', url: '/api/appeal-sla-policies', body: slaBody(f) }),
    expect: OBJECT,
  },
  'DELETE /api/appeal-sla-policies/{id}': {
    request: async (f) => {
      const res = await f.t.db.query<{ id: number }>(sql`insert into appeal_sla_policies
        (union_id, union_path, category, first_response_minutes, resolution_minutes)
        values (${f.tree.u1.id}, ${f.tree.u1.path}, 'work_injury', 60, 600)
        on conflict (union_id, category) do update set resolution_minutes = 600 returning id`);
      return { method: 'DELETE', url: `/api/appeal-sla-policies/${res[0]?.id}` };
    },
    expect: OBJECT,
  },
  'GET /api/work-calendar': { request: () => ({ method: 'GET', url: '/api/work-calendar?year=2026' }), expect: LIST },
  'PUT /api/work-calendar': {
    request: () => ({
      method: 'PUT',
      url: '/api/work-calendar',
      body: { day: '2026-10-01', kind: 'holiday', name: '国庆节' },
    }),
    expect: TOP_ONLY,
  },
  'POST /api/work-calendar/import': {
    request: () => ({
      method: 'POST',
      url: '/api/work-calendar/import',
      body: { year: 2026, text: '一、国庆节：10月1日至7日放假调休，共7天。10月10日上班。', apply: false },
    }),
    expect: TOP_ONLY,
  },
  'DELETE /api/work-calendar/{day}': {
    request: () => ({ method: 'DELETE', url: '/api/work-calendar/2026-10-01' }),
    expect: TOP_ONLY,
  },
};
