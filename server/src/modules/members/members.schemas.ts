import { z } from 'zod';
import { actionsOf } from '../../platform/access.js';
import { pageOf, pageQuery, plainText } from '../../platform/schemas.js';
import { memberPolicy } from './members.policy.js';

/** Worker categories: employees and the new-employment-form (gig) groups the seeds target. */
export const memberCategories = [
  'employee',
  'rider',
  'courier',
  'ride_hailing',
  'trucking',
  'domestic',
  'other_gig',
] as const;
export type MemberCategory = (typeof memberCategories)[number];

export const listMembersQuery = z.strictObject({
  unionId: z.coerce.number().int().positive().optional(),
  employerId: z.coerce.number().int().positive().optional(),
  q: z.string().max(50).optional(),
  status: z.enum(['active', 'left']).optional(),
  category: z.enum(memberCategories).optional(),
  ...pageQuery,
});

export const revealBody = z.strictObject({
  field: z.enum(['idNumber', 'phone']),
  reason: plainText(200),
});

export const memberView = z.object({
  id: z.number().int(),
  name: z.string(),
  idNumber: z.string().describe('Masked: 1101**********002X'),
  phone: z.string().describe('Masked: 138****5678'),
  gender: z.enum(['male', 'female']),
  birthDate: z.string(),
  category: z.enum(memberCategories),
  tags: z.array(z.string()),
  status: z.enum(['active', 'left']),
  cardNo: z.string().nullable(),
  union: z.object({ id: z.number().int(), name: z.string() }),
  employer: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  address: z.string().nullable(),
  joinedAt: z.string(),
  actions: z.array(z.enum(actionsOf(memberPolicy))),
});
export const memberPage = pageOf(memberView);
export const revealResponse = z.object({ field: z.enum(['idNumber', 'phone']), value: z.string() });

export const meResponse = z.object({
  phone: z.string(),
  member: memberView.nullable(),
});
export type MemberView = z.infer<typeof memberView>;

/** Tags: short labels, at most 10, that offers can be restricted to. */
export const memberTag = plainText(20);
export const tagsBody = z.strictObject({ tags: z.array(memberTag).max(10) });

export const leaveBody = z.strictObject({ reason: plainText(200) });
export const memberHistory = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      at: z.string(),
      kind: z.enum(['joined', 'left', 'reinstated', 'transferred', 'corrected']),
      actor: z.enum(['member', 'admin', 'system']),
      reason: z.string().nullable(),
    }),
  ),
});

/** Search that may carry a whole phone or ID number: a POST body keeps them out of URLs and logs (AS-65). */
export const searchMembersBody = z.strictObject({
  q: z.string().max(50).optional(),
  phone: z.string().max(32).optional(),
  idNumber: z.string().max(40).optional(),
  unionId: z.number().int().positive().optional(),
  employerId: z.number().int().positive().optional(),
  status: z.enum(['active', 'left']).optional(),
  category: z.enum(memberCategories).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
