// Certificates of volunteer hours (志愿服务时长证明). The volunteer asks for one in the member app: it states their
// confirmed hours and activities at that moment under a code printed on it, checked by anyone at
// /volunteer-certificates/<code>, which shows the figures and the union with the name masked. Asking again with no new
// confirmed hours gives the same certificate; once more are confirmed, a new one. Only confirmed hours count: never
// checked-out hours the organiser has not confirmed.
import { requireMember } from '../../platform/access.js';
import { newCheckCode } from '../../platform/check-codes.js';
import { now } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { maskName } from '../../platform/mask.js';
import { sql } from '../../platform/sql.js';
import { presentHoursCertificate } from './volunteers.presenter.js';
import { requireVolunteer } from './volunteers.service.js';
import type { HoursCertificateRow } from './volunteers.tables.js';

const selectCertificate = sql.raw(`select c.code, c.volunteer_id, c.hours, c.activities, c.issued_at,
    m.name as member_name, u.name as union_name
  from volunteer_certificates c join volunteers v on v.id = c.volunteer_id join members m on m.id = v.member_id
  join unions u on u.id = m.union_id`);

export async function issueHoursCertificate(ctx: Ctx) {
  requireMember(ctx.actor);
  const v = await requireVolunteer(ctx);
  const [total] = await ctx.db.query<{ hours: string; activities: number }>(sql`select coalesce(sum(hours), 0) as hours,
      count(*)::int as activities
    from volunteer_hours where volunteer_id = ${v.id} and status = 'confirmed' and hours > 0`);
  const hours = Number(total?.hours ?? 0);
  if (hours <= 0) throw new AppError('VOLUNTEER_NO_CONFIRMED_HOURS');
  const [last] = await ctx.db.query<{ code: string; hours: string; activities: number }>(sql`select code, hours,
      activities from volunteer_certificates where volunteer_id = ${v.id} order by issued_at desc, code limit 1`);
  let code = last?.code;
  if (!last || Number(last.hours) !== hours || Number(last.activities) !== Number(total?.activities)) {
    code = newCheckCode();
    await ctx.db.query(sql`insert into volunteer_certificates (code, volunteer_id, hours, activities, issued_at)
      values (${code}, ${v.id}, ${hours}, ${total?.activities}, ${now(ctx)})`);
  }
  return myHoursCertificate(ctx, code as string);
}

/** The volunteer's own certificate, with their full name; 404 for anyone else's. */
export async function myHoursCertificate(ctx: Ctx, code: string) {
  const me = requireMember(ctx.actor).memberId ?? 0;
  const [c] = await ctx.db.query<HoursCertificateRow>(sql`${selectCertificate} where c.code = ${code}
    and v.member_id = ${me}`);
  if (!c) throw notFound();
  return presentHoursCertificate(c, c.member_name);
}

/** The public check of a printed code: hours, activities, union and date, and the holder's masked name. */
export async function verifyHoursCertificate(ctx: Ctx, code: string) {
  const [c] = await ctx.db.query<HoursCertificateRow>(sql`${selectCertificate} where c.code = ${code}`);
  if (!c) throw notFound();
  return presentHoursCertificate(c, maskName(c.member_name));
}
