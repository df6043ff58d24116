import { z } from 'zod';
import { optionalText, pageOf, pageQuery, plainText } from '../../platform/schemas.js';
import { orderStatuses, specialties } from './volunteers.tables.js';

/** The lists the web reads (web/src/api/enums.ts). */
export { orderStatuses, specialties };

const id = z.number().int().positive();
const union = z.object({ id: z.number().int(), name: z.string() });
const specialty = z.enum(specialties);

// ---- Volunteers ----
export const volunteerBody = z.strictObject({
  skills: z.array(plainText(20)).max(10).default([]),
  availability: optionalText(100),
  areas: optionalText(100),
  /** 我要做志愿: what a model worker (or anyone) offers, in their words. */
  intention: optionalText(500),
  modelWorker: z.boolean().default(false),
});
export const volunteerView = z.object({
  id: z.number().int(),
  union,
  name: z.string(),
  /** Masked (138****0000). */
  phone: z.string(),
  skills: z.array(z.string()),
  availability: z.string(),
  areas: z.string(),
  intention: z.string(),
  modelWorker: z.boolean(),
  status: z.enum(['active', 'withdrawn']),
  registeredAt: z.string(),
});
export const volunteersQuery = z.strictObject({
  unionId: id.optional(),
  modelWorker: z.enum(['true', 'false']).optional(),
  ...pageQuery,
});
export const volunteerPage = pageOf(volunteerView);

// ---- Teams ----
export const teamBody = z.strictObject({
  unionId: id,
  name: plainText(50),
  specialty,
  description: optionalText(500),
  openToJoin: z.boolean().default(true),
  /** A registered volunteer of the union's subtree. */
  leaderVolunteerId: id.nullish(),
});
export const teamPatch = teamBody
  .omit({ unionId: true })
  .partial()
  .extend({ status: z.enum(['active', 'closed']).optional() });
export const teamsQuery = z.strictObject({ unionId: id.optional(), specialty: specialty.optional(), ...pageQuery });
export const teamView = z.object({
  id: z.number().int(),
  union,
  name: z.string(),
  specialty,
  description: z.string(),
  openToJoin: z.boolean(),
  status: z.enum(['active', 'closed']),
  memberCount: z.number().int(),
  pendingCount: z.number().int(),
  leader: z.object({ id: z.number().int(), name: z.string() }).nullable(),
});
export const teamPage = pageOf(teamView);
export const teamMemberView = z.object({
  volunteerId: z.number().int(),
  name: z.string(),
  phone: z.string(),
  role: z.enum(['leader', 'member']),
  status: z.enum(['pending', 'active', 'left']),
  joinedAt: z.string(),
});
export const teamDetail = teamView.extend({ members: z.array(teamMemberView) });
export const teamRequestBody = z.strictObject({ volunteerId: id, approve: z.boolean() });
export const myTeamView = teamView.extend({
  /** My place in the team: none, a request waiting, in it (as leader or member). */
  mine: z.enum(['none', 'pending', 'member', 'leader']),
});
export const myTeamsPage = pageOf(myTeamView);
export const myVolunteerResponse = z.object({
  /** Only members register; a resident signed in by phone orders services but does not volunteer. */
  canRegister: z.boolean(),
  volunteer: volunteerView.nullable(),
  teams: z.array(myTeamView),
});

// ---- Team work log ----
export const logBody = z.strictObject({
  happenedOn: z.iso.date(),
  body: plainText(1000),
  peopleServed: z.number().int().min(0).max(100_000).default(0),
});
export const logView = z.object({
  id: z.number().int(),
  teamId: z.number().int(),
  happenedOn: z.string(),
  body: z.string(),
  peopleServed: z.number().int(),
  photoUrls: z.array(z.string()),
  author: z.string().nullable(),
  createdAt: z.string(),
});
export const logPage = pageOf(logView);
export const logParams = z.strictObject({
  id: z.coerce.number().int().positive(),
  logId: z.coerce.number().int().positive(),
});

// ---- Service menu ----
export const itemBody = z.strictObject({
  unionId: id,
  stationId: id.nullish(),
  name: plainText(50),
  description: optionalText(500),
  specialty,
  /** Working minutes (09:00–17:00 on working days) a team has to take an order before it escalates. */
  takeWithinMinutes: z.number().int().min(30).max(4800).default(480),
});
export const itemPatch = itemBody
  .omit({ unionId: true })
  .partial()
  .extend({ status: z.enum(['active', 'retired']).optional() });
export const itemsQuery = z.strictObject({
  unionId: id.optional(),
  status: z.enum(['active', 'retired']).optional(),
  ...pageQuery,
});
export const itemView = z.object({
  id: z.number().int(),
  union,
  station: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  name: z.string(),
  description: z.string(),
  specialty,
  takeWithinMinutes: z.number().int(),
  status: z.enum(['active', 'retired']),
});
export const itemPage = pageOf(itemView);
export const menuQuery = z.strictObject({ specialty: specialty.optional(), ...pageQuery });

