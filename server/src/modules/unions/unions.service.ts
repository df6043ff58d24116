// Union tree rules: create, edit, move a subtree, deactivate; lists and search scoped to the caller.

import type { z } from 'zod';
import { authorize, inScope, requirePermissionSomewhere, scopePaths } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { type Ctx, transaction } from '../../platform/context.js';
import type { Queryable } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { containsPattern, sql } from '../../platform/sql.js';
import { idsInPath, notifySubtreeMoved, repathed, withinSubtree } from '../../platform/tree.js';
import { normalizeQuery } from '../../platform/validators.js';
import { countEmployersInSubtree } from '../employers/employers.service.js';
import { countActiveMembers } from '../members/members.service.js';
import { findUnion, loadVisibleUnion, selectUnion } from './unions.lookup.js';
import { unionPolicy } from './unions.policy.js';
import { presentUnion, presentUnionDetail, type UnionListRow } from './unions.presenter.js';
import type { createUnionBody, listUnionsQuery, moveUnionBody, updateUnionBody } from './unions.schemas.js';
import { levelRank, pathOf, type UnionRow } from './unions.tables.js';

async function ancestorNames(ctx: Ctx, rows: UnionRow[]): Promise<Map<number, string>> {
  const ids = [...new Set(rows.flatMap((r) => idsInPath(r.path).slice(0, -1)))];
  if (ids.length === 0) return new Map();
  const found = await ctx.db.query<{ id: number; name: string }>(
    sql`select id, name from unions where id = any(${ids}::bigint[])`,
  );
  return new Map(found.map((r) => [r.id, r.name]));
}

/** Gathers what the presenter needs (events, ancestor names) and presents each row. */
async function unionViews(ctx: Ctx, rows: UnionListRow[]) {
  const names = await ancestorNames(ctx, rows);
  const roots = scopePaths(ctx.actor, 'union.read');
  return rows.map((r) => presentUnion(ctx.actor, r, names, roots));
}

export async function listUnions(ctx: Ctx, query: z.infer<typeof listUnionsQuery>) {
  requirePermissionSomewhere(ctx.actor, 'union.read');
  const includeInactive = query.includeInactive === 'true';
  const filters = [inScope(ctx.actor, 'union.read', sql.raw('u.path'))];
  if (!includeInactive) filters.push(sql`u.active`);
  if (query.level) filters.push(sql`u.level = ${query.level}`);
  const q = normalizeQuery(query.q);
  if (query.parentId) {
    await loadVisibleUnion(ctx, { id: query.parentId });
    filters.push(sql`u.parent_id = ${query.parentId}`);
  } else if (!q) {
    // No parent and no search: the top nodes of the caller's view.
    const roots = scopePaths(ctx.actor, 'union.read');
    filters.push(sql`u.path = any(${roots}::text[])`);
  }
  if (q) filters.push(sql`u.name ilike ${containsPattern(q)}`);
  const where = sql.join(filters, sql.raw(' and '));
  const offset = (query.page - 1) * query.pageSize;
  const [rows, [count]] = await Promise.all([
    ctx.db.query<UnionListRow>(
      sql`${selectUnion} where ${where} order by u.active desc, u.name, u.id limit ${query.pageSize} offset ${offset}`,
    ),
    ctx.db.query<{ n: number }>(sql`select count(*)::bigint as n from unions u where ${where}`),
  ]);
  return { items: await unionViews(ctx, rows), total: count?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function getUnion(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'union.read');
  const row = await loadVisibleUnion(ctx, { id });
  const [children] = await ctx.db.query<{ n: number }>(
    sql`select count(*)::bigint as n from unions where parent_id = ${id} and active`,
  );
  const counts = {
    childCount: children?.n ?? 0,
    memberCount: await countActiveMembers(ctx, row.path),
    employerCount: await countEmployersInSubtree(ctx, row.path),
  };
  const names = await ancestorNames(ctx, [row]);
  return presentUnionDetail(ctx.actor, row, names, scopePaths(ctx.actor, 'union.read'), counts);
}

function checkLevel(parent: Pick<UnionRow, 'level'>, level: UnionRow['level']) {
  if (levelRank(parent.level) >= levelRank(level)) throw new AppError('UNION_PARENT_LEVEL_INVALID');
}

const snapshot = (u: UnionRow) => ({
  name: u.name,
  level: u.level,
  formation: u.formation,
  address: u.address,
  lng: u.lng,
  lat: u.lat,
  serves: u.serves,
  autoApprove: u.auto_approve,
  parentId: u.parent_id,
  path: u.path,
  active: u.active,
});

export async function createUnion(ctx: Ctx, body: z.infer<typeof createUnionBody>) {
  requirePermissionSomewhere(ctx.actor, 'union.manage');
  return transaction(ctx, async (ctx) => {
    const parent = await loadVisibleUnion(ctx, { id: body.parentId, forUpdate: true });
    authorize(unionPolicy, ctx.actor, 'createChild', parent);
    checkLevel(parent, body.level);
    // The path contains the new id, so the id is drawn first and both are written in one insert.
    const [row] = await ctx.db.query<UnionRow>(sql`
      with next as (select nextval(pg_get_serial_sequence('unions', 'id')) as id)
      insert into unions (id, parent_id, path, name, level, formation, address, lng, lat, serves)
      overriding system value
      select next.id, ${parent.id}, ${parent.path} || next.id || '/', ${body.name}, ${body.level}, ${body.formation},
        ${body.address ?? null}, ${body.lng ?? null}, ${body.lat ?? null}, ${body.serves ?? []}::text[]
      from next returning *`);
    if (!row) throw new Error('insert returned nothing');
    await audit(ctx, {
      action: 'union.create',
      targetType: 'union',
      targetId: row.id,
      unionId: row.id,
      unionPath: row.path,
      after: snapshot(row),
    });
    return getUnion(ctx, row.id);
  });
}

export async function updateUnion(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof updateUnionBody> }) {
  requirePermissionSomewhere(ctx.actor, 'union.manage');
  return transaction(ctx, async (ctx) => {
    const before = await loadVisibleUnion(ctx, { id, forUpdate: true });
    authorize(unionPolicy, ctx.actor, 'update', before);
    const [after] = await ctx.db.query<UnionRow>(sql`
      update unions set
        name = ${body.name ?? before.name},
        formation = ${body.formation ?? before.formation},
        address = ${body.address === undefined ? before.address : body.address},
        lng = ${body.lng === undefined ? before.lng : body.lng},
        lat = ${body.lat === undefined ? before.lat : body.lat},
        serves = ${body.serves ?? before.serves}::text[],
        auto_approve = ${body.autoApprove ?? before.auto_approve},
        updated_at = now()
      where id = ${id} returning *`);
    if (!after) throw notFound();
    await audit(ctx, {
      action: 'union.update',
      targetType: 'union',
      targetId: id,
      unionId: id,
      unionPath: after.path,
      before: snapshot(before),
      after: snapshot(after),
    });
    return getUnion(ctx, id);
  });
}

