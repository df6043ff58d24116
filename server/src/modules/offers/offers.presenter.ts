import { allowedActions } from '../../platform/access.js';
import type { Ctx } from '../../platform/context.js';
import type { Queryable } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { offerPolicy } from './offers.policy.js';
import type { OfferRow } from './offers.tables.js';

/** Offers with their union's and merchant's names: every read goes through this select. */
export const selectOffer = sql.raw(`select o.*, u.name as union_name, mc.name as merchant_name
  from offers o join unions u on u.id = o.union_id left join merchants mc on mc.id = o.merchant_id`);

/** One offer (with names), locked for the rest of the transaction when asked: the engine's lock order starts here. */
export async function findOffer(db: Queryable, id: number, forUpdate = false): Promise<OfferRow | undefined> {
  const [row] = await db.query<OfferRow>(
    forUpdate ? sql`${selectOffer} where o.id = ${id} for update of o` : sql`${selectOffer} where o.id = ${id}`,
  );
  return row;
}

export async function loadOffer(db: Queryable, id: number, forUpdate = false): Promise<OfferRow> {
  const row = await findOffer(db, id, forUpdate);
  if (!row) throw notFound();
  return row;
}

export function phaseOf(o: Pick<OfferRow, 'opens_at' | 'closes_at'>, now = Date.now()) {
  if (now < o.opens_at.getTime()) return 'upcoming' as const;
  if (now < o.closes_at.getTime()) return 'open' as const;
  return 'closed' as const;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentOffer(ctx: Ctx, o: OfferRow) {
  return {
    id: o.id,
    union: { id: o.union_id, name: o.union_name ?? '' },
    kind: o.kind,
    mode: o.mode,
    title: o.title,
    description: o.description,
    capacity: o.capacity,
    taken: o.taken,
    left: Math.max(0, o.capacity - o.taken),
    perMemberLimit: o.per_member_limit,
    opensAt: o.opens_at.toISOString(),
    closesAt: o.closes_at.toISOString(),
    startsAt: iso(o.starts_at),
    endsAt: iso(o.ends_at),
    place: o.place,
    teacher: o.teacher,
    online: o.online,
    merchant: o.merchant_id ? { id: o.merchant_id, name: o.merchant_name ?? '' } : null,
    faceValueFen: Number(o.face_value_fen),
    pointsCost: Number(o.points_cost),
    checkinPoints: Number(o.checkin_points),
    validUntil: iso(o.valid_until),
    eligibleCategories: o.eligible_categories,
    eligibleTags: o.eligible_tags,
    minTenureDays: o.min_tenure_days,
    waitlist: o.waitlist,
    acceptMinutes: o.accept_minutes,
    cancelHours: o.cancel_hours,
    surveyQuestion: o.survey_question,
    status: o.status,
    phase: phaseOf(o),
    // The seed is published with the result, never before the draw.
    lottery:
      o.lottery_drawn_at && o.lottery_seed ? { drawnAt: o.lottery_drawn_at.toISOString(), seed: o.lottery_seed } : null,
    actions: allowedActions(offerPolicy, ctx.actor, o),
  };
}
