// Generated authorization matrix (SECURITY.md §5.A, AZ-01/02/03): every endpoint of the OpenAPI
// document is called as anonymous, a member, the admin of a sibling union and the admin of the
// parent federation, against objects of union U1. The suite fails when an endpoint is missing here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialRuleConfig } from '../src/modules/assistance/assistance.profile.js';
import { sql } from '../src/platform/sql.js';
import { idCheckChar } from '../src/platform/validators.js';
import {
  type Agent,
  adminAgent,
  buildAccount,
  buildMember,
  buildTree,
  buildUnion,
  createTestApp,
  dbKinds,
  memberAgent,
  Agent as PlainAgent,
  type TestApp,
  validCreditCode,
} from './harness.js';

type ActorName = 'anonymous' | 'member' | 'sibling' | 'parent';
const actors: ActorName[] = ['anonymous', 'member', 'sibling', 'parent'];

interface Fixture {
  /** Submits a pending application routed to U1 (by a fresh phone, or by the fixture applicant). */
  apply: (byApplicant?: boolean) => Promise<number>;
  /** A signed-in phone that is not a member yet: the member column's actor for an applicant's own routes. */
  applicant: Agent;
  /** Opens a transfer of a U1 member to U3 (by the fixture member, or a fresh one); returns its id. */
  transfer: (byFixtureMember?: boolean) => Promise<number>;
  /** Opens an address correction for a U1 member (the fixture member, or a fresh one); returns its id. */
  correction: (byFixtureMember?: boolean) => Promise<number>;
  /** Uploads a one-row roster into U1 as the parent admin; returns the import id. */
  importFile: () => Promise<number>;
  /** A published first-come offer of U1 (cancellable), or a draft. */
  offer: (draft?: boolean) => Promise<number>;
  /** A fresh offer of U1 claimed by the fixture member; returns the claim id. */
  claim: () => Promise<number>;
  /** A fresh U1 member's application to the lottery; returns the claim id. */
  application: () => Promise<number>;
  /** A points adjustment for the fixture member by the parent admin; returns the ledger transaction id. */
  adjustment: () => Promise<number>;
  /** A fresh U1 member's assistance application, taken to `stage` by U1's and C1's officers. */
  assistance: (
    stage?: 'submitted' | 'proposed' | 'approved' | 'disbursed',
    byFixtureMember?: boolean,
  ) => Promise<number>;
  /** An appeal routed to U1 (by the fixture member, or a fresh one), taken through `steps` by the parent. */
  appeal: (steps?: string[], byFixtureMember?: boolean) => Promise<number>;
  /** A pending export request covering U1, by a U1 officer; or the parent's own, approved by that officer. */
  exportRequest: (parentsOwnApproved?: boolean) => Promise<number>;
  /** The fixture member's evidence file, attached to one of their U1 appeals. */
  evidenceId: number;
  programId: number;
  /** A future consultation slot of the parent (a lawyer at C1); booked by the fixture member if asked. */
  slot: () => Promise<number>;
  booking: () => Promise<number>;
  /** A yearly assistance budget of U1, set by the parent. */
  budget: () => Promise<void>;
  lotteryId: number;
  merchantId: number;
  t: TestApp;
  tree: Awaited<ReturnType<typeof buildTree>>;
  memberId: number;
  employerId: number;
  accountId: number;
}
interface Req {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  /** Sends as this agent instead of the actor's (the member column's applicant, who is not a member yet). */
  agent?: Agent;
}
interface Case {
  request: (f: Fixture, actor: ActorName) => Promise<Req> | Req;
  expect: Record<ActorName, number>;
  /** For list endpoints: the sibling's 200 must not contain U1's objects (AZ-02). */
  noLeak?: (json: unknown, f: Fixture) => boolean;
  /** Why the parent's 200 is not expected to hold the U1 object that `noLeak` looks for. */
  parentMisses?: string;
  last?: boolean;
}

/** RFC 4180 rows (quoted cells hold commas, quotes and line breaks), so a column is read where it is. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

const OBJECT = { anonymous: 401, member: 403, sibling: 404, parent: 200 };
const LIST = { anonymous: 401, member: 403, sibling: 200, parent: 200 };
const PUBLIC_OK = { anonymous: 200, member: 200, sibling: 200, parent: 200 };
let counter = 0;
const unique = () => ++counter;

let idSerial = 500;
function freshIdNumber(): string {
  idSerial += 1;
  const body = `330825199201${String(10 + (idSerial % 18)).padStart(2, '0')}${String(idSerial).padStart(3, '0')}`;
  return body + idCheckChar(body);
}
const applicationBody = (f: Fixture) => ({
  name: '矩阵申请人',
  idNumber: freshIdNumber(),
  category: 'employee',
  viaUnionId: f.tree.u1.id,
});
const APPLICANT_PHONE = '13500009999';
/** The member column of an applicant's own routes is the applicant (a member may not apply). */
const asApplicant = (f: Fixture, actor: ActorName) => (actor === 'member' ? { agent: f.applicant } : {});
const APPLICANT_ONLY = { anonymous: 401, member: 200, sibling: 403, parent: 403 };

const NOT_OWN = { anonymous: 401, member: 404, sibling: 404, parent: 200 };
const TOP_ONLY = { anonymous: 401, member: 403, sibling: 403, parent: 403 };
const assistanceBody = () => ({
  cause: 'illness',
  employment: 'employed',
  household: [{ relation: 'self', age: 40, annualIncomeFen: 1_000_000, dependant: false }],
  health: { condition: 'chronic' },
  medicalSelfPaidFen: 500_000,
  story: '矩阵测试',
  consent: true,
});
const appealBody = () => ({
  category: 'wage_arrears',
  employerName: '矩阵目标单位',
  amountOwedFen: 100,
  peopleAffected: 1,
  description: '矩阵',
});
const programBody = (f: Fixture) => ({
  unionId: f.tree.u1.id,
  kind: 'job',
  name: '矩阵岗位',
  description: '矩阵',
});
const slaBody = (f: Fixture) => ({
  unionId: f.tree.u1.id,
  category: 'other',
  firstResponseMinutes: 60,
  resolutionMinutes: 600,
});
/** A handler's step on a fresh U1 appeal that the parent first took through `before`. */
const appealStep = (step: string, before: string[], body: unknown = undefined): Case => ({
  request: async (f) => ({ method: 'POST', url: `/api/appeals/${await f.appeal(before)}/${step}`, body }),
  expect: OBJECT,
});

