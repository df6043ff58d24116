import { z } from 'zod';
import { actionsOf } from '../../platform/access.js';
import { optionalText, pageOf, pageQuery, plainText } from '../../platform/schemas.js';
import { memberCategories } from '../members/members.schemas.js';
import { articlePolicy } from './content.policy.js';
import { articleKinds, articleStatuses } from './content.tables.js';

export { articleKinds, articleStatuses };

const tag = plainText(20);
const instant = z.iso.datetime({ offset: true });

export const articleBody = z.strictObject({
  unionId: z.number().int().positive(),
  kind: z.enum(articleKinds),
  title: plainText(100),
  /** Plain text; when empty, the start of the body is shown in lists. */
  summary: optionalText(200),
  /** HTML from the editor; sanitised with an allow-list before it is stored. */
  bodyHtml: z.string().min(1).max(200_000),
  tags: z.array(tag).max(10).default([]),
  audienceCategories: z.array(z.enum(memberCategories)).max(memberCategories.length).default([]),
  audienceTags: z.array(tag).max(10).default([]),
  pinned: z.boolean().default(false),
  publishAt: instant.nullish(),
  expiresAt: instant.nullish(),
});
export const reasonBody = z.strictObject({ reason: plainText(200) });

export const listArticlesQuery = z.strictObject({
  status: z.enum(articleStatuses).optional(),
  kind: z.enum(articleKinds).optional(),
  q: optionalText(50),
  ...pageQuery,
});
export const readerQuery = z.strictObject({
  kind: z.enum(articleKinds).optional(),
  /** Words to search for (Chinese is cut into words on the server); the best matches come first. */
  q: optionalText(50),
  ...pageQuery,
});

export const articleSummary = z.object({
  id: z.number().int(),
  kind: z.enum(articleKinds),
  title: z.string(),
  summary: z.string(),
  union: z.object({ id: z.number().int(), name: z.string() }),
  tags: z.array(z.string()),
  pinned: z.boolean(),
  status: z.enum(articleStatuses),
  /** When readers see it from: the scheduled time, else when it was published. */
  publishAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  author: z.string(),
  reads: z.number().int(),
  updatedAt: z.string(),
});
export const attachmentView = z.object({
  id: z.number().int(),
  /** The name it downloads under, its extension that of the type read from its bytes. */
  name: z.string(),
  mediaType: z.string(),
  bytes: z.number().int(),
});
export const articleView = articleSummary.extend({
  bodyHtml: z.string(),
  attachments: z.array(attachmentView),
  audienceCategories: z.array(z.enum(memberCategories)),
  audienceTags: z.array(z.string()),
  needsReview: z.boolean(),
  events: z.array(
    z.object({
      kind: z.string(),
      at: z.string(),
      by: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  actions: z.array(z.enum(actionsOf(articlePolicy))),
});
export const articlePage = pageOf(articleSummary);

/** What a member reads: no workflow, no audience, no counts. */
export const readerArticleSummary = z.object({
  id: z.number().int(),
  kind: z.enum(articleKinds),
  title: z.string(),
  summary: z.string(),
  union: z.string(),
  pinned: z.boolean(),
  publishedAt: z.string(),
  read: z.boolean(),
});
export const readerArticleResult = readerArticleSummary.extend({
  /** What to mark in the title: the query as typed, then its words as the server cut them, longest first. */
  words: z.array(z.string()),
});
export const readerArticleView = readerArticleSummary.extend({
  bodyHtml: z.string(),
  tags: z.array(z.string()),
  attachments: z.array(attachmentView),
});
export const attachmentQuery = z.strictObject({ name: plainText(120) });
export const attachmentParams = z.strictObject({
  id: z.coerce.number().int().positive(),
  attachmentId: z.coerce.number().int().positive(),
});
export const readerArticlePage = pageOf(readerArticleResult);

export const articleImageResult = z.object({ url: z.string() });
export const imageParam = z.strictObject({ name: z.string().max(80) });
