// Images in articles. An editor uploads the bytes, accepted and stored as every published picture is
// (files.images.ts). Articles point at them as /media/articles/<name>: the sanitiser keeps only images at such
// addresses.
import { requirePermissionSomewhere } from '../../platform/access.js';
import { now } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { storePicture } from '../files/files.images.js';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** An editor places a few images a day; a script filling the store stops here. */
export const MAX_IMAGES_PER_DAY = 200;
/** The address of an article image, as the sanitiser accepts it. */
export const imagePath = /^\/media\/articles\/([A-Za-z0-9_-]{24}\.(?:jpg|png))$/;

export async function uploadArticleImage(ctx: Ctx, body: unknown) {
  const actor = requirePermissionSomewhere(ctx.actor, 'content.edit');
  const [today] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from article_images
    where uploaded_by = ${actor.accountId} and created_at > ${new Date(now(ctx).getTime() - 86_400_000)}`);
  if ((today?.n ?? 0) >= MAX_IMAGES_PER_DAY)
    throw new AppError('RATE_LIMITED', { wait: { zh: '明天', en: 'tomorrow' } });
  const picture = await storePicture(ctx, {
    body,
    folder: 'articles',
    maxBytes: MAX_IMAGE_BYTES,
    wrongType: 'ARTICLE_IMAGE_TYPE',
  });
  await ctx.db.query(sql`insert into article_images (key, media_type, size_bytes, sha256, uploaded_by, created_at)
    values (${picture.key}, ${picture.mediaType}, ${picture.bytes.length}, ${picture.sha256}, ${actor.accountId},
      ${now(ctx)})`);
  return { url: `/media/articles/${picture.name}` };
}
