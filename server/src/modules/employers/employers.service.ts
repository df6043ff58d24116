// Employers identified by the unified social credit code; covered by a base union (a joint union
// covers many) or held by the federation that registered them until one does.

import type { z } from 'zod';
import { authorize, can, inScope, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { containsPattern, sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';
import { normalizeQuery, parseCreditCode } from '../../platform/validators.js';
import { requireVisibleUnion } from '../unions/unions.lookup.js';
import { employerPolicy } from './employers.policy.js';
import { type EmployerListRow, presentEmployer } from './employers.presenter.js';
import type { createEmployerBody, listEmployersQuery, updateEmployerBody } from './employers.schemas.js';

const selectEmployer = sql.raw(`select e.*, u.name as union_name, u.level as union_level
  from employers e join unions u on u.id = e.union_id`);

export async function countEmployersInSubtree(ctx: Ctx, path: string): Promise<number> {
  const [row] = await ctx.db.query<{ n: number }>(
    sql`select count(*)::bigint as n from employers where ${withinSubtree(sql.raw('union_path'), path)}`,
  );
  return row?.n ?? 0;
}

async function loadVisible(ctx: Ctx, id: number): Promise<EmployerListRow> {
  const [row] = await ctx.db.query<EmployerListRow>(sql`${selectEmployer} where e.id = ${id}`);
  if (!row || !employerPolicy.read?.(ctx.actor, row)) throw notFound();
  return row;
}

export async function listEmployers(ctx: Ctx, query: z.infer<typeof listEmployersQuery>) {
  requirePermissionSomewhere(ctx.actor, 'union.read');
  const filters = [inScope(ctx.actor, 'union.read', sql.raw('e.union_path'))];
  if (query.unionId) {
    const union = await requireVisibleUnion(ctx, query.unionId);
    filters.push(withinSubtree(sql.raw('e.union_path'), union.path));
  }
  const q = normalizeQuery(query.q);
  if (q) {
    const like = containsPattern(q);
    filters.push(sql`(e.name ilike ${like} or e.credit_code = ${q.toUpperCase()})`);
  }
  const where = sql.join(filters, sql.raw(' and '));
  const offset = (query.page - 1) * query.pageSize;
  const rows = await ctx.db.query<EmployerListRow>(
    sql`${selectEmployer} where ${where} order by e.name, e.id limit ${query.pageSize} offset ${offset}`,
  );
  const [count] = await ctx.db.query<{ n: number }>(sql`select count(*)::bigint as n from employers e where ${where}`);
  return {
    items: rows.map((r) => presentEmployer(ctx.actor, r)),
    total: count?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getEmployer(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'union.read');
  return presentEmployer(ctx.actor, await loadVisible(ctx, id));
}

async function requireManagedUnion(ctx: Ctx, unionId: number) {
  const union = await requireVisibleUnion(ctx, unionId);
  if (!union.active) throw new AppError('UNION_INACTIVE');
  if (!can(ctx.actor, 'union.manage', union.path)) throw new AppError('FORBIDDEN');
  return union;
}

export async function createEmployer(ctx: Ctx, body: z.infer<typeof createEmployerBody>) {
  requirePermissionSomewhere(ctx.actor, 'union.manage');
  const creditCode = parseCreditCode(body.creditCode);
  if (!creditCode) throw new AppError('EMPLOYER_CREDIT_CODE_INVALID', { field: 'creditCode' });
  return transaction(ctx, async (ctx) => {
    const union = await requireManagedUnion(ctx, body.unionId);
    const [row] = await ctx.db.query<{ id: number }>(sql`
      insert into employers (credit_code, name, address, union_id, union_path)
      values (${creditCode}, ${body.name}, ${body.address ?? null}, ${union.id}, ${union.path})
      on conflict (credit_code) do nothing returning id`);
    // A duplicate is reported the same whether or not the caller can see the existing record.
    if (!row) throw new AppError('EMPLOYER_DUPLICATE', { field: 'creditCode' });
    await audit(ctx, {
      action: 'employer.create',
      targetType: 'employer',
      targetId: row.id,
      unionId: union.id,
      unionPath: union.path,
      after: { creditCode, name: body.name, unionId: union.id },
    });
    return getEmployer(ctx, row.id);
  });
}

export async function updateEmployer(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof updateEmployerBody> }) {
  requirePermissionSomewhere(ctx.actor, 'union.manage');
  return transaction(ctx, async (ctx) => {
    const before = await loadVisible(ctx, id);
    authorize(employerPolicy, ctx.actor, 'update', before);
    const union = body.unionId ? await requireManagedUnion(ctx, body.unionId) : null;
    await ctx.db.query(sql`
      update employers set name = ${body.name ?? before.name},
        address = ${body.address === undefined ? before.address : body.address},
        union_id = ${union?.id ?? before.union_id}, union_path = ${union?.path ?? before.union_path}
      where id = ${id}`);
    const after = await loadVisible(ctx, id);
    await audit(ctx, {
      action: 'employer.update',
      targetType: 'employer',
      targetId: id,
      unionId: after.union_id,
      unionPath: after.union_path,
      before: { name: before.name, address: before.address, unionId: before.union_id },
      after: { name: after.name, address: after.address, unionId: after.union_id },
    });
    return presentEmployer(ctx.actor, after);
  });
}
