// Row shapes of the volunteers module's tables, and their fixed vocabularies.
export const specialties = ['emergency', 'repair', 'legal', 'medical', 'teaching', 'care', 'other'] as const;
export type Specialty = (typeof specialties)[number];
export const orderStatuses = ['placed', 'taken', 'done', 'confirmed', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** How a specialty reads in the Chinese texts the server writes (the ledger's reason, notices). */
export const specialtyZh: Record<Specialty, string> = {
  emergency: '应急救援',
  repair: '维修',
  legal: '法律',
  medical: '医疗健康',
  teaching: '教育辅导',
  care: '关爱帮扶',
  other: '其他',
};

export interface VolunteerRow {
  id: number;
  member_id: number;
  union_id: number;
  union_path: string;
  union_name: string;
  name: string;
  phone_cipher: string;
  skills: string[];
  availability: string;
  areas: string;
  intention: string;
  model_worker: boolean;
  status: 'active' | 'withdrawn';
  created_at: Date;
}

export interface TeamRow {
  id: number;
  union_id: number;
  union_path: string;
  union_name: string;
  name: string;
  specialty: Specialty;
  description: string;
  open_to_join: boolean;
  status: 'active' | 'closed';
  member_count: number;
  pending_count: number;
  leader_id: number | null;
  leader_name: string | null;
}

export interface TeamLogRow {
  id: number;
  team_id: number;
  union_path: string;
  happened_on: string;
  body: string;
  people_served: number;
  photos: string[];
  author_name: string | null;
  created_at: Date;
}

export interface ItemRow {
  id: number;
  union_id: number;
  union_path: string;
  union_name: string;
  station_id: number | null;
  station_name: string | null;
  name: string;
  description: string;
  specialty: Specialty;
  take_within_minutes: number;
  status: 'active' | 'retired';
}

export interface OrderRow {
  id: number;
  item_id: number;
  item_name: string;
  specialty: Specialty;
  union_id: number;
  union_path: string;
  union_name: string;
  requester_member_id: number | null;
  requester_phone_hash: string;
  requester_phone_cipher: string;
  requester_name: string;
  wanted_at: Date;
  place: string;
  note: string;
  status: OrderStatus;
  take_by: Date;
  escalated_at: Date | null;
  team_id: number | null;
  team_name: string | null;
  volunteer_id: number | null;
  volunteer_name: string | null;
  volunteer_member_id: number | null;
  taken_at: Date | null;
  done_at: Date | null;
  done_note: string | null;
  proof_photos: string[];
  confirmed_at: Date | null;
  rating: number | null;
  rating_comment: string | null;
  points: number | null;
  points_detail: PointsDetail | null;
  created_at: Date;
}

export interface RuleRow {
  id: number;
  union_id: number;
  union_path: string;
  union_name: string;
  version: number;
  order_points: number;
  points_by_specialty: Partial<Record<Specialty, number>>;
  bonus_min_rating: number;
  bonus_points: number;
  hour_points: number;
  note: string;
  published_by_name: string;
  published_at: Date;
}

/** How an award was worked out, kept on the order: the member sees exactly this. */
export interface PointsDetail {
  ruleId: number;
  ruleVersion: number;
  ruleUnion: string;
  base: number;
  bonus: number;
  rating: number;
  bonusMinRating: number;
}

export interface ActivityRow {
  id: number;
  union_id: number;
  union_path: string;
  union_name: string;
  team_id: number | null;
  team_name: string | null;
  title: string;
  description: string;
  station_id: number | null;
  station_name: string | null;
  place: string;
  starts_at: Date;
  ends_at: Date;
  offer_id: number | null;
  offer_title: string | null;
  poster_version: number;
  status: 'published' | 'cancelled';
  signed: number;
  confirmed_hours: string | number;
}

export interface HoursCertificateRow {
  code: string;
  volunteer_id: number;
  hours: string;
  activities: number;
  issued_at: Date;
  member_name: string;
  union_name: string;
}
