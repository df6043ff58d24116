// The member's side: what is open to me now or soon, a claim pass for the rush, the claim itself
// (answered by the engine), and my registrations with what I can still do with each.

import type { z } from 'zod';
import { requireMember } from '../../platform/access.js';
import type { Ctx, Services } from '../../platform/context.js';
import type { ErrorCode } from '../../platform/error-codes.js';
import { AppError, type ErrorParams, notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { catalogFor } from './offers.catalog.js';
import type { ClaimResult } from './offers.engine.js';
import { engineFor } from './offers.engine.js';
import { issuePass, readPass } from './offers.pass.js';
import { type MyClaimRow, presentMyClaim, presentOffer } from './offers.presenter.js';
import type { claimBody } from './offers.schemas.js';
import type { ClaimIdentity } from './offers.tables.js';

/** Who is asking, with the facts eligibility is judged by: from the session's actor, else one indexed read. */
async function me(ctx: Ctx): Promise<ClaimIdentity> {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId || !actor.unionPath) throw new AppError('OFFER_NOT_MEMBER');
  if (actor.facts) return { memberId: actor.memberId, unionPath: actor.unionPath, ...actor.facts };
  const [m] = await ctx.db.query<{
    id: number;
    union_path: string;
    category: string;
    joined_at: Date;
    tags: string[];
  }>(sql`
    select id, union_path, category, joined_at, tags from members where id = ${actor.memberId} and status = 'active'`);
  if (!m) throw new AppError('OFFER_NOT_MEMBER');
  return {
    memberId: m.id,
    unionPath: m.union_path,
    category: m.category,
    joinedAt: m.joined_at.getTime(),
    tags: m.tags,
  };
}

export async function claimPass(ctx: Ctx) {
  const who = await me(ctx);
  return { ...issuePass(ctx.services.signer, who), serverTime: new Date().toISOString() };
}

/**
 * The hot path: no session, no database read before the engine; the pass says who is asking. Refusals
 * come back as values, not thrown errors: most requests in a rush are refusals, and building an Error
 * (with its stack) for each costs more than the refusal itself.
 */
export async function claim(
  services: Services,
  { pass, body }: { pass: string | undefined; body: z.infer<typeof claimBody> },
): Promise<ReturnType<typeof claimAccepted> | { refused: ErrorCode; params: ErrorParams }> {
  const read = readPass(services.signer, pass);
  if (!read.ok) return { refused: read.reason === 'expired' ? 'CLAIM_PASS_EXPIRED' : 'CLAIM_PASS_INVALID', params: {} };
  const outcome = await engineFor(services).claim({
    offerId: body.offerId,
    who: read.who,
    idemKey: body.idempotencyKey,
    quantity: body.quantity,
    surveyAnswer: body.surveyAnswer || null,
  });
  if (!outcome.ok) return { refused: outcome.code, params: outcome.params ?? {} };
  return claimAccepted(outcome.claim, outcome.replay);
}

const claimAccepted = (claim: ClaimResult, replay: boolean) => ({ ...claim, replay });

/** Published offers of my union and its ancestors: open now, opening soon, or closed in the last 30 days. */
export async function offersForMember(ctx: Ctx, kind?: string) {
  const who = await me(ctx);
  const rows = await catalogFor(ctx.services).visibleTo(who.unionPath, kind);
  return { items: rows.map((r) => presentOffer(ctx, r)), serverTime: new Date().toISOString() };
}

async function myClaimRows(ctx: Ctx, memberId: number, offerId?: number) {
  return ctx.db.query<MyClaimRow>(sql`
    select c.id, c.offer_id, o.title, o.kind, o.starts_at, o.place, o.survey_question, o.cancel_hours, o.valid_until,
      o.closes_at, o.opens_at, c.status, c.quantity, c.rank, c.hold_expires_at, c.points_spent, c.checked_in_at,
      c.created_at, c.decision_reason, exists (select 1 from offer_feedback f where f.claim_id = c.id) as feedback,
      exists (select 1 from vouchers v where v.claim_id = c.id and v.status = 'redeemed') as redeemed
    from claims c join offers o on o.id = c.offer_id
    where c.member_id = ${memberId} ${offerId ? sql`and c.offer_id = ${offerId}` : sql``}
    order by c.id desc limit 200`);
}

export async function offerForMember(ctx: Ctx, id: number) {
  const who = await me(ctx);
  const row = await catalogFor(ctx.services).visibleOne(who.unionPath, id);
  if (!row) throw notFound();
  // Nobody can hold a claim on an offer before it opens (the engine and the waitlist refuse): while it has not
  // opened and the catalog saw no claim on it, the member's claims need no read. This is the countdown's page.
  const unopened = Date.now() < row.opens_at.getTime() && !row.has_claims;
  const mine = unopened ? [] : await myClaimRows(ctx, who.memberId, id);
  return {
    ...presentOffer(ctx, row),
    myClaims: mine.map(presentMyClaim),
    serverTime: new Date().toISOString(),
  };
}

export async function myClaims(ctx: Ctx) {
  const who = await me(ctx);
  return { items: (await myClaimRows(ctx, who.memberId)).map(presentMyClaim) };
}

export async function waitlistIdentity(ctx: Ctx) {
  return me(ctx);
}
