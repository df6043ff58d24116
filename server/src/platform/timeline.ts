// The history of a case-like record (an application, an appeal, an aid case; later proposals, volunteer orders,
// mutual-aid claims): one row per step in the module's own events table, all of the same shape, written in the
// step's transaction, so a record's timeline is read from its events and a step without its event cannot exist.
//
//   <record>_events (id, <record>_id, at, kind, actor_kind, actor_id, [union_id,] detail jsonb)
import { now } from './clock.js';
import type { Ctx } from './context.js';
import { sql } from './sql.js';

export interface EventLog {
  /** The module's events table. */
  table: string;
  /** Its column naming the record. */
  recordColumn: string;
  /** The table has a `union_id` column (the union a step moved the record to, or acted from). */
  withUnion?: boolean;
}

export interface TimelineEvent {
  id: number;
  kind: string;
  at: Date;
  actorKind: 'admin' | 'member' | 'system';
  actorId: number | null;
  unionId: number | null;
  detail: Record<string, unknown> | null;
}

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return sql.raw(name);
};

/** Records one step; returns the event's id (a stable key for what the step caused, such as a notice). */
export async function recordEvent(
  ctx: Ctx,
  {
    log,
    recordId,
    kind,
    detail = null,
    unionId = null,
  }: {
    log: EventLog;
    recordId: number;
    kind: string;
    detail?: Record<string, unknown> | null;
    unionId?: number | null;
  },
): Promise<number> {
  const actor = ctx.actor;
  const actorKind = actor.kind === 'admin' ? 'admin' : actor.kind === 'member' ? 'member' : 'system';
  const actorId = actor.kind === 'admin' ? actor.accountId : actor.kind === 'member' ? actor.memberId : null;
  const union = log.withUnion ? sql`, union_id` : sql``;
  const unionValue = log.withUnion ? sql`, ${unionId}` : sql``;
  const [row] = await ctx.db.query<{ id: number }>(sql`
    insert into ${ident(log.table)} (${ident(log.recordColumn)}, at, kind, actor_kind, actor_id${union}, detail)
    values (${recordId}, ${now(ctx)}, ${kind}, ${actorKind}, ${actorId}${unionValue},
      ${detail ? JSON.stringify(detail) : null}::jsonb)
    returning id`);
  return row?.id ?? 0;
}

/** A record's steps, oldest first. */
export async function timeline(ctx: Ctx, log: EventLog, recordId: number): Promise<TimelineEvent[]> {
  const rows = await ctx.db.query<{
    id: number;
    kind: string;
    at: Date;
    actor_kind: TimelineEvent['actorKind'];
    actor_id: number | null;
    union_id?: number | null;
    detail: Record<string, unknown> | null;
  }>(sql`select * from ${ident(log.table)} where ${ident(log.recordColumn)} = ${recordId} order by at, id`);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    at: r.at,
    actorKind: r.actor_kind,
    actorId: r.actor_id,
    unionId: r.union_id ?? null,
    detail: r.detail,
  }));
}
