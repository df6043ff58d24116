import { z } from 'zod';
import { actionsOf } from '../../platform/access.js';
import { optionalText, pageOf, pageQuery, plainText } from '../../platform/schemas.js';
import { datums } from './stations.geo.js';
import { bookingPolicy, reviewPolicy, stationPolicy } from './stations.policy.js';

export const stationKinds = ['rest', 'red', 'gig', 'workers_home', 'activity_centre', 'partner_venue'] as const;
export type StationKind = (typeof stationKinds)[number];
export const stationOwners = ['union', 'youth_league', 'women_federation', 'science_association', 'other'] as const;
export const bookingStatuses = ['pending', 'confirmed', 'rejected', 'cancelled', 'attended', 'no_show'] as const;
export const reviewStatuses = ['open', 'answered', 'closed'] as const;
export const stationDatums = datums;
const slotLengths = [30, 60, 90, 120, 180, 240];

const id = z.number().int().positive();
const clock = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'HH:MM');
const closing = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/, 'HH:MM');
const amenityKey = z.string().regex(/^[a-z][a-z0-9_]{1,30}$/);
const unionRef = z.object({ id: z.number().int(), name: z.string() });
const position = z.object({ lat: z.number(), lng: z.number() });
/** `a,b,c` in a query string. */
const commaList = () =>
  z
    .string()
    .max(300)
    .transform((s) => s.split(',').filter(Boolean));

export const hoursSchema = z.strictObject({
  allDay: z.boolean(),
  weekly: z.array(z.strictObject({ day: z.number().int().min(1).max(7), open: clock, close: closing })).max(28),
  holidays: z.enum(['open', 'closed']),
});

// ---- Stations in the console ----
const stationFields = {
  kind: z.enum(stationKinds),
  owner: z.enum(stationOwners).default('union'),
  ownerName: optionalText(60),
  name: plainText(60),
  address: plainText(200),
  lat: z.number().min(-90).max(180),
  lng: z.number().min(-180).max(180),
  /** The datum the position was read in: GPS is WGS-84, Amap and Tencent GCJ-02, Baidu BD-09. */
  datum: z.enum(datums).default('wgs84'),
  hours: hoursSchema,
  amenities: z.array(amenityKey).max(20).default([]),
  story: optionalText(3000),
  contact: optionalText(60),
  movable: z.boolean().default(false),
};
export const stationBody = z.strictObject({ unionId: id, ...stationFields });
export const stationPatch = z.strictObject({
  kind: stationFields.kind.optional(),
  owner: z.enum(stationOwners).optional(),
  ownerName: stationFields.ownerName,
  name: stationFields.name.optional(),
  address: stationFields.address.optional(),
  hours: hoursSchema.optional(),
  amenities: z.array(amenityKey).max(20).optional(),
  story: stationFields.story,
  contact: stationFields.contact,
  movable: z.boolean().optional(),
});
export const positionBody = z.strictObject({
  lat: stationFields.lat,
  lng: stationFields.lng,
  datum: z.enum(datums).default('wgs84'),
});
export const stationsQuery = z.strictObject({
  q: optionalText(30),
  kind: z.enum(stationKinds).optional(),
  status: z.enum(['active', 'retired']).optional(),
  ...pageQuery,
});
/** A station photo: its file name (how the console addresses it) and where it is served. Cover first. */
const photo = z.object({ name: z.string(), url: z.string() });
export const photoParams = z.strictObject({
  id: z.coerce.number().int().positive(),
  name: z.string().max(40),
});
export const photoFileParam = z.strictObject({ name: z.string().max(40) });

export const stationView = z.object({
  id: z.number().int(),
  union: unionRef,
  kind: z.enum(stationKinds),
  owner: z.enum(stationOwners),
  ownerName: z.string(),
  name: z.string(),
  address: z.string(),
  /** WGS-84. */
  lat: z.number(),
  lng: z.number(),
  /** The same place in GCJ-02, for Amap and Tencent tiles. */
  gcj02: position,
  hours: hoursSchema,
  amenities: z.array(z.string()),
  story: z.string(),
  contact: z.string(),
  photos: z.array(photo),
  movable: z.boolean(),
  movedAt: z.string().nullable(),
  positionFlagged: z.boolean(),
  status: z.enum(['active', 'retired']),
  managers: z.array(z.object({ id: z.number().int(), username: z.string(), displayName: z.string() })),
  /** What the caller may do: edit (data, rooms, replies) and manage (managers, retire, poster). */
  actions: z.array(z.enum(actionsOf(stationPolicy))),
});
export const stationPage = pageOf(stationView);
export const managerBody = z.strictObject({ username: plainText(40) });
export const managerParams = z.strictObject({
  id: z.coerce.number().int().positive(),
  accountId: z.coerce.number().int().positive(),
});
export const posterResponse = z.object({
  /** What the poster's QR code holds: the member app's visit page with the station's signed token. */
  path: z.string(),
  token: z.string(),
  version: z.number().int(),
});

