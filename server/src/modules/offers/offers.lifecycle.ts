// What happens to a claim after the rush: cancellation (refund, voucher void, the place re-offered to
// the waitlist at once), waitlist holds that expire, the lottery draw, check-in at the door, feedback.
// Every change locks the offer row first, the same lock the engine's commits take.
import crypto from 'node:crypto';
import { can, requireMember, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { type Ctx, transaction } from '../../platform/context.js';
import type { Queryable } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { chinaTime, notifyMembers } from '../../platform/notify.js';
import { sql } from '../../platform/sql.js';
import { memberRecipients } from '../members/members.recipients.js';
import { memberAccount, memberAccounts, poolAccount, post } from '../points/points.ledger.js';
import { issueVouchers, voidVouchersOfClaims } from '../vouchers/vouchers.issue.js';
import { loadOffer } from './offers.lookup.js';
import type { ClaimStatus, OfferRow } from './offers.tables.js';

export interface ClaimRow {
  id: number;
  offer_id: number;
  member_id: number;
  quantity: number;
  status: ClaimStatus;
  rank: number | null;
  hold_expires_at: Date | null;
  points_spent: number;
  checked_in_at: Date | null;
  decision_reason: string | null;
}

export const lockOffer = (db: Queryable, id: number) => loadOffer(db, id, true);

export const event = (
  db: Queryable,
  claimIds: number[],
  kind: string,
  actor: number | null,
  note: string | null = null,
) =>
  claimIds.length === 0
    ? Promise.resolve([])
    : db.query(sql`
        insert into claim_events (claim_id, kind, actor_account_id, note)
        select c, ${kind}, ${actor}, ${note} from unnest(${claimIds}::bigint[]) as c`);

export const actorId = (ctx: Ctx) => (ctx.actor.kind === 'admin' ? ctx.actor.accountId : null);

/** Releases claims: stock and per-member units back, points refunded, vouchers void. The offer row is locked. */
export async function releaseClaims(
  ctx: Ctx,
  {
    offer,
    claimIds,
    kind,
    note,
    reoffer = true,
  }: { offer: OfferRow; claimIds: number[]; kind: string; note: string | null; reoffer?: boolean },
) {
  if (claimIds.length === 0) return;
  const claims = await ctx.db.query<ClaimRow>(sql`
    select * from claims where id = any(${claimIds}::bigint[])
      and status in ('confirmed', 'applied', 'waitlisted', 'offered') for update`);
  const stock = claims.filter((c) => c.status === 'confirmed' || c.status === 'offered');
  const held = claims.filter((c) => c.status === 'confirmed' || c.status === 'applied');
  const freed = stock.reduce((n, c) => n + c.quantity, 0);
  if (freed > 0) await ctx.db.query(sql`update offers set taken = taken - ${freed} where id = ${offer.id}`);
  for (const c of held) {
    await ctx.db.query(sql`
      update offer_holdings set units = units - ${c.quantity} where offer_id = ${offer.id} and member_id = ${c.member_id}`);
  }
  const refunds = claims.filter((c) => Number(c.points_spent) > 0);
  if (refunds.length > 0) {
    const pool = await poolAccount(ctx.db, offer.union_id);
    const accounts = await memberAccounts(
      ctx.db,
      refunds.map((c) => c.member_id),
    );
    await post(
      ctx.db,
      refunds.map((c) => ({
        kind: 'offer_refund' as const,
        reason: `offer:${offer.id}`,
        source: `claim:${c.id}`,
        idemKey: `refund:claim:${c.id}`,
        unionId: offer.union_id,
        postings: [{ debit: pool, credit: accounts.get(c.member_id) as number, amount: Number(c.points_spent) }],
      })),
    );
  }
  await voidVouchersOfClaims(ctx.db, claimIds);
  await ctx.db.query(sql`
    update claims set status = 'cancelled', cancelled_at = now() where id = any(${claims.map((c) => c.id)}::bigint[])`);
  await event(
    ctx.db,
    claims.map((c) => c.id),
    kind,
    actorId(ctx),
    note,
  );
  await ctx.db.query(sql`update offers set version = version + 1 where id = ${offer.id}`);
  if (kind === 'offer_cancelled') {
    await notifyMembers(
      ctx,
      await memberRecipients(
        ctx.db,
        claims.map((c) => c.member_id),
      ),
      claims.map((c) => ({
        memberId: c.member_id,
        key: 'offers.offer_cancelled',
        params: { offer: offer.title, reason: note ?? '' },
        dedupeKey: `claim:${c.id}:cancelled`,
      })),
    );
  }
  if (reoffer && freed > 0) await reofferPlaces(ctx, offer.id);
}

/** Free places go to the head of the waitlist at once, held for `accept_minutes`. */
export async function reofferPlaces(ctx: Ctx, offerId: number) {
  const o = await lockOffer(ctx.db, offerId);
  const until = (o.starts_at ?? o.closes_at).getTime();
  if (o.status !== 'published' || !o.waitlist || Date.now() >= until) return;
  let free = o.capacity - o.taken;
  const waiting = await ctx.db.query<{ id: number; quantity: number }>(sql`
    select id, quantity from claims where offer_id = ${offerId} and status = 'waitlisted' order by rank, id`);
  const offered: number[] = [];
  for (const w of waiting) {
    if (w.quantity > free) break;
    free -= w.quantity;
    offered.push(w.id);
  }
  if (offered.length === 0) return;
  const taken = o.capacity - o.taken - free;
  const held = await ctx.db.query<{ id: number; member_id: number; hold_expires_at: Date }>(sql`
    update claims set status = 'offered', hold_expires_at = now() + make_interval(mins => ${o.accept_minutes})
    where id = any(${offered}::bigint[]) returning id, member_id, hold_expires_at`);
  await ctx.db.query(sql`update offers set taken = taken + ${taken}, version = version + 1 where id = ${offerId}`);
  await event(ctx.db, offered, 'offered', null);
  await notifyMembers(
    ctx,
    await memberRecipients(
      ctx.db,
      held.map((c) => c.member_id),
    ),
    held.map((c) => ({
      memberId: c.member_id,
      key: 'offers.waitlist_offered',
      params: { offer: o.title, deadline: chinaTime(c.hold_expires_at) },
      dedupeKey: `claim:${c.id}:offered:${c.hold_expires_at.getTime()}`,
    })),
  );
}

/** Job: holds not accepted in time expire and pass to the next on the waitlist. */
export async function expireHolds(ctx: Ctx): Promise<number> {
  const due = await ctx.db.query<{ id: number; offer_id: number; quantity: number }>(sql`
    select id, offer_id, quantity from claims where status = 'offered' and hold_expires_at <= now() order by offer_id`);
  for (const offerId of new Set(due.map((c) => c.offer_id))) {
    await transaction(ctx, async (tx) => {
      await lockOffer(tx.db, offerId);
      const expired = await tx.db.query<{ id: number; quantity: number }>(sql`
        update claims set status = 'expired' where offer_id = ${offerId} and status = 'offered' and hold_expires_at <= now()
        returning id, quantity`);
      const freed = expired.reduce((n, c) => n + c.quantity, 0);
      await tx.db.query(sql`update offers set taken = taken - ${freed}, version = version + 1 where id = ${offerId}`);
      await event(
        tx.db,
        expired.map((c) => c.id),
        'hold_expired',
        null,
      );
      await reofferPlaces(tx, offerId);
    });
  }
  return due.length;
}

export async function issueFor(
  db: Queryable,
  offer: OfferRow,
  claims: Array<{ id: number; member_id: number; quantity: number }>,
) {
  if (offer.kind !== 'voucher' || claims.length === 0) return;
  await issueVouchers(
    db,
    offer.id,
    claims.map((c) => ({ claimId: c.id, memberId: c.member_id, quantity: c.quantity })),
  );
}

/** The member's own claim; locked only after its offer (the engine's lock order: offer, then claims). */
export async function myClaim(
  ctx: Ctx,
  { claimId, lock = false }: { claimId: number; lock?: boolean },
): Promise<ClaimRow> {
  const member = requireMember(ctx.actor);
  const [c] = await ctx.db.query<ClaimRow>(
    lock ? sql`select * from claims where id = ${claimId} for update` : sql`select * from claims where id = ${claimId}`,
  );
  if (!c || c.member_id !== member.memberId) throw notFound();
  return c;
}

export async function acceptOffered(ctx: Ctx, claimId: number) {
  return transaction(ctx, async (tx) => {
    const first = await myClaim(tx, { claimId });
    const o = await lockOffer(tx.db, first.offer_id);
    const c = await myClaim(tx, { claimId, lock: true });
    if (c.status !== 'offered' || !c.hold_expires_at || c.hold_expires_at.getTime() <= Date.now()) {
      throw new AppError('CLAIM_NOT_OFFERED');
    }
    try {
      await tx.db.query(sql`
        insert into offer_holdings (offer_id, member_id, units, limit_units)
        values (${o.id}, ${c.member_id}, ${c.quantity}, ${o.per_member_limit})
        on conflict (offer_id, member_id) do update set units = offer_holdings.units + excluded.units`);
    } catch (e) {
      if ((e as { code?: string }).code === '23514')
        throw new AppError('CLAIM_LIMIT_REACHED', { limit: o.per_member_limit });
      throw e;
    }
    const price = Number(o.points_cost) * c.quantity;
    if (price > 0) {
      await post(tx.db, [
        {
          kind: 'offer_spend',
          reason: `offer:${o.id}`,
          source: `claim:${c.id}`,
          idemKey: `claim:${c.id}`,
          unionId: o.union_id,
          postings: [
            {
              debit: await memberAccount(tx.db, c.member_id),
              credit: await poolAccount(tx.db, o.union_id),
              amount: price,
            },
          ],
        },
      ]);
    }
    await tx.db.query(sql`
      update claims set status = 'confirmed', hold_expires_at = null, points_spent = ${price} where id = ${c.id}`);
    await issueFor(tx.db, o, [c]);
    await event(tx.db, [c.id], 'accepted', null);
    await tx.db.query(sql`update offers set version = version + 1 where id = ${o.id}`);
    return { ok: true as const };
  });
}

/** Whether a member may still cancel this claim (and why not). */
export function cancellable(
  o: Pick<OfferRow, 'cancel_hours' | 'starts_at' | 'valid_until' | 'closes_at'>,
  c: Pick<ClaimRow, 'status' | 'checked_in_at'>,
  redeemed: boolean,
  now = Date.now(),
): boolean {
  if (c.status === 'waitlisted' || c.status === 'offered' || c.status === 'applied') return true;
  if (c.status !== 'confirmed' || c.checked_in_at || redeemed || o.cancel_hours === null) return false;
  const anchor = (o.starts_at ?? o.valid_until ?? o.closes_at).getTime();
  return now <= anchor - o.cancel_hours * 3_600_000;
}

export async function cancelMyClaim(ctx: Ctx, claimId: number) {
  return transaction(ctx, async (tx) => {
    const first = await myClaim(tx, { claimId });
    const o = await lockOffer(tx.db, first.offer_id);
    const c = await myClaim(tx, { claimId, lock: true });
    const [v] = await tx.db.query<{ n: number }>(
      sql`select count(*)::int as n from vouchers where claim_id = ${c.id} and status = 'redeemed'`,
    );
    if (!cancellable(o, c, (v?.n ?? 0) > 0)) throw new AppError('CLAIM_NOT_CANCELLABLE');
    await releaseClaims(tx, { offer: o, claimIds: [c.id], kind: 'cancelled_by_member', note: null });
    return { ok: true as const };
  });
}

export async function joinWaitlist(ctx: Ctx, { offerId, who }: { offerId: number; who: { unionPath: string } }) {
  const member = requireMember(ctx.actor);
  return transaction(ctx, async (tx) => {
    const o = await lockOffer(tx.db, offerId);
    const now = Date.now();
    if (!who.unionPath.startsWith(o.union_path)) throw notFound();
    const until = (o.starts_at ?? o.closes_at).getTime();
    if (
      o.status !== 'published' ||
      o.mode !== 'first_come' ||
      !o.waitlist ||
      now < o.opens_at.getTime() ||
      now >= until ||
      o.taken < o.capacity
    ) {
      throw new AppError('WAITLIST_NOT_AVAILABLE');
    }
    const [h] = await tx.db.query<{ units: number }>(
      sql`select units from offer_holdings where offer_id = ${offerId} and member_id = ${member.memberId}`,
    );
    if ((h?.units ?? 0) >= o.per_member_limit) throw new AppError('CLAIM_LIMIT_REACHED', { limit: o.per_member_limit });
    const [exists] = await tx.db.query(sql`
      select 1 from claims where offer_id = ${offerId} and member_id = ${member.memberId} and status in ('waitlisted', 'offered')`);
    if (exists) throw new AppError('WAITLIST_ALREADY');
    const [row] = await tx.db.query<{ id: number; rank: number }>(sql`
      insert into claims (offer_id, member_id, idem_key, quantity, status, rank)
      select ${offerId}, ${member.memberId}, ${`wl-${crypto.randomUUID()}`}, 1, 'waitlisted',
        coalesce(max(rank), 0) + 1 from claims where offer_id = ${offerId} and rank is not null
      returning id, rank`);
    return { claimId: row?.id as number, position: row?.rank as number };
  });
}

/** Review before a draw (求学圆梦-style subsidies): an officer turns down an application, with the reason shown. */
export async function rejectApplication(
  ctx: Ctx,
  { offerId, claimId, reason }: { offerId: number; claimId: number; reason: string },
) {
  requirePermissionSomewhere(ctx.actor, 'offer.manage');
  return transaction(ctx, async (tx) => {
    const o = await lockOffer(tx.db, offerId);
    if (!can(tx.actor, 'offer.manage', o.union_path)) throw notFound();
    const [c] = await tx.db.query<ClaimRow>(
      sql`select * from claims where id = ${claimId} and offer_id = ${offerId} for update`,
    );
    if (!c) throw notFound();
    if (c.status !== 'applied' || o.lottery_drawn_at) throw new AppError('CLAIM_NOT_APPLIED');
    await tx.db.query(sql`
      update offer_holdings set units = units - ${c.quantity} where offer_id = ${offerId} and member_id = ${c.member_id}`);
    await tx.db.query(sql`update claims set status = 'rejected', decision_reason = ${reason} where id = ${c.id}`);
    await event(tx.db, [c.id], 'rejected', actorId(tx), reason);
    await tx.db.query(sql`update offers set version = version + 1 where id = ${offerId}`);
    await notifyMembers(tx, await memberRecipients(tx.db, [c.member_id]), [
      {
        memberId: c.member_id,
        key: 'offers.application_rejected',
        params: { offer: o.title, reason },
        dedupeKey: `claim:${c.id}:rejected`,
      },
    ]);
    await audit(tx, {
      action: 'offer.application_reject',
      targetType: 'claim',
      targetId: c.id,
      unionId: o.union_id,
      unionPath: o.union_path,
      detail: { reason },
    });
    return { ok: true as const };
  });
}
