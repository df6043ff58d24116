import { type Actor, can, definePolicy, type Permission, type Role, rolePermissions } from '../../platform/access.js';
import type { GrantRow } from './accounts.tables.js';

export interface AccountSubject {
  id: number;
  grants: Pick<GrantRow, 'union_path' | 'role'>[];
}

/**
 * Permissions whose holder may hand out a narrower one it does not hold itself: whoever runs a union's
 * offers opens the till that redeems their vouchers, and whoever handles legal cases enlists the lawyers
 * who hold consultations. The narrower permission reaches no data the wider one does not.
 */
export const impliedBy: Partial<Record<Permission, Permission>> = {
  'voucher.redeem': 'offer.manage',
  'legal.serve': 'case.handle',
};

const isSelf = (actor: Actor, a: AccountSubject) => actor.kind === 'admin' && actor.accountId === a.id;

/** Whether the actor holds `permission` at `unionPath`, itself or through the wider permission that covers it. */
function covers(actor: Actor, permission: Permission, unionPath: string): boolean {
  const wider = impliedBy[permission];
  return can(actor, permission, unionPath) || (wider !== undefined && can(actor, wider, unionPath));
}

/**
 * The one rule against escalation: a role may be granted on a node only by an account that manages
 * accounts there and holds every permission of that role there itself. There is no exception for the
 * system admin: it runs the tree and accounts, and so it can mint only accounts that do no more than it
 * does (separation of duties, ML-08).
 */
export function canGrantRole(actor: Actor, role: Role, unionPath: string): boolean {
  if (actor.kind !== 'admin' || !can(actor, 'account.manage', unionPath)) return false;
  return rolePermissions[role].every((p) => covers(actor, p, unionPath));
}

/**
 * Control of an account (setting its password, which lets whoever sets it sign in as it) is held only
 * by an actor that could have granted every role the account holds: control never reaches a permission
 * the actor lacks.
 */
const controlsAll = (actor: Actor, a: AccountSubject) =>
  a.grants.length > 0 && a.grants.every((g) => canGrantRole(actor, g.role, g.union_path));
/** Managing an account needs authority over every node it holds a role on. */
const managesAll = (actor: Actor, a: AccountSubject) =>
  a.grants.length > 0 && a.grants.every((g) => can(actor, 'account.manage', g.union_path));

export const accountPolicy = definePolicy<AccountSubject>()({
  read: (actor, a) => isSelf(actor, a) || a.grants.some((g) => can(actor, 'account.read', g.union_path)),
  grant: (actor, a) => !isSelf(actor, a) && a.grants.some((g) => can(actor, 'account.manage', g.union_path)),
  disable: (actor, a) => !isSelf(actor, a) && managesAll(actor, a),
  resetPassword: (actor, a) => !isSelf(actor, a) && controlsAll(actor, a),
});
