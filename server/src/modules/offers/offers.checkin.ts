import { can, requireMember, requirePermissionSomewhere } from '../../platform/access.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { maskName } from '../../platform/mask.js';
import type { Signer } from '../../platform/signing.js';
import { sql } from '../../platform/sql.js';
import { readCardToken } from '../cards/cards.service.js';
import { earnedExpiry, memberAccount, poolAccount, post } from '../points/points.ledger.js';
import { actorId, type ClaimRow, event, lockOffer, myClaim } from './offers.lifecycle.js';

const REG_PREFIX = 'ZGR1';
const REG_TTL_SECONDS = 60;

export function signRegistrationToken(signer: Signer, claimId: number, now = Date.now()) {
  const exp = Math.floor(now / 1000) + REG_TTL_SECONDS;
  const body = Buffer.from(JSON.stringify({ r: claimId, e: exp })).toString('base64url');
  const signed = `${REG_PREFIX}.${body}`;
  return {
    token: `${signed}.${signer.sign(Buffer.from(signed)).toString('base64url')}`,
    expiresAt: new Date(exp * 1000).toISOString(),
  };
}

function readRegistrationToken(signer: Signer, token: string): { claimId: number } | 'invalid' | 'expired' {
  const [prefix, body, sig] = token.split('.');
  if (prefix !== REG_PREFIX || !body || !sig) return 'invalid';
  if (!signer.verify(Buffer.from(`${prefix}.${body}`), Buffer.from(sig, 'base64url'))) return 'invalid';
  try {
    const p = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { r: number; e: number };
    if (p.e * 1000 <= Date.now()) return 'expired';
    return { claimId: p.r };
  } catch {
    return 'invalid';
  }
}

export async function myRegistrationToken(ctx: Ctx, claimId: number) {
  const member = requireMember(ctx.actor);
  const [c] = await ctx.db.query<ClaimRow>(sql`select * from claims where id = ${claimId}`);
  if (!c || c.member_id !== member.memberId) throw notFound();
  if (c.status !== 'confirmed') throw new AppError('CHECKIN_NOT_REGISTERED');
  return { ...signRegistrationToken(ctx.services.signer, c.id), refreshSeconds: 30 };
}

export async function checkIn(ctx: Ctx, { offerId, token }: { offerId: number; token: string }) {
  requirePermissionSomewhere(ctx.actor, 'offer.manage');
  const [scope] = await ctx.db.query<{ union_path: string }>(sql`select union_path from offers where id = ${offerId}`);
  if (!scope || !can(ctx.actor, 'offer.manage', scope.union_path)) throw notFound();
  const signer = ctx.services.signer;
  const raw = token.trim();
  let where: ReturnType<typeof sql>;
  if (raw.startsWith(`${REG_PREFIX}.`)) {
    const read = readRegistrationToken(signer, raw);
    if (read === 'invalid') throw new AppError('CHECKIN_TOKEN_INVALID');
    if (read === 'expired') throw new AppError('CHECKIN_TOKEN_EXPIRED');
    where = sql`c.id = ${read.claimId}`;
  } else {
    const read = readCardToken(signer, raw);
    if (!read.ok) throw new AppError(read.reason === 'expired' ? 'CHECKIN_TOKEN_EXPIRED' : 'CHECKIN_TOKEN_INVALID');
    where = sql`m.card_no = ${read.payload.c}`;
  }
  return transaction(ctx, async (tx) => {
    const o = await lockOffer(tx.db, offerId);
    if (!can(tx.actor, 'offer.manage', o.union_path)) throw notFound();
    const [c] = await tx.db.query<ClaimRow & { name: string; card_no: string | null; member_union_id: number }>(sql`
      select c.*, m.name, m.card_no, m.union_id as member_union_id from claims c join members m on m.id = c.member_id
      where c.offer_id = ${offerId} and c.status = 'confirmed' and ${where} order by c.id limit 1`);
    if (!c) throw new AppError('CHECKIN_NOT_REGISTERED');
    if (c.checked_in_at) throw new AppError('CHECKIN_ALREADY');
    const admin = actorId(tx);
    const [updated] = await tx.db.query<{ checked_in_at: Date }>(sql`
      update claims set checked_in_at = now(), checked_in_by = ${admin} where id = ${c.id} returning checked_in_at`);
    await event(tx.db, [c.id], 'checked_in', admin);
    const points = Number(o.checkin_points);
    if (points > 0) {
      await post(tx.db, [
        {
          kind: 'checkin',
          reason: `offer:${o.id}`,
          source: `claim:${c.id}`,
          idemKey: `checkin:claim:${c.id}`,
          unionId: o.union_id,
          actorAccountId: admin,
          postings: [
            {
              debit: await poolAccount(tx.db, o.union_id),
              credit: await memberAccount(tx.db, c.member_id),
              amount: points,
              expiresAt: earnedExpiry(new Date(), tx.services.config.pointsExpiry),
            },
          ],
        },
      ]);
    }
    return {
      claimId: c.id,
      member: { name: maskName(c.name), cardNo: c.card_no },
      checkedInAt: updated?.checked_in_at.toISOString() ?? new Date().toISOString(),
      pointsAwarded: points,
    };
  });
}

export async function giveFeedback(
  ctx: Ctx,
  { claimId, rating, comment }: { claimId: number; rating: number; comment: string },
) {
  return transaction(ctx, async (tx) => {
    const c = await myClaim(tx, { claimId });
    if (!c.checked_in_at) throw new AppError('FEEDBACK_NOT_ALLOWED');
    const rows = await tx.db.query(sql`
      insert into offer_feedback (claim_id, offer_id, rating, comment) values (${c.id}, ${c.offer_id}, ${rating}, ${comment})
      on conflict (claim_id) do nothing returning claim_id`);
    if (rows.length === 0) throw new AppError('FEEDBACK_ALREADY');
    return { ok: true as const };
  });
}
