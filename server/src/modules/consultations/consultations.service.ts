// Legal consultations (法律咨询): lawyers and legal volunteers publish time slots for the subtree of
// the union they serve; a member books one. The database makes double booking impossible (a partial
// unique index on the slot) and a lawyer's open slots never overlap (an exclusion constraint).
import {
  type Actor,
  inScope,
  requireAdmin,
  requireMember,
  requirePermissionSomewhere,
  scopePaths,
} from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { chinaTime, notifyMembers } from '../../platform/notify.js';
import { sql } from '../../platform/sql.js';
import { parsePhone } from '../../platform/validators.js';
import { memberRecipients } from '../members/members.recipients.js';
import { type BookingRow, presentBooking } from './consultations.presenter.js';

const MAX_UPCOMING = 2;

const selectBooking = sql.raw(`select b.*, m.name as member_name, m.phone_cipher, s.starts_at, s.ends_at, s.mode,
  s.place, s.lawyer_account_id, a.display_name as lawyer, u.name as union_name
  from consultation_bookings b join members m on m.id = b.member_id join legal_slots s on s.id = b.slot_id
  join accounts a on a.id = s.lawyer_account_id join unions u on u.id = s.union_id`);

/** The union a lawyer serves: where they hold the lawyer role. */
function lawyerUnion(actor: Actor): { unionId: number; unionPath: string; accountId: number } {
  const admin = requireAdmin(actor);
  const grant = admin.grants.find((g) => g.role === 'lawyer');
  if (!grant || scopePaths(admin, 'legal.serve').length === 0) throw new AppError('FORBIDDEN');
  return { unionId: grant.unionId, unionPath: grant.unionPath, accountId: admin.accountId };
}

// ---- Lawyers ----------------------------------------------------------------------------------
export async function publishSlot(
  ctx: Ctx,
  input: { startsAt: string; endsAt: string; mode: 'in_person' | 'phone' | 'video'; place?: string | null },
) {
  const lawyer = lawyerUnion(ctx.actor);
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (startsAt <= now(ctx)) throw new AppError('SLOT_IN_PAST', { field: 'startsAt' });
  if (endsAt <= startsAt || endsAt.getTime() - startsAt.getTime() > 4 * 3_600_000) {
    throw new AppError('VALIDATION_FAILED', { field: 'endsAt' });
  }
  return transaction(ctx, async (ctx) => {
    try {
      const [row] = await ctx.db.query<{ id: number }>(sql`
        insert into legal_slots (lawyer_account_id, union_id, union_path, starts_at, ends_at, mode, place)
        values (${lawyer.accountId}, ${lawyer.unionId}, ${lawyer.unionPath}, ${startsAt}, ${endsAt}, ${input.mode},
          ${input.place ?? null}) returning id`);
      await audit(ctx, {
        action: 'legal.slot.publish',
        targetType: 'legal_slot',
        targetId: row?.id,
        unionPath: lawyer.unionPath,
      });
      return (await mySlots(ctx)).items.find((s) => s.id === row?.id) ?? notFoundValue();
    } catch (error) {
      // 23P01: exclusion violation (overlap); 23505: the same start twice.
      if (['23P01', '23505'].includes((error as { code?: string }).code ?? '')) throw new AppError('SLOT_OVERLAPS');
      throw error;
    }
  });
}

const notFoundValue = (): never => {
  throw notFound();
};

export async function mySlots(ctx: Ctx) {
  const lawyer = lawyerUnion(ctx.actor);
  const slots = await ctx.db.query<{
    id: number;
    starts_at: Date;
    ends_at: Date;
    mode: 'phone';
    place: string | null;
    status: 'open' | 'cancelled';
    lawyer: string;
    union_name: string;
  }>(sql`select s.*, a.display_name as lawyer, u.name as union_name from legal_slots s
    join accounts a on a.id = s.lawyer_account_id join unions u on u.id = s.union_id
    where s.lawyer_account_id = ${lawyer.accountId} and s.ends_at > ${now(ctx)}::timestamptz - interval '30 days'
    order by s.starts_at limit 200`);
  const bookings = await ctx.db.query<BookingRow>(
    sql`${selectBooking} where s.lawyer_account_id = ${lawyer.accountId} and b.status <> 'cancelled'`,
  );
  return {
    items: slots.map((s) => {
      const b = bookings.find((x) => x.slot_id === s.id);
      const booking = b ? presentBooking(ctx, { b, forLawyer: true }) : null;
      return {
        id: s.id,
        startsAt: s.starts_at.toISOString(),
        endsAt: s.ends_at.toISOString(),
        mode: s.mode,
        place: s.place,
        lawyer: s.lawyer,
        union: s.union_name,
        status: s.status,
        booked: !!b,
        booking: booking ? { ...booking, slot: undefined } : null,
      };
    }),
  };
}

