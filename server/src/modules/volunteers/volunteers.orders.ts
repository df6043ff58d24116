// Service orders (点单 / 接单). A member, or a resident signed in by phone, orders a service from the menu of the
// unions on their path (a resident: any union's) for a time and place. A volunteer takes it for one of their teams
// of the service's specialty in the order's union line, or a cadre gives it to such a team; an order not taken
// within the service's working-time window escalates to the union's 待办. The team reports it done with photos,
// the requester confirms and rates it, and the confirmation awards the volunteer points (volunteers.points.ts).
// Every step is an event of the order's timeline and tells the requester.
import type { z } from 'zod';
import { inScope, requireAdmin, requireMember, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { chinaTime, notifyMember } from '../../platform/notify.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { type EventLog, recordEvent, timeline } from '../../platform/timeline.js';
import { addWorkingMinutes } from '../../platform/worktime.js';
import { loadCalendar } from '../appeals/appeals.calendar.js';
import { storePicture } from '../files/files.images.js';
import { awardOrder } from './volunteers.points.js';
import { presentItem, presentOrder, presentOrderDetail } from './volunteers.presenter.js';
import type {
  cancelBody,
  confirmBody,
  doneBody,
  orderBody,
  ordersQuery,
  volunteerOrdersQuery,
} from './volunteers.schemas.js';
import { requireVolunteer } from './volunteers.service.js';
import type { ItemRow, OrderRow } from './volunteers.tables.js';

export const orderLog: EventLog = { table: 'service_order_events', recordColumn: 'order_id', withUnion: true };
export const MAX_PROOF_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTOS = 3;
const MAX_AHEAD_MS = 90 * 86_400_000;

const selectOrder = sql.raw(`select o.*, i.name as item_name, i.specialty, u.name as union_name,
    t.name as team_name, vm.name as volunteer_name, vv.member_id as volunteer_member_id
  from service_orders o join service_items i on i.id = o.item_id join unions u on u.id = o.union_id
  left join volunteer_teams t on t.id = o.team_id
  left join volunteers vv on vv.id = o.volunteer_id left join members vm on vm.id = vv.member_id`);

/** A team that may serve an order: active, of the service's specialty, in the order's union line (above or below). */
const servesOrder = sql.raw(`t.status = 'active' and t.specialty = i.specialty
  and (starts_with(o.union_path, t.union_path) or starts_with(t.union_path, o.union_path))`);

async function loadOrder(ctx: Ctx, id: number, where = sql`true`): Promise<OrderRow> {
  const [o] = await ctx.db.query<OrderRow>(sql`${selectOrder} where o.id = ${id} and ${where}`);
  if (!o) throw notFound();
  return o;
}

const requesterOf = (o: OrderRow) => ({ phone_hash: o.requester_phone_hash, phone_cipher: o.requester_phone_cipher });
const whenOf = (o: OrderRow) => chinaTime(new Date(o.wanted_at));

// ---- The menu and placing an order (member or resident) ----

/** Items a caller may order: a member, those of the unions on their path; a resident, every union's. */
const menuFor = (ctx: Ctx) => {
  const actor = requireMember(ctx.actor);
  return actor.unionPath ? sql`starts_with(${actor.unionPath}, i.union_path)` : sql`true`;
};

export const selectItem = sql.raw(`select i.*, u.name as union_name, s.name as station_name
  from service_items i join unions u on u.id = i.union_id left join stations s on s.id = i.station_id`);

export async function menu(ctx: Ctx, query: { specialty?: string; page: number; pageSize: number }) {
  const where = sql`i.status = 'active' and ${menuFor(ctx)}
    ${query.specialty ? sql`and i.specialty = ${query.specialty}` : sql``}`;
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectItem} where ${where} order by i.union_path desc, i.id`,
      count: sql`select 1 from service_items i where ${where}`,
    },
    (rows: ItemRow[]) => rows.map(presentItem),
  );
}

export async function placeOrder(ctx: Ctx, body: z.infer<typeof orderBody>) {
  const actor = requireMember(ctx.actor);
  const cipher = ctx.sessionPhoneCipher;
  if (!cipher) throw new AppError('UNAUTHENTICATED');
  const [item] = await ctx.db.query<ItemRow>(sql`${selectItem} where i.id = ${body.itemId} and ${menuFor(ctx)}`);
  if (!item) throw notFound();
  if (item.status !== 'active') throw new AppError('SERVICE_ITEM_RETIRED');
  const at = now(ctx);
  const wanted = new Date(body.wantedAt);
  if (wanted <= at || wanted.getTime() - at.getTime() > MAX_AHEAD_MS) {
    throw new AppError('SERVICE_ORDER_TIME_INVALID', { field: 'wantedAt' });
  }
  const takeBy = addWorkingMinutes(await loadCalendar(ctx), at, Number(item.take_within_minutes));
  return transaction(ctx, async (tx) => {
    const [o] = await tx.db.query<{ id: number }>(sql`insert into service_orders (item_id, union_id, union_path,
        requester_member_id, requester_phone_hash, requester_phone_cipher, requester_name, wanted_at, place, note,
        take_by, created_at)
      values (${item.id}, ${item.union_id}, ${item.union_path}, ${actor.memberId}, ${actor.phoneHash}, ${cipher},
        ${body.name}, ${wanted}, ${body.place}, ${body.note ?? ''}, ${takeBy}, ${at})
      returning id`);
    const id = Number(o?.id);
    await recordEvent(tx, { log: orderLog, recordId: id, kind: 'placed', unionId: Number(item.union_id) });
    const order = await loadOrder(tx, id);
    await notifyMember(
      tx,
      requesterOf(order),
      'volunteers.order_placed',
      { service: item.name, when: whenOf(order), place: order.place },
      `service-order:${id}:placed`,
    );
    return presentOrder(order);
  });
}

const mine = (ctx: Ctx) => sql`o.requester_phone_hash = ${requireMember(ctx.actor).phoneHash}`;

export async function myOrders(ctx: Ctx, query: { page: number; pageSize: number }) {
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectOrder} where ${mine(ctx)} order by o.id desc`,
      count: sql`select 1 from service_orders o where ${mine(ctx)}`,
    },
    (rows: OrderRow[]) => rows.map(presentOrder),
  );
}