export const amenityView = z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string(), builtin: z.boolean() });
export const amenitiesResponse = z.object({ items: z.array(amenityView) });
export const amenityBody = z.strictObject({ key: amenityKey, nameZh: plainText(20), nameEn: plainText(40) });

// ---- Finding stations (members) ----
export const nearbyQuery = z.strictObject({
  lat: z.coerce.number().min(-90).max(180).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
  place: optionalText(40),
  kinds: commaList()
    .pipe(z.array(z.enum(stationKinds)).max(6))
    .optional(),
  amenities: commaList().pipe(z.array(amenityKey).max(20)).optional(),
  openNow: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const stationCardView = z.object({
  id: z.number().int(),
  kind: z.enum(stationKinds),
  owner: z.enum(stationOwners),
  ownerName: z.string(),
  name: z.string(),
  address: z.string(),
  unionName: z.string(),
  lat: z.number(),
  lng: z.number(),
  gcj02: position,
  km: z.number(),
  open: z.boolean(),
  amenities: z.array(z.string()),
  movable: z.boolean(),
});
export const nearbyResponse = z.object({
  /** Where the search started (WGS-84): the phone's position, or the station a typed place matched. */
  origin: position.extend({ from: z.enum(['position', 'place']), place: z.string().nullable() }),
  items: z.array(stationCardView),
});
const navLink = z.object({ web: z.string(), app: z.string() });
export const roomSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  capacity: z.number().int(),
  slotMinutes: z.number().int(),
  needsApproval: z.boolean(),
  horizonDays: z.number().int(),
  releaseTime: z.string(),
  cancelHours: z.number().int(),
  perMemberLimit: z.number().int(),
});
export const reviewPublicView = z.object({
  id: z.number().int(),
  /** Masked (张*三). */
  name: z.string(),
  rating: z.number().int(),
  comment: z.string(),
  reply: z.string().nullable(),
  createdAt: z.string(),
});
export const memberStationView = stationCardView.extend({
  hours: hoursSchema,
  story: z.string(),
  contact: z.string(),
  photos: z.array(photo),
  navigation: z.object({ amap: navLink, baidu: navLink, tencent: navLink }),
  rooms: z.array(roomSummary),
  rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
  reviews: z.array(reviewPublicView),
});
export const nearbyStationQuery = z.strictObject({
  lat: z.coerce.number().min(-90).max(180).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
});

// ---- Visits ----
export const memberVisitBody = z.strictObject({
  token: z.string().min(1).max(300),
  service: amenityKey.default('rest'),
});
export const cardVisitBody = z.strictObject({
  cardToken: z.string().min(1).max(600),
  service: amenityKey.default('rest'),
});
export const visitView = z.object({
  id: z.number().int(),
  station: z.object({ id: z.number().int(), name: z.string() }),
  service: z.string(),
  via: z.enum(['qr', 'card']),
  visitedAt: z.string(),
  /** Set when the visit checked a booking in. */
  bookingId: z.number().int().nullable(),
  /** Masked name, in the console only. */
  member: z.string().nullable(),
  /** Members: whether this visit can still be rated (not rated yet). */
  reviewable: z.boolean(),
  /** The visit was recorded just before (a second scan within 30 minutes): the first visit is answered. */
  repeated: z.boolean(),
});
export const visitPage = pageOf(visitView);
export const visitsQuery = z.strictObject({ ...pageQuery });
export const dailyQuery = z.strictObject({ days: z.coerce.number().int().min(1).max(90).default(30) });
export const dailyResponse = z.object({
  items: z.array(z.object({ day: z.string(), visits: z.number().int(), members: z.number().int() })),
});

