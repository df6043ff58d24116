import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { containsPattern, type Sql, sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';
import { normalizeQuery } from '../../platform/validators.js';

// ---- Public look-ups for the join form ----------------------------------------------------------

export async function joinUnions(ctx: Ctx, query: { q?: string; category?: string; areaUnionId?: number }) {
  const filters: Sql[] = [sql`u.active`];
  const q = normalizeQuery(query.q);
  if (q) filters.push(sql`u.name ilike ${containsPattern(q)}`);
  if (query.category) filters.push(sql`${query.category} = any(u.serves)`);
  if (query.areaUnionId) {
    const [area] = await ctx.db.query<{ path: string }>(sql`select path from unions where id = ${query.areaUnionId}`);
    if (!area) return { items: [] };
    filters.push(withinSubtree(sql.raw('u.path'), area.path));
  }
  const rows = await ctx.db.query<{
    id: number;
    name: string;
    level: string;
    formation: string;
    serves: string[];
    parent_name: string | null;
  }>(sql`
    select u.id, u.name, u.level, u.formation, u.serves, p.name as parent_name
    from unions u left join unions p on p.id = u.parent_id where ${sql.join(filters, sql.raw(' and '))}
    order by u.name limit 20`);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      level: r.level,
      formation: r.formation,
      serves: r.serves,
      parentName: r.parent_name,
    })),
  };
}
/** Public: the union a join QR code points to (name and level only). */

export async function joinUnion(ctx: Ctx, id: number) {
  const [u] = await ctx.db.query<{
    id: number;
    name: string;
    level: string;
    formation: string;
    serves: string[];
    parent_name: string | null;
  }>(sql`
    select u.id, u.name, u.level, u.formation, u.serves, p.name as parent_name
    from unions u left join unions p on p.id = u.parent_id where u.id = ${id} and u.active`);
  if (!u) throw notFound();
  return {
    id: u.id,
    name: u.name,
    level: u.level,
    formation: u.formation,
    serves: u.serves,
    parentName: u.parent_name,
  };
}
export async function joinEmployers(ctx: Ctx, q: string) {
  const text = normalizeQuery(q) ?? '';
  if (text.length < 2) return { items: [] };
  const rows = await ctx.db.query<{ id: number; name: string; credit_code: string; union_name: string }>(sql`
    select e.id, e.name, e.credit_code, u.name as union_name from employers e join unions u on u.id = e.union_id
    where u.active and (e.name ilike ${containsPattern(text)} or e.credit_code = ${text.toUpperCase()})
    order by e.name limit 20`);
  return { items: rows.map((r) => ({ id: r.id, name: r.name, creditCode: r.credit_code, unionName: r.union_name })) };
}
