// What may be done with a station, a booking and a review, as named rules (platform/access.ts policies).
// A station: `operate` (its data, rooms, bookings, visits, replies) for a union admin of the subtree
// (`station.manage`) or an account named its manager holding `station.operate` over it; `manage` (managers,
// poster, retiring, ownership) for the union admin only.
import { type Actor, can, definePolicy } from '../../platform/access.js';
import type { bookingStatuses, reviewStatuses } from './stations.schemas.js';

export interface StationSubject {
  union_path: string;
  /** The caller is named among the station's managers. */
  is_manager: boolean;
}

export const stationPolicy = definePolicy<StationSubject>()({
  operate: (a, s) =>
    can(a, 'station.manage', s.union_path) || (s.is_manager && can(a, 'station.operate', s.union_path)),
  manage: (a, s) => can(a, 'station.manage', s.union_path),
});

/** A booking can be checked in from 30 minutes before it starts until 30 minutes after it ends. */
export const CHECKIN_EARLY_MS = 30 * 60_000;
export const CHECKIN_LATE_MS = 30 * 60_000;

export interface BookingSubject {
  status: (typeof bookingStatuses)[number];
  starts_at: Date;
  ends_at: Date;
  cancel_hours: number;
  /** The moment the question is asked (the platform's clock). */
  at: Date;
}

const live = (b: BookingSubject) => b.status === 'pending' || b.status === 'confirmed';
export const cancelDeadline = (b: Pick<BookingSubject, 'starts_at' | 'cancel_hours'>) =>
  new Date(b.starts_at.getTime() - b.cancel_hours * 3_600_000);

// The station's staff act on bookings once the service has checked they may operate the station.
export const bookingPolicy = definePolicy<BookingSubject>()({
  cancel: (a, b) => a.kind === 'member' && live(b) && b.at <= cancelDeadline(b),
  approve: (a, b) => a.kind === 'admin' && b.status === 'pending',
  reject: (a, b) => a.kind === 'admin' && b.status === 'pending',
  checkIn: (a, b) =>
    a.kind === 'admin' &&
    b.status === 'confirmed' &&
    b.at.getTime() >= b.starts_at.getTime() - CHECKIN_EARLY_MS &&
    b.at.getTime() < b.ends_at.getTime() + CHECKIN_LATE_MS,
});

export const reviewPolicy = definePolicy<{ status: (typeof reviewStatuses)[number] }>()({
  reply: (a: Actor, r) => a.kind === 'admin' && r.status !== 'closed',
  close: (a: Actor, r) => a.kind === 'admin' && r.status !== 'closed',
});
