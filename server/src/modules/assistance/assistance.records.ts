import type { Ctx } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { type EventLog, recordEvent } from '../../platform/timeline.js';
import { assistancePolicy } from './assistance.policy.js';
import type { ApplicationRow } from './assistance.tables.js';

/** Fen as yuan with two decimals, as members read amounts. */
export const yuan = (fen: number) => (fen / 100).toFixed(2);

export const selectApplication = sql.raw(`select a.*, a.reverify_due::text as reverify_due, u.name as union_name,
    rv.display_name as reviewer_name
  from assistance_applications a join unions u on u.id = a.union_id left join accounts rv on rv.id = a.reviewer_id`);

export async function load(ctx: Ctx, id: number, forUpdate = false): Promise<ApplicationRow> {
  if (ctx.actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  const [row] = await ctx.db.query<ApplicationRow>(
    sql`${selectApplication} where a.id = ${id}${sql.raw(forUpdate ? ' for update of a' : '')}`,
  );
  if (!row || !assistancePolicy.read?.(ctx.actor, row)) throw notFound();
  return row;
}

const assistanceEvents: EventLog = { table: 'assistance_events', recordColumn: 'application_id', withUnion: true };

/** A step of an application, by the context's actor. */
export const event = (
  ctx: Ctx,
  applicationId: number,
  kind: string,
  detail: Record<string, unknown> | null,
  unionId: number | null = null,
) => recordEvent(ctx, assistanceEvents, applicationId, kind, detail, unionId);
