// Images in articles. An editor uploads the bytes; their type is read from the bytes (JPEG or PNG only: no SVG,
// whose scripts would run), they are scanned like evidence, and stored in the media store under a random key.
// Articles point at them as /media/articles/<key>: the sanitiser keeps only images at such addresses. They are
// public to whoever has the address, like any published picture, and hold no personal data.
import crypto from 'node:crypto';
import { requirePermissionSomewhere } from '../../platform/access.js';
import { now } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import type { ByteRange } from '../../platform/storage.js';
import { scan, sniffMediaType } from '../files/files.service.js';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** An editor places a few images a day; a script filling the store stops here. */
export const MAX_IMAGES_PER_DAY = 200;
const extension = { 'image/jpeg': 'jpg', 'image/png': 'png' } as const;
/** The address of an article image, as the sanitiser accepts it. */
export const imagePath = /^\/media\/articles\/([A-Za-z0-9_-]{24}\.(?:jpg|png))$/;

export async function uploadArticleImage(ctx: Ctx, body: unknown) {
  const actor = requirePermissionSomewhere(ctx.actor, 'content.edit');
  if (body !== undefined && body !== null && !Buffer.isBuffer(body)) throw new AppError('ARTICLE_IMAGE_TYPE');
  const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
  if (bytes.length === 0) throw new AppError('FILE_EMPTY');
  if (bytes.length > MAX_IMAGE_BYTES) throw new AppError('FILE_TOO_LARGE', { max: '5 MB' });
  const mediaType = sniffMediaType(bytes);
  if (mediaType !== 'image/jpeg' && mediaType !== 'image/png') throw new AppError('ARTICLE_IMAGE_TYPE');
  const verdict = await scan(ctx, bytes);
  if (!verdict.clean) throw new AppError('FILE_INFECTED', { signature: verdict.signature });
  const [today] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from article_images
    where uploaded_by = ${actor.accountId} and created_at > ${new Date(now(ctx).getTime() - 86_400_000)}`);
  if ((today?.n ?? 0) >= MAX_IMAGES_PER_DAY)
    throw new AppError('RATE_LIMITED', { wait: { zh: '明天', en: 'tomorrow' } });
  const name = `${crypto.randomBytes(18).toString('base64url')}.${extension[mediaType]}`;
  await ctx.services.media.put(`articles/${name}`, bytes, mediaType);
  await ctx.db.query(sql`insert into article_images (key, media_type, size_bytes, sha256, uploaded_by, created_at)
    values (${`articles/${name}`}, ${mediaType}, ${bytes.length},
      ${crypto.createHash('sha256').update(bytes).digest('hex')}, ${actor.accountId}, ${now(ctx)})`);
  return { url: `/media/articles/${name}` };
}

/**
 * One range, `bytes=a-b`, `bytes=a-` or `bytes=-n`, against an object of `size` bytes: the bytes, 'unsatisfiable'
 * when it lies outside the object (416), or null for a header this server does not use (several ranges, another
 * unit, nonsense), which is ignored and the whole object sent, as RFC 9110 allows.
 */
export function parseRange(header: string, size: number): ByteRange | 'unsatisfiable' | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1]);
  const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[1] !== '' && m[2] !== '' && Number(m[2]) < start) return null;
  return start <= end && start < size ? { start, end } : 'unsatisfiable';
}

export async function readArticleImage(ctx: Ctx, { name, range }: { name: string; range: string | undefined }) {
  if (!imagePath.test(`/media/articles/${name}`)) return null;
  const key = `articles/${name}`;
  const meta = await ctx.services.media.head(key);
  if (!meta) return null;
  const wanted = range === undefined ? null : parseRange(range, meta.size);
  if (wanted === 'unsatisfiable') return { unsatisfiable: true as const, size: meta.size };
  if (wanted === null) return { ...(await ctx.services.media.get(key)), range: null, size: meta.size };
  return { ...(await ctx.services.media.get(key, wanted)), range: wanted, size: meta.size };
}