/** Cancelling a slot also cancels its booking; the member sees it as cancelled. */
export async function cancelSlot(ctx: Ctx, id: number) {
  const lawyer = lawyerUnion(ctx.actor);
  return transaction(ctx, async (ctx) => {
    const updated = await ctx.db.query(sql`update legal_slots set status = 'cancelled'
      where id = ${id} and lawyer_account_id = ${lawyer.accountId} and status = 'open' returning id`);
    if (updated.length === 0) throw notFound();
    const cancelled = await ctx.db.query<{ id: number; member_id: number }>(sql`update consultation_bookings
      set status = 'cancelled', updated_at = ${now(ctx)} where slot_id = ${id} and status = 'booked'
      returning id, member_id`);
    const [slot] = await ctx.db.query<{
      starts_at: Date;
      lawyer: string;
    }>(sql`select s.starts_at, a.display_name as lawyer
      from legal_slots s join accounts a on a.id = s.lawyer_account_id where s.id = ${id}`);
    await notifyMembers(
      ctx,
      await memberRecipients(
        ctx.db,
        cancelled.map((b) => b.member_id),
      ),
      cancelled.map((b) => ({
        memberId: b.member_id,
        key: 'consultations.cancelled',
        params: { time: slot ? chinaTime(slot.starts_at) : '', lawyer: slot?.lawyer ?? '' },
        dedupeKey: `consultation:${b.id}:cancelled`,
      })),
    );
    await audit(ctx, { action: 'legal.slot.cancel', targetType: 'legal_slot', targetId: id });
    return { ok: true as const };
  });
}

export async function recordOutcome(
  ctx: Ctx,
  { bookingId, status, outcome }: { bookingId: number; status: 'completed' | 'no_show'; outcome: string | null },
) {
  const lawyer = lawyerUnion(ctx.actor);
  return transaction(ctx, async (ctx) => {
    const [b] = await ctx.db.query<BookingRow>(sql`${selectBooking} where b.id = ${bookingId} for update of b`);
    if (!b || Number(b.lawyer_account_id) !== lawyer.accountId) throw notFound();
    if (b.status !== 'booked') throw new AppError('BOOKING_WRONG_STATE');
    await ctx.db.query(sql`update consultation_bookings set status = ${status}, outcome = ${outcome},
      updated_at = ${now(ctx)} where id = ${bookingId}`);
    await audit(ctx, { action: 'legal.outcome', targetType: 'consultation', targetId: bookingId, detail: { status } });
    const [row] = await ctx.db.query<BookingRow>(sql`${selectBooking} where b.id = ${bookingId}`);
    if (!row) throw notFound();
    return presentBooking(ctx, { b: row, forLawyer: true });
  });
}

// ---- Members ----------------------------------------------------------------------------------
async function memberPath(ctx: Ctx): Promise<{ memberId: number; path: string }> {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId || !actor.unionPath) throw new AppError('CARD_NOT_AVAILABLE');
  return { memberId: actor.memberId, path: actor.unionPath };
}

/** Open future slots of lawyers serving a union on the member's path. */
export async function availableSlots(ctx: Ctx) {
  const me = await memberPath(ctx);
  const rows = await ctx.db.query<{
    id: number;
    starts_at: Date;
    ends_at: Date;
    mode: 'phone';
    place: string | null;
    lawyer: string;
    union_name: string;
    union_path: string;
    booked: boolean;
  }>(sql`select s.*, a.display_name as lawyer, u.name as union_name,
      exists (select 1 from consultation_bookings b where b.slot_id = s.id and b.status <> 'cancelled') as booked
    from legal_slots s join accounts a on a.id = s.lawyer_account_id join unions u on u.id = s.union_id
    where s.status = 'open' and s.starts_at > ${now(ctx)} and ${me.path} like s.union_path || '%'
    order by s.starts_at limit 100`);
  return {
    items: rows.map((s) => ({
      id: s.id,
      startsAt: s.starts_at.toISOString(),
      endsAt: s.ends_at.toISOString(),
      mode: s.mode,
      place: s.place,
      lawyer: s.lawyer,
      union: s.union_name,
      status: 'open' as const,
      booked: s.booked,
      booking: null,
    })),
  };
}