// ---- Service orders ----
export const orderBody = z.strictObject({
  itemId: id,
  /** How the team addresses the requester. */
  name: plainText(30),
  wantedAt: z.iso.datetime({ offset: true }),
  place: plainText(100),
  note: optionalText(500),
});
const pointsView = z.object({
  points: z.number().int(),
  base: z.number().int(),
  bonus: z.number().int(),
  rating: z.number().int(),
  bonusMinRating: z.number().int(),
  ruleVersion: z.number().int(),
  ruleUnion: z.string(),
});
export const orderEventView = z.object({
  kind: z.string(),
  at: z.string(),
  actor: z.enum(['admin', 'member', 'system']),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export const orderView = z.object({
  id: z.number().int(),
  service: z.object({ id: z.number().int(), name: z.string(), specialty }),
  union,
  status: z.enum(orderStatuses),
  requesterName: z.string(),
  wantedAt: z.string(),
  place: z.string(),
  note: z.string(),
  takeBy: z.string(),
  /** Not taken by its deadline: on the union's 待办. */
  escalated: z.boolean(),
  team: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  volunteer: z.string().nullable(),
  takenAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  doneNote: z.string().nullable(),
  proofUrls: z.array(z.string()),
  confirmedAt: z.string().nullable(),
  rating: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  /** What the volunteer earned on confirmation, and how. */
  award: pointsView.nullable(),
  createdAt: z.string(),
});
export const orderPage = pageOf(orderView);
export const orderDetail = orderView.extend({
  /** Masked, for the console. */
  requesterPhone: z.string().nullable(),
  events: z.array(orderEventView),
});
export const ordersQuery = z.strictObject({
  status: z.enum(orderStatuses).optional(),
  escalated: z.enum(['true']).optional(),
  unionId: id.optional(),
  ...pageQuery,
});
export const myOrdersQuery = z.strictObject({ ...pageQuery });
export const volunteerOrdersQuery = z.strictObject({ which: z.enum(['open', 'mine']).default('open'), ...pageQuery });
export const takeBody = z.strictObject({ teamId: id });
export const doneBody = z.strictObject({ note: plainText(500) });
export const confirmBody = z.strictObject({ rating: z.number().int().min(1).max(5), comment: optionalText(300) });
export const cancelBody = z.strictObject({ reason: plainText(200) });

// ---- Points rules ----
export const ruleBody = z.strictObject({
  unionId: id,
  orderPoints: z.number().int().min(0).max(1000),
  pointsBySpecialty: z.partialRecord(specialty, z.number().int().min(0).max(1000)).default({}),
  bonusMinRating: z.number().int().min(1).max(5),
  bonusPoints: z.number().int().min(0).max(1000),
  hourPoints: z.number().int().min(0).max(1000),
  note: optionalText(300),
});
export const ruleView = z.object({
  id: z.number().int(),
  union,
  version: z.number().int(),
  orderPoints: z.number().int(),
  pointsBySpecialty: z.partialRecord(specialty, z.number().int()),
  bonusMinRating: z.number().int(),
  bonusPoints: z.number().int(),
  hourPoints: z.number().int(),
  note: z.string(),
  publishedBy: z.string(),
  publishedAt: z.string(),
});
export const rulesQuery = z.strictObject({ unionId: id.optional(), ...pageQuery });
export const rulePage = pageOf(ruleView);
export const myRulesResponse = z.object({ rule: ruleView.nullable() });

// ---- Activities and hours ----
export const activityBody = z.strictObject({
  unionId: id,
  teamId: id.nullish(),
  title: plainText(50),
  description: optionalText(1000),
  /** Held at a station (驿站) of the union or below it, where there is one; `place` still says where exactly. */
  stationId: id.nullish(),
  place: plainText(100),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  /** Limited places: an activity offer of the claim engine; none for an activity open to every volunteer. */
  offerId: id.nullish(),
});
export const activitiesQuery = z.strictObject({ unionId: id.optional(), ...pageQuery });
export const activityView = z.object({
  id: z.number().int(),
  union,
  team: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  title: z.string(),
  description: z.string(),
  station: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  place: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  offer: z.object({ id: z.number().int(), title: z.string() }).nullable(),
  status: z.enum(['published', 'cancelled']),
  signed: z.number().int(),
  confirmedHours: z.number(),
});
export const activityPage = pageOf(activityView);
const hoursStatus = z.enum(['signed', 'checked_in', 'checked_out', 'confirmed', 'rejected']);
export const myActivityPage = pageOf(
  activityView.extend({ mine: hoursStatus.nullable(), myHours: z.number().nullable() }),
);
export const activityPosterResponse = z.object({ path: z.string() });
export const scanBody = z.strictObject({ token: z.string().min(1).max(500) });
export const scanResult = z.object({
  status: z.enum(['checked_in', 'checked_out']),
  at: z.string(),
  hours: z.number().nullable(),
});
export const signupsResponse = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      phone: z.string(),
      status: hoursStatus,
      checkinAt: z.string().nullable(),
      checkoutAt: z.string().nullable(),
      hours: z.number().nullable(),
      points: z.number().int().nullable(),
    }),
  ),
});
export const confirmHoursBody = z.strictObject({
  approve: z.boolean(),
  /** The sign-ups to decide; none: every checked-out one of the activity. */
  ids: z.array(id).max(20_000).optional(),
});
export const confirmHoursResult = z.object({ count: z.number().int() });
export const myHoursResponse = z.object({
  name: z.string(),
  totalHours: z.number(),
  items: z.array(
    z.object({
      id: z.number().int(),
      activity: z.string(),
      union: z.string(),
      startsAt: z.string(),
      status: hoursStatus,
      hours: z.number().nullable(),
      points: z.number().int().nullable(),
    }),
  ),
});

// ---- Certificates of hours ----
export const hoursCertificateView = z.object({
  code: z.string(),
  /** The volunteer's full name on their own certificate; masked on the public check. */
  name: z.string(),
  unionName: z.string(),
  hours: z.number(),
  activities: z.number().int(),
  issuedAt: z.string(),
});
