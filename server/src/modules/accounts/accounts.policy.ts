import { type Actor, can, definePolicy, isWithin, type Role, rolePermissions } from '../../platform/access.js';
import type { GrantRow } from './accounts.tables.js';

export interface AccountSubject {
  id: number;
  grants: Pick<GrantRow, 'union_path'>[];
}

const isSelf = (actor: Actor, a: AccountSubject) => actor.kind === 'admin' && actor.accountId === a.id;
/** Managing an account needs authority over every node it holds a role on. */
const managesAll = (actor: Actor, a: AccountSubject) =>
  a.grants.length > 0 && a.grants.every((g) => can(actor, 'account.manage', g.union_path));

export const accountPolicy = definePolicy<AccountSubject>({
  read: (actor, a) => isSelf(actor, a) || a.grants.some((g) => can(actor, 'account.read', g.union_path)),
  grant: (actor, a) => !isSelf(actor, a) && a.grants.some((g) => can(actor, 'account.manage', g.union_path)),
  disable: (actor, a) => !isSelf(actor, a) && managesAll(actor, a),
  resetPassword: (actor, a) => !isSelf(actor, a) && managesAll(actor, a),
});

/**
 * A role may be granted on a node the granter manages accounts for, and only if the granter holds every
 * permission of that role there (no escalation). System admins, who run accounts, may grant any role.
 */
export function canGrantRole(actor: Actor, role: Role, unionPath: string): boolean {
  if (actor.kind !== 'admin' || !can(actor, 'account.manage', unionPath)) return false;
  const covering = actor.grants.filter((g) => isWithin(unionPath, g.unionPath));
  if (covering.some((g) => g.role === 'system_admin')) return true;
  // A merchant's till is opened by whoever runs the union's offers; it grants no reach into union data.
  if (role === 'merchant_clerk') return covering.some((g) => rolePermissions[g.role].includes('offer.manage'));
  return rolePermissions[role].every((p) => covering.some((g) => rolePermissions[g.role].includes(p)));
}
