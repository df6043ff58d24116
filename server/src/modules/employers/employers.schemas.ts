import { z } from 'zod';
import { actionsOf } from '../../platform/access.js';
import { optionalText, pageOf, pageQuery, plainText } from '../../platform/schemas.js';
import { employerPolicy } from './employers.policy.js';

export const creditCodeInput = z.string().max(40);

export const createEmployerBody = z.strictObject({
  creditCode: creditCodeInput,
  name: plainText(100),
  address: optionalText(200),
  /** The union that administers the record: a base union covering it, or the registering federation. */
  unionId: z.number().int().positive(),
});

export const updateEmployerBody = z.strictObject({
  name: plainText(100).optional(),
  address: optionalText(200),
  /** Re-assign: a base union now covers the employer (joint unions cover many). */
  unionId: z.number().int().positive().optional(),
});

export const listEmployersQuery = z.strictObject({
  q: z.string().max(100).optional(),
  unionId: z.coerce.number().int().positive().optional(),
  ...pageQuery,
});

export const employerView = z.object({
  id: z.number().int(),
  creditCode: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  union: z.object({ id: z.number().int(), name: z.string(), level: z.string() }),
  covered: z.boolean(),
  actions: z.array(z.enum(actionsOf(employerPolicy))),
});
export const employerPage = pageOf(employerView);
export type EmployerView = z.infer<typeof employerView>;
