// Shared request/response schema pieces. Request text is NFKC-normalised before length checks, so
// full-width input and stray whitespace are handled the same everywhere.
import { z } from 'zod';
import { normalizeText } from './validators.js';

/** Free text: normalised, 1..max characters (characters, not bytes), no angle brackets. */
export const plainText = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform(normalizeText)
    .pipe(
      z
        .string()
        .min(1)
        .max(max)
        .refine((s) => !/[<>]/.test(s), { message: 'must not contain < or >' }),
    );

export const optionalText = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform(normalizeText)
    .pipe(
      z
        .string()
        .max(max)
        .refine((s) => !/[<>]/.test(s), { message: 'must not contain < or >' }),
    )
    .nullish();

export const idParam = z.strictObject({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1),
});

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const okResponse = z.object({ ok: z.literal(true) });

export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    messages: z.object({ 'zh-CN': z.string(), en: z.string() }),
    field: z.string().optional(),
    requestId: z.string(),
  }),
});

/** `{ items: [...] }`: a whole (unpaged) list. */
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
