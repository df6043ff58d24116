// The service menu a union offers (e-bike repair, haircut, legal advice, health check, tutoring, and whatever its
// cadres add): each item names the team specialty that serves it, where (a station of the union, or anywhere), and
// the working time a team has to take an order before it escalates. An item is retired, never deleted: orders
// refer to it.
import type { z } from 'zod';
import { inScope, requireAdmin, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { type Ctx, transaction } from '../../platform/context.js';
import type { ErrorCode } from '../../platform/error-codes.js';
import { AppError, notFound } from '../../platform/errors.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { selectItem } from './volunteers.orders.js';
import { presentItem } from './volunteers.presenter.js';
import type { itemBody, itemPatch, itemsQuery } from './volunteers.schemas.js';
import type { ItemRow } from './volunteers.tables.js';

const scoped = (ctx: Ctx) => inScope(ctx.actor, 'volunteer.manage', sql.raw('i.union_path'));

export async function listItems(ctx: Ctx, query: z.infer<typeof itemsQuery>) {
  requirePermissionSomewhere(ctx.actor, 'volunteer.manage');
  const where = sql`${scoped(ctx)}
    ${query.unionId ? sql`and i.union_id = ${query.unionId}` : sql``}
    ${query.status ? sql`and i.status = ${query.status}` : sql``}`;
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectItem} where ${where} order by i.status, i.id desc`,
      count: sql`select 1 from service_items i where ${where}`,
    },
    (rows: ItemRow[]) => rows.map(presentItem),
  );
}

async function loadItem(ctx: Ctx, id: number): Promise<ItemRow> {
  requireAdmin(ctx.actor);
  const [i] = await ctx.db.query<ItemRow>(sql`${selectItem} where i.id = ${id} and ${scoped(ctx)}`);
  if (!i) throw notFound();
  return i;
}

/** A station named for an item (or an activity) must be one of its union's or one below it. */
export async function checkStation(
  ctx: Ctx,
  { stationId, unionPath, code }: { stationId: number | null | undefined; unionPath: string; code: ErrorCode },
) {
  if (!stationId) return;
  const [s] = await ctx.db.query(sql`select id from stations where id = ${stationId}
    and starts_with(union_path, ${unionPath}) and status = 'active'`);
  if (!s) throw new AppError(code, { field: 'stationId' });
}

export async function createItem(ctx: Ctx, body: z.infer<typeof itemBody>) {
  const admin = requireAdmin(ctx.actor);
  const path = await unionPathFor(ctx, { unionId: body.unionId, permission: 'volunteer.manage' });
  await checkStation(ctx, { stationId: body.stationId, unionPath: path, code: 'SERVICE_ITEM_STATION_INVALID' });
  return transaction(ctx, async (tx) => {
    const [i] = await tx.db.query<{ id: number }>(sql`insert into service_items (union_id, union_path, station_id,
        name, description, specialty, take_within_minutes, created_by)
      values (${body.unionId}, ${path}, ${body.stationId ?? null}, ${body.name}, ${body.description ?? ''},
        ${body.specialty}, ${body.takeWithinMinutes}, ${admin.accountId})
      returning id`);
    const id = Number(i?.id);
    await audit(tx, { action: 'volunteers.item_create', targetType: 'service_item', targetId: id, unionPath: path });
    return presentItem(await loadItem(tx, id));
  });
}

export async function updateItem(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof itemPatch> }) {
  const item = await loadItem(ctx, id);
  if (body.stationId !== undefined)
    await checkStation(ctx, {
      stationId: body.stationId,
      unionPath: item.union_path,
      code: 'SERVICE_ITEM_STATION_INVALID',
    });
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`update service_items set
        station_id = ${body.stationId === undefined ? sql`station_id` : sql`${body.stationId}`},
        name = coalesce(${body.name ?? null}, name),
        description = coalesce(${body.description ?? null}, description),
        specialty = coalesce(${body.specialty ?? null}, specialty),
        take_within_minutes = coalesce(${body.takeWithinMinutes ?? null}::int, take_within_minutes),
        status = coalesce(${body.status ?? null}, status)
      where id = ${id}`);
    await audit(tx, {
      action: 'volunteers.item_update',
      targetType: 'service_item',
      targetId: id,
      unionPath: item.union_path,
      after: body,
    });
    return presentItem(await loadItem(tx, id));
  });
}
