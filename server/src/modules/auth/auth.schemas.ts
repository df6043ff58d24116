import { z } from 'zod';
import { permissions, roles } from '../../platform/access.js';

export const adminLoginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});
export const totpBody = z.strictObject({ code: z.string().max(12) });
export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});
export const smsRequestBody = z.strictObject({ phone: z.string().max(32) });
export const accountPhoneBody = z.strictObject({ phone: z.string().max(32), code: z.string().max(12) });
/** The account's phone for reminders, masked (138****0001); null when none is set. */
export const accountPhoneView = z.object({ phone: z.string().nullable() });
export const memberLoginBody = z.strictObject({ phone: z.string().max(32), code: z.string().max(12) });

export const stage = z.enum(['full', 'mfa', 'mfa_enrol', 'password_change']);
export const loginResponse = z.object({ stage, csrfToken: z.string() });
export const totpSetupResponse = z.object({ secret: z.string(), otpauthUri: z.string(), qrDataUrl: z.string() });
export const smsRequestResponse = z.object({ sent: z.literal(true), retryAfterSeconds: z.number().int() });

export const sessionResponse = z.object({
  kind: z.enum(['anonymous', 'admin', 'member']),
  stage: stage.nullable(),
  csrfToken: z.string().nullable(),
  demo: z.boolean(),
  /** Manages a root union: sees the installation's own pages (failed background jobs). */
  wholeTree: z.boolean(),
  account: z
    .object({
      id: z.number().int(),
      username: z.string(),
      displayName: z.string(),
      totpEnabled: z.boolean(),
      /** The phone for text reminders, masked; null when none is set. */
      phone: z.string().nullable(),
    })
    .nullable(),
  grants: z.array(
    z.object({ id: z.number().int(), role: z.enum(roles), unionId: z.number().int(), unionName: z.string() }),
  ),
  permissions: z.array(z.enum(permissions)),
  member: z.object({ memberId: z.number().int().nullable() }).nullable(),
});

export const ownSessions = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      createdAt: z.string(),
      lastSeenAt: z.string(),
      ip: z.string().nullable(),
      userAgent: z.string().nullable(),
      current: z.boolean(),
    }),
  ),
});
export const endSessionParams = z.strictObject({
  sid: z.union([z.literal('others'), z.string().regex(/^[0-9a-f]{16}$/)]),
});
export const endedResponse = z.object({ ended: z.number().int() });
