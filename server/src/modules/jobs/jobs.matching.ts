// Reaching the workers who need a job. A member opts in as a job seeker (what kinds of work, skills, how far, the
// least pay) with their consent recorded; withdrawing it keeps the record and stops every suggestion. When a job is
// published, the jobs.match job suggests it, in one statement, to every consenting seeker of the job's subtree it
// fits: the kind they want, pay at least their least, within their distance, and a skill in common (or any job for a
// seeker who named no skill, or who has an active hardship case that names unemployment). Each suggestion keeps its
// reasons, shown to the member and sent in the message; the officers see only how many were reached.
import type { z } from 'zod';
import { requireMember } from '../../platform/access.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { notifyMembers } from '../../platform/notify.js';
import { sql } from '../../platform/sql.js';
import { memberRecipients } from '../members/members.recipients.js';
import { presentSeeker } from './jobs.presenter.js';
import type { seekerBody } from './jobs.schemas.js';
import { kmFrom } from './jobs.search.js';
import { type MatchReason, payUnitZh, type SeekerRow } from './jobs.tables.js';

function memberOf(ctx: Ctx) {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId || !actor.unionPath) throw new AppError('JOB_NOT_MEMBER');
  return { memberId: actor.memberId, unionPath: actor.unionPath };
}

export async function mySeeker(ctx: Ctx) {
  const { memberId } = memberOf(ctx);
  const [s] = await ctx.db.query<SeekerRow>(sql`select * from job_seekers where member_id = ${memberId}`);
  return { seeker: s ? presentSeeker(s) : null };
}

/** Opts in (consent given now) or out (consent withdrawn now); what the seeker looks for is kept either way. */
export async function setSeeker(ctx: Ctx, body: z.infer<typeof seekerBody>) {
  const { memberId, unionPath } = memberOf(ctx);
  const at = now(ctx);
  await ctx.db.query(sql`insert into job_seekers (member_id, union_path, kinds, skills, lat, lng, within_km, min_pay,
      consent, consented_at, withdrawn_at, updated_at)
    values (${memberId}, ${unionPath}, ${body.kinds}::text[], ${[...new Set(body.skills)]}::text[], ${body.lat ?? null},
      ${body.lng ?? null}, ${body.withinKm ?? null}, ${body.minPay ?? null}, ${body.consent},
      ${body.consent ? at : null}, ${body.consent ? null : at}, ${at})
    on conflict (member_id) do update set union_path = excluded.union_path, kinds = excluded.kinds,
      skills = excluded.skills, lat = excluded.lat, lng = excluded.lng, within_km = excluded.within_km,
      min_pay = excluded.min_pay, consent = excluded.consent,
      consented_at = case when excluded.consent and not job_seekers.consent then excluded.consented_at
        when excluded.consent then job_seekers.consented_at else job_seekers.consented_at end,
      withdrawn_at = case when excluded.consent then null
        when job_seekers.consent then excluded.withdrawn_at else job_seekers.withdrawn_at end,
      updated_at = excluded.updated_at`);
  return mySeeker(ctx);
}

interface MatchJob {
  id: number;
  union_path: string;
  title: string;
  employer_name: string;
  kind: 'gig' | 'long_term';
  skills: string[];
  lat: number | null;
  lng: number | null;
  pay_min: number;
  pay_max: number;
  pay_unit: keyof typeof payUnitZh;
  station_id: number | null;
}

/** Matches one published job to the consenting seekers it fits; returns the new suggestions with their reasons. */
export async function matchJob(ctx: Ctx, job: MatchJob): Promise<Array<{ member_id: number; reasons: MatchReason[] }>> {
  const km = job.lat !== null && job.lng !== null ? kmFrom(job.lat, job.lng, sql.raw('s')) : sql`null::float8`;
  // The pool is three disjoint sets, each from an index: a skill in common, no skill named, an open hardship case
  // naming unemployment (and no skill in common). Only they are joined to their membership and measured.
  const skills = sql`${job.skills}::text[]`;
  return ctx.db.query<{ member_id: number; reasons: MatchReason[] }>(sql`
    with hardship as (
      select distinct member_id from assistance_applications
      where employment = 'unemployed' and status in ('submitted', 'proposed', 'approved') and member_id is not null
    ), pool as (
      select s.* from job_seekers s where s.consent and s.skills && ${skills}
      union all
      select s.* from job_seekers s where s.consent and cardinality(s.skills) = 0
      union all
      select s.* from job_seekers s join hardship h on h.member_id = s.member_id
      where s.consent and cardinality(s.skills) > 0 and not (s.skills && ${skills})
    ), fitting as materialized (
      -- What the profile alone decides (kind, pay, distance) first; the membership is read for those left only.
      select s.member_id, s.skills, s.min_pay, s.within_km, ${km} as km
      from pool s
      where ${job.kind} = any(s.kinds) and (s.min_pay is null or s.min_pay <= ${job.pay_max})
    ), candidates as (
      select f.member_id, f.skills, f.min_pay, f.within_km, f.km,
        array(select unnest(f.skills) intersect select unnest(${skills})) as common,
        (h.member_id is not null) as hardship
      from fitting f join members m on m.id = f.member_id
      left join hardship h on h.member_id = f.member_id
      where (f.within_km is null or f.km is null or f.km <= f.within_km)
        and m.status = 'active' and starts_with(m.union_path, ${job.union_path})
    )
    insert into job_matches (job_id, member_id, reasons)
    select ${job.id}, member_id,
      jsonb_build_array(jsonb_build_object('code', 'kind', 'kind', ${job.kind}::text))
      || case when cardinality(common) > 0
           then jsonb_build_array(jsonb_build_object('code', 'skills', 'skills', to_jsonb(common))) else '[]' end
      || case when km is not null then jsonb_build_array(jsonb_build_object('code', 'distance', 'km',
           round(km::numeric, 1))) else '[]' end
      || case when min_pay is not null then jsonb_build_array(jsonb_build_object('code', 'pay', 'minPay', min_pay))
           else '[]' end
      || case when hardship then '[{"code": "hardship"}]'::jsonb else '[]' end
    from candidates
    where (within_km is null or km is null or km <= within_km)
      and (cardinality(skills) = 0 or cardinality(common) > 0 or hardship)
    on conflict do nothing
    returning member_id, reasons`);
}

