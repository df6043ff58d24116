// Applications as the poster's side handles them: the applicants of a job (names, masked phones, their short
// profile), moved to an interview (time and place), hired or turned down, each step told to the member (the
// interview and hiring also by text) and kept in the application's history.
import type { z } from 'zod';
import { inScope, requireAdmin } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { chinaTime, notifyMember } from '../../platform/notify.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { type EventLog, recordEvent } from '../../platform/timeline.js';
import { memberRecipients } from '../members/members.recipients.js';
import { presentApplicationDetail } from './jobs.presenter.js';
import type { moveBody } from './jobs.schemas.js';
import { loadJob } from './jobs.service.js';
import type { ApplicationRow } from './jobs.tables.js';

export const applicationLog: EventLog = { table: 'job_application_events', recordColumn: 'application_id' };

export const selectApplication = sql.raw(`select a.*, j.title as job_title, j.employer_name, m.name as member_name,
    m.phone_cipher
  from job_applications a join jobs j on j.id = a.job_id join members m on m.id = a.member_id`);

export async function listApplications(
  ctx: Ctx,
  { jobId, query }: { jobId: number; query: { page: number; pageSize: number } },
) {
  await loadJob(ctx, jobId);
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectApplication} where a.job_id = ${jobId} order by a.id desc`,
      count: sql`select 1 from job_applications a where a.job_id = ${jobId}`,
    },
    (rows: ApplicationRow[]) => rows.map((a) => presentApplicationDetail(a, ctx.services.pii)),
  );
}

/** Which steps follow which: an interview may be moved again; hired, rejected and withdrawn are final. */
const from: Record<z.infer<typeof moveBody>['status'], readonly string[]> = {
  interview: ['applied', 'interview'],
  hired: ['applied', 'interview'],
  rejected: ['applied', 'interview'],
};

export async function moveApplication(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof moveBody> }) {
  requireAdmin(ctx.actor);
  const [a] = await ctx.db.query<ApplicationRow>(sql`${selectApplication} where a.id = ${id}
    and ${inScope(ctx.actor, 'job.manage', sql.raw('a.union_path'))}`);
  if (!a) throw notFound();
  const at = now(ctx);
  if (body.status === 'interview') {
    if (!body.interviewAt || new Date(body.interviewAt) <= at || !body.interviewPlace) {
      throw new AppError('JOB_INTERVIEW_INVALID', { field: 'interviewAt' });
    }
  }
  return transaction(ctx, async (tx) => {
    const moved = await tx.db.query(sql`update job_applications set status = ${body.status},
        interview_at = ${body.status === 'interview' ? new Date(body.interviewAt as string) : sql`interview_at`},
        interview_place = ${body.status === 'interview' ? (body.interviewPlace ?? null) : sql`interview_place`},
        note = ${body.note ?? null}
      where id = ${id} and status = any(${from[body.status] as string[]}::text[]) returning id`);
    if (moved.length === 0) throw new AppError('JOB_APPLICATION_WRONG_STATUS');
    const eventId = await recordEvent(tx, { log: applicationLog, recordId: id, kind: body.status, detail: body });
    const to = (await memberRecipients(tx.db, [Number(a.member_id)])).get(Number(a.member_id));
    if (to) {
      const note = body.note ?? '';
      const params: Record<string, string> = { title: a.job_title, note };
      if (body.status === 'interview') {
        params.when = chinaTime(new Date(body.interviewAt as string));
        params.place = body.interviewPlace ?? '';
      }
      await notifyMember(tx, to, `jobs.application_${body.status}`, params, `job-application:${id}:${eventId}`);
    }
    await audit(tx, {
      action: 'jobs.application_move',
      targetType: 'job_application',
      targetId: id,
      unionPath: a.union_path,
      after: { status: body.status },
    });
    const [row] = await tx.db.query<ApplicationRow>(sql`${selectApplication} where a.id = ${id}`);
    return presentApplicationDetail(row as ApplicationRow, tx.services.pii);
  });
}