export async function book(ctx: Ctx, { slotId, topic }: { slotId: number; topic: string }) {
  const me = await memberPath(ctx);
  return transaction(ctx, async (ctx) => {
    const [slot] = await ctx.db.query<{ union_path: string; status: string; starts_at: Date }>(
      sql`select union_path, status, starts_at from legal_slots where id = ${slotId}`,
    );
    if (!slot || !me.path.startsWith(slot.union_path)) throw notFound();
    if (slot.status !== 'open' || slot.starts_at <= now(ctx)) throw new AppError('SLOT_NOT_AVAILABLE');
    const [upcoming] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from consultation_bookings b
      join legal_slots s on s.id = b.slot_id
      where b.member_id = ${me.memberId} and b.status = 'booked' and s.starts_at > ${now(ctx)}`);
    if ((upcoming?.n ?? 0) >= MAX_UPCOMING) throw new AppError('BOOKING_LIMIT', { max: MAX_UPCOMING });
    let id: number;
    try {
      const [row] = await ctx.db.query<{ id: number }>(sql`insert into consultation_bookings (slot_id, member_id, topic)
        values (${slotId}, ${me.memberId}, ${topic}) returning id`);
      id = row?.id ?? 0;
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new AppError('SLOT_TAKEN');
      throw error;
    }
    const [row] = await ctx.db.query<BookingRow>(sql`${selectBooking} where b.id = ${id}`);
    if (!row) throw notFound();
    return presentBooking(ctx, { b: row, forLawyer: false });
  });
}

export async function myBookings(ctx: Ctx) {
  const me = await memberPath(ctx);
  const rows = await ctx.db.query<BookingRow>(
    sql`${selectBooking} where b.member_id = ${me.memberId} order by s.starts_at desc limit 50`,
  );
  return { items: rows.map((r) => presentBooking(ctx, { b: r, forLawyer: false })) };
}

export async function cancelBooking(ctx: Ctx, id: number) {
  const me = await memberPath(ctx);
  return transaction(ctx, async (ctx) => {
    const [b] = await ctx.db.query<BookingRow>(sql`${selectBooking} where b.id = ${id} for update of b`);
    if (!b || Number(b.member_id) !== me.memberId) throw notFound();
    if (b.status !== 'booked' || b.starts_at <= now(ctx)) throw new AppError('BOOKING_WRONG_STATE');
    await ctx.db.query(
      sql`update consultation_bookings set status = 'cancelled', updated_at = ${now(ctx)} where id = ${id}`,
    );
    const [row] = await ctx.db.query<BookingRow>(sql`${selectBooking} where b.id = ${id}`);
    if (!row) throw notFound();
    return presentBooking(ctx, { b: row, forLawyer: false });
  });
}

// ---- Reminders --------------------------------------------------------------------------------
/** Texts every member whose consultation starts within 24 hours, once. Returns how many were sent. */
export async function sendReminders(ctx: Ctx): Promise<number> {
  const due = await ctx.db.query<BookingRow>(sql`${selectBooking}
    where b.status = 'booked' and b.reminded_at is null
      and s.starts_at > ${now(ctx)} and s.starts_at <= ${now(ctx)}::timestamptz + interval '24 hours'`);
  let sent = 0;
  for (const b of due) {
    // Claim the reminder first, so two processes never text twice.
    const claimed = await ctx.db.query(sql`update consultation_bookings set reminded_at = ${now(ctx)}
      where id = ${b.id} and reminded_at is null returning id`);
    if (claimed.length === 0) continue;
    const phone = parsePhone(ctx.services.pii.decrypt(b.phone_cipher));
    if (!phone) continue;
    const time = new Date(b.starts_at.getTime() + 8 * 3_600_000).toISOString().slice(5, 16).replace('T', ' ');
    await ctx.services.sms.send({
      phone,
      phoneHash: ctx.services.pii.hash('phone', phone),
      template: 'consultation_reminder',
      params: { time, lawyer: b.lawyer },
    });
    sent += 1;
  }
  return sent;
}

// ---- Overview for the union (no member identities, no topics) --------------------------------
/**
 * How the legal service is used in the caller's subtree over a period: per lawyer, the slots published and
 * what became of them. Who booked and about what stays between the member and the lawyer.
 */
export async function consultationOverview(ctx: Ctx, q: { from: string; to: string }) {
  const admin = requirePermissionSomewhere(ctx.actor, 'case.handle');
  const from = new Date(`${q.from}T00:00:00+08:00`);
  const to = new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000);
  if (!(to > from) || to.getTime() - from.getTime() > 366 * 86_400_000)
    throw new AppError('VALIDATION_FAILED', { field: 'to' });
  const rows = await ctx.db.query<{
    lawyer_account_id: number;
    lawyer: string;
    union_name: string;
    slots: number;
    cancelled_slots: number;
    booked: number;
    completed: number;
    no_show: number;
    cancelled_bookings: number;
  }>(sql`
    select s.lawyer_account_id, a.display_name as lawyer, min(u.name) as union_name,
      count(distinct s.id) filter (where s.status = 'open')::int as slots,
      count(distinct s.id) filter (where s.status = 'cancelled')::int as cancelled_slots,
      count(b.id) filter (where b.status = 'booked')::int as booked,
      count(b.id) filter (where b.status = 'completed')::int as completed,
      count(b.id) filter (where b.status = 'no_show')::int as no_show,
      count(b.id) filter (where b.status = 'cancelled')::int as cancelled_bookings
    from legal_slots s join accounts a on a.id = s.lawyer_account_id join unions u on u.id = s.union_id
      left join consultation_bookings b on b.slot_id = s.id
    where ${inScope(admin, 'case.handle', sql.raw('s.union_path'))} and s.starts_at >= ${from} and s.starts_at < ${to}
    group by s.lawyer_account_id, a.display_name order by a.display_name`);
  return {
    from: q.from,
    to: q.to,
    items: rows.map((r) => ({
      lawyerAccountId: r.lawyer_account_id,
      lawyer: r.lawyer,
      union: r.union_name,
      slots: r.slots,
      cancelledSlots: r.cancelled_slots,
      booked: r.booked,
      completed: r.completed,
      noShow: r.no_show,
      cancelledBookings: r.cancelled_bookings,
    })),
  };
}
