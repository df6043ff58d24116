import { now } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
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

export async function event(
  ctx: Ctx,
  applicationId: number,
  kind: string,
  actorKind: 'member' | 'admin' | 'system',
  detail: Record<string, unknown> | null,
  unionId: number | null = null,
) {
  const actorId =
    ctx.actor.kind === 'admin' ? ctx.actor.accountId : ctx.actor.kind === 'member' ? ctx.actor.memberId : null;
  await ctx.db.query(sql`insert into assistance_events (application_id, at, kind, actor_kind, actor_id, union_id, detail)
    values (${applicationId}, ${now(ctx)}, ${kind}, ${actorKind}, ${actorId}, ${unionId}, ${detail ? JSON.stringify(detail) : null}::jsonb)`);
}