/** The reasons in words, for the message (the app shows them from the reasons themselves). */
export function reasonsText(reasons: MatchReason[]): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  for (const r of reasons) {
    if (r.code === 'kind') {
      zh.push(r.kind === 'gig' ? '你想找零工' : '你想找长期工作');
      en.push(r.kind === 'gig' ? 'you look for gigs' : 'you look for long-term work');
    } else if (r.code === 'skills') {
      zh.push(`技能相符：${r.skills.join('、')}`);
      en.push(`your skills: ${r.skills.join(', ')}`);
    } else if (r.code === 'distance') {
      zh.push(`距离约 ${r.km} 公里`);
      en.push(`about ${r.km} km away`);
    } else if (r.code === 'pay') {
      zh.push(`薪酬不低于你要求的 ${r.minPay}`);
      en.push(`pays at least your ${r.minPay}`);
    } else {
      zh.push('你正在申请困难帮扶，优先推荐');
      en.push('you have an open hardship case');
    }
  }
  return { zh: zh.join('；'), en: en.join('; ') };
}

const BATCH = 1000;

/** The job: published jobs not matched yet, each matched and its seekers told (inbox and text), once. */
export async function runMatching(ctx: Ctx): Promise<number> {
  const jobs = await ctx.db.query<MatchJob>(sql`select id, union_path, title, employer_name, kind, skills, lat, lng,
      pay_min, pay_max, pay_unit, station_id
    from jobs where status = 'published' and matched_at is null order by id limit 20`);
  for (const job of jobs) {
    await transaction(ctx, async (tx) => {
      // Claimed under a row lock: two workers never match the same job.
      const [mine] = await tx.db.query(sql`select id from jobs where id = ${job.id} and matched_at is null for update`);
      if (!mine) return;
      const matches = await matchJob(tx, job);
      const pay = `${job.pay_min}–${job.pay_max} 元/${payUnitZh[job.pay_unit]}`;
      for (let i = 0; i < matches.length; i += BATCH) {
        const batch = matches.slice(i, i + BATCH);
        const recipients = await memberRecipients(
          tx.db,
          batch.map((m) => Number(m.member_id)),
        );
        await notifyMembers(
          tx,
          recipients,
          batch.map((m) => {
            const why = reasonsText(m.reasons);
            return {
              memberId: Number(m.member_id),
              key: 'jobs.job_suggested',
              params: { title: job.title, employer: job.employer_name, pay, why: why.zh, whyEn: why.en },
              dedupeKey: `job:${job.id}:suggested:${m.member_id}`,
            };
          }),
        );
      }
      const walkins = job.station_id ? await tellWalkins(tx, { job, pay }) : 0;
      await tx.db.query(sql`update jobs set matched_at = ${now(tx)},
          reached = (select count(*) from job_matches where job_id = ${job.id}) + ${walkins}
        where id = ${job.id}`);
    });
  }
  return jobs.length;
}

/**
 * A gig posted at a station is texted to the station's consenting walk-ins (not members) whose kind fits and who
 * named no skill or one the gig asks for. Returns how many were told.
 */
async function tellWalkins(ctx: Ctx, { job, pay }: { job: MatchJob; pay: string }): Promise<number> {
  const rows = await ctx.db.query<{ id: number; phone_hash: string; phone_cipher: string; common: string[] }>(sql`
    select w.id, w.phone_hash, w.phone_cipher,
      array(select unnest(w.skills) intersect select unnest(${job.skills}::text[])) as common
    from job_walkins w
    where w.station_id = ${job.station_id} and w.consent and ${job.kind} = any(w.kinds)
      and (cardinality(w.skills) = 0 or w.skills && ${job.skills}::text[])`);
  const recipients = new Map(
    rows.map((w) => [Number(w.id), { phone_hash: w.phone_hash, phone_cipher: w.phone_cipher }]),
  );
  return notifyMembers(
    ctx,
    recipients,
    rows.map((w) => {
      const reasons: MatchReason[] = [{ code: 'kind', kind: job.kind }];
      if (w.common.length > 0) reasons.push({ code: 'skills', skills: w.common });
      const why = reasonsText(reasons);
      return {
        memberId: Number(w.id),
        key: 'jobs.job_suggested',
        params: { title: job.title, employer: job.employer_name, pay, why: why.zh, whyEn: why.en },
        dedupeKey: `job:${job.id}:walkin:${w.id}`,
      };
    }),
  );
}
