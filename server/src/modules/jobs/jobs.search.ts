// Jobs as members see them: open published jobs searched by words, kind, pay and distance from a point (nearest
// first); the jobs suggested to me, with why; one job; applying with a short profile, and my applications.
import type { z } from 'zod';
import { requireMember } from '../../platform/access.js';
import { chinaDay, now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { paginate } from '../../platform/pagination.js';
import { type Sql, sql } from '../../platform/sql.js';
import { recordEvent } from '../../platform/timeline.js';
import { normalizeQuery } from '../../platform/validators.js';
import { applicationLog, selectApplication } from './jobs.applications.js';
import { presentApplication, presentMemberJob } from './jobs.presenter.js';
import type { applyBody, searchQuery } from './jobs.schemas.js';
import type { ApplicationRow, JobRow, MatchReason } from './jobs.tables.js';

/**
 * Great-circle kilometres from (lat, lng) to the row's place (haversine), null for a row without one (`least`
 * skips nulls, so the guard is needed: without it a missing place would read as half the Earth away).
 */
export const kmFrom = (lat: number, lng: number, at = sql.raw('j')): Sql => sql`(case when ${at}.lat is null
  or ${at}.lng is null then null else 12742 * asin(least(1, sqrt(
    power(sin(radians(${at}.lat - ${lat}) / 2), 2)
    + cos(radians(${lat})) * cos(radians(${at}.lat)) * power(sin(radians(${at}.lng - ${lng}) / 2), 2)))) end)`;

type MemberJobRow = JobRow & {
  distance_km: number | null;
  applied: ApplicationRow['status'] | null;
  reasons: MatchReason[] | null;
};

/** Jobs members see: published and not past their closing date (in China). */
const openJobs = (ctx: Ctx) => sql`j.status = 'published' and j.closes_on >= ${chinaDay(now(ctx))}::date`;

/** The member's own row joins: their application and the suggestion's reasons (none for a resident). */
function memberSelect(ctx: Ctx, distance: Sql) {
  const me = requireMember(ctx.actor).memberId ?? 0;
  return sql`select j.*, to_char(j.closes_on, 'YYYY-MM-DD') as closes_on, u.name as union_name, '' as posted_by_name,
      null as reviewed_by_name, 0 as applications, ${distance} as distance_km, a.status as applied, m.reasons
    from jobs j join unions u on u.id = j.union_id
    left join job_applications a on a.job_id = j.id and a.member_id = ${me}
    left join job_matches m on m.job_id = j.id and m.member_id = ${me}`;
}

export async function searchJobs(ctx: Ctx, query: z.infer<typeof searchQuery>) {
  requireMember(ctx.actor);
  const q = normalizeQuery(query.q);
  const near = query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : null;
  const km = query.withinKm ?? 20;
  // Near a point: a box around it first (the partial index on lat, lng), then the exact distance.
  const box = near
    ? sql`and j.lat between ${near.lat - km / 111} and ${near.lat + km / 111}
        and j.lng between ${near.lng - km / (111 * Math.max(0.1, Math.cos((near.lat * Math.PI) / 180)))}
          and ${near.lng + km / (111 * Math.max(0.1, Math.cos((near.lat * Math.PI) / 180)))}
        and ${kmFrom(near.lat, near.lng)} <= ${km}`
    : sql``;
  const where = sql`${openJobs(ctx)}
    ${query.kind ? sql`and j.kind = ${query.kind}` : sql``}
    ${query.payAtLeast !== undefined ? sql`and j.pay_max >= ${query.payAtLeast}` : sql``}
    ${q ? sql`and (strpos(j.title, ${q}) > 0 or strpos(j.employer_name, ${q}) > 0 or ${q} = any(j.skills))` : sql``}
    ${box}`;
  const distance = near ? kmFrom(near.lat, near.lng) : sql`null::float8`;
  const order = near ? sql`distance_km, j.id desc` : sql`j.published_at desc, j.id desc`;
  return paginate(
    ctx,
    query,
    {
      rows: sql`${memberSelect(ctx, distance)} where ${where} order by ${order}`,
      count: sql`select 1 from jobs j where ${where}`,
    },
    (rows: MemberJobRow[]) => rows.map(presentMemberJob),
  );
}

export async function suggestedJobs(ctx: Ctx, query: { page: number; pageSize: number }) {
  const me = requireMember(ctx.actor).memberId;
  if (!me) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const where = sql`${openJobs(ctx)} and exists (select 1 from job_matches x where x.job_id = j.id and x.member_id = ${me})`;
  return paginate(
    ctx,
    query,
    {
      rows: sql`${memberSelect(ctx, sql`null::float8`)} where ${where} order by m.created_at desc, j.id desc`,
      count: sql`select 1 from jobs j where ${where}`,
    },
    (rows: MemberJobRow[]) => rows.map(presentMemberJob),
  );
}

async function openJob(ctx: Ctx, id: number): Promise<MemberJobRow> {
  const [j] = await ctx.db.query<MemberJobRow>(sql`${memberSelect(ctx, sql`null::float8`)}
    where j.id = ${id} and (${openJobs(ctx)} or a.id is not null)`);
  if (!j) throw notFound();
  return j;
}

export async function memberJob(ctx: Ctx, id: number) {
  return presentMemberJob(await openJob(ctx, id));
}

export async function apply(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof applyBody> }) {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId) throw new AppError('JOB_NOT_MEMBER');
  const memberId = actor.memberId;
  const [j] = await ctx.db.query<{
    status: string;
    union_path: string;
    open: boolean;
  }>(sql`select j.status, j.union_path,
      (${openJobs(ctx)}) as open from jobs j where j.id = ${id} and j.status in ('published', 'closed')`);
  if (!j) throw notFound();
  if (!j.open) throw new AppError('JOB_CLOSED');
  return transaction(ctx, async (tx) => {
    const [a] = await tx.db.query<{
      id: number;
    }>(sql`insert into job_applications (job_id, member_id, union_path, intro)
      values (${id}, ${memberId}, ${j.union_path}, ${body.intro})
      on conflict (job_id, member_id) do nothing returning id`);
    if (!a) throw new AppError('JOB_APPLIED');
    await recordEvent(tx, { log: applicationLog, recordId: Number(a.id), kind: 'applied' });
    return presentMemberJob(await openJob(tx, id));
  });
}

const mine = (ctx: Ctx) => sql`a.member_id = ${requireMember(ctx.actor).memberId ?? 0}`;

export async function myApplications(ctx: Ctx, query: { page: number; pageSize: number }) {
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectApplication} where ${mine(ctx)} order by a.id desc`,
      count: sql`select 1 from job_applications a where ${mine(ctx)}`,
    },
    (rows: ApplicationRow[]) => rows.map(presentApplication),
  );
}

export async function withdrawApplication(ctx: Ctx, id: number) {
  const [a] = await ctx.db.query<ApplicationRow>(sql`${selectApplication} where a.id = ${id} and ${mine(ctx)}`);
  if (!a) throw notFound();
  return transaction(ctx, async (tx) => {
    const done = await tx.db.query(sql`update job_applications set status = 'withdrawn'
      where id = ${id} and status in ('applied', 'interview') returning id`);
    if (done.length === 0) throw new AppError('JOB_APPLICATION_WRONG_STATUS');
    await recordEvent(tx, { log: applicationLog, recordId: id, kind: 'withdrawn' });
    const [row] = await tx.db.query<ApplicationRow>(sql`${selectApplication} where a.id = ${id}`);
    return presentApplication(row as ApplicationRow);
  });
}
