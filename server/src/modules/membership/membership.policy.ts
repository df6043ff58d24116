import { can, definePolicy } from '../../platform/access.js';
import type { ApplicationRow } from './membership.tables.js';

type Subject = Pick<ApplicationRow, 'union_path' | 'status' | 'applicant_phone_hash'>;
const isApplicant = (actor: Parameters<typeof can>[0], a: Subject) =>
  actor.kind === 'member' && actor.phoneHash === a.applicant_phone_hash;

export const applicationPolicy = definePolicy<Subject>()({
  read: (actor, a) => isApplicant(actor, a) || can(actor, 'member.read', a.union_path),
  decide: (actor, a) => a.status === 'pending' && can(actor, 'member.manage', a.union_path),
  reroute: (actor, a) => a.status === 'pending' && can(actor, 'member.manage', a.union_path),
  /** The applicant may change or withdraw it until it is decided. */
  edit: (actor, a) => a.status === 'pending' && isApplicant(actor, a),
  withdraw: (actor, a) => a.status === 'pending' && isApplicant(actor, a),
});
