// Where an application goes: the union of the QR code it came from, the union the worker chose, the
// employer's union, or for gig workers the nearest joint/industry union serving their category in
// their area; failing all of those, the area federation, whose cadres place it.
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';
import type { MemberCategory } from '../members/members.schemas.js';

export interface RouteInput {
  employerId?: number | null;
  category: MemberCategory;
  areaUnionId?: number | null;
  chosenUnionId?: number | null;
  viaUnionId?: number | null;
  lng?: number | null;
  lat?: number | null;
}

export interface RoutedUnion {
  id: number;
  path: string;
  name: string;
  level: string;
  auto_approve: boolean;
}

async function activeUnion(ctx: Ctx, id: number, field: string): Promise<RoutedUnion> {
  const [u] = await ctx.db.query<RoutedUnion>(
    sql`select id, path, name, level, auto_approve from unions where id = ${id} and active`,
  );
  if (!u) throw new AppError('JOIN_UNION_INVALID', { field });
  return u;
}

export async function routeApplication(ctx: Ctx, input: RouteInput): Promise<RoutedUnion> {
  let area: RoutedUnion | null = null;
  if (input.viaUnionId) {
    const via = await activeUnion(ctx, input.viaUnionId, 'viaUnionId');
    if (via.level === 'base') return via;
    area = via;
  }
  if (input.chosenUnionId) {
    const chosen = await activeUnion(ctx, input.chosenUnionId, 'chosenUnionId');
    if (chosen.level !== 'base') throw new AppError('JOIN_UNION_INVALID', { field: 'chosenUnionId' });
    return chosen;
  }
  if (input.employerId) {
    const [u] = await ctx.db.query<RoutedUnion>(sql`
      select u.id, u.path, u.name, u.level, u.auto_approve from employers e join unions u on u.id = e.union_id
      where e.id = ${input.employerId} and u.active`);
    if (!u) throw new AppError('JOIN_UNION_INVALID', { field: 'employerId' });
    return u;
  }
  if (!area && input.areaUnionId) area = await activeUnion(ctx, input.areaUnionId, 'areaUnionId');
  if (!area) throw new AppError('JOIN_UNION_INVALID', { field: 'areaUnionId' });
  if (input.category !== 'employee') {
    const near =
      input.lng != null && input.lat != null
        ? sql`order by (lng is null), (lng - ${input.lng}) ^ 2 + (lat - ${input.lat}) ^ 2, name`
        : sql`order by name`;
    const [u] = await ctx.db.query<RoutedUnion>(sql`
      select id, path, name, level, auto_approve from unions
      where ${withinSubtree(sql.raw('path'), area.path)} and active and level = 'base'
        and formation in ('joint', 'industry') and ${input.category} = any(serves)
      ${near} limit 1`);
    if (u) return u;
  }
  return area;
}
