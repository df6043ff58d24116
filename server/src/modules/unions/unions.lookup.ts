// Reading unions for other modules: a union the caller may see, the path of one it may act on. Kept apart from
// unions.service.ts (which counts members and employers before a deactivation) so the modules that need a
// union do not import the module that needs them: no import cycle.
import { can, type Permission, requirePermissionSomewhere } from '../../platform/access.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { unionPolicy } from './unions.policy.js';
import type { UnionListRow } from './unions.presenter.js';
import type { UnionRow } from './unions.tables.js';

export const selectUnion =
  sql.raw(`select u.*, exists(select 1 from unions c where c.parent_id = u.id and c.active) as has_children
  from unions u`);

export async function findUnion(
  ctx: Ctx,
  { id, forUpdate = false }: { id: number; forUpdate?: boolean },
): Promise<UnionListRow | undefined> {
  const [row] = await ctx.db.query<UnionListRow>(
    sql`${selectUnion} where u.id = ${id}${forUpdate ? sql.raw(' for update of u') : sql.raw('')}`,
  );
  return row;
}

/**
 * The path of an active union where the caller holds `permission`: 403 without it anywhere, 404 for a
 * union outside the caller's subtrees (exactly like a missing one). For modules acting on a union.
 */
export async function unionPathFor(
  ctx: Ctx,
  { unionId, permission }: { unionId: number; permission: Permission },
): Promise<string> {
  requirePermissionSomewhere(ctx.actor, permission);
  const [u] = await ctx.db.query<{ path: string }>(sql`select path from unions where id = ${unionId} and active`);
  if (!u || !can(ctx.actor, permission, u.path)) throw notFound();
  return u.path;
}

/** Loads a union the caller may read, else 404 (missing and not-yours look the same). */
export async function loadVisibleUnion(
  ctx: Ctx,
  { id, forUpdate = false }: { id: number; forUpdate?: boolean },
): Promise<UnionListRow> {
  const row = await findUnion(ctx, { id, forUpdate });
  if (!row || !unionPolicy.read?.(ctx.actor, row)) throw notFound();
  return row;
}

export async function requireVisibleUnion(ctx: Ctx, id: number): Promise<UnionRow> {
  return loadVisibleUnion(ctx, { id });
}
