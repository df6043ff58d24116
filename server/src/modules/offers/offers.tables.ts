// Rows of `offers`, `claims` and friends, and the eligibility rule shared by the engine and the pages.
import type { ErrorCode } from '../../platform/error-codes.js';
import type { Bilingual } from '../../platform/errors.js';
import { categoryList } from '../members/members.labels.js';

export const offerKinds = ['voucher', 'course', 'activity', 'subsidy'] as const;
export type OfferKind = (typeof offerKinds)[number];
export const offerModes = ['first_come', 'lottery'] as const;
export type OfferMode = (typeof offerModes)[number];
export type OfferStatus = 'draft' | 'published' | 'cancelled';
export const claimStatuses = [
  'confirmed',
  'applied',
  'waitlisted',
  'offered',
  'cancelled',
  'lost',
  'expired',
  'rejected',
] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

export interface OfferRow {
  id: number;
  union_id: number;
  union_path: string;
  union_name?: string;
  kind: OfferKind;
  title: string;
  description: string;
  mode: OfferMode;
  capacity: number;
  taken: number;
  per_member_limit: number;
  opens_at: Date;
  closes_at: Date;
  starts_at: Date | null;
  ends_at: Date | null;
  place: string;
  teacher: string;
  online: boolean;
  merchant_id: number | null;
  merchant_name?: string | null;
  face_value_fen: number;
  points_cost: number;
  checkin_points: number;
  valid_until: Date | null;
  eligible_categories: string[];
  eligible_tags: string[];
  min_tenure_days: number;
  waitlist: boolean;
  accept_minutes: number;
  cancel_hours: number | null;
  survey_question: string | null;
  status: OfferStatus;
  budget_year: number | null;
  budget_committed_fen: number;
  lottery_seed: string | null;
  lottery_drawn_at: Date | null;
  version: number;
  created_by: number | null;
  created_at: Date;
  updated_at: Date;
}

/** What the engine keeps in memory about an offer. */
export interface EngineOffer {
  id: number;
  unionId: number;
  unionPath: string;
  unionName: string;
  kind: OfferKind;
  mode: OfferMode;
  status: OfferStatus;
  capacity: number;
  taken: number;
  perMemberLimit: number;
  opensAt: number;
  closesAt: number;
  categories: string[];
  tags: string[];
  minTenureDays: number;
  pointsCost: number;
  version: number;
}

/** Who is claiming, as carried by the claim pass (no database read on the hot path). */
export interface ClaimIdentity {
  memberId: number;
  unionPath: string;
  category: string;
  joinedAt: number;
  tags: readonly string[];
}

const DAY = 86_400_000;

export function eligibilityError(
  offer: Pick<EngineOffer, 'unionPath' | 'unionName' | 'categories' | 'tags' | 'minTenureDays'>,
  who: ClaimIdentity,
  now: number,
): { code: ErrorCode; params: Record<string, string | number | Bilingual> } | null {
  if (!who.unionPath.startsWith(offer.unionPath)) {
    return { code: 'OFFER_NOT_ELIGIBLE_UNION', params: { union: offer.unionName } };
  }
  if (offer.categories.length > 0 && !offer.categories.includes(who.category)) {
    return { code: 'OFFER_NOT_ELIGIBLE_CATEGORY', params: { categories: categoryList(offer.categories) } };
  }
  if (offer.tags.length > 0 && !offer.tags.some((t) => who.tags.includes(t))) {
    return { code: 'OFFER_NOT_ELIGIBLE_TAG', params: { tags: offer.tags.join('、') } };
  }
  if (offer.minTenureDays > 0 && now - who.joinedAt < offer.minTenureDays * DAY) {
    return { code: 'OFFER_NOT_ELIGIBLE_TENURE', params: { days: offer.minTenureDays } };
  }
  return null;
}
export function engineOffer(row: OfferRow): EngineOffer {
  return {
    id: row.id,
    unionId: row.union_id,
    unionPath: row.union_path,
    unionName: row.union_name ?? '',
    kind: row.kind,
    mode: row.mode,
    status: row.status,
    capacity: row.capacity,
    taken: row.taken,
    perMemberLimit: row.per_member_limit,
    opensAt: row.opens_at.getTime(),
    closesAt: row.closes_at.getTime(),
    categories: row.eligible_categories,
    tags: row.eligible_tags,
    minTenureDays: row.min_tenure_days,
    pointsCost: Number(row.points_cost),
    version: row.version,
  };
}
