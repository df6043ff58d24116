import { z } from 'zod';

export const filePurposes = ['assistance_evidence', 'appeal_evidence'] as const;
export type FilePurpose = (typeof filePurposes)[number];

export const uploadQuery = z.strictObject({
  purpose: z.enum(filePurposes),
  name: z.string().min(1).max(400),
});

export const fileView = z.object({
  id: z.number(),
  name: z.string(),
  mediaType: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
  sizeBytes: z.number(),
});

export const fileSummary = fileView.extend({ createdAt: z.string() });
