import { z } from 'zod';
import { actionsOf, roles } from '../../platform/access.js';
import { pageOf, pageQuery, plainText } from '../../platform/schemas.js';
import { accountPolicy } from './accounts.policy.js';

export const username = z
  .string()
  .max(64)
  .transform((s) => s.normalize('NFKC').trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9_.-]{3,32}$/, '3–32 of a-z 0-9 _ . -'));

export const createAccountBody = z.strictObject({
  username,
  displayName: plainText(50),
  role: z.enum(roles),
  unionId: z.number().int().positive(),
  /** Required for a merchant clerk: the merchant (of this union) whose vouchers it redeems. */
  merchantId: z.number().int().positive().optional(),
});

export const grantBody = z.strictObject({ role: z.enum(roles), unionId: z.number().int().positive() });
export const grantParams = z.strictObject({
  id: z.coerce.number().int().positive(),
  grantId: z.coerce.number().int().positive(),
});

export const listAccountsQuery = z.strictObject({
  q: z.string().max(50).optional(),
  unionId: z.coerce.number().int().positive().optional(),
  ...pageQuery,
});

export const accountView = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  grants: z.array(
    z.object({
      id: z.number().int(),
      role: z.enum(roles),
      union: z.object({ id: z.number().int(), name: z.string() }),
    }),
  ),
  actions: z.array(z.enum(actionsOf(accountPolicy))),
});
export const accountPage = pageOf(accountView);
export const accountWithPassword = z.object({
  account: accountView,
  /** Shown once; expires in 72 hours and must be changed at first sign-in. */
  initialPassword: z.string(),
});
export type AccountView = z.infer<typeof accountView>;

export const grantableRolesView = z.object({ roles: z.array(z.enum(roles)) });
