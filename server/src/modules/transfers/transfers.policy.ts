import { type Actor, can, definePolicy } from '../../platform/access.js';

export interface TransferSubject {
  status: string;
  from_path: string;
  to_path: string;
  member_id: number;
}
const isMember = (actor: Actor, t: TransferSubject) => actor.kind === 'member' && actor.memberId === t.member_id;

export const transferPolicy = definePolicy<TransferSubject>()({
  read: (actor, t) =>
    isMember(actor, t) || can(actor, 'member.read', t.from_path) || can(actor, 'member.read', t.to_path),
  /** The leaving union decides first, then the joining one. */
  approve: (actor, t) =>
    (t.status === 'pending_out' && can(actor, 'member.manage', t.from_path)) ||
    (t.status === 'pending_in' && can(actor, 'member.manage', t.to_path)),
  reject: (actor, t) =>
    (t.status === 'pending_out' && can(actor, 'member.manage', t.from_path)) ||
    (t.status === 'pending_in' && can(actor, 'member.manage', t.to_path)),
  cancel: (actor, t) => (t.status === 'pending_out' || t.status === 'pending_in') && isMember(actor, t),
});
