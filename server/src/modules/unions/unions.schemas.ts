import { z } from 'zod';
import { actionsOf } from '../../platform/access.js';
import { optionalText, pageOf, pageQuery, plainText } from '../../platform/schemas.js';
import { memberCategories } from '../members/members.schemas.js';
import { unionPolicy } from './unions.policy.js';
import { unionFormations, unionLevels } from './unions.tables.js';

const lng = z.number().min(-180).max(180).nullish();
const lat = z.number().min(-90).max(90).nullish();

export const createUnionBody = z.strictObject({
  parentId: z.number().int().positive(),
  name: plainText(100),
  level: z.enum(unionLevels),
  formation: z.enum(unionFormations),
  address: optionalText(200),
  lng,
  lat,
  serves: z.array(z.enum(memberCategories)).max(7).optional(),
});

/** Worker categories a joint or industry union takes in; gig workers are routed by it. */
const serves = z.array(z.enum(memberCategories)).max(7);

export const updateUnionBody = z.strictObject({
  name: plainText(100).optional(),
  serves: serves.optional(),
  /** Approve online applications at once, without an officer. */
  autoApprove: z.boolean().optional(),
  formation: z.enum(unionFormations).optional(),
  address: optionalText(200),
  lng,
  lat,
});

export const moveUnionBody = z.strictObject({ newParentId: z.number().int().positive() });

export const listUnionsQuery = z.strictObject({
  parentId: z.coerce.number().int().positive().optional(),
  q: z.string().max(100).optional(),
  level: z.enum(unionLevels).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
  ...pageQuery,
});

export const unionSummary = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  name: z.string(),
  level: z.enum(unionLevels),
  formation: z.enum(unionFormations),
  active: z.boolean(),
  hasChildren: z.boolean(),
  /** Names from the top of the caller's view down to the parent, for search results. */
  ancestors: z.array(z.object({ id: z.number().int(), name: z.string() })),
  actions: z.array(z.enum(actionsOf(unionPolicy))),
});

export const unionDetail = unionSummary.extend({
  serves: z.array(z.string()),
  autoApprove: z.boolean(),
  address: z.string().nullable(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  childCount: z.number().int(),
  memberCount: z.number().int(),
  employerCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const unionPage = pageOf(unionSummary);
export type UnionSummary = z.infer<typeof unionSummary>;
export type UnionDetail = z.infer<typeof unionDetail>;
