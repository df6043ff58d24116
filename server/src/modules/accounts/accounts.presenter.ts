import { type Actor, allowedActions, can } from '../../platform/access.js';
import { accountPolicy } from './accounts.policy.js';
import type { AccountView } from './accounts.schemas.js';
import type { AccountRow, GrantRow } from './accounts.tables.js';

export function presentAccount(actor: Actor, row: AccountRow, grants: GrantRow[]): AccountView {
  const self = actor.kind === 'admin' && actor.accountId === row.id;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    disabled: row.disabled,
    totpEnabled: row.totp_enabled,
    mustChangePassword: row.must_change_password,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    // Roles held elsewhere in the tree are not the viewer's business.
    grants: grants
      .filter((g) => self || can(actor, 'account.read', g.union_path))
      .map((g) => ({ id: g.id, role: g.role, union: { id: g.union_id, name: g.union_name } })),
    actions: allowedActions(accountPolicy, actor, { id: row.id, grants }),
  };
}
