// Certificates of completion (结业证书): issued once per member and course when the last lesson is finished, with
// a 12-character code printed on it. Anyone holding the paper can check the code at /verify/<code>, which shows the
// course, the union and the date, with the name masked; the member's own certificate page shows the full name.
import type { MemberActor } from '../../platform/access.js';
import { newCheckCode } from '../../platform/check-codes.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { maskName } from '../../platform/mask.js';
import { sql } from '../../platform/sql.js';
import { presentCertificate } from './courses.presenter.js';
import type { CertificateRow } from './courses.tables.js';

export const newCertificateCode = newCheckCode;

/** Issues the member's certificate for the course (once; a second call returns the first code). */
export async function issueCertificate(
  ctx: Ctx,
  { courseId, m, at }: { courseId: number; m: MemberActor & { memberId: number; unionPath: string }; at: Date },
): Promise<string> {
  await ctx.db.query(sql`insert into course_certificates (code, course_id, member_id, union_path, issued_at)
    values (${newCertificateCode()}, ${courseId}, ${m.memberId}, ${m.unionPath}, ${at})
    on conflict (course_id, member_id) do nothing`);
  await ctx.db.query(sql`update course_enrolments set completed_at = ${at}
    where course_id = ${courseId} and member_id = ${m.memberId} and completed_at is null`);
  const [k] = await ctx.db.query<{ code: string }>(sql`select code from course_certificates
    where course_id = ${courseId} and member_id = ${m.memberId}`);
  return k?.code as string;
}

async function load(ctx: Ctx, code: string): Promise<CertificateRow | undefined> {
  const [k] = await ctx.db.query<CertificateRow>(sql`select k.code, k.member_id, m.name as member_name,
      c.title as course_title, u.name as union_name, k.issued_at,
      (select count(*) from course_lessons l where l.course_id = c.id) as lessons,
      (select coalesce(sum(case when l.kind = 'video' then p.credited_seconds
          else extract(epoch from (p.completed_at - p.opened_at)) end), 0)
        from lesson_progress p join course_lessons l on l.id = p.lesson_id
        where p.course_id = c.id and p.member_id = k.member_id and p.completed_at is not null) as study_seconds
    from course_certificates k join courses c on c.id = k.course_id join unions u on u.id = c.union_id
    join members m on m.id = k.member_id
    where k.code = ${code}`);
  return k;
}

/** The member's own certificate, with their full name; 404 for anyone else's. */
export async function myCertificate(ctx: Ctx, { code, memberId }: { code: string; memberId: number }) {
  const k = await load(ctx, code);
  if (!k || Number(k.member_id) !== memberId) throw notFound();
  return presentCertificate(k, k.member_name);
}

/** The public check of a printed code: the course, union and date, and the holder's masked name. */
export async function verifyCertificate(ctx: Ctx, code: string) {
  const k = await load(ctx, code);
  if (!k) throw notFound();
  return presentCertificate(k, maskName(k.member_name));
}