export async function myOrder(ctx: Ctx, id: number) {
  const o = await loadOrder(ctx, id, mine(ctx));
  return presentOrderDetail(o, await timeline(ctx, orderLog, id), ctx.services.pii);
}

export async function cancelMyOrder(ctx: Ctx, id: number) {
  const o = await loadOrder(ctx, id, mine(ctx));
  return transaction(ctx, async (tx) => {
    const done = await tx.db.query(sql`update service_orders set status = 'cancelled'
      where id = ${id} and status = 'placed' returning id`);
    if (done.length === 0) {
      throw new AppError(o.status === 'taken' ? 'SERVICE_ORDER_CANCEL_TOO_LATE' : 'SERVICE_ORDER_WRONG_STATUS');
    }
    await recordEvent(tx, { log: orderLog, recordId: id, kind: 'cancelled', detail: { by: 'requester' } });
    return myOrder(tx, id);
  });
}

/** The requester confirms the service was done and rates it; the volunteer's points follow in the same commit. */
export async function confirmMyOrder(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof confirmBody> }) {
  await loadOrder(ctx, id, mine(ctx));
  return transaction(ctx, async (tx) => {
    const confirmed = await tx.db.query(sql`update service_orders set status = 'confirmed', confirmed_at = ${now(tx)},
        rating = ${body.rating}, rating_comment = ${body.comment ?? null}
      where id = ${id} and status = 'done' returning id`);
    if (confirmed.length === 0) throw new AppError('SERVICE_ORDER_WRONG_STATUS');
    const order = await loadOrder(tx, id);
    const award = await awardOrder(tx, { order, rating: body.rating });
    if (award) {
      await tx.db.query(sql`update service_orders set points = ${award.points}, rule_id = ${award.detail.ruleId},
          points_detail = ${JSON.stringify(award.detail)}::jsonb
        where id = ${id}`);
    }
    await recordEvent(tx, {
      log: orderLog,
      recordId: id,
      kind: 'confirmed',
      detail: { rating: body.rating, points: award?.points ?? null },
    });
    return myOrder(tx, id);
  });
}

// ---- Volunteers taking and serving orders (member app) ----

/** The caller's active teams that may serve the order `o`. */
const myServingTeams = (volunteerId: number) => sql`exists (select 1 from volunteer_team_members x
  join volunteer_teams t on t.id = x.team_id
  where x.volunteer_id = ${volunteerId} and x.status = 'active' and ${servesOrder})`;

