import { z } from 'zod';
import { actionsOf } from '../../platform/access.js';
import { optionalText, pageOf, pageQuery, plainText } from '../../platform/schemas.js';
import { memberCategories } from '../members/members.schemas.js';
import { applicationPolicy } from './membership.policy.js';
import { applicationStatuses, educations, politicalStatuses } from './membership.tables.js';

export const applicationBody = z.strictObject({
  name: plainText(50),
  idNumber: z.string().max(40),
  /** The employer, found by name or credit code; absent for gig workers without a fixed employer. */
  employerId: z.number().int().positive().nullish(),
  category: z.enum(memberCategories),
  job: optionalText(50),
  politicalStatus: z.enum(politicalStatuses).nullish(),
  education: z.enum(educations).nullish(),
  /** Where the worker works: a township or county federation, used to route gig workers. */
  areaUnionId: z.number().int().positive().nullish(),
  /** A joint or industry union the worker chose. */
  chosenUnionId: z.number().int().positive().nullish(),
  /** Set when the form was opened from a union's join QR code. */
  viaUnionId: z.number().int().positive().nullish(),
  lng: z.number().min(-180).max(180).nullish(),
  lat: z.number().min(-90).max(90).nullish(),
});

export const joinSearchQuery = z.strictObject({ q: z.string().min(1).max(50) });
export const joinUnionsQuery = z.strictObject({
  q: z.string().max(50).optional(),
  category: z.enum(memberCategories).optional(),
  areaUnionId: z.coerce.number().int().positive().optional(),
});
export const publicUnion = z.object({
  id: z.number().int(),
  name: z.string(),
  level: z.string(),
  formation: z.string(),
  serves: z.array(z.string()),
  parentName: z.string().nullable(),
});
export const publicEmployer = z.object({
  id: z.number().int(),
  name: z.string(),
  creditCode: z.string(),
  unionName: z.string(),
});

export const eventView = z.object({
  id: z.number().int(),
  at: z.string(),
  kind: z.string(),
  actor: z.enum(['member', 'admin', 'system']),
  reason: z.string().nullable(),
  unionName: z.string().nullable(),
});

export const applicationView = z.object({
  id: z.number().int(),
  name: z.string(),
  idNumber: z.string(),
  phone: z.string(),
  gender: z.enum(['male', 'female']),
  birthDate: z.string(),
  category: z.enum(memberCategories),
  job: z.string().nullable(),
  politicalStatus: z.string().nullable(),
  education: z.string().nullable(),
  employer: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  union: z.object({ id: z.number().int(), name: z.string() }),
  channel: z.enum(['online', 'qr']),
  status: z.enum(applicationStatuses),
  reason: z.string().nullable(),
  memberId: z.number().int().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  events: z.array(eventView),
  actions: z.array(z.enum(actionsOf(applicationPolicy))),
});
export const applicationPage = pageOf(applicationView);

export const listApplicationsQuery = z.strictObject({
  status: z.enum(applicationStatuses).optional(),
  unionId: z.coerce.number().int().positive().optional(),
  q: z.string().max(50).optional(),
  ...pageQuery,
});
export const rejectBody = z.strictObject({ reason: plainText(200) });
export const rerouteBody = z.strictObject({ unionId: z.number().int().positive(), reason: optionalText(200) });
export const batchBody = z.strictObject({
  ids: z.array(z.number().int().positive()).min(1).max(200),
  decision: z.enum(['approve', 'reject']),
  reason: optionalText(200),
});
export const batchResponse = z.object({
  results: z.array(z.object({ id: z.number().int(), ok: z.boolean(), code: z.string().nullable() })),
});

export const messageView = z.object({
  id: z.number().int(),
  /** The template it came from (`offers.waitlist_offered`), for the app to link to the record; null for old messages. */
  kind: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  at: z.string(),
  read: z.boolean(),
});
export const messagesResponse = z.object({ items: z.array(messageView), unread: z.number().int() });
export type ApplicationView = z.infer<typeof applicationView>;
