import { z } from 'zod';
import { pageOf, pageQuery, plainText } from '../../platform/schemas.js';

export const recipientLevels = ['city', 'county', 'township', 'base'] as const;
export const recipientStatuses = ['unread', 'read', 'replied', 'overdue'] as const;

export const sendDocumentBody = z.strictObject({
  unionId: z.number().int().positive(),
  title: plainText(100),
  /** HTML from the editor; sanitised like an article's. */
  bodyHtml: z.string().min(1).max(200_000),
  recipientLevel: z.enum(recipientLevels),
  replyRequired: z.boolean().default(false),
  /** Working days to sign for it (or reply, when a reply is asked), on the working calendar; none: no deadline. */
  dueWorkingDays: z.number().int().min(1).max(60).nullish(),
});
export const unionBody = z.strictObject({ unionId: z.number().int().positive() });
export const replyBody = z.strictObject({ unionId: z.number().int().positive(), text: plainText(2000) });
export const listDocumentsQuery = z.strictObject({ box: z.enum(['sent', 'received']), ...pageQuery });
export const recipientsQuery = z.strictObject({ status: z.enum(recipientStatuses).optional(), ...pageQuery });

const progress = z.object({
  recipients: z.number().int(),
  read: z.number().int(),
  replied: z.number().int(),
  overdue: z.number().int(),
});
/** For a receiving union: where its cadre stands with the document. */
const receipt = z.object({
  union: z.object({ id: z.number().int(), name: z.string() }),
  status: z.enum(recipientStatuses),
  readAt: z.string().nullable(),
  repliedAt: z.string().nullable(),
  replyText: z.string().nullable(),
  reminders: z.number().int(),
});
export const documentSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  from: z.object({ id: z.number().int(), name: z.string() }),
  recipientLevel: z.enum(recipientLevels),
  replyRequired: z.boolean(),
  dueAt: z.string().nullable(),
  sentAt: z.string(),
  /** The sender's side: how far the recipients are (null for a receiving cadre). */
  progress: progress.nullable(),
  /** The receiving side: the caller's unions that received it. */
  receipts: z.array(receipt),
});
export const documentView = documentSummary.extend({
  bodyHtml: z.string(),
  sentBy: z.string(),
  /** Sender's side: may remind those not done. */
  canRemind: z.boolean(),
});
export const documentPage = pageOf(documentSummary);
export const recipientView = receipt.extend({ remindedAt: z.string().nullable() });
export const recipientPage = pageOf(recipientView);
export const remindResult = z.object({
  reminded: z.number().int(),
  /** Cadres of those unions texted now (those with a phone for reminders, once a day per document). */
  texted: z.number().int(),
});
