// The lottery: applications drawn once, with a published seed and algorithm anyone can re-run; each applicant told their result.
import crypto from 'node:crypto';
import { can, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { maskName } from '../../platform/mask.js';
import { notifyMembers } from '../../platform/notify.js';
import { sql } from '../../platform/sql.js';
import { memberRecipients } from '../members/members.recipients.js';
import { actorId, event, issueFor, lockOffer } from './offers.lifecycle.js';
import type { OfferRow } from './offers.tables.js';
export const LOTTERY_ALGORITHM =
  'rank = order of SHA-256(seed + ":" + claimId) as lowercase hex, ascending; the first `capacity` ranks win';

export function lotteryOrder(seed: string, claimIds: number[]): number[] {
  const key = (id: number) => crypto.createHash('sha256').update(`${seed}:${id}`).digest('hex');
  return claimIds
    .map((id) => ({ id, k: key(id) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.id - b.id))
    .map((x) => x.id);
}

export async function drawLottery(ctx: Ctx, offerId: number) {
  requirePermissionSomewhere(ctx.actor, 'offer.manage');
  return transaction(ctx, async (tx) => {
    const o = await lockOffer(tx.db, offerId);
    if (!can(tx.actor, 'offer.manage', o.union_path)) throw notFound();
    if (o.mode !== 'lottery') throw new AppError('LOTTERY_NOT_LOTTERY');
    if (o.lottery_drawn_at) throw new AppError('LOTTERY_ALREADY_DRAWN');
    if (o.closes_at.getTime() > Date.now()) throw new AppError('LOTTERY_WINDOW_OPEN');
    if (o.status !== 'published') throw new AppError('OFFER_NOT_PUBLISHED');
    const seed = crypto.randomBytes(16).toString('hex');
    const applicants = await tx.db.query<{ id: number; member_id: number; quantity: number }>(
      sql`select id, member_id, quantity from claims where offer_id = ${offerId} and status = 'applied' order by id`,
    );
    const order = lotteryOrder(
      seed,
      applicants.map((a) => a.id),
    );
    const winners = order.slice(0, o.capacity);
    const others = order.slice(o.capacity);
    const ranks = order.map((_, i) => i + 1);
    await tx.db.query(sql`
      update claims c set rank = r.rank,
        status = case when r.rank <= ${o.capacity} then 'confirmed' when ${o.waitlist} then 'waitlisted' else 'lost' end
      from unnest(${order}::bigint[], ${ranks}::int[]) as r(id, rank) where c.id = r.id`);
    // Losers give back their application unit; winners keep theirs.
    if (others.length > 0) {
      await tx.db.query(sql`
        update offer_holdings h set units = units - 1 from claims c
        where c.id = any(${others}::bigint[]) and h.offer_id = c.offer_id and h.member_id = c.member_id`);
    }
    await tx.db.query(sql`
      update offers set taken = ${winners.length}, lottery_seed = ${seed}, lottery_drawn_at = now(), version = version + 1
      where id = ${offerId}`);
    const byId = new Map(applicants.map((a) => [a.id, a]));
    await issueFor(
      tx.db,
      o,
      winners.map((id) => byId.get(id) as { id: number; member_id: number; quantity: number }),
    );
    await event(tx.db, winners, 'lottery_won', actorId(tx));
    await event(tx.db, others, 'lottery_lost', actorId(tx));
    const rankOf = new Map(order.map((id, i) => [id, i + 1]));
    await notifyMembers(
      tx,
      await memberRecipients(
        tx.db,
        applicants.map((a) => a.member_id),
      ),
      applicants.map((a) => {
        const rank = rankOf.get(a.id) as number;
        const key =
          rank <= o.capacity ? 'offers.lottery_won' : o.waitlist ? 'offers.lottery_waitlisted' : 'offers.lottery_lost';
        return {
          memberId: a.member_id,
          key,
          params: { offer: o.title, position: rank - o.capacity },
          dedupeKey: `claim:${a.id}:lottery`,
        };
      }),
    );
    await audit(tx, {
      action: 'offer.lottery_draw',
      targetType: 'offer',
      targetId: offerId,
      unionId: o.union_id,
      unionPath: o.union_path,
      detail: { seed, applicants: applicants.length, winners: winners.length },
    });
    return lotteryResult(tx, offerId);
  });
}

/** The published result: seed, algorithm and every ranked entry (masked), so anyone can re-run the draw. */
export async function lotteryResult(ctx: Ctx, offerId: number) {
  const [o] = await ctx.db.query<OfferRow>(sql`select * from offers where id = ${offerId}`);
  if (!o) throw notFound();
  const path = ctx.actor.kind === 'member' ? ctx.actor.unionPath : null;
  const visible = can(ctx.actor, 'offer.manage', o.union_path) || !!path?.startsWith(o.union_path);
  if (!visible || o.mode !== 'lottery') throw notFound();
  const entries = o.lottery_drawn_at
    ? await ctx.db.query<{ id: number; rank: number; name: string; card_no: string | null }>(sql`
        select c.id, c.rank, m.name, m.card_no from claims c join members m on m.id = c.member_id
        where c.offer_id = ${offerId} and c.rank is not null order by c.rank`)
    : [];
  return {
    offerId,
    seed: o.lottery_seed,
    drawnAt: o.lottery_drawn_at?.toISOString() ?? null,
    algorithm: LOTTERY_ALGORITHM,
    entries: entries.map((e) => ({
      claimId: e.id,
      rank: e.rank,
      name: maskName(e.name),
      cardNo: e.card_no ? `${e.card_no.slice(0, 2)}******${e.card_no.slice(-4)}` : '',
      won: e.rank <= o.capacity,
    })),
  };
}
