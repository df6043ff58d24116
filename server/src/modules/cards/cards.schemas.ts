import { z } from 'zod';

export const cardView = z.object({
  cardNo: z.string(),
  name: z.string(),
  unionName: z.string(),
  joinedAt: z.string(),
  /** Signed, short-lived QR content: `ZGC1.<payload>.<signature>`, base64url. */
  token: z.string(),
  expiresAt: z.string(),
  refreshSeconds: z.number().int(),
});
export const publicKeyView = z.object({
  algorithm: z.literal('Ed25519'),
  keyId: z.string(),
  publicKey: z.string(),
  /** Keys being rotated out: cards they signed still verify, so an offline device keeps them too. */
  previous: z.array(z.object({ keyId: z.string(), publicKey: z.string() })),
});
export const verifyBody = z.strictObject({ token: z.string().max(2000) });
export const verifyResult = z.object({
  valid: z.boolean(),
  reason: z.enum(['format', 'signature', 'expired', 'revoked']).nullable(),
  cardNo: z.string().nullable(),
  name: z.string().nullable(),
  unionName: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
