// Job fairs (招聘会): an event a cadre sets up for a union, at a place and time (a station's hall where there is one),
// whose booths are employers (on record with the union's subtree, or named for one that is not). A booth shows its
// employer's open jobs of the fair's union line, which members apply to as to any job. Members register to come, and
// are told if the fair is cancelled. The console sees how many registered, never who outside its subtree.
import type { z } from 'zod';
import { inScope, requireAdmin, requireMember, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { chinaDay, now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { chinaTime, notifyMembers } from '../../platform/notify.js';
import { paginate } from '../../platform/pagination.js';
import { type Sql, sql } from '../../platform/sql.js';
import { memberRecipients } from '../members/members.recipients.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { presentBooth, presentFair } from './jobs.presenter.js';
import type { jobFairBody, jobFairBoothBody, jobFairsQuery } from './jobs.schemas.js';
import type { BoothRow, FairRow } from './jobs.tables.js';

const selectFair = sql.raw(`select f.*, u.name as union_name, s.name as station_name,
    (select count(*) from job_fair_booths b where b.fair_id = f.id)::int as booths,
    (select count(*) from job_fair_visitors v where v.fair_id = f.id)::int as visitors
  from job_fairs f join unions u on u.id = f.union_id left join stations s on s.id = f.station_id`);

/**
 * A booth's open jobs: its employer's published jobs not past closing, posted in the fair's union line (the fair's
 * union, one below it, or one above it, whose jobs its members see too). An employer on record is matched by its id,
 * one named only by its name (among jobs posted without an employer on record).
 */
const boothJobs = (ctx: Ctx) => sql`from jobs j where j.status = 'published'
    and j.closes_on >= ${chinaDay(now(ctx))}::date
    and (starts_with(j.union_path, f.union_path) or starts_with(f.union_path, j.union_path))
    and case when b.employer_id is not null then j.employer_id = b.employer_id
      else j.employer_id is null and j.employer_name = b.employer_name end`;

const scoped = (ctx: Ctx) => inScope(ctx.actor, 'job.manage', sql.raw('f.union_path'));

export async function listFairs(ctx: Ctx, query: z.infer<typeof jobFairsQuery>) {
  requirePermissionSomewhere(ctx.actor, 'job.manage');
  const where = sql`${scoped(ctx)} ${query.unionId ? sql`and f.union_id = ${query.unionId}` : sql``}`;
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectFair} where ${where} order by f.starts_at desc, f.id desc`,
      count: sql`select 1 from job_fairs f where ${where}`,
    },
    (rows: FairRow[]) => rows.map(presentFair),
  );
}

async function loadFair(ctx: Ctx, id: number): Promise<FairRow> {
  requireAdmin(ctx.actor);
  const [f] = await ctx.db.query<FairRow>(sql`${selectFair} where f.id = ${id} and ${scoped(ctx)}`);
  if (!f) throw notFound();
  return f;
}

async function booths(ctx: Ctx, fairId: number, jobs: Sql | null) {
  const rows = await ctx.db.query<BoothRow>(sql`select b.*,
      (select count(*) ${boothJobs(ctx)})::int as open_jobs,
      ${jobs ?? sql`'[]'::json`} as jobs
    from job_fair_booths b join job_fairs f on f.id = b.fair_id
    where b.fair_id = ${fairId} order by b.booth_no collate "C", b.id`);
  return rows.map(presentBooth);
}

/** The fair with its booths, as the console shows it. */
export async function getFair(ctx: Ctx, id: number) {
  const f = await loadFair(ctx, id);
  return { ...presentFair(f), boothList: await booths(ctx, id, null) };
}

export async function createFair(ctx: Ctx, body: z.infer<typeof jobFairBody>) {
  const admin = requireAdmin(ctx.actor);
  const path = await unionPathFor(ctx, { unionId: body.unionId, permission: 'job.manage' });
  const starts = new Date(body.startsAt);
  const ends = new Date(body.endsAt);
  if (ends <= starts || ends <= now(ctx)) throw new AppError('JOB_FAIR_TIME_INVALID', { field: 'endsAt' });
  if (body.stationId) {
    const [st] = await ctx.db.query(sql`select id from stations where id = ${body.stationId}
      and starts_with(union_path, ${path}) and status = 'active'`);
    if (!st) throw new AppError('JOB_STATION_INVALID', { field: 'stationId' });
  }
  return transaction(ctx, async (tx) => {
    const [f] = await tx.db.query<{ id: number }>(sql`insert into job_fairs (union_id, union_path, title, description,
        station_id, place, starts_at, ends_at, created_by)
      values (${body.unionId}, ${path}, ${body.title}, ${body.description ?? ''}, ${body.stationId ?? null},
        ${body.place}, ${starts}, ${ends}, ${admin.accountId})
      returning id`);
    const id = Number(f?.id);
    await audit(tx, { action: 'jobs.fair_create', targetType: 'job_fair', targetId: id, unionPath: path });
    return getFair(tx, id);
  });
}

/** Booths change until the fair ends; a cancelled fair changes no more. */
async function openFair(ctx: Ctx, id: number): Promise<FairRow> {
  const f = await loadFair(ctx, id);
  if (f.status !== 'published' || new Date(f.ends_at) <= now(ctx)) throw new AppError('JOB_FAIR_CLOSED');
  return f;
}

export async function addBooth(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof jobFairBoothBody> }) {
  const f = await openFair(ctx, id);
  let name = body.employerName ?? '';
  if (body.employerId) {
    // An employer on record with the fair's union or one below it.
    const [e] = await ctx.db.query<{ name: string }>(sql`select name from employers where id = ${body.employerId}
      and starts_with(union_path, ${f.union_path})`);
    if (!e) throw new AppError('JOB_EMPLOYER_INVALID', { field: 'employerId' });
    name = e.name;
  }
  if (!name) throw new AppError('VALIDATION_FAILED', { field: 'employerName' });
  return transaction(ctx, async (tx) => {
    const [b] = await tx.db.query<{ id: number }>(sql`insert into job_fair_booths (fair_id, booth_no, employer_id,
        employer_name, note)
      values (${id}, ${body.boothNo}, ${body.employerId ?? null}, ${name}, ${body.note ?? ''})
      on conflict do nothing returning id`);
    // Either unique index: the booth number is taken, or the employer already has a booth.
    if (!b) throw new AppError('JOB_FAIR_BOOTH_TAKEN', { field: 'boothNo' });
    await audit(tx, {
      action: 'jobs.booth_add',
      targetType: 'job_fair',
      targetId: id,
      unionPath: f.union_path,
      after: { boothNo: body.boothNo, employer: name },
    });
    return getFair(tx, id);
  });
}

export async function removeBooth(ctx: Ctx, { id, boothId }: { id: number; boothId: number }) {
  const f = await openFair(ctx, id);
  return transaction(ctx, async (tx) => {
    const [b] = await tx.db.query<{ booth_no: string; employer_name: string }>(sql`delete from job_fair_booths
      where id = ${boothId} and fair_id = ${id} returning booth_no, employer_name`);
    if (!b) throw notFound();
    await audit(tx, {
      action: 'jobs.booth_remove',
      targetType: 'job_fair',
      targetId: id,
      unionPath: f.union_path,
      before: { boothNo: b.booth_no, employer: b.employer_name },
    });
    return getFair(tx, id);
  });
}

/** Cancelling tells every registered member why (inbox and text), once. */
export async function cancelFair(ctx: Ctx, { id, reason }: { id: number; reason: string }) {
  const f = await openFair(ctx, id);
  return transaction(ctx, async (tx) => {
    const done = await tx.db.query(sql`update job_fairs set status = 'cancelled', cancel_reason = ${reason}
      where id = ${id} and status = 'published' returning id`);
    if (done.length === 0) throw new AppError('JOB_FAIR_CLOSED');
    const visitors = await tx.db.query<{ member_id: number }>(sql`select member_id from job_fair_visitors
      where fair_id = ${id}`);
    const ids = visitors.map((v) => Number(v.member_id));
    const when = chinaTime(new Date(f.starts_at));
    await notifyMembers(
      tx,
      await memberRecipients(tx.db, ids),
      ids.map((memberId) => ({
        memberId,
        key: 'jobs.fair_cancelled',
        params: { title: f.title, when, reason },
        dedupeKey: `job-fair-cancelled:${id}:${memberId}`,
      })),
    );
    await audit(tx, {
      action: 'jobs.fair_cancel',
      targetType: 'job_fair',
      targetId: id,
      unionPath: f.union_path,
      after: { reason, told: ids.length },
    });
    return getFair(tx, id);
  });
}

// ---- Members ----

type MemberFairRow = FairRow & { registered: boolean };

const memberFairSelect = (ctx: Ctx) => sql`select f.*, u.name as union_name, s.name as station_name,
    (select count(*) from job_fair_booths b where b.fair_id = f.id)::int as booths, 0 as visitors,
    exists (select 1 from job_fair_visitors v where v.fair_id = f.id
      and v.member_id = ${requireMember(ctx.actor).memberId ?? 0}) as registered
  from job_fairs f join unions u on u.id = f.union_id left join stations s on s.id = f.station_id`;

/** Fairs not yet over, soonest first: open to anyone's view, like the jobs at them. */
export async function upcomingFairs(ctx: Ctx, query: { page: number; pageSize: number }) {
  const where = sql`f.status = 'published' and f.ends_at > ${now(ctx)}`;
  return paginate(
    ctx,
    query,
    {
      rows: sql`${memberFairSelect(ctx)} where ${where} order by f.starts_at, f.id`,
      count: sql`select 1 from job_fairs f where ${where}`,
    },
    (rows: MemberFairRow[]) => rows.map((f) => ({ ...presentFair(f), registered: f.registered })),
  );
}

/** One fair as a member sees it: its booths, each with its employer's open jobs. A cancelled fair says so. */
export async function memberFair(ctx: Ctx, id: number) {
  const [f] = await ctx.db.query<MemberFairRow>(sql`${memberFairSelect(ctx)} where f.id = ${id}`);
  if (!f) throw notFound();
  const jobs = sql`coalesce((select json_agg(json_build_object('id', j.id, 'title', j.title, 'kind', j.kind,
      'payMin', j.pay_min, 'payMax', j.pay_max, 'payUnit', j.pay_unit, 'headcount', j.headcount) order by j.id)
    ${boothJobs(ctx)}), '[]'::json)`;
  return { ...presentFair(f), registered: f.registered, boothList: await booths(ctx, id, jobs) };
}

export async function registerForFair(ctx: Ctx, id: number) {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId) throw new AppError('JOB_NOT_MEMBER');
  const memberId = actor.memberId;
  const [f] = await ctx.db.query<{ status: string; ends_at: Date }>(sql`select status, ends_at from job_fairs
    where id = ${id}`);
  if (!f) throw notFound();
  if (f.status !== 'published' || new Date(f.ends_at) <= now(ctx)) throw new AppError('JOB_FAIR_CLOSED');
  const added = await ctx.db.query(sql`insert into job_fair_visitors (fair_id, member_id, registered_at)
    values (${id}, ${memberId}, ${now(ctx)}) on conflict do nothing returning fair_id`);
  if (added.length === 0) throw new AppError('JOB_FAIR_REGISTERED');
  return memberFair(ctx, id);
}

export async function unregisterFromFair(ctx: Ctx, id: number) {
  const actor = requireMember(ctx.actor);
  await ctx.db.query(sql`delete from job_fair_visitors where fair_id = ${id} and member_id = ${actor.memberId ?? 0}`);
  return memberFair(ctx, id);
}