// ---- Rooms and bookings ----
export const roomBody = z.strictObject({
  name: plainText(40),
  capacity: z.number().int().min(1).max(500),
  slotMinutes: z
    .number()
    .int()
    .refine((n) => slotLengths.includes(n), 'one of 30, 60, 90, 120, 180, 240 minutes'),
  weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
  dayOpens: clock,
  dayCloses: closing,
  horizonDays: z.number().int().min(1).max(60),
  releaseTime: clock.default('08:00'),
  perMemberLimit: z.number().int().min(1).max(20).default(2),
  cancelHours: z.number().int().min(0).max(168).default(2),
  needsApproval: z.boolean().default(false),
});
export const roomView = roomSummary.extend({
  stationId: z.number().int(),
  weekdays: z.array(z.number().int()),
  dayOpens: z.string(),
  dayCloses: z.string(),
  status: z.enum(['active', 'retired']),
});
export const roomsResponse = z.object({ items: z.array(roomView) });
export const slotsQuery = z.strictObject({ day: z.iso.date() });
export const roomSlotView = z.object({
  id: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
  opensAt: z.string(),
  capacity: z.number().int(),
  left: z.number().int(),
  status: z.enum(['open', 'closed']),
  /** Members: released and not started yet. */
  bookable: z.boolean(),
  /** Members: my live booking of it. */
  mine: z.number().int().nullable(),
});
export const slotsResponse = z.object({ items: z.array(roomSlotView) });
export const bookingBody = z.strictObject({ slotId: id, note: optionalText(200) });
export const roomBookingView = z.object({
  id: z.number().int(),
  station: z.object({ id: z.number().int(), name: z.string() }),
  room: z.object({ id: z.number().int(), name: z.string() }),
  slotId: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(bookingStatuses),
  note: z.string(),
  createdAt: z.string(),
  checkedInAt: z.string().nullable(),
  /** Masked name, in the console only. */
  member: z.string().nullable(),
  /** Members: the last moment to cancel. */
  cancelUntil: z.string(),
  reviewable: z.boolean(),
  actions: z.array(z.enum(actionsOf(bookingPolicy))),
});
export const roomBookingPage = pageOf(roomBookingView);
export const bookingsQuery = z.strictObject({
  /** One China calendar day; without it, the console lists the bookings not over yet (a member, all theirs). */
  day: z.iso.date().optional(),
  status: z.enum(bookingStatuses).optional(),
  ...pageQuery,
});
export const rejectBody = z.strictObject({ reason: plainText(200) });

// ---- Reviews ----
export const reviewBody = z.strictObject({
  visitId: id.optional(),
  bookingId: id.optional(),
  rating: z.number().int().min(1).max(5),
  /** Free text; any HTML in it is removed (tags dropped, the words kept). */
  comment: z.string().max(2000).default(''),
});
export const reviewView = reviewPublicView.extend({
  station: z.object({ id: z.number().int(), name: z.string() }),
  status: z.enum(reviewStatuses),
  repliedAt: z.string().nullable(),
  actions: z.array(z.enum(actionsOf(reviewPolicy))),
});
export const reviewPage = pageOf(reviewView);
export const reviewsQuery = z.strictObject({ status: z.enum(reviewStatuses).optional(), ...pageQuery });
export const replyBody = z.strictObject({ reply: plainText(500) });

// ---- The pioneer index ----
export const monthQuery = z.strictObject({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
});
export const indexQuery = monthQuery.extend({ unionId: z.coerce.number().int().positive().optional(), ...pageQuery });
export const scoreView = z.object({
  station: z.object({ id: z.number().int(), name: z.string(), kind: z.enum(stationKinds), unionName: z.string() }),
  month: z.string(),
  version: z.string(),
  score: z.number(),
  rank: z.number().int(),
  parts: z.object({ activity: z.number(), rating: z.number(), handling: z.number() }),
  inputs: z.object({
    visits: z.number().int(),
    attended: z.number().int(),
    reviews: z.number().int(),
    ratingSum: z.number().int(),
    feedback: z.number().int(),
    answered: z.number().int(),
    answeredIn48h: z.number().int(),
  }),
});
export const scorePage = pageOf(scoreView);

export const mapSettingsView = z.object({
  tileUrl: z.string(),
  subdomains: z.string(),
  /** The datum the tiles are drawn in: markers are placed in it. */
  datum: z.enum(['wgs84', 'gcj02']),
  attribution: z.string(),
});

export const cockpitQuery = z.strictObject({ unionId: z.coerce.number().int().positive().optional() });
export const stationsPanelView = z.object({
  stations: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      kind: z.enum(stationKinds),
      lat: z.number(),
      lng: z.number(),
      gcj02: position,
    }),
  ),
  byKind: z.array(z.object({ kind: z.enum(stationKinds), count: z.number().int() })),
  /** The last 30 China calendar days, oldest first, every day present. */
  visitsByDay: z.array(z.object({ day: z.string(), visits: z.number().int() })),
  bookings: z.number().int(),
  /** Null below five reviews. */
  rating: z.number().nullable(),
  reviews: z.number().int(),
  ranking: z.array(scoreView.pick({ rank: true, station: true, score: true })),
});
