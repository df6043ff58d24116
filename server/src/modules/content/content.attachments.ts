// Attachments of an article (附件): documents and pictures an editor adds while the article can be edited, kept in
// the media store and downloaded by whoever may read the article (its editors, and the members it is published
// to) under the name the editor gave it, with the extension of the type its bytes were checked to be.
import crypto from 'node:crypto';
import { authorize, requireAdmin } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { cleanFileName, scan, sniffMediaType } from '../files/files.service.js';
import { articlePolicy } from './content.policy.js';
import { readableArticle } from './content.reading.js';
import { loadArticle } from './content.service.js';
import type { AttachmentRow } from './content.tables.js';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
const MAX_ATTACHMENTS = 10;

const office = {
  'word/': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  'xl/': ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  'ppt/': ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
} as const;
const simple = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' } as const;

/**
 * The type of an attachment from its bytes: PDF, JPEG, PNG, or an Office Open XML document (a ZIP whose entries
 * live under word/, xl/ or ppt/, next to [Content_Types].xml). Anything else (an executable, an old binary Office
 * file, HTML, a ZIP of something else) is null.
 */
export function sniffAttachment(bytes: Buffer): { mediaType: string; extension: string } | null {
  const plain = sniffMediaType(bytes);
  if (plain) return { mediaType: plain, extension: simple[plain] };
  if (bytes.length < 30 || bytes.readUInt32LE(0) !== 0x04034b50) return null;
  const text = bytes.toString('latin1');
  if (!text.includes('[Content_Types].xml')) return null;
  for (const [folder, [mediaType, extension]] of Object.entries(office)) {
    if (text.includes(folder)) return { mediaType, extension };
  }
  return null;
}

/** Adds a file to an article that may be edited; the name gets the extension of the type found in the bytes. */
export async function addAttachment(ctx: Ctx, { id, name, body }: { id: number; name: string; body: unknown }) {
  const admin = requireAdmin(ctx.actor);
  const article = await loadArticle(ctx, id);
  authorize(articlePolicy, ctx.actor, 'edit', article);
  if (body !== undefined && body !== null && !Buffer.isBuffer(body)) throw new AppError('ARTICLE_ATTACHMENT_TYPE');
  const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
  if (bytes.length === 0) throw new AppError('FILE_EMPTY');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw new AppError('FILE_TOO_LARGE', { max: '20 MB' });
  const type = sniffAttachment(bytes);
  if (!type) throw new AppError('ARTICLE_ATTACHMENT_TYPE');
  const verdict = await scan(ctx, bytes);
  if (!verdict.clean) throw new AppError('FILE_INFECTED', { signature: verdict.signature });
  const base =
    cleanFileName(name)
      .replace(/\.[^.]*$/, '')
      .slice(0, 100) || 'file';
  const key = `attachments/${crypto.randomBytes(18).toString('base64url')}.${type.extension}`;
  await ctx.services.media.put(key, bytes, type.mediaType);
  await transaction(ctx, async (tx) => {
    // The article row is locked, so two uploads at once cannot make an eleventh attachment.
    await tx.db.query(sql`select id from articles where id = ${id} for update`);
    const [count] = await tx.db.query<{ n: number }>(sql`select count(*)::int as n from article_attachments
      where article_id = ${id}`);
    if (Number(count?.n) >= MAX_ATTACHMENTS) throw new AppError('ARTICLE_ATTACHMENTS_FULL');
    const [row] = await tx.db.query<{ id: number }>(sql`insert into article_attachments (article_id, name, media_key,
        media_type, size_bytes, uploaded_by, created_at)
      values (${id}, ${`${base}.${type.extension}`}, ${key}, ${type.mediaType}, ${bytes.length}, ${admin.accountId},
        ${now(tx)})
      returning id`);
    await audit(tx, {
      action: 'article.attachment_add',
      targetType: 'article',
      targetId: id,
      unionPath: article.union_path,
      detail: { attachmentId: Number(row?.id), bytes: bytes.length },
    });
  });
}

export async function removeAttachment(ctx: Ctx, { id, attachmentId }: { id: number; attachmentId: number }) {
  requireAdmin(ctx.actor);
  const article = await loadArticle(ctx, id);
  authorize(articlePolicy, ctx.actor, 'edit', article);
  await transaction(ctx, async (tx) => {
    const gone = await tx.db.query(sql`delete from article_attachments where id = ${attachmentId}
      and article_id = ${id} returning id`);
    if (gone.length === 0) throw notFound();
    await audit(tx, {
      action: 'article.attachment_remove',
      targetType: 'article',
      targetId: id,
      unionPath: article.union_path,
      detail: { attachmentId },
    });
  });
}

/** An attachment for its article's editors, or for a member the article is published to; 404 for anyone else. */
export async function openAttachment(ctx: Ctx, { id, attachmentId }: { id: number; attachmentId: number }) {
  if (ctx.actor.kind === 'admin') await loadArticle(ctx, id);
  else if (!(await readableArticle(ctx, id))) throw notFound();
  const [a] = await ctx.db.query<AttachmentRow>(sql`select * from article_attachments where id = ${attachmentId}
    and article_id = ${id}`);
  if (!a) throw notFound();
  const object = await ctx.services.media.get(a.media_key);
  if (!object) throw notFound();
  return { name: a.name, mediaType: a.media_type, size: object.size, body: object.body };
}
