import { idCheckChar } from '../../src/platform/validators.js';
import { type Agent, type buildTree, buildUnion, type TestApp } from '../harness.js';

export type ActorName = 'anonymous' | 'member' | 'sibling' | 'parent';
export const actors: ActorName[] = ['anonymous', 'member', 'sibling', 'parent'];

export interface Fixture {
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
export interface Req {
  /** Default: the endpoint's own method. */
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Default: the endpoint's own path, with `{id}` replaced by `id`. */
  url?: string;
  id?: number;
  body?: unknown;
  /** Sends as this agent instead of the actor's (the member column's applicant, who is not a member yet). */
  agent?: Agent;
}
export interface Case {
  request: (f: Fixture, actor: ActorName) => Promise<Req> | Req;
  expect: Record<ActorName, number>;
  /** For list endpoints: the sibling's 200 must not contain U1's objects (AZ-02). */
  noLeak?: (json: unknown, f: Fixture) => boolean;
  /** Why the parent's 200 is not expected to hold the U1 object that `noLeak` looks for. */
  parentMisses?: string;
  last?: boolean;
}

/** RFC 4180 rows (quoted cells hold commas, quotes and line breaks), so a column is read where it is. */
export function csvRows(text: string): string[][] {
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

export const OBJECT = { anonymous: 401, member: 403, sibling: 404, parent: 200 };

/**
 * The endpoint called as it is declared, on the object `make` gives (`{id}` in its path), with `body` (a value, or
 * made from the fixture): what most cases of an object's endpoint are.
 */
export const at = (
  expect: Record<ActorName, number>,
  make: (f: Fixture) => Promise<number> | number,
  body?: object | ((f: Fixture) => unknown),
): Case => ({
  request: async (f) => ({ id: await make(f), body: typeof body === 'function' ? body(f) : body }),
  expect,
});
export const LIST = { anonymous: 401, member: 403, sibling: 200, parent: 200 };
export const PUBLIC_OK = { anonymous: 200, member: 200, sibling: 200, parent: 200 };
let counter = 0;
export const unique = () => ++counter;

let idSerial = 500;
export function freshIdNumber(): string {
  idSerial += 1;
  const body = `330825199201${String(10 + (idSerial % 18)).padStart(2, '0')}${String(idSerial).padStart(3, '0')}`;
  return body + idCheckChar(body);
}
export const applicationBody = (f: Fixture) => ({
  name: '矩阵申请人',
  idNumber: freshIdNumber(),
  category: 'employee',
  viaUnionId: f.tree.u1.id,
});
export const APPLICANT_PHONE = '13500009999';
/** The member column of an applicant's own routes is the applicant (a member may not apply). */
export const asApplicant = (f: Fixture, actor: ActorName) => (actor === 'member' ? { agent: f.applicant } : {});
export const APPLICANT_ONLY = { anonymous: 401, member: 200, sibling: 403, parent: 403 };

export const NOT_OWN = { anonymous: 401, member: 404, sibling: 404, parent: 200 };
export const TOP_ONLY = { anonymous: 401, member: 403, sibling: 403, parent: 403 };
export const assistanceBody = () => ({
  cause: 'illness',
  employment: 'employed',
  household: [{ relation: 'self', age: 40, annualIncomeFen: 1_000_000, dependant: false }],
  health: { condition: 'chronic' },
  medicalSelfPaidFen: 500_000,
  story: '矩阵测试',
  consent: true,
});
export const appealBody = () => ({
  category: 'wage_arrears',
  employerName: '矩阵目标单位',
  amountOwedFen: 100,
  peopleAffected: 1,
  description: '矩阵',
});
export const programBody = (f: Fixture) => ({
  unionId: f.tree.u1.id,
  kind: 'job',
  name: '矩阵岗位',
  description: '矩阵',
});
export const slaBody = (f: Fixture) => ({
  unionId: f.tree.u1.id,
  category: 'other',
  firstResponseMinutes: 60,
  resolutionMinutes: 600,
});
/** A handler's step on a fresh U1 appeal that the parent first took through `before`. */
export const appealStep = (step: string, before: string[], body: unknown = undefined): Case => ({
  request: async (f) => ({ method: 'POST', url: `/api/appeals/${await f.appeal(before)}/${step}`, body }),
  expect: OBJECT,
});

export const freshBase = async (f: Fixture) =>
  buildUnion(f.t, { parent: f.tree.c1, level: 'base', name: `矩阵工会${unique()}` });
export const idsOf = (json: unknown) => ((json as { items: Array<{ id: number }> }).items ?? []).map((i) => i.id);
