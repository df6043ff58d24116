// Rows of the stations module's tables and how each is shown. Presenters never query: what they need is joined in.
import { type Actor, allowedActions } from '../../platform/access.js';
import { maskName } from '../../platform/mask.js';
import { convert } from './stations.geo.js';
import type { Hours } from './stations.hours.js';
import { bookingPolicy, cancelDeadline, reviewPolicy, stationPolicy } from './stations.policy.js';
import type { bookingStatuses, reviewStatuses, StationKind, stationOwners } from './stations.schemas.js';

export interface StationRow {
  id: number;
  union_id: number;
  union_path: string;
  union_name: string;
  kind: StationKind;
  owner: (typeof stationOwners)[number];
  owner_name: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  hours: Hours;
  amenities: string[];
  story: string;
  contact: string;
  movable: boolean;
  moved_at: Date | null;
  position_flagged: boolean;
  qr_version: number;
  status: 'active' | 'retired';
  updated_at: Date;
  is_manager: boolean;
  photos: string[];
}

/** Where a station photo is served (public, like any published picture). */
export const photoUrl = (name: string) => `/media/stations/${name}`;

export interface ManagerRow {
  station_id: number;
  id: number;
  username: string;
  display_name: string;
}

export function presentStation(actor: Actor, s: StationRow, managers: readonly ManagerRow[]) {
  return {
    id: Number(s.id),
    union: { id: Number(s.union_id), name: s.union_name },
    kind: s.kind,
    owner: s.owner,
    ownerName: s.owner_name,
    name: s.name,
    address: s.address,
    lat: s.lat,
    lng: s.lng,
    gcj02: convert(s, 'wgs84', 'gcj02'),
    hours: s.hours,
    amenities: s.amenities,
    story: s.story,
    contact: s.contact,
    photos: s.photos.map((name) => ({ name, url: photoUrl(name) })),
    movable: s.movable,
    movedAt: s.moved_at?.toISOString() ?? null,
    positionFlagged: s.position_flagged,
    status: s.status,
    managers: managers
      .filter((m) => Number(m.station_id) === Number(s.id))
      .map((m) => ({ id: Number(m.id), username: m.username, displayName: m.display_name })),
    actions: allowedActions(stationPolicy, actor, s),
  };
}

export interface VisitRow {
  id: number;
  station_id: number;
  station_name: string;
  service: string;
  via: 'qr' | 'card';
  visited_at: Date;
  booking_id: number | null;
  member_name?: string;
  reviewed: boolean;
}

export const presentVisit = (v: VisitRow, repeated = false) => ({
  id: Number(v.id),
  station: { id: Number(v.station_id), name: v.station_name },
  service: v.service,
  via: v.via,
  visitedAt: v.visited_at.toISOString(),
  bookingId: v.booking_id === null ? null : Number(v.booking_id),
  member: v.member_name ? maskName(v.member_name) : null,
  reviewable: !v.reviewed,
  repeated,
});

export interface RoomRow {
  id: number;
  station_id: number;
  name: string;
  capacity: number;
  slot_minutes: number;
  weekdays: number[];
  day_opens: string;
  day_closes: string;
  horizon_days: number;
  release_time: string;
  per_member_limit: number;
  cancel_hours: number;
  needs_approval: boolean;
  status: 'active' | 'retired';
}

export const presentRoomSummary = (r: RoomRow) => ({
  id: Number(r.id),
  name: r.name,
  capacity: r.capacity,
  slotMinutes: r.slot_minutes,
  needsApproval: r.needs_approval,
  horizonDays: r.horizon_days,
  releaseTime: r.release_time,
  cancelHours: r.cancel_hours,
  perMemberLimit: r.per_member_limit,
});

export const presentRoom = (r: RoomRow) => ({
  ...presentRoomSummary(r),
  stationId: Number(r.station_id),
  weekdays: r.weekdays,
  dayOpens: r.day_opens,
  dayCloses: r.day_closes,
  status: r.status,
});

export interface SlotRow {
  id: number;
  room_id: number;
  station_id: number;
  starts_at: Date;
  ends_at: Date;
  opens_at: Date;
  capacity: number;
  booked: number;
  status: 'open' | 'closed';
  mine?: number | null;
}

export const presentSlot = (s: SlotRow, at: Date) => ({
  id: Number(s.id),
  startsAt: s.starts_at.toISOString(),
  endsAt: s.ends_at.toISOString(),
  opensAt: s.opens_at.toISOString(),
  capacity: s.capacity,
  left: s.capacity - s.booked,
  status: s.status,
  bookable: s.status === 'open' && s.opens_at <= at && s.starts_at > at && s.booked < s.capacity,
  mine: s.mine ? Number(s.mine) : null,
});

export interface BookingRow {
  id: number;
  slot_id: number;
  room_id: number;
  room_name: string;
  station_id: number;
  station_name: string;
  union_path: string;
  member_id: number;
  member_name?: string;
  starts_at: Date;
  ends_at: Date;
  status: (typeof bookingStatuses)[number];
  note: string;
  created_at: Date;
  checked_in_at: Date | null;
  cancel_hours: number;
  reviewed: boolean;
}

/** A booking as its member sees it, or (with the member's masked name) as the station's staff do. */
export function presentBooking(actor: Actor, b: BookingRow, at: Date) {
  const staff = actor.kind === 'admin';
  return {
    id: Number(b.id),
    station: { id: Number(b.station_id), name: b.station_name },
    room: { id: Number(b.room_id), name: b.room_name },
    slotId: Number(b.slot_id),
    startsAt: b.starts_at.toISOString(),
    endsAt: b.ends_at.toISOString(),
    status: b.status,
    note: b.note,
    createdAt: b.created_at.toISOString(),
    checkedInAt: b.checked_in_at?.toISOString() ?? null,
    member: staff && b.member_name ? maskName(b.member_name) : null,
    cancelUntil: cancelDeadline(b).toISOString(),
    reviewable: !staff && b.status === 'attended' && !b.reviewed,
    actions: allowedActions(bookingPolicy, actor, { ...b, at }),
  };
}

export interface ReviewRow {
  id: number;
  station_id: number;
  station_name: string;
  member_name: string;
  rating: number;
  comment: string;
  reply: string | null;
  replied_at: Date | null;
  status: (typeof reviewStatuses)[number];
  created_at: Date;
}

export const presentPublicReview = (
  r: Pick<ReviewRow, 'id' | 'member_name' | 'rating' | 'comment' | 'reply' | 'created_at'>,
) => ({
  id: Number(r.id),
  name: maskName(r.member_name),
  rating: r.rating,
  comment: r.comment,
  reply: r.reply,
  createdAt: r.created_at.toISOString(),
});

export const presentReview = (actor: Actor, r: ReviewRow) => ({
  ...presentPublicReview(r),
  station: { id: Number(r.station_id), name: r.station_name },
  repliedAt: r.replied_at?.toISOString() ?? null,
  status: r.status,
  actions: allowedActions(reviewPolicy, actor, r),
});
