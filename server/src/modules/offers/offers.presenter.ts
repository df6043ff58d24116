import { allowedActions } from '../../platform/access.js';
import type { Ctx } from '../../platform/context.js';
import { cancellable } from './offers.lifecycle.js';
import { offerPolicy } from './offers.policy.js';
import type { myClaimActions } from './offers.schemas.js';
import type { ClaimStatus, OfferRow } from './offers.tables.js';

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

export interface MyClaimRow {
  id: number;
  offer_id: number;
  title: string;
  kind: OfferRow['kind'];
  starts_at: Date | null;
  place: string;
  survey_question: string | null;
  cancel_hours: number | null;
  valid_until: Date | null;
  closes_at: Date;
  opens_at: Date;
  status: ClaimStatus;
  quantity: number;
  rank: number | null;
  hold_expires_at: Date | null;
  points_spent: number;
  checked_in_at: Date | null;
  created_at: Date;
  feedback: boolean;
  redeemed: boolean;
  decision_reason: string | null;
}

export function presentMyClaim(r: MyClaimRow) {
  const actions: Array<(typeof myClaimActions)[number]> = [];
  if (cancellable(r, r, r.redeemed)) actions.push('cancel');
  if (r.status === 'offered') actions.push('accept');
  if (r.status === 'confirmed' && (r.kind === 'course' || r.kind === 'activity')) actions.push('checkInCode');
  if (r.checked_in_at && !r.feedback) actions.push('feedback');
  return {
    id: r.id,
    offer: {
      id: r.offer_id,
      title: r.title,
      kind: r.kind,
      startsAt: r.starts_at?.toISOString() ?? null,
      place: r.place,
      surveyQuestion: r.survey_question,
    },
    status: r.status,
    quantity: r.quantity,
    rank: r.rank,
    holdExpiresAt: r.hold_expires_at?.toISOString() ?? null,
    pointsSpent: Number(r.points_spent),
    checkedInAt: r.checked_in_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    feedbackGiven: r.feedback,
    decisionReason: r.decision_reason,
    actions,
  };
}
