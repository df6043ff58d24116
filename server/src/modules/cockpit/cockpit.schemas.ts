import { z } from 'zod';

const careFigures = {
  peopleHelped: z.number().nullable(),
  disbursedFen: z.number().nullable(),
  cases: z.number(),
  wageArrearsCases: z.number(),
  /** Of those, resolved: the cases the workers covered and the money recovered are counted over. */
  wageArrearsResolved: z.number(),
  wageArrearsWorkers: z.number().nullable(),
  recoveredFen: z.number().nullable(),
  disputesResolved: z.number(),
  onTimeRate: z.number().nullable(),
  satisfactionRate: z.number().nullable(),
  /** Consultations held (completed) of those booked (not cancelled) in slots this year. */
  consultations: z.number(),
  consultationsBooked: z.number(),
};

export const overviewQuery = z.strictObject({ unionId: z.coerce.number().int().positive().optional() });
const count = z.number().int();
export const overviewResponse = z.object({
  union: z.object({ id: z.number().int(), name: z.string(), level: z.string() }),
  /** From the caller's top node down to this union, for the drill-down breadcrumb. */
  trail: z.array(z.object({ id: z.number().int(), name: z.string() })),
  totals: z.object({ unions: count, baseUnions: count, employers: count, members: count, gigMembers: count }),
  unionsByLevel: z.array(z.object({ level: z.string(), count })),
  unionsByFormation: z.array(z.object({ formation: z.string(), count })),
  membersByCategory: z.array(z.object({ category: z.string(), count })),
  children: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      level: z.string(),
      members: count,
      unions: count,
      hasChildren: z.boolean(),
    }),
  ),
  benefits: z.object({
    activitiesPublished: z.number(),
    participants: z.number(),
    checkedIn: z.number(),
    vouchersIssued: z.number(),
    vouchersRedeemed: z.number(),
    pointsIssued: z.number(),
    pointsSpent: z.number(),
    byChild: z.array(
      z.object({
        id: z.number(),
        name: z.string(),
        activities: z.number(),
        participants: z.number(),
        vouchersRedeemed: z.number(),
      }),
    ),
  }),
  /** This year's care figures; null where fewer than 5 people stand behind a figure. */
  care: z.object({
    year: z.number(),
    ...careFigures,
    byChild: z.array(z.object({ id: z.number(), name: z.string(), ...careFigures })),
  }),
  applications: z.object({
    total: count,
    pending: count,
    approved: count,
    rejected: count,
    /** approved / (approved + rejected), null before any decision. */
    approvalRate: z.number().nullable(),
    /** Median hours from application to approval, null before any approval. */
    medianHoursToApproval: z.number().nullable(),
  }),
  /** What each module adds (platform/figures.ts): `<module>.<name>` and its number for this subtree and year. */
  figures: z.array(z.object({ key: z.string(), value: z.number().nullable() })),
  generatedAt: z.string(),
});
