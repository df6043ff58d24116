import { can, definePolicy } from '../../platform/access.js';
import type { MemberRow } from './members.tables.js';

export const memberPolicy = definePolicy<Pick<MemberRow, 'union_path' | 'id' | 'status'>>()({
  read: (actor, m) => can(actor, 'member.read', m.union_path) || (actor.kind === 'member' && actor.memberId === m.id),
  /** Full ID number and phone: officers of the member's subtree, each read audited. */
  reveal: (actor, m) => can(actor, 'member.reveal', m.union_path),
  leave: (actor, m) => m.status === 'active' && can(actor, 'member.manage', m.union_path),
  reinstate: (actor, m) => m.status === 'left' && can(actor, 'member.manage', m.union_path),
  tag: (actor, m) => can(actor, 'member.manage', m.union_path),
});
