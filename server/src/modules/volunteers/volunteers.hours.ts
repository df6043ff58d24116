// Confirming volunteer hours. The organiser (a cadre over the activity) sees each sign-up with its check-in,
// check-out and hours, and confirms or rejects them in one go. Confirmed hours earn the points of the rules in force
// at the activity's union (hour_points for each hour, rounded to a whole point), posted to the ledger in the same
// transaction, set-based (thousands in one batch), each under the key `volunteer-hours:<id>`, so never twice. A cadre
// cannot confirm their own hours (their account's reminder phone is the volunteer's).
import type { z } from 'zod';
import { requireAdmin, requireMember } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { maskPhone } from '../../platform/mask.js';
import { sql } from '../../platform/sql.js';
import { earnedExpiry, type LedgerTx, memberAccounts, poolAccount, post } from '../points/points.ledger.js';
import { loadActivity } from './volunteers.activities.js';
import { ruleFor } from './volunteers.points.js';
import type { confirmHoursBody } from './volunteers.schemas.js';
import { requireVolunteer } from './volunteers.service.js';

interface HoursRow {
  id: number;
  volunteer_id: number;
  member_id: number;
  name: string;
  phone_cipher: string;
  phone_hash: string;
  status: 'signed' | 'checked_in' | 'checked_out' | 'confirmed' | 'rejected';
  checkin_at: Date | null;
  checkout_at: Date | null;
  hours: string | null;
  points: number | null;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export async function activitySignups(ctx: Ctx, id: number) {
  await loadActivity(ctx, id);
  const rows = await ctx.db.query<HoursRow>(sql`select h.*, v.member_id, m.name, m.phone_cipher, m.phone_hash
    from volunteer_hours h join volunteers v on v.id = h.volunteer_id join members m on m.id = v.member_id
    where h.activity_id = ${id} order by h.id`);
  return {
    items: rows.map((h) => ({
      id: Number(h.id),
      name: h.name,
      phone: maskPhone(ctx.services.pii.decrypt(h.phone_cipher)),
      status: h.status,
      checkinAt: iso(h.checkin_at),
      checkoutAt: iso(h.checkout_at),
      hours: h.hours === null ? null : Number(h.hours),
      points: h.points,
    })),
  };
}

/** Confirms (or rejects) checked-out hours of an activity: the ones named, or every one waiting when none are. */
export async function confirmHours(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof confirmHoursBody> }) {
  const admin = requireAdmin(ctx.actor);
  const activity = await loadActivity(ctx, id);
  return transaction(ctx, async (tx) => {
    const waiting = await tx.db.query<HoursRow>(sql`select h.*, v.member_id, m.phone_hash
      from volunteer_hours h join volunteers v on v.id = h.volunteer_id join members m on m.id = v.member_id
      where h.activity_id = ${id} and h.status = 'checked_out'
        ${body.ids ? sql`and h.id = any(${body.ids}::bigint[])` : sql``}
      order by h.id for update of h`);
    const [me] = await tx.db.query<{ phone_hash: string | null }>(sql`select phone_hash from accounts
      where id = ${admin.accountId}`);
    if (me?.phone_hash && waiting.some((h) => h.phone_hash === me.phone_hash))
      throw new AppError('VOLUNTEER_OWN_HOURS');
    const at = now(tx);
    if (!body.approve) {
      await tx.db.query(sql`update volunteer_hours set status = 'rejected', confirmed_by = ${admin.accountId},
          confirmed_at = ${at}
        where id = any(${waiting.map((h) => Number(h.id))}::bigint[])`);
    } else {
      const rule = await ruleFor(tx, activity.union_path);
      const pointsOf = (h: HoursRow) => Math.round(Number(h.hours ?? 0) * Number(rule?.hour_points ?? 0));
      const paid = waiting.filter((h) => pointsOf(h) > 0);
      if (rule && paid.length > 0) {
        const accounts = await memberAccounts(
          tx.db,
          paid.map((h) => Number(h.member_id)),
        );
        const pool = await poolAccount(tx.db, Number(rule.union_id));
        const expiresAt = earnedExpiry(at, tx.services.config.pointsExpiry);
        const txs: LedgerTx[] = paid.map((h) => ({
          kind: 'reward',
          reason:
            `志愿活动：${activity.title} ${Number(h.hours)} 小时 × ${rule.hour_points} 分，按${rule.union_name}志愿积分规则第 ${rule.version} 版`.slice(
              0,
              200,
            ),
          source: `volunteer-activity:${id}`,
          idemKey: `volunteer-hours:${h.id}`,
          unionId: Number(rule.union_id),
          actorAccountId: admin.accountId,
          postings: [
            { debit: pool, credit: accounts.get(Number(h.member_id)) as number, amount: pointsOf(h), expiresAt },
          ],
        }));
        await post(tx.db, txs);
      }
      const ids = waiting.map((h) => Number(h.id));
      await tx.db.query(sql`update volunteer_hours h set status = 'confirmed', confirmed_by = ${admin.accountId},
          confirmed_at = ${at}, points = p.points
        from unnest(${ids}::bigint[], ${waiting.map(pointsOf)}::int[]) as p(id, points)
        where h.id = p.id`);
    }
    await audit(tx, {
      ...(body.approve ? { action: 'volunteers.hours_confirm' } : { action: 'volunteers.hours_reject' }),
      targetType: 'volunteer_activity',
      targetId: id,
      unionPath: activity.union_path,
      after: { count: waiting.length },
    });
    return { count: waiting.length };
  });
}

/** My hours: every activity signed up for, and the confirmed total (what a certificate of hours states). */
export async function myHours(ctx: Ctx) {
  requireMember(ctx.actor);
  const v = await requireVolunteer(ctx);
  const rows = await ctx.db.query<{
    id: number;
    title: string;
    starts_at: Date;
    status: HoursRow['status'];
    hours: string | null;
    points: number | null;
    union_name: string;
  }>(sql`select h.id, a.title, a.starts_at, h.status, h.hours, h.points, u.name as union_name
    from volunteer_hours h join volunteer_activities a on a.id = h.activity_id join unions u on u.id = a.union_id
    where h.volunteer_id = ${v.id} order by a.starts_at desc`);
  const confirmed = rows.filter((r) => r.status === 'confirmed');
  return {
    name: v.name,
    totalHours: Math.round(confirmed.reduce((s, r) => s + Number(r.hours ?? 0), 0) * 10) / 10,
    items: rows.map((r) => ({
      id: Number(r.id),
      activity: r.title,
      union: r.union_name,
      startsAt: new Date(r.starts_at).toISOString(),
      status: r.status,
      hours: r.hours === null ? null : Number(r.hours),
      points: r.points,
    })),
  };
}
