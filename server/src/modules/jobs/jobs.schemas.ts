import { z } from 'zod';
import { optionalText, pageOf, pageQuery, plainText } from '../../platform/schemas.js';
import { applicationStatuses, jobKinds, jobStatuses, payUnits } from './jobs.tables.js';

/** The lists the web reads (web/src/api/enums.ts). */
export { applicationStatuses, jobKinds, jobStatuses, payUnits };

const id = z.number().int().positive();
const union = z.object({ id: z.number().int(), name: z.string() });
const kind = z.enum(jobKinds);

// ---- Posting and review (console) ----
export const jobBody = z.strictObject({
  unionId: id,
  /** An employer on record with the union's subtree; or none, with `employerName` (a household, a gig). */
  employerId: id.nullish(),
  employerName: optionalText(100),
  title: plainText(50),
  description: optionalText(2000),
  skills: z.array(plainText(20)).max(10).default([]),
  kind,
  place: plainText(100),
  lat: z.number().min(-90).max(90).nullish(),
  lng: z.number().min(-180).max(180).nullish(),
  payMin: z.number().int().min(0).max(10_000_000),
  payMax: z.number().int().min(0).max(10_000_000),
  payUnit: z.enum(payUnits),
  hours: optionalText(100),
  headcount: z.number().int().min(1).max(10_000),
  closesOn: z.iso.date(),
  /** A 零工驿站 of the union's subtree whose daily board lists the gig. */
  stationId: id.nullish(),
});
export const jobsQuery = z.strictObject({
  status: z.enum(jobStatuses).optional(),
  unionId: id.optional(),
  ...pageQuery,
});
export const reviewBody = z.strictObject({ approve: z.boolean(), note: optionalText(300) });
const jobFields = {
  id: z.number().int(),
  union,
  employer: z.object({ id: z.number().int().nullable(), name: z.string() }),
  title: z.string(),
  description: z.string(),
  skills: z.array(z.string()),
  kind,
  place: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  payMin: z.number().int(),
  payMax: z.number().int(),
  payUnit: z.enum(payUnits),
  hours: z.string(),
  headcount: z.number().int(),
  closesOn: z.string(),
  stationId: z.number().int().nullable(),
};
export const jobView = z.object({
  ...jobFields,
  status: z.enum(jobStatuses),
  reviewNote: z.string().nullable(),
  postedBy: z.string(),
  reviewedBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** Members the publication's suggestions reached: a count, never who. */
  reached: z.number().int(),
  applications: z.number().int(),
  /** The caller may approve or reject it (a cadre over it who did not post it, while it is in review). */
  canReview: z.boolean(),
});
export const jobPage = pageOf(jobView);
export const wordingQuery = z.strictObject({ text: z.string().max(4000) });
export const wordingResult = z.object({
  issues: z.array(z.object({ kind: z.string(), text: z.string() })),
});

