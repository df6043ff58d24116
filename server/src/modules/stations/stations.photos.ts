// Photos of a station: its managers (and the system portal) add JPEG or PNG pictures, up to MAX_PHOTOS, choose the
// cover (the first) and remove them. They are accepted and served as every published picture is (files.images.ts):
// public to whoever has the address, so a photo must not show people's faces or papers, which the console says.
import { requireAdmin } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { storePicture } from '../files/files.images.js';
import { stationFor } from './stations.access.js';
import { stationView } from './stations.service.js';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_PHOTOS = 9;

export async function addPhoto(ctx: Ctx, { id, body }: { id: number; body: unknown }) {
  const admin = requireAdmin(ctx.actor);
  await stationFor(ctx, { id, need: 'operate' });
  const [{ n } = { n: 0 }] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from station_photos
    where station_id = ${id}`);
  if (n >= MAX_PHOTOS) throw new AppError('STATION_PHOTOS_FULL', { max: MAX_PHOTOS });
  const picture = await storePicture(ctx, {
    body,
    folder: 'stations',
    maxBytes: MAX_PHOTO_BYTES,
    wrongType: 'STATION_PHOTO_TYPE',
  });
  return transaction(ctx, async (tx) => {
    // Counted again under the station's row lock: two uploads at once cannot both take the ninth place.
    await tx.db.query(sql`select id from stations where id = ${id} for update`);
    const [last] = await tx.db.query<{ n: number; top: number }>(sql`select count(*)::int as n,
        coalesce(max(position), -1)::int as top from station_photos where station_id = ${id}`);
    if ((last?.n ?? 0) >= MAX_PHOTOS) throw new AppError('STATION_PHOTOS_FULL', { max: MAX_PHOTOS });
    await tx.db.query(sql`insert into station_photos (station_id, name, media_type, size_bytes, sha256, position,
        uploaded_by, created_at)
      values (${id}, ${picture.name}, ${picture.mediaType}, ${picture.bytes.length}, ${picture.sha256},
        ${(last?.top ?? -1) + 1}, ${admin.accountId}, ${now(tx)})`);
    await touch(tx, id);
    await audit(tx, {
      action: 'station.photo.add',
      targetType: 'station',
      targetId: id,
      detail: { photo: picture.name },
    });
    return stationView(tx, id);
  });
}

/** The photo becomes the cover: first in the order, the others keep theirs behind it. */
export async function makeCover(ctx: Ctx, { id, name }: { id: number; name: string }) {
  await stationFor(ctx, { id, need: 'operate' });
  return transaction(ctx, async (tx) => {
    const moved = await tx.db.query(sql`update station_photos set position = (select coalesce(min(position), 0) - 1
        from station_photos where station_id = ${id}) where station_id = ${id} and name = ${name} returning id`);
    if (moved.length === 0) throw notFound();
    await touch(tx, id);
    await audit(tx, { action: 'station.photo.cover', targetType: 'station', targetId: id, detail: { photo: name } });
    return stationView(tx, id);
  });
}

export async function removePhoto(ctx: Ctx, { id, name }: { id: number; name: string }) {
  await stationFor(ctx, { id, need: 'operate' });
  return transaction(ctx, async (tx) => {
    const gone = await tx.db.query(sql`delete from station_photos where station_id = ${id} and name = ${name}
      returning id`);
    if (gone.length === 0) throw notFound();
    await touch(tx, id);
    await audit(tx, { action: 'station.photo.remove', targetType: 'station', targetId: id, detail: { photo: name } });
    return stationView(tx, id);
  });
}

/** A station's photos changed: its revision moves, so the finder's and members' copies are known to be stale. */
const touch = (ctx: Ctx, id: number) =>
  ctx.db.query(sql`update stations set revision = revision + 1, updated_at = ${now(ctx)} where id = ${id}`);