export async function moveUnion(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof moveUnionBody> }) {
  requirePermissionSomewhere(ctx.actor, 'union.manage');
  return transaction(ctx, async (ctx) => {
    const union = await loadVisibleUnion(ctx, { id, forUpdate: true });
    if (union.parent_id === null) throw new AppError('UNION_ROOT_IMMUTABLE');
    authorize(unionPolicy, ctx.actor, 'move', union);
    const target = await loadVisibleUnion(ctx, { id: body.newParentId, forUpdate: true });
    if (target.path.startsWith(union.path)) throw new AppError('UNION_MOVE_INTO_OWN_SUBTREE');
    authorize(unionPolicy, ctx.actor, 'createChild', target);
    checkLevel(target, union.level);
    const oldPath = union.path;
    const newPath = pathOf(target.path, union.id);
    if (oldPath !== newPath) {
      await ctx.db.query(sql`
        update unions set path = ${repathed(sql.raw('path'), oldPath, newPath)}, updated_at = now()
        where ${withinSubtree(sql.raw('path'), oldPath)}`);
      await ctx.db.query(sql`update unions set parent_id = ${target.id} where id = ${id}`);
      await notifySubtreeMoved(ctx, oldPath, newPath);
    }
    await audit(ctx, {
      action: 'union.move',
      targetType: 'union',
      targetId: id,
      unionId: id,
      unionPath: newPath,
      before: { parentId: union.parent_id, path: oldPath },
      after: { parentId: target.id, path: newPath },
    });
    return getUnion(ctx, id);
  });
}

export async function setUnionActive(ctx: Ctx, { id, active }: { id: number; active: boolean }) {
  requirePermissionSomewhere(ctx.actor, 'union.manage');
  return transaction(ctx, async (ctx) => {
    const union = await loadVisibleUnion(ctx, { id, forUpdate: true });
    if (union.parent_id === null) throw new AppError('UNION_ROOT_IMMUTABLE');
    authorize(unionPolicy, ctx.actor, active ? 'reactivate' : 'deactivate', union);
    if (!active) {
      if (union.has_children) throw new AppError('UNION_HAS_ACTIVE_CHILDREN');
      if ((await countActiveMembers(ctx, union.path)) > 0) throw new AppError('UNION_HAS_ACTIVE_MEMBERS');
    } else {
      const parent = await findUnion(ctx, { id: union.parent_id });
      if (!parent?.active) throw new AppError('UNION_INACTIVE');
    }
    await ctx.db.query(sql`update unions set active = ${active}, updated_at = now() where id = ${id}`);
    await audit(ctx, {
      action: active ? 'union.reactivate' : 'union.deactivate',
      targetType: 'union',
      targetId: id,
      unionId: id,
      unionPath: union.path,
      before: { active: union.active },
      after: { active },
    });
    return getUnion(ctx, id);
  });
}

/** For other modules: a union that must be visible to the actor (404 otherwise). */

/** The levels a tree's root may have: any but a base union. */
export const rootLevels = ['province', 'city', 'county', 'township'] as const satisfies readonly UnionRow['level'][];

/**
 * The root of a new installation's tree (the command line's first administrator, accounts.first-admin.ts), in the
 * caller's transaction. Null when the tree already has a union: two copies of the command at once make one tree.
 */
export async function createRootUnion(
  db: Queryable,
  { name, level }: { name: string; level: (typeof rootLevels)[number] },
): Promise<{ id: number; path: string } | null> {
  await db.query(sql`lock table unions in exclusive mode`);
  const [existing] = await db.query<{ n: number }>(sql`select count(*)::int as n from unions`);
  if ((existing?.n ?? 0) > 0) return null;
  const [union] = await db.query<{ id: number; path: string }>(sql`
    with next as (select nextval(pg_get_serial_sequence('unions', 'id')) as id)
    insert into unions (id, parent_id, path, name, level, formation)
    overriding system value
    select next.id, null, '/' || next.id || '/', ${name}, ${level}, 'area' from next
    returning id, path`);
  return union ?? null;
}

/** The root of the tree (the first one, should there be several), or null before there is one. */
export async function findRootUnion(db: Queryable): Promise<{ id: number; path: string } | null> {
  const [root] = await db.query<{ id: number; path: string }>(
    sql`select id, path from unions where parent_id is null order by id limit 1`,
  );
  return root ?? null;
}
