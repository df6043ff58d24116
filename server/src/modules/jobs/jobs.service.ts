// Posting jobs and reviewing them. A cadre (job.manage) posts a job of their subtree, for an employer on record there
// or a named one; the posting is refused outright when it names a requirement the law forbids (jobs.wording.ts). A
// second cadre over it approves (it is published and matched to consenting job seekers by the jobs.match job) or
// rejects it with a note. A published job is closed by hand or when its closing date passes.
import type { z } from 'zod';
import { can, inScope, requireAdmin, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { chinaDay, now } from '../../platform/clock.js';
import { type Ctx, transaction, whenCommitted } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { presentJob } from './jobs.presenter.js';
import type { jobBody, jobsQuery, reviewBody } from './jobs.schemas.js';
import type { JobRow } from './jobs.tables.js';
import { discriminatoryTerms } from './jobs.wording.js';

export const MATCH_QUEUE = 'jobs.match';

export const selectJob = sql.raw(`select j.*, to_char(j.closes_on, 'YYYY-MM-DD') as closes_on, u.name as union_name,
    p.display_name as posted_by_name, r.display_name as reviewed_by_name,
    (select count(*) from job_applications a where a.job_id = j.id and a.status <> 'withdrawn')::int as applications
  from jobs j join unions u on u.id = j.union_id join accounts p on p.id = j.posted_by
  left join accounts r on r.id = j.reviewed_by`);

const scoped = (ctx: Ctx) => inScope(ctx.actor, 'job.manage', sql.raw('j.union_path'));

/** The caller may decide on the job: a cadre over it who did not post it, while it waits. */
const canReview = (ctx: Ctx, j: JobRow) =>
  ctx.actor.kind === 'admin' &&
  j.status === 'in_review' &&
  Number(j.posted_by) !== ctx.actor.accountId &&
  can(ctx.actor, 'job.manage', j.union_path);

export async function listJobs(ctx: Ctx, query: z.infer<typeof jobsQuery>) {
  requirePermissionSomewhere(ctx.actor, 'job.manage');
  const where = sql`${scoped(ctx)}
    ${query.status ? sql`and j.status = ${query.status}` : sql``}
    ${query.unionId ? sql`and j.union_id = ${query.unionId}` : sql``}`;
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectJob} where ${where} order by (j.status = 'in_review') desc, j.id desc`,
      count: sql`select 1 from jobs j where ${where}`,
    },
    (rows: JobRow[]) => rows.map((j) => presentJob(j, canReview(ctx, j))),
  );
}

export async function loadJob(ctx: Ctx, id: number): Promise<JobRow> {
  requireAdmin(ctx.actor);
  const [j] = await ctx.db.query<JobRow>(sql`${selectJob} where j.id = ${id} and ${scoped(ctx)}`);
  if (!j) throw notFound();
  return j;
}

export async function getJob(ctx: Ctx, id: number) {
  const j = await loadJob(ctx, id);
  return presentJob(j, canReview(ctx, j));
}

/** What the posting form shows as the cadre types: the forbidden requirements found, if any. */
export function checkWording(ctx: Ctx, text: string) {
  requirePermissionSomewhere(ctx.actor, 'job.manage');
  return { issues: discriminatoryTerms(text) };
}

export async function postJob(ctx: Ctx, body: z.infer<typeof jobBody>) {
  const admin = requireAdmin(ctx.actor);
  const path = await unionPathFor(ctx, { unionId: body.unionId, permission: 'job.manage' });
  if (body.payMin > body.payMax) throw new AppError('JOB_PAY_RANGE', { field: 'payMin' });
  if (body.closesOn < chinaDay(now(ctx))) throw new AppError('JOB_CLOSES_PAST', { field: 'closesOn' });
  const issues = discriminatoryTerms(body.title, body.description ?? '', body.skills.join('，'));
  if (issues.length > 0) {
    throw new AppError('JOB_DISCRIMINATORY', {
      field: 'description',
      terms: issues.map((i) => `“${i.text}”`).join('、'),
    });
  }
  let employerName = body.employerName ?? '';
  if (body.employerId) {
    const [e] = await ctx.db.query<{ name: string }>(sql`select name from employers where id = ${body.employerId}
      and starts_with(union_path, ${path})`);
    if (!e) throw new AppError('JOB_EMPLOYER_INVALID', { field: 'employerId' });
    employerName = e.name;
  }
  if (!employerName) throw new AppError('VALIDATION_FAILED', { field: 'employerName' });
  if (body.stationId) {
    const [st] = await ctx.db.query(sql`select id from stations where id = ${body.stationId}
      and starts_with(union_path, ${path})`);
    if (!st) throw new AppError('JOB_STATION_INVALID', { field: 'stationId' });
  }
  return transaction(ctx, async (tx) => {
    const [j] = await tx.db.query<{ id: number }>(sql`insert into jobs (union_id, union_path, employer_id,
        employer_name, title, description, skills, kind, place, lat, lng, pay_min, pay_max, pay_unit, hours, headcount,
        closes_on, station_id, posted_by)
      values (${body.unionId}, ${path}, ${body.employerId ?? null}, ${employerName}, ${body.title},
        ${body.description ?? ''}, ${[...new Set(body.skills)]}::text[], ${body.kind}, ${body.place}, ${body.lat ?? null},
        ${body.lng ?? null}, ${body.payMin}, ${body.payMax}, ${body.payUnit}, ${body.hours ?? ''}, ${body.headcount},
        ${body.closesOn}, ${body.stationId ?? null}, ${admin.accountId})
      returning id`);
    const id = Number(j?.id);
    await audit(tx, { action: 'jobs.post', targetType: 'job', targetId: id, unionPath: path });
    return getJob(tx, id);
  });
}

export async function reviewJob(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof reviewBody> }) {
  const admin = requireAdmin(ctx.actor);
  const j = await loadJob(ctx, id);
  if (Number(j.posted_by) === admin.accountId) throw new AppError('JOB_OWN_REVIEW');
  return transaction(ctx, async (tx) => {
    const at = now(tx);
    const done = await tx.db.query(sql`update jobs set status = ${body.approve ? 'published' : 'rejected'},
        reviewed_by = ${admin.accountId}, reviewed_at = ${at}, review_note = ${body.note ?? null},
        published_at = ${body.approve ? at : null}
      where id = ${id} and status = 'in_review' returning id`);
    if (done.length === 0) throw new AppError('JOB_WRONG_STATUS');
    await audit(tx, {
      ...(body.approve ? { action: 'jobs.approve' } : { action: 'jobs.reject' }),
      targetType: 'job',
      targetId: id,
      unionPath: j.union_path,
      after: body,
    });
    // Matching runs off the request, right after the commit (and every minute for any a stopped process left).
    if (body.approve) {
      await whenCommitted(tx, async () => {
        await tx.services.queue.send(MATCH_QUEUE, {}, { singletonKey: `${MATCH_QUEUE}:${id}` });
      });
    }
    return getJob(tx, id);
  });
}

export async function closeJob(ctx: Ctx, id: number) {
  const j = await loadJob(ctx, id);
  return transaction(ctx, async (tx) => {
    const done = await tx.db.query(sql`update jobs set status = 'closed'
      where id = ${id} and status in ('in_review', 'published') returning id`);
    if (done.length === 0) throw new AppError('JOB_WRONG_STATUS');
    await audit(tx, { action: 'jobs.close', targetType: 'job', targetId: id, unionPath: j.union_path });
    return getJob(tx, id);
  });
}

/** The job: published jobs whose closing date has passed (in China) are closed. */
export async function closeExpired(ctx: Ctx): Promise<number> {
  const rows = await ctx.db.query(sql`update jobs set status = 'closed'
    where status = 'published' and closes_on < ${chinaDay(now(ctx))}::date returning id`);
  return rows.length;
}

/** 待办: postings waiting for the caller's review (not their own). */
export async function pendingReviews(ctx: Ctx): Promise<number> {
  if (ctx.actor.kind !== 'admin') return 0;
  const [r] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from jobs j
    where j.status = 'in_review' and j.posted_by <> ${ctx.actor.accountId} and ${scoped(ctx)}`);
  return Number(r?.n ?? 0);
}