// ---- Members: search, suggestions, applying ----
export const searchQuery = z.strictObject({
  q: z.string().max(50).optional(),
  kind: kind.optional(),
  /** Jobs whose pay reaches this (their highest pay at least this), in the job's own unit. */
  payAtLeast: z.coerce.number().int().min(0).max(10_000_000).optional(),
  lat: z.coerce.number().min(-90).max(90).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
  withinKm: z.coerce.number().int().min(1).max(500).optional(),
  ...pageQuery,
});
const reasonView = z.object({
  code: z.enum(['kind', 'skills', 'distance', 'pay', 'hardship']),
  kind: kind.optional(),
  skills: z.array(z.string()).optional(),
  km: z.number().optional(),
  minPay: z.number().optional(),
});
export const memberJobView = z.object({
  ...jobFields,
  /** From the point searched from, when there was one and the job has a place on the map. */
  distanceKm: z.number().nullable(),
  /** My application to it, if any. */
  applied: z.enum(applicationStatuses).nullable(),
  /** Why it was suggested to me, when it was. */
  why: z.array(reasonView),
});
export const memberJobPage = pageOf(memberJobView);
export const applyBody = z.strictObject({ intro: plainText(500) });
export const jobApplicationView = z.object({
  id: z.number().int(),
  job: z.object({ id: z.number().int(), title: z.string(), employer: z.string() }),
  status: z.enum(applicationStatuses),
  interviewAt: z.string().nullable(),
  interviewPlace: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export const jobApplicationPage = pageOf(jobApplicationView);
export const jobApplicationDetail = jobApplicationView.extend({
  name: z.string(),
  /** Masked. */
  phone: z.string(),
  intro: z.string(),
});
export const jobApplicationDetailPage = pageOf(jobApplicationDetail);
export const moveBody = z.strictObject({
  status: z.enum(['interview', 'hired', 'rejected']),
  interviewAt: z.iso.datetime({ offset: true }).optional(),
  interviewPlace: optionalText(100),
  note: optionalText(300),
});
export const jobApplicationsParams = z.strictObject({ id: z.coerce.number().int().positive() });

// ---- Job seekers (consent) ----
export const seekerBody = z.strictObject({
  consent: z.boolean(),
  kinds: z.array(kind).min(1).max(2).default(['gig', 'long_term']),
  skills: z.array(plainText(20)).max(10).default([]),
  lat: z.number().min(-90).max(90).nullish(),
  lng: z.number().min(-180).max(180).nullish(),
  withinKm: z.number().int().min(1).max(500).nullish(),
  minPay: z.number().int().min(0).max(10_000_000).nullish(),
});
export const seekerView = z.object({
  consent: z.boolean(),
  consentedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  kinds: z.array(kind),
  skills: z.array(z.string()),
  withinKm: z.number().int().nullable(),
  minPay: z.number().int().nullable(),
  hasLocation: z.boolean(),
});
export const mySeekerResponse = z.object({ seeker: seekerView.nullable() });

// ---- 零工驿站 ----
export const gigBoardResponse = z.object({
  station: z.object({ id: z.number().int(), name: z.string() }),
  /** China's date the board is for. */
  day: z.string(),
  items: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      employer: z.string(),
      payMin: z.number().int(),
      payMax: z.number().int(),
      payUnit: z.enum(payUnits),
      hours: z.string(),
      headcount: z.number().int(),
      closesOn: z.string(),
    }),
  ),
});
export const walkinBody = z.strictObject({
  stationId: id,
  name: plainText(30),
  phone: z.string().max(30),
  skills: z.array(plainText(20)).max(10).default([]),
  kinds: z.array(kind).min(1).max(2).default(['gig']),
  /** Asked at the counter: may the station text them gigs posted there (or, for a member, suggest jobs)? */
  consent: z.boolean(),
});
export const walkinResult = z.object({ member: z.boolean() });
export const walkinsQuery = z.strictObject({ stationId: z.coerce.number().int().positive() });
export const walkinsResponse = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      phone: z.string(),
      skills: z.array(z.string()),
      kinds: z.array(kind),
      consent: z.boolean(),
      registeredAt: z.string(),
    }),
  ),
});

// ---- Job fairs ----
export const jobFairBody = z.strictObject({
  unionId: id,
  title: plainText(50),
  description: optionalText(1000),
  /** Held at a station of the union's subtree (its hall), where there is one; `place` says where exactly. */
  stationId: id.nullish(),
  place: plainText(100),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
});
export const jobFairsQuery = z.strictObject({ unionId: id.optional(), ...pageQuery });
export const jobFairBoothBody = z.strictObject({
  boothNo: plainText(10),
  /** An employer on record with the fair's union or below; or none, with `employerName`. */
  employerId: id.nullish(),
  employerName: optionalText(100),
  note: optionalText(200),
});
export const jobFairBoothParams = z.strictObject({
  id: z.coerce.number().int().positive(),
  boothId: z.coerce.number().int().positive(),
});
export const jobFairCancelBody = z.strictObject({ reason: plainText(200) });
export const jobFairView = z.object({
  id: z.number().int(),
  union,
  title: z.string(),
  description: z.string(),
  station: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  place: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(['published', 'cancelled']),
  cancelReason: z.string().nullable(),
  booths: z.number().int(),
  /** How many members registered to come (0 in the member's view). */
  visitors: z.number().int(),
});
export const jobFairPage = pageOf(jobFairView);
const booth = z.object({
  id: z.number().int(),
  boothNo: z.string(),
  employer: z.object({ id: z.number().int().nullable(), name: z.string() }),
  note: z.string(),
  openJobs: z.number().int(),
  /** The open jobs themselves: in the member's view only. */
  jobs: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      kind,
      payMin: z.number().int(),
      payMax: z.number().int(),
      payUnit: z.enum(payUnits),
      headcount: z.number().int(),
    }),
  ),
});
export const jobFairDetail = jobFairView.extend({ boothList: z.array(booth) });
export const memberJobFairView = jobFairView.extend({ registered: z.boolean() });
export const memberJobFairPage = pageOf(memberJobFairView);
export const memberJobFairDetail = memberJobFairView.extend({ boothList: z.array(booth) });