const freshBase = async (f: Fixture) =>
  buildUnion(f.t, { parent: f.tree.c1, level: 'base', name: `矩阵工会${unique()}` });
const idsOf = (json: unknown) => ((json as { items: Array<{ id: number }> }).items ?? []).map((i) => i.id);

const matrix: Record<string, Case> = {
  'GET /api/ping': { request: () => ({ method: 'GET', url: '/api/ping' }), expect: PUBLIC_OK },
  'GET /api/health': { request: () => ({ method: 'GET', url: '/api/health' }), expect: PUBLIC_OK },
  // The installation's job queue: only a manager of a root union (the parent column manages the city, not the root).
  'GET /api/jobs/failed': {
    request: () => ({ method: 'GET', url: '/api/jobs/failed' }),
    expect: { anonymous: 401, member: 403, sibling: 403, parent: 403 },
  },
  'POST /api/jobs/{id}/retry': {
    request: () => ({ method: 'POST', url: '/api/jobs/00000000-0000-4000-8000-000000000000/retry' }),
    expect: { anonymous: 401, member: 403, sibling: 403, parent: 403 },
  },
  'GET /api/auth/session': { request: () => ({ method: 'GET', url: '/api/auth/session' }), expect: PUBLIC_OK },
  'POST /api/auth/admin/login': {
    request: () => ({ method: 'POST', url: '/api/auth/admin/login', body: { username: 'nobody', password: 'wrong' } }),
    expect: { anonymous: 401, member: 401, sibling: 401, parent: 401 },
  },
  'POST /api/auth/admin/totp': {
    request: () => ({ method: 'POST', url: '/api/auth/admin/totp', body: { code: '000000' } }),
    expect: { anonymous: 401, member: 401, sibling: 403, parent: 403 },
  },
  'POST /api/auth/admin/password': {
    request: () => ({
      method: 'POST',
      url: '/api/auth/admin/password',
      body: { currentPassword: 'wrong', newPassword: 'Another#Pass9' },
    }),
    expect: { anonymous: 401, member: 401, sibling: 400, parent: 400 },
  },
  'POST /api/auth/totp/setup': {
    request: () => ({ method: 'POST', url: '/api/auth/totp/setup' }),
    expect: { anonymous: 401, member: 401, sibling: 200, parent: 200 },
  },
  'POST /api/auth/totp/enable': {
    request: () => ({ method: 'POST', url: '/api/auth/totp/enable', body: { code: '000000' } }),
    expect: { anonymous: 401, member: 401, sibling: 401, parent: 401 },
  },
  'POST /api/auth/sms/request': {
    request: () => ({
      method: 'POST',
      url: '/api/auth/sms/request',
      body: { phone: `1370000${String(unique()).padStart(4, '0')}` },
    }),
    expect: PUBLIC_OK,
  },
  'POST /api/auth/member/login': {
    request: () => ({ method: 'POST', url: '/api/auth/member/login', body: { phone: '13700009999', code: '000000' } }),
    expect: { anonymous: 401, member: 401, sibling: 401, parent: 401 },
  },
  'GET /api/auth/sessions': {
    request: () => ({ method: 'GET', url: '/api/auth/sessions' }),
    expect: { anonymous: 401, member: 200, sibling: 200, parent: 200 },
  },
  'POST /api/auth/sessions/{sid}/end': {
    request: () => ({ method: 'POST', url: '/api/auth/sessions/0123456789abcdef/end' }),
    expect: { anonymous: 401, member: 200, sibling: 200, parent: 200 },
  },
  'POST /api/auth/logout': {
    request: () => ({ method: 'POST', url: '/api/auth/logout' }),
    expect: PUBLIC_OK,
    last: true,
  },

  'GET /api/unions': {
    request: () => ({ method: 'GET', url: `/api/unions?q=${encodeURIComponent('公司工会')}` }),
    expect: LIST,
    noLeak: (json, f) => !idsOf(json).includes(f.tree.u1.id),
  },
  'GET /api/unions/{id}': { request: (f) => ({ method: 'GET', url: `/api/unions/${f.tree.u1.id}` }), expect: OBJECT },
  'POST /api/unions': {
    request: (f) => ({
      method: 'POST',
      url: '/api/unions',
      body: { parentId: f.tree.c1.id, name: `矩阵新建${unique()}`, level: 'base', formation: 'single' },
    }),
    expect: OBJECT,
  },
  'PATCH /api/unions/{id}': {
    request: (f) => ({ method: 'PATCH', url: `/api/unions/${f.tree.u1.id}`, body: { address: '新地址' } }),
    expect: OBJECT,
  },
  'POST /api/unions/{id}/move': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/unions/${(await freshBase(f)).id}/move`,
      body: { newParentId: f.tree.c1.id },
    }),
    expect: OBJECT,
  },
  'POST /api/unions/{id}/deactivate': {
    request: async (f) => ({ method: 'POST', url: `/api/unions/${(await freshBase(f)).id}/deactivate` }),
    expect: OBJECT,
  },
  'POST /api/unions/{id}/reactivate': {
    request: async (f) => {
      const u = await freshBase(f);
      await f.t.db.query(sql`update unions set active = false where id = ${u.id}`);
      return { method: 'POST', url: `/api/unions/${u.id}/reactivate` };
    },
    expect: OBJECT,
  },

  'GET /api/employers': {
    request: () => ({ method: 'GET', url: '/api/employers' }),
    expect: LIST,
    noLeak: (json, f) => !idsOf(json).includes(f.employerId),
  },
  'GET /api/employers/{id}': {
    request: (f) => ({ method: 'GET', url: `/api/employers/${f.employerId}` }),
    expect: OBJECT,
  },
  'POST /api/employers': {
    request: (f) => ({
      method: 'POST',
      url: '/api/employers',
      body: { creditCode: validCreditCode(), name: `矩阵单位${unique()}`, unionId: f.tree.u1.id },
    }),
    expect: OBJECT,
  },
  'PATCH /api/employers/{id}': {
    request: (f) => ({ method: 'PATCH', url: `/api/employers/${f.employerId}`, body: { address: '开发区 1 号' } }),
    expect: OBJECT,
  },

  'GET /api/accounts': {
    request: () => ({ method: 'GET', url: '/api/accounts' }),
    expect: LIST,
    noLeak: (json, f) => !idsOf(json).includes(f.accountId),
  },
  'GET /api/accounts/grantable-roles': {
    request: () => ({ method: 'GET', url: '/api/accounts/grantable-roles' }),
    expect: LIST,
  },
  'GET /api/accounts/{id}': {
    request: (f) => ({ method: 'GET', url: `/api/accounts/${f.accountId}` }),
    expect: OBJECT,
  },
  'POST /api/accounts': {
    request: (f) => ({
      method: 'POST',
      url: '/api/accounts',
      body: {
        username: `matrix${unique()}`,
        displayName: '矩阵账号',
        role: 'membership_officer',
        unionId: f.tree.u1.id,
      },
    }),
    expect: OBJECT,
  },
  'POST /api/accounts/{id}/grants': {
    request: (f) => ({
      method: 'POST',
      url: `/api/accounts/${f.accountId}/grants`,
      body: { role: 'editor', unionId: f.tree.u1.id },
    }),
    expect: OBJECT,
  },
  'DELETE /api/accounts/{id}/grants/{grantId}': {
    request: async (f) => {
      const acc = await buildAccount(f.t, { role: 'membership_officer', union: f.tree.u1 });
      const [g] = await f.t.db.query<{ id: number }>(sql`insert into role_grants (account_id, role, union_id)
        values (${acc.id}, 'editor', ${f.tree.u1.id}) returning id`);
      return { method: 'DELETE', url: `/api/accounts/${acc.id}/grants/${g?.id}` };
    },
    expect: OBJECT,
  },
  'POST /api/accounts/{id}/disable': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/accounts/${(await buildAccount(f.t, { role: 'editor', union: f.tree.u1 })).id}/disable`,
    }),
    expect: OBJECT,
  },
  'POST /api/accounts/{id}/enable': {
    request: (f) => ({ method: 'POST', url: `/api/accounts/${f.accountId}/enable` }),
    expect: OBJECT,
  },
  'POST /api/accounts/{id}/reset-password': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/accounts/${(await buildAccount(f.t, { role: 'editor', union: f.tree.u1 })).id}/reset-password`,
    }),
    expect: OBJECT,
  },

  'GET /api/members': {
    request: () => ({ method: 'GET', url: '/api/members' }),
    expect: LIST,
    noLeak: (json, f) => !idsOf(json).includes(f.memberId),
  },
  'GET /api/members/{id}': { request: (f) => ({ method: 'GET', url: `/api/members/${f.memberId}` }), expect: OBJECT },
  'POST /api/members/{id}/reveal': {
    request: (f) => ({
      method: 'POST',
      url: `/api/members/${f.memberId}/reveal`,
      body: { field: 'phone', reason: '核实身份' },
    }),
    expect: OBJECT,
  },
  'POST /api/members/search': {
    request: () => ({ method: 'POST', url: '/api/members/search', body: { pageSize: 100 } }),
    expect: LIST,
    noLeak: (json, f) => !idsOf(json).includes(f.memberId),
  },
  'GET /api/members/export': {
    request: () => ({ method: 'GET', url: '/api/members/export' }),
    // A binary workbook: what it holds is checked in members.test.ts.
    expect: LIST,
  },
  'GET /api/members/{id}/history': {
    request: (f) => ({ method: 'GET', url: `/api/members/${f.memberId}/history` }),
    expect: OBJECT,
  },
  'POST /api/members/{id}/leave': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/members/${(await buildMember(f.t, f.tree.u1)).id}/leave`,
      body: { reason: '调离本单位' },
    }),
    expect: OBJECT,
  },
  'POST /api/members/{id}/reinstate': {
    request: async (f) => {
      const m = await buildMember(f.t, f.tree.u1);
      await f.t.db.query(sql`update members set status = 'left' where id = ${m.id}`);
      return { method: 'POST', url: `/api/members/${m.id}/reinstate` };
    },
    expect: OBJECT,
  },
  'GET /api/me': {
    request: () => ({ method: 'GET', url: '/api/me' }),
    expect: { anonymous: 401, member: 200, sibling: 403, parent: 403 },
  },

  'GET /api/join/unions': {
    request: () => ({ method: 'GET', url: '/api/join/unions?q=%E5%B7%A5%E4%BC%9A' }),
    expect: PUBLIC_OK,
  },
  'GET /api/join/unions/{id}': {
    request: (f) => ({ method: 'GET', url: `/api/join/unions/${f.tree.u1.id}` }),
    expect: PUBLIC_OK,
  },
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
  'POST /api/applications/{id}/approve': {
    request: async (f) => ({ method: 'POST', url: `/api/applications/${await f.apply()}/approve` }),
    expect: OBJECT,
  },
  'POST /api/applications/{id}/reject': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/applications/${await f.apply()}/reject`,
      body: { reason: '资料不全' },
    }),
    expect: OBJECT,
  },
  'POST /api/applications/{id}/reroute': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/applications/${await f.apply()}/reroute`,
      body: { unionId: f.tree.u1.id },
    }),
    expect: OBJECT,
  },
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

  'GET /api/me/card': {
    request: () => ({ method: 'GET', url: '/api/me/card' }),
    expect: APPLICANT_ONLY,
  },
  'GET /api/card/public-key': { request: () => ({ method: 'GET', url: '/api/card/public-key' }), expect: PUBLIC_OK },
  'POST /api/card/verify': {
    request: () => ({ method: 'POST', url: '/api/card/verify', body: { token: 'x' } }),
    expect: PUBLIC_OK,
  },

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
  'GET /api/member-imports/{id}': {
    request: async (f) => ({ method: 'GET', url: `/api/member-imports/${await f.importFile()}` }),
    expect: OBJECT,
  },
  'GET /api/member-imports/{id}/rows': {
    request: async (f) => ({ method: 'GET', url: `/api/member-imports/${await f.importFile()}/rows` }),
    expect: OBJECT,
  },
  'POST /api/member-imports/{id}/commit': {
    request: async (f) => ({ method: 'POST', url: `/api/member-imports/${await f.importFile()}/commit` }),
    expect: OBJECT,
  },
  'GET /api/member-imports/{id}/report': {
    request: async (f) => ({ method: 'GET', url: `/api/member-imports/${await f.importFile()}/report` }),
    expect: OBJECT,
  },

  'POST /api/me/transfers': {
    request: async (f) => {
      await f.t.db.query(
        sql`update member_transfers set status = 'cancelled' where member_id = ${f.memberId} and status like 'pending%'`,
      );
      return { method: 'POST', url: '/api/me/transfers', body: { toUnionId: f.tree.u3.id } };
    },
    expect: APPLICANT_ONLY,
  },
  'GET /api/me/transfers': { request: () => ({ method: 'GET', url: '/api/me/transfers' }), expect: APPLICANT_ONLY },
  'POST /api/me/transfers/{id}/cancel': {
    request: async (f) => ({ method: 'POST', url: `/api/me/transfers/${await f.transfer(true)}/cancel` }),
    expect: APPLICANT_ONLY,
  },
  'POST /api/members/{id}/transfer': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/members/${(await buildMember(f.t, f.tree.u1)).id}/transfer`,
      body: { toUnionId: f.tree.u2.id },
    }),
    expect: OBJECT,
  },
  'GET /api/me/offers': { request: () => ({ method: 'GET', url: '/api/me/offers' }), expect: APPLICANT_ONLY },
  'GET /api/me/offers/{id}': {
    request: async (f) => ({ method: 'GET', url: `/api/me/offers/${await f.offer()}` }),
    expect: APPLICANT_ONLY,
  },
  'POST /api/me/claim-pass': { request: () => ({ method: 'POST', url: '/api/me/claim-pass' }), expect: APPLICANT_ONLY },
  'POST /api/claims': {
    // Without a claim pass nobody may claim, whatever their session.
    request: async (f) => ({
      method: 'POST',
      url: '/api/claims',
      body: { offerId: await f.offer(), idempotencyKey: `matrix-${unique()}` },
    }),
    expect: { anonymous: 401, member: 401, sibling: 401, parent: 401 },
  },
  'GET /api/me/claims': { request: () => ({ method: 'GET', url: '/api/me/claims' }), expect: APPLICANT_ONLY },
  'POST /api/me/claims/{id}/cancel': {
    request: async (f) => ({ method: 'POST', url: `/api/me/claims/${await f.claim()}/cancel` }),
    expect: APPLICANT_ONLY,
  },
  'POST /api/me/claims/{id}/accept': {
    request: async (f) => ({ method: 'POST', url: `/api/me/claims/${await f.claim()}/accept` }),
    expect: { anonymous: 401, member: 409, sibling: 403, parent: 403 },
  },
  'POST /api/me/claims/{id}/feedback': {
    request: async (f) => ({ method: 'POST', url: `/api/me/claims/${await f.claim()}/feedback`, body: { rating: 5 } }),
    expect: { anonymous: 401, member: 409, sibling: 403, parent: 403 },
  },
  'GET /api/me/claims/{id}/code': {
    request: async (f) => ({ method: 'GET', url: `/api/me/claims/${await f.claim()}/code` }),
    expect: APPLICANT_ONLY,
  },
  'POST /api/me/offers/{id}/waitlist': {
    request: async (f) => ({ method: 'POST', url: `/api/me/offers/${await f.offer()}/waitlist` }),
    expect: { anonymous: 401, member: 409, sibling: 403, parent: 403 },
  },
  'GET /api/offers/{id}/lottery': {
    request: (f) => ({ method: 'GET', url: `/api/offers/${f.lotteryId}/lottery` }),
    expect: { anonymous: 404, member: 200, sibling: 404, parent: 200 },
  },
  'GET /api/offers': {
    request: () => ({ method: 'GET', url: '/api/offers?pageSize=100' }),
    expect: LIST,
    noLeak: (json, f) => !idsOf(json).includes(f.lotteryId),
  },
  'POST /api/offers': {
    request: (f) => ({
      method: 'POST',
      url: '/api/offers',
      body: {
        unionId: f.tree.u1.id,
        kind: 'activity',
        mode: 'first_come',
        title: '矩阵活动',
        capacity: 3,
        opensAt: '2030-01-01T00:00:00Z',
        closesAt: '2030-01-02T00:00:00Z',
      },
    }),
    expect: { anonymous: 401, member: 403, sibling: 404, parent: 200 },
  },
  'GET /api/offers/{id}': { request: (f) => ({ method: 'GET', url: `/api/offers/${f.lotteryId}` }), expect: OBJECT },
  'PATCH /api/offers/{id}': {
    request: async (f) => ({ method: 'PATCH', url: `/api/offers/${await f.offer(true)}`, body: { title: '改名' } }),
    expect: OBJECT,
  },
  'POST /api/offers/{id}/publish': {
    request: async (f) => ({ method: 'POST', url: `/api/offers/${await f.offer(true)}/publish` }),
    expect: OBJECT,
  },
  'POST /api/offers/{id}/cancel': {
    request: async (f) => ({ method: 'POST', url: `/api/offers/${await f.offer()}/cancel`, body: { reason: '矩阵' } }),
    expect: OBJECT,
  },
  'GET /api/offers/{id}/registrations': {
    request: (f) => ({ method: 'GET', url: `/api/offers/${f.lotteryId}/registrations` }),
    expect: OBJECT,
  },
  'GET /api/offers/{id}/registrations.xlsx': {
    request: (f) => ({ method: 'GET', url: `/api/offers/${f.lotteryId}/registrations.xlsx` }),
    expect: OBJECT,
  },
  'GET /api/offers/{id}/monitor': {
    request: (f) => ({ method: 'GET', url: `/api/offers/${f.lotteryId}/monitor` }),
    expect: OBJECT,
  },
  'POST /api/offers/{id}/draw': {
    request: (f) => ({ method: 'POST', url: `/api/offers/${f.lotteryId}/draw` }),
    expect: { anonymous: 401, member: 403, sibling: 404, parent: 409 },
  },
  'POST /api/offers/{id}/registrations/{claimId}/reject': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/offers/${f.lotteryId}/registrations/${await f.application()}/reject`,
      body: { reason: '矩阵' },
    }),
    expect: OBJECT,
  },
  'PUT /api/members/{id}/tags': {
    request: (f) => ({ method: 'PUT', url: `/api/members/${f.memberId}/tags`, body: { tags: ['矩阵'] } }),
    expect: OBJECT,
  },
  'POST /api/offers/{id}/check-in': {
    request: (f) => ({ method: 'POST', url: `/api/offers/${f.lotteryId}/check-in`, body: { token: 'ZGC1.x.y' } }),
    expect: { anonymous: 401, member: 403, sibling: 404, parent: 400 },
  },
  'GET /api/offers/{id}/feedback': {
    request: (f) => ({ method: 'GET', url: `/api/offers/${f.lotteryId}/feedback` }),
    expect: OBJECT,
  },
  'GET /api/me/points': { request: () => ({ method: 'GET', url: '/api/me/points' }), expect: APPLICANT_ONLY },
  'POST /api/me/bills': {
    request: () => ({
      method: 'POST',
      url: '/api/me/bills',
      body: { kind: 'phone', account: '13912345678', amountFen: 100, idempotencyKey: `matrix-${unique()}` },
    }),
    expect: { anonymous: 401, member: 409, sibling: 403, parent: 403 },
  },
  'GET /api/me/bills': { request: () => ({ method: 'GET', url: '/api/me/bills' }), expect: APPLICANT_ONLY },
  'GET /api/points/members/{id}': {
    request: (f) => ({ method: 'GET', url: `/api/points/members/${f.memberId}` }),
    expect: OBJECT,
  },
  'POST /api/points/adjustments': {
    request: (f) => ({
      method: 'POST',
      url: '/api/points/adjustments',
      body: { memberId: f.memberId, amount: 1, reason: '矩阵', idempotencyKey: `matrix-${unique()}` },
    }),
    expect: OBJECT,
  },
  'POST /api/points/transactions/{id}/reverse': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/points/transactions/${await f.adjustment()}/reverse`,
      body: { reason: '矩阵' },
    }),
    expect: OBJECT,
  },
  'POST /api/points/issuance': {
    request: (f) => ({
      method: 'POST',
      url: '/api/points/issuance',
      body: {
        unionId: f.tree.u1.id,
        month: `20${30 + (unique() % 60)}-0${1 + (unique() % 9)}`,
        amountPerMember: 1,
        reason: '矩阵',
      },
    }),
    expect: OBJECT,
  },
  'GET /api/points/issuance/{unionId}': {
    request: (f) => ({ method: 'GET', url: `/api/points/issuance/${f.tree.u1.id}` }),
    expect: OBJECT,
  },
  'PUT /api/points/issuance/{unionId}/plan': {
    request: (f) => ({
      method: 'PUT',
      url: `/api/points/issuance/${f.tree.u1.id}/plan`,
      body: { amountPerMember: 1, reason: '矩阵', active: false },
    }),
    expect: OBJECT,
  },
  'GET /api/points/reconcile': { request: () => ({ method: 'GET', url: '/api/points/reconcile' }), expect: LIST },
  'GET /api/me/vouchers': { request: () => ({ method: 'GET', url: '/api/me/vouchers' }), expect: APPLICANT_ONLY },
  'GET /api/merchants': {
    request: () => ({ method: 'GET', url: '/api/merchants' }),
    expect: LIST,
    noLeak: (json, f) => !idsOf(json).includes(f.merchantId),
  },
  'POST /api/merchants': {
    request: (f) => ({
      method: 'POST',
      url: '/api/merchants',
      body: { unionId: f.tree.u1.id, name: `矩阵商户${unique()}` },
    }),
    expect: OBJECT,
  },
  'PATCH /api/merchants/{id}': {
    request: (f) => ({ method: 'PATCH', url: `/api/merchants/${f.merchantId}`, body: { address: '矩阵路' } }),
    expect: OBJECT,
  },
  'GET /api/budgets/{unionId}/{year}': {
    request: (f) => ({ method: 'GET', url: `/api/budgets/${f.tree.u1.id}/2030` }),
    expect: OBJECT,
  },
  'PUT /api/budgets/{unionId}/{year}': {
    request: (f) => ({ method: 'PUT', url: `/api/budgets/${f.tree.u1.id}/2030`, body: { amountFen: 100000 } }),
    expect: OBJECT,
  },
  'POST /api/merchant/verify': {
    request: () => ({ method: 'POST', url: '/api/merchant/verify', body: { code: 'ABCD' } }),
    expect: { anonymous: 401, member: 403, sibling: 403, parent: 403 },
  },
  'POST /api/merchant/redeem': {
    request: () => ({ method: 'POST', url: '/api/merchant/redeem', body: { code: 'ABCD' } }),
    expect: { anonymous: 401, member: 403, sibling: 403, parent: 403 },
  },
  'GET /api/merchant/redemptions': {
    request: () => ({ method: 'GET', url: '/api/merchant/redemptions' }),
    expect: { anonymous: 401, member: 403, sibling: 403, parent: 403 },
  },
  'GET /api/transfers': {
    request: () => ({ method: 'GET', url: '/api/transfers' }),
    expect: LIST,
    // U2's admin sees transfers into U2 (its side), never U1-internal ones.
    noLeak: (json, f) =>
      (json as { items: Array<{ from: { id: number }; to: { id: number } }> }).items.every(
        (x) => x.to.id === f.tree.u2.id || x.from.id === f.tree.u2.id,
      ),
  },
  'POST /api/transfers/{id}/approve': {
    request: async (f) => ({ method: 'POST', url: `/api/transfers/${await f.transfer()}/approve` }),
    expect: OBJECT,
  },
  'POST /api/transfers/{id}/reject': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/transfers/${await f.transfer()}/reject`,
      body: { reason: '不符合条件' },
    }),
    expect: OBJECT,
  },

  'POST /api/me/phone-code': {
    request: () => ({
      method: 'POST',
      url: '/api/me/phone-code',
      body: { phone: `1330000${String(++counter).padStart(4, '0')}` },
    }),
    expect: APPLICANT_ONLY,
  },
  'POST /api/me/corrections': {
    request: async (f) => {
      await f.t.db.query(
        sql`update member_corrections set status = 'cancelled' where member_id = ${f.memberId} and status = 'pending'`,
      );
      return { method: 'POST', url: '/api/me/corrections', body: { field: 'address', address: '矩阵地址' } };
    },
    expect: APPLICANT_ONLY,
  },
  'GET /api/me/corrections': { request: () => ({ method: 'GET', url: '/api/me/corrections' }), expect: APPLICANT_ONLY },
  'POST /api/me/corrections/{id}/cancel': {
    request: async (f) => ({ method: 'POST', url: `/api/me/corrections/${await f.correction(true)}/cancel` }),
    expect: APPLICANT_ONLY,
  },
  'GET /api/corrections': {
    request: () => ({ method: 'GET', url: '/api/corrections' }),
    expect: LIST,
    noLeak: (json, f) =>
      !(json as { items: Array<{ member: { id: number } }> }).items.some((c) => c.member.id === f.memberId),
  },
  'POST /api/corrections/{id}/approve': {
    request: async (f) => ({ method: 'POST', url: `/api/corrections/${await f.correction()}/approve` }),
    expect: OBJECT,
  },
  'POST /api/corrections/{id}/reject': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/corrections/${await f.correction()}/reject`,
      body: { reason: '不实' },
    }),
    expect: OBJECT,
  },

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

  'POST /api/me/assistance': {
    request: async (f) => {
      await f.t.db.query(sql`update assistance_applications set status = 'withdrawn' where member_id = ${f.memberId}`);
      return { method: 'POST', url: '/api/me/assistance', body: assistanceBody() };
    },
    expect: APPLICANT_ONLY,
  },
  'GET /api/me/assistance': { request: () => ({ method: 'GET', url: '/api/me/assistance' }), expect: APPLICANT_ONLY },
  'POST /api/me/assistance/{id}/withdraw': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/me/assistance/${await f.assistance('submitted', true)}/withdraw`,
    }),
    expect: APPLICANT_ONLY,
  },
  'GET /api/assistance/{id}': {
    request: async (f) => ({ method: 'GET', url: `/api/assistance/${await f.assistance()}?reveal=true` }),
    expect: NOT_OWN,
  },
  'GET /api/assistance/{id}/reviewers': {
    request: async (f) => ({ method: 'GET', url: `/api/assistance/${await f.assistance()}/reviewers` }),
    expect: OBJECT,
  },
  'GET /api/legal-overview': {
    request: async (f) => {
      await f.slot();
      return { method: 'GET', url: '/api/legal-overview?from=2026-11-01&to=2027-10-31' };
    },
    expect: LIST,
    noLeak: (json, f) =>
      !((json as { items: Array<{ union: string }> }).items ?? []).some((i) => i.union === f.tree.c1.name),
  },
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
  'POST /api/export-requests/{id}/approve': {
    request: async (f) => ({ method: 'POST', url: `/api/export-requests/${await f.exportRequest()}/approve` }),
    expect: OBJECT,
  },
  'POST /api/export-requests/{id}/refuse': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/export-requests/${await f.exportRequest()}/refuse`,
      body: { reason: '范围过大' },
    }),
    expect: OBJECT,
  },
  'GET /api/export-requests/{id}/download': {
    request: async (f) => ({ method: 'GET', url: `/api/export-requests/${await f.exportRequest(true)}/download` }),
    expect: OBJECT,
  },
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
  'GET /api/assistance/{id}/history': {
    request: async (f) => ({ method: 'GET', url: `/api/assistance/${await f.assistance()}/history` }),
    expect: OBJECT,
  },
  'GET /api/assistance/{id}/recommendations': {
    request: async (f) => ({ method: 'GET', url: `/api/assistance/${await f.assistance()}/recommendations` }),
    expect: NOT_OWN,
  },
  'POST /api/assistance/{id}/propose': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/assistance/${await f.assistance()}/propose`,
      body: { amountFen: 100 },
    }),
    expect: OBJECT,
  },
  'POST /api/assistance/{id}/approve': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/assistance/${await f.assistance('proposed')}/approve`,
      body: {},
    }),
    expect: OBJECT,
  },
  'POST /api/assistance/{id}/refuse': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/assistance/${await f.assistance()}/refuse`,
      body: { reason: '矩阵' },
    }),
    expect: OBJECT,
  },
  'POST /api/assistance/{id}/disbursements': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/assistance/${await f.assistance('approved')}/disbursements`,
      body: { amountFen: 100, method: 'cash', paidOn: '2026-11-23' },
    }),
    expect: OBJECT,
  },
  'POST /api/assistance/{id}/help': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/assistance/${await f.assistance()}/help`,
      body: { kind: 'job', note: '推荐岗位' },
    }),
    expect: OBJECT,
  },
  'POST /api/assistance/{id}/reverify': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/assistance/${await f.assistance('disbursed')}/reverify`,
      body: { note: '入户核实' },
    }),
    expect: OBJECT,
  },
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
  'PUT /api/assistance-programs/{id}': {
    request: (f) => ({ method: 'PUT', url: `/api/assistance-programs/${f.programId}`, body: programBody(f) }),
    expect: OBJECT,
  },
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

  'POST /api/me/appeals': {
    request: () => ({ method: 'POST', url: '/api/me/appeals', body: appealBody() }),
    expect: APPLICANT_ONLY,
  },
  'GET /api/me/appeals': { request: () => ({ method: 'GET', url: '/api/me/appeals' }), expect: APPLICANT_ONLY },
  'POST /api/me/appeals/{id}/reply': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/me/appeals/${await f.appeal(['accept', 'request-info'], true)}/reply`,
      body: { text: '补充材料' },
    }),
    expect: APPLICANT_ONLY,
  },
  'POST /api/me/appeals/{id}/rate': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/me/appeals/${await f.appeal(['accept', 'resolve'], true)}/rate`,
      body: { rating: 5 },
    }),
    expect: APPLICANT_ONLY,
  },
  'GET /api/appeals/{id}': {
    request: async (f) => ({ method: 'GET', url: `/api/appeals/${await f.appeal()}` }),
    expect: NOT_OWN,
  },
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
  'POST /api/appeals/{id}/accept': appealStep('accept', []),
  'POST /api/appeals/{id}/start': appealStep('start', ['accept']),
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
  'GET /api/me/legal-slots': { request: () => ({ method: 'GET', url: '/api/me/legal-slots' }), expect: APPLICANT_ONLY },
  'POST /api/me/consultations': {
    request: async (f) => {
      await f.t.db.query(sql`update consultation_bookings set status = 'cancelled' where member_id = ${f.memberId}`);
      return { method: 'POST', url: '/api/me/consultations', body: { slotId: await f.slot(), topic: '矩阵' } };
    },
    expect: APPLICANT_ONLY,
  },
  'GET /api/me/consultations': {
    request: () => ({ method: 'GET', url: '/api/me/consultations' }),
    expect: APPLICANT_ONLY,
  },
  'POST /api/me/consultations/{id}/cancel': {
    request: async (f) => ({ method: 'POST', url: `/api/me/consultations/${await f.booking()}/cancel` }),
    expect: APPLICANT_ONLY,
  },
  'GET /api/legal-slots': { request: () => ({ method: 'GET', url: '/api/legal-slots' }), expect: LIST },
  'POST /api/legal-slots': {
    request: () => {
      const startsAt = new Date(Date.now() + (200 + unique()) * 3_600_000);
      return {
        method: 'POST',
        url: '/api/legal-slots',
        body: {
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 1_800_000).toISOString(),
          mode: 'video',
        },
      };
    },
    expect: LIST,
  },
  'POST /api/legal-slots/{id}/cancel': {
    request: async (f) => ({ method: 'POST', url: `/api/legal-slots/${await f.slot()}/cancel` }),
    expect: OBJECT,
  },
  'POST /api/consultations/{id}/outcome': {
    request: async (f) => ({
      method: 'POST',
      url: `/api/consultations/${await f.booking()}/outcome`,
      body: { status: 'completed' },
    }),
    expect: OBJECT,
  },
  'GET /api/cockpit/overview': {
    request: (f) => ({ method: 'GET', url: `/api/cockpit/overview?unionId=${f.tree.u1.id}` }),
    expect: OBJECT,
  },
};

describe.each(dbKinds)('authorization matrix on %s', (kind) => {
  let f: Fixture;
  let phones = 0;
  const agents = {} as Record<ActorName, Agent>;

  beforeAll(async () => {
    const t = await createTestApp(kind);
    const tree = await buildTree(t);
    const member = await buildMember(t, tree.u1);
    const [employer] = await t.db.query<{
      id: number;
    }>(sql`insert into employers (credit_code, name, union_id, union_path)
      values (${validCreditCode()}, '矩阵目标单位', ${tree.u1.id}, ${tree.u1.path}) returning id`);
    const account = await buildAccount(t, { role: 'membership_officer', union: tree.u1 });
    f = {
      t,
      tree,
      // Filled in once the agents exist (below).
      offer: async () => 0,
      claim: async () => 0,
      application: async () => 0,
      adjustment: async () => 0,
      assistance: async () => 0,
      exportRequest: async () => 0,
      appeal: async () => 0,
      evidenceId: 0,
      programId: 0,
      slot: async () => 0,
      budget: async () => undefined,
      applicant: undefined as unknown as Agent,
      booking: async () => 0,
      lotteryId: 0,
      merchantId: 0,
      memberId: member.id,
      employerId: employer?.id ?? 0,
      accountId: account.id,
      transfer: async (byFixtureMember = false) => {
        // The fixture member holds at most one open transfer: earlier ones are closed first.
        await t.db.query(
          sql`update member_transfers set status = 'cancelled' where member_id = ${member.id} and status like 'pending%'`,
        );
        const agent = byFixtureMember ? agents.member : await memberAgent(t, (await buildMember(t, tree.u1)).phone);
        const res = await agent.post('/api/me/transfers', { toUnionId: tree.u3.id });
        if (res.statusCode !== 200) throw new Error(`transfer failed: ${res.body}`);
        return res.json().id as number;
      },
      correction: async (byFixtureMember = false) => {
        await t.db.query(
          sql`update member_corrections set status = 'cancelled' where member_id = ${member.id} and status = 'pending'`,
        );
        const agent = byFixtureMember ? agents.member : await memberAgent(t, (await buildMember(t, tree.u1)).phone);
        const res = await agent.post('/api/me/corrections', { field: 'address', address: '矩阵新地址' });
        if (res.statusCode !== 200) throw new Error(`correction failed: ${res.body}`);
        return res.json().id as number;
      },
      importFile: async () => {
        const res = await agents.parent.request('POST', `/api/member-imports?unionId=${tree.u1.id}&fileName=a.csv`, {
          raw: `姓名,身份证号,手机号\n矩阵导入,${freshIdNumber()},13812340000\n`,
        });
        if (res.statusCode !== 200) throw new Error(`import failed: ${res.body}`);
        return res.json().id as number;
      },
      apply: async (byApplicant = false) => {
        // A phone holds one pending application: the applicant's earlier ones are withdrawn first.
        if (byApplicant)
          await t.db.query(
            sql`update membership_applications set status = 'withdrawn' where status = 'pending' and phone_hash = ${t.services.pii.hash('phone', APPLICANT_PHONE)}`,
          );
        const agent = byApplicant ? f.applicant : await memberAgent(t, `1350000${String(++phones).padStart(4, '0')}`);
        const res = await agent.post('/api/me/applications', applicationBody(f));
        if (res.statusCode !== 200) throw new Error(`apply failed: ${res.body}`);
        return res.json().id as number;
      },
    };
    const sibling = await buildAccount(t, { role: 'union_admin', union: tree.u2 });
    await t.db.query(
      sql`insert into role_grants (account_id, role, union_id) values (${sibling.id}, 'auditor', ${tree.u2.id})`,
    );
    const parent = await buildAccount(t, { role: 'union_admin', union: tree.c1 });
    await t.db.query(
      sql`insert into role_grants (account_id, role, union_id) values (${parent.id}, 'auditor', ${tree.c1.id})`,
    );
    // Assistance data is for assistance officers only (not union admins): both admins hold that role too.
    for (const [account, union] of [
      [sibling, tree.u2],
      [parent, tree.c1],
    ] as const) {
      for (const role of ['assistance_officer', 'lawyer']) {
        await t.db.query(
          sql`insert into role_grants (account_id, role, union_id) values (${account.id}, ${role}, ${union.id})`,
        );
      }
    }
    agents.anonymous = new PlainAgent(t);
    agents.member = await memberAgent(t, member.phone);
    f.applicant = await memberAgent(t, APPLICANT_PHONE);
    agents.sibling = await adminAgent(t, sibling);
    agents.parent = await adminAgent(t, parent);
    const offerBody = (mode: 'first_come' | 'lottery') => ({
      unionId: tree.u1.id,
      kind: 'activity',
      mode,
      title: '矩阵活动',
      capacity: 100,
      cancelHours: 0,
      opensAt: new Date(Date.now() - 1000).toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    f.offer = async (draft = false) => {
      const res = await agents.parent.post('/api/offers', offerBody('first_come'));
      if (res.statusCode !== 200) throw new Error(`offer failed: ${res.body}`);
      if (!draft) await agents.parent.post(`/api/offers/${res.json().id}/publish`);
      return res.json().id as number;
    };
    f.claim = async () => {
      const offerId = await f.offer();
      const pass = (await agents.member.post('/api/me/claim-pass')).json().pass;
      const res = await agents.member.request(
        'POST',
        '/api/claims',
        { offerId, idempotencyKey: `matrix-${unique()}` },
        { 'x-zg-pass': pass },
      );
      if (res.statusCode !== 200) throw new Error(`claim failed: ${res.body}`);
      return res.json().id as number;
    };
    f.application = async () => {
      const agent = await memberAgent(t, (await buildMember(t, tree.u1)).phone);
      const pass = (await agent.post('/api/me/claim-pass')).json().pass;
      const res = await agent.request(
        'POST',
        '/api/claims',
        { offerId: f.lotteryId, idempotencyKey: `matrix-${unique()}` },
        { 'x-zg-pass': pass },
      );
      if (res.statusCode !== 200) throw new Error(`application failed: ${res.body}`);
      return res.json().id as number;
    };
    f.adjustment = async () => {
      const res = await agents.parent.post('/api/points/adjustments', {
        memberId: member.id,
        amount: 1,
        reason: '矩阵',
        idempotencyKey: `matrix-${unique()}`,
      });
      if (res.statusCode !== 200) throw new Error(`adjust failed: ${res.body}`);
      return res.json().items[0].transactionId as number;
    };
    const lottery = await agents.parent.post('/api/offers', offerBody('lottery'));
    f.lotteryId = lottery.json().id;
    await agents.parent.post(`/api/offers/${f.lotteryId}/publish`);
    f.merchantId = (await agents.parent.post('/api/merchants', { unionId: tree.u1.id, name: '矩阵商户' })).json().id;
    // ---- Care fixtures ----
    await agents.parent.put('/api/assistance-budgets', {
      unionId: tree.c1.id,
      year: new Date().getFullYear(),
      amountFen: 100_000_000,
    });
    const u1Officer = await adminAgent(t, await buildAccount(t, { role: 'assistance_officer', union: tree.u1 }));
    const u1Registrar = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.u1 }));
    f.exportRequest = async (parentsOwnApproved = false) => {
      const by = parentsOwnApproved ? agents.parent : u1Registrar;
      const res = await by.post('/api/export-requests', {
        kind: 'members',
        filters: { unionId: tree.u1.id },
        reason: '矩阵导出',
      });
      if (res.statusCode !== 200) throw new Error(`export request failed: ${res.body}`);
      const id = res.json().id as number;
      if (parentsOwnApproved) await u1Registrar.post(`/api/export-requests/${id}/approve`);
      return id;
    };
    f.assistance = async (stage = 'submitted', byFixtureMember = false) => {
      if (byFixtureMember) {
        await t.db.query(sql`update assistance_applications set status = 'withdrawn' where member_id = ${member.id}`);
      }
      const agent = byFixtureMember ? agents.member : await memberAgent(t, (await buildMember(t, tree.u1)).phone);
      const res = await agent.post('/api/me/assistance', assistanceBody());
      if (res.statusCode !== 200) throw new Error(`assistance failed: ${res.body}`);
      const id = res.json().id as number;
      // The parent federation's officer reviews every fixture case, so it may reveal them (AS-22).
      await agents.parent.put(`/api/assistance/${id}/reviewer`, { accountId: parent.id });
      if (stage === 'proposed') await u1Officer.post(`/api/assistance/${id}/propose`, { amountFen: 400_000 });
      if (stage === 'approved' || stage === 'disbursed') {
        await u1Officer.post(`/api/assistance/${id}/propose`, { amountFen: 1_000 });
      }
      if (stage === 'disbursed') {
        await u1Officer.post(`/api/assistance/${id}/disbursements`, {
          amountFen: 1_000,
          method: 'cash',
          paidOn: '2026-11-23',
        });
      }
      return id;
    };
    f.appeal = async (steps = [], byFixtureMember = false) => {
      const agent = byFixtureMember ? agents.member : await memberAgent(t, (await buildMember(t, tree.u1)).phone);
      const res = await agent.post('/api/me/appeals', appealBody());
      if (res.statusCode !== 200) throw new Error(`appeal failed: ${res.body}`);
      const id = res.json().id as number;
      const bodies: Record<string, unknown> = { 'request-info': { text: '请补充' }, resolve: { outcome: '已解决' } };
      for (const step of steps) await agents.parent.post(`/api/appeals/${id}/${step}`, bodies[step] ?? {});
      return id;
    };
    const upload = await agents.member.request('POST', '/api/files?purpose=appeal_evidence&name=e.pdf', {
      raw: '%PDF-1.4 e',
    });
    f.evidenceId = upload.json().id;
    await agents.member.post('/api/me/appeals', { ...appealBody(), evidenceFileIds: [f.evidenceId] });
    f.programId = (await agents.parent.post('/api/assistance-programs', programBody(f))).json().id;
    let slotHour = 24;
    f.slot = async () => {
      slotHour += 2;
      const startsAt = new Date(Date.now() + slotHour * 3_600_000);
      const res = await agents.parent.post('/api/legal-slots', {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        mode: 'phone',
      });
      if (res.statusCode !== 200) throw new Error(`slot failed: ${res.body}`);
      return res.json().id as number;
    };
    f.booking = async () => {
      await t.db.query(sql`update consultation_bookings set status = 'cancelled' where member_id = ${member.id}`);
      const res = await agents.member.post('/api/me/consultations', { slotId: await f.slot(), topic: '矩阵' });
      if (res.statusCode !== 200) throw new Error(`booking failed: ${res.body}`);
      return res.json().id as number;
    };
    f.budget = async () => {
      const res = await agents.parent.put('/api/assistance-budgets', {
        unionId: tree.u1.id,
        year: 2031,
        amountFen: 100,
      });
      if (res.statusCode !== 200) throw new Error(`budget failed: ${res.body}`);
    };
    // Give the audit trail something of U1's to (not) leak.
    await agents.parent.post(`/api/members/${member.id}/reveal`, { field: 'idNumber', reason: '准备' });
  });
  afterAll(() => f.t.close());

  it('covers every endpoint of the OpenAPI document, and nothing else', async () => {
    const doc = f.t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const endpoints = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(endpoints.filter((e) => !(e in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((e) => !endpoints.includes(e))).toEqual([]);
  });

  const ordered = Object.entries(matrix).sort(([, a], [, b]) => Number(!!a.last) - Number(!!b.last));
  it.each(ordered)('%s', async (_name, c) => {
    const seen: Record<string, number> = {};
    for (const actor of actors) {
      const req = await c.request(f, actor);
      const res = await (req.agent ?? agents[actor]).request(req.method, req.url, req.body);
      seen[actor] = res.statusCode;
      expect(res.statusCode, `${actor}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
      if (c.noLeak && (actor === 'sibling' || actor === 'parent') && res.statusCode === 200) {
        const payload = String(res.headers['content-type']).includes('json') ? res.json() : res.body;
        // Contents, not only status codes: the sibling must not see U1's object, and the parent must see it
        // (a check that passes because the list is empty proves nothing).
        if (actor === 'sibling') expect(c.noLeak(payload, f), 'sibling sees U1 data').toBe(true);
        else if (!c.parentMisses) expect(c.noLeak(payload, f), 'parent does not see U1 data').toBe(false);
      }
    }
    expect(seen).toEqual(c.expect);
  });
});