export async function volunteerOrders(ctx: Ctx, query: z.infer<typeof volunteerOrdersQuery>) {
  const v = await requireVolunteer(ctx);
  const where =
    query.which === 'open'
      ? sql`o.status = 'placed' and ${myServingTeams(v.id)}`
      : sql`o.team_id in (select team_id from volunteer_team_members where volunteer_id = ${v.id} and status = 'active')
          and o.status <> 'placed'`;
  const order = query.which === 'open' ? sql`o.wanted_at, o.id` : sql`o.id desc`;
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectOrder} where ${where} order by ${order}`,
      count: sql`select 1 from service_orders o join service_items i on i.id = o.item_id where ${where}`,
    },
    (rows: OrderRow[]) => rows.map(presentOrder),
  );
}

export async function takeOrder(ctx: Ctx, { id, teamId }: { id: number; teamId: number }) {
  const v = await requireVolunteer(ctx);
  const phoneHash = requireMember(ctx.actor).phoneHash;
  // Only an order one of the caller's teams could serve (or their own) exists for them: any other answers 404, so
  // nothing is learnt about other unions' orders by trying ids.
  const o = await loadOrder(ctx, id, sql`(${myServingTeams(v.id)} or o.requester_phone_hash = ${phoneHash})`);
  if (o.requester_phone_hash === phoneHash) throw new AppError('SERVICE_ORDER_OWN');
  // The team named must be one of the caller's that can serve it.
  const [team] = await ctx.db.query<{ id: number; name: string }>(sql`select t.id, t.name
    from volunteer_team_members x join volunteer_teams t on t.id = x.team_id,
      service_orders o join service_items i on i.id = o.item_id
    where o.id = ${id} and x.team_id = ${teamId} and x.volunteer_id = ${v.id} and x.status = 'active'
      and ${servesOrder}`);
  if (!team) throw new AppError('SERVICE_ORDER_NOT_SERVING');
  return transaction(ctx, async (tx) => {
    // Taken only from 'placed': of two teams at once, one update finds the order placed, the other finds it taken.
    const taken = await tx.db.query(sql`update service_orders set status = 'taken', team_id = ${teamId},
        volunteer_id = ${v.id}, taken_at = ${now(tx)}
      where id = ${id} and status = 'placed' returning id`);
    if (taken.length === 0) {
      const [after] = await tx.db.query<{ status: string }>(sql`select status from service_orders where id = ${id}`);
      throw new AppError(after?.status === 'cancelled' ? 'SERVICE_ORDER_WRONG_STATUS' : 'SERVICE_ORDER_TAKEN');
    }
    await afterTaken(tx, id);
    return presentOrder(await loadOrder(tx, id));
  });
}

async function afterTaken(ctx: Ctx, id: number) {
  const order = await loadOrder(ctx, id);
  await recordEvent(ctx, { log: orderLog, recordId: id, kind: 'taken', detail: { team: order.team_name } });
  await notifyMember(
    ctx,
    requesterOf(order),
    'volunteers.order_taken',
    { team: order.team_name ?? '', service: order.item_name, when: whenOf(order), place: order.place },
    `service-order:${id}:taken`,
  );
}

/** An order of one of the caller's active teams, in one of `statuses`. */
async function teamOrder(ctx: Ctx, id: number, volunteerId: number) {
  return loadOrder(
    ctx,
    id,
    sql`o.team_id in (select team_id from volunteer_team_members where volunteer_id = ${volunteerId}
      and status = 'active')`,
  );
}

export async function markDone(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof doneBody> }) {
  const v = await requireVolunteer(ctx);
  await teamOrder(ctx, id, v.id);
  return transaction(ctx, async (tx) => {
    const done = await tx.db.query(sql`update service_orders set status = 'done', done_at = ${now(tx)},
        done_note = ${body.note}, volunteer_id = coalesce(volunteer_id, ${v.id})
      where id = ${id} and status = 'taken' returning id`);
    if (done.length === 0) throw new AppError('SERVICE_ORDER_WRONG_STATUS');
    const order = await loadOrder(tx, id);
    await recordEvent(tx, { log: orderLog, recordId: id, kind: 'done', detail: { note: body.note } });
    await notifyMember(
      tx,
      requesterOf(order),
      'volunteers.order_done',
      { team: order.team_name ?? '', service: order.item_name },
      `service-order:${id}:done`,
    );
    return presentOrder(order);
  });
}

export async function addProofPhoto(ctx: Ctx, { id, body }: { id: number; body: unknown }) {
  const v = await requireVolunteer(ctx);
  const o = await teamOrder(ctx, id, v.id);
  if (o.status !== 'taken' && o.status !== 'done') throw new AppError('SERVICE_ORDER_WRONG_STATUS');
  if (o.proof_photos.length >= PHOTOS) throw new AppError('VOLUNTEER_PHOTOS_FULL');
  const picture = await storePicture(ctx, {
    body,
    folder: 'service-orders',
    maxBytes: MAX_PROOF_PHOTO_BYTES,
    wrongType: 'VOLUNTEER_PHOTO_WRONG_TYPE',
  });
  const added = await ctx.db.query(sql`update service_orders set proof_photos = proof_photos || ${picture.key}::text
    where id = ${id} and status in ('taken', 'done') and cardinality(proof_photos) < ${PHOTOS} returning id`);
  if (added.length === 0) throw new AppError('VOLUNTEER_PHOTOS_FULL');
  return presentOrder(await loadOrder(ctx, id));
}

// ---- The union's order queue (console) ----

const scoped = (ctx: Ctx) => inScope(ctx.actor, 'volunteer.manage', sql.raw('o.union_path'));

export async function listOrders(ctx: Ctx, query: z.infer<typeof ordersQuery>) {
  requirePermissionSomewhere(ctx.actor, 'volunteer.manage');
  const where = sql`${scoped(ctx)}
    ${query.status ? sql`and o.status = ${query.status}` : sql``}
    ${query.escalated ? sql`and o.status = 'placed' and o.escalated_at is not null` : sql``}
    ${query.unionId ? sql`and o.union_id = ${query.unionId}` : sql``}`;
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectOrder} where ${where} order by (o.status = 'placed') desc, o.take_by, o.id desc`,
      count: sql`select 1 from service_orders o where ${where}`,
    },
    (rows: OrderRow[]) => rows.map(presentOrder),
  );
}

