import type { Ctx } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { type EventLog, recordEvent } from '../../platform/timeline.js';
import { attachedFiles } from '../files/files.service.js';
import { assistancePolicy } from './assistance.policy.js';
import { type ApplicationHistory, presentApplication } from './assistance.presenter.js';
import type { ApplicationRow } from './assistance.tables.js';

/** Fen as yuan with two decimals, as members read amounts. */
export const yuan = (fen: number) => (fen / 100).toFixed(2);

export const selectApplication = sql.raw(`select a.*, a.reverify_due::text as reverify_due, u.name as union_name,
    rv.display_name as reviewer_name
  from assistance_applications a join unions u on u.id = a.union_id left join accounts rv on rv.id = a.reviewer_id`);

export async function load(
  ctx: Ctx,
  { id, forUpdate = false }: { id: number; forUpdate?: boolean },
): Promise<ApplicationRow> {
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
  {
    applicationId,
    kind,
    detail,
    unionId = null,
  }: { applicationId: number; kind: string; detail: Record<string, unknown> | null; unionId?: number | null },
) => recordEvent(ctx, { log: assistanceEvents, recordId: applicationId, kind, detail, unionId });

/** An application as the API returns it: its history loaded, then presented (see `presentApplication`). */
export async function applicationView(ctx: Ctx, { r, full }: { r: ApplicationRow; full: boolean }) {
  const events = await ctx.db.query<ApplicationHistory['events'][number]>(
    sql`select e.kind, e.at, e.actor_kind, a.username, e.detail from assistance_events e
      left join accounts a on e.actor_kind = 'admin' and a.id = e.actor_id
      where e.application_id = ${r.id} order by e.id`,
  );
  const disbursements = await ctx.db.query<ApplicationHistory['disbursements'][number]>(
    sql`select d.id, d.amount_fen, d.method, d.paid_on::text as paid_on, d.reference, a.username
      from assistance_disbursements d join accounts a on a.id = d.recorded_by where d.application_id = ${r.id} order by d.id`,
  );
  const help = await ctx.db.query<ApplicationHistory['help'][number]>(
    sql`select h.id, h.kind, p.name, h.note, h.value_fen, h.created_at from assistance_help h
      left join assistance_programs p on p.id = h.program_id where h.application_id = ${r.id} order by h.id`,
  );
  const evidence = await attachedFiles(ctx, { kind: 'assistance', attachedId: r.id });
  return presentApplication(ctx, { r, full, history: { events, disbursements, help, evidence } });
}
