import { can, definePolicy } from '../../platform/access.js';
import type { AssistanceStatus } from './assistance.schemas.js';

export interface AssistanceSubject {
  union_path: string;
  member_id: number | null;
  status: AssistanceStatus;
  proposed_by: number | null;
  reverify_due: string | null;
  /** The officer assigned to review the case: the one who sees its sensitive data (AS-22). */
  reviewer_id: number | null;
}

/** '/1/4/12/' → '/1/4/': the federation above a union (itself at the root). */
export const parentPath = (path: string) => path.replace(/[^/]+\/$/, '') || path;

const handles = (actor: Parameters<typeof can>[0], s: AssistanceSubject) =>
  can(actor, 'assistance.handle', s.union_path);
const own = (actor: Parameters<typeof can>[0], s: AssistanceSubject) =>
  actor.kind === 'member' && actor.memberId !== null && actor.memberId === s.member_id;

const isReviewer = (actor: Parameters<typeof can>[0], s: AssistanceSubject) =>
  actor.kind === 'admin' && actor.accountId === s.reviewer_id && handles(actor, s);
// Above the threshold: an officer of the federation above, and not the one who proposed (four eyes).
const mayApprove = (actor: Parameters<typeof can>[0], s: AssistanceSubject) =>
  s.status === 'proposed' &&
  parentPath(s.union_path) !== s.union_path &&
  can(actor, 'assistance.handle', parentPath(s.union_path)) &&
  actor.kind === 'admin' &&
  actor.accountId !== s.proposed_by;

export const assistancePolicy = definePolicy<AssistanceSubject>()({
  read: (actor, s) => handles(actor, s) || own(actor, s),
  // Health, income and medical data: the assigned reviewer, and whoever must judge a proposal above them.
  reveal: (actor, s) => isReviewer(actor, s) || mayApprove(actor, s),
  assign: (actor, s) => s.status !== 'withdrawn' && s.status !== 'refused' && handles(actor, s),
  update: (actor, s) => s.status === 'submitted' && (handles(actor, s) || own(actor, s)),
  propose: (actor, s) => s.status === 'submitted' && handles(actor, s),
  approve: mayApprove,
  refuse: (actor, s) =>
    (s.status === 'submitted' && handles(actor, s)) ||
    (s.status === 'proposed' && can(actor, 'assistance.handle', parentPath(s.union_path))),
  disburse: (actor, s) => s.status === 'approved' && handles(actor, s),
  recordHelp: (actor, s) => s.status !== 'withdrawn' && handles(actor, s),
  reverify: (actor, s) =>
    s.reverify_due !== null && (s.status === 'approved' || s.status === 'disbursed') && handles(actor, s),
  withdraw: (actor, s) => (s.status === 'submitted' || s.status === 'proposed') && own(actor, s),
});