export async function getOrder(ctx: Ctx, id: number) {
  requireAdmin(ctx.actor);
  const o = await loadOrder(ctx, id, scoped(ctx));
  return presentOrderDetail(o, await timeline(ctx, orderLog, id), ctx.services.pii);
}

/** A cadre gives a placed (often escalated) order to a team able to serve it; one of its volunteers then serves. */
export async function assignOrder(ctx: Ctx, { id, teamId }: { id: number; teamId: number }) {
  requireAdmin(ctx.actor);
  const o = await loadOrder(ctx, id, scoped(ctx));
  const [team] = await ctx.db.query(sql`select t.id from volunteer_teams t, service_orders o
    join service_items i on i.id = o.item_id
    where o.id = ${id} and t.id = ${teamId} and ${servesOrder}`);
  if (!team) throw new AppError('SERVICE_ORDER_TEAM_INVALID', { field: 'teamId' });
  return transaction(ctx, async (tx) => {
    const taken = await tx.db.query(sql`update service_orders set status = 'taken', team_id = ${teamId},
        taken_at = ${now(tx)}
      where id = ${id} and status = 'placed' returning id`);
    if (taken.length === 0)
      throw new AppError(o.status === 'taken' ? 'SERVICE_ORDER_TAKEN' : 'SERVICE_ORDER_WRONG_STATUS');
    await afterTaken(tx, id);
    await audit(tx, {
      action: 'volunteers.order_assign',
      targetType: 'service_order',
      targetId: id,
      unionPath: o.union_path,
      after: { teamId },
    });
    return getOrder(tx, id);
  });
}

export async function cancelOrder(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof cancelBody> }) {
  requireAdmin(ctx.actor);
  const o = await loadOrder(ctx, id, scoped(ctx));
  return transaction(ctx, async (tx) => {
    const done = await tx.db.query(sql`update service_orders set status = 'cancelled'
      where id = ${id} and status in ('placed', 'taken') returning id`);
    if (done.length === 0) throw new AppError('SERVICE_ORDER_WRONG_STATUS');
    await recordEvent(tx, {
      log: orderLog,
      recordId: id,
      kind: 'cancelled',
      detail: { by: 'union', reason: body.reason },
    });
    await notifyMember(
      tx,
      requesterOf(o),
      'volunteers.order_cancelled',
      { service: o.item_name, reason: body.reason },
      `service-order:${id}:cancelled`,
    );
    await audit(tx, {
      action: 'volunteers.order_cancel',
      targetType: 'service_order',
      targetId: id,
      unionPath: o.union_path,
      after: body,
    });
    return getOrder(tx, id);
  });
}

/** The job: orders no team took by their deadline go to the union's 待办 (once each). */
export async function escalateOverdue(ctx: Ctx): Promise<number> {
  return transaction(ctx, async (tx) => {
    const rows = await tx.db.query<{ id: number; union_id: number }>(sql`update service_orders
      set escalated_at = ${now(tx)}
      where status = 'placed' and escalated_at is null and take_by <= ${now(tx)}
      returning id, union_id`);
    for (const r of rows) {
      await recordEvent(tx, { log: orderLog, recordId: Number(r.id), kind: 'escalated', unionId: Number(r.union_id) });
    }
    return rows.length;
  });
}

/** 待办: escalated orders still waiting for a team, over the cadre's subtree. */
export async function pendingOrders(ctx: Ctx): Promise<number> {
  if (ctx.actor.kind !== 'admin') return 0;
  const [r] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from service_orders o
    where o.status = 'placed' and o.escalated_at is not null and ${scoped(ctx)}`);
  return Number(r?.n ?? 0);
}
