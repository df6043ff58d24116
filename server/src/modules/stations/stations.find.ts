// Finding a station, for anyone with the app (a rider who has not joined yet included): the nearest ones from the
// phone's position or a typed place, filtered by kind, amenity and "open now", and one station's page with its
// hours, story, rooms, reviews and one-tap navigation links.
import type { z } from 'zod';
import { now } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { loadCalendar } from '../appeals/appeals.calendar.js';
import { photoNames } from './stations.access.js';
import { nearest, placeNamed } from './stations.finder.js';
import { checkInChina, convert, distanceKm, type LatLng, navigationLinks } from './stations.geo.js';
import { isOpen } from './stations.hours.js';
import {
  photoUrl,
  presentPublicReview,
  presentRoomSummary,
  type ReviewRow,
  type RoomRow,
  type StationRow,
} from './stations.presenter.js';
import type { nearbyQuery, nearbyStationQuery } from './stations.schemas.js';

export async function nearby(ctx: Ctx, query: z.infer<typeof nearbyQuery>) {
  let origin: LatLng & { from: 'position' | 'place'; place: string | null };
  if (query.lat !== undefined && query.lng !== undefined) {
    checkInChina({ lat: query.lat, lng: query.lng });
    origin = { lat: query.lat, lng: query.lng, from: 'position', place: null };
  } else if (query.place) {
    const hit = (await placeNamed(ctx, query.place)) ?? (await geocoded(ctx, query.place));
    if (!hit) throw new AppError('STATION_PLACE_UNKNOWN', { field: 'place', place: query.place });
    origin = { lat: hit.lat, lng: hit.lng, from: 'place', place: query.place };
  } else {
    throw new AppError('STATION_ORIGIN_REQUIRED', { field: 'lat' });
  }
  const found = await nearest(ctx, {
    origin,
    kinds: query.kinds,
    amenities: query.amenities,
    openNow: query.openNow,
    limit: query.limit,
  });
  return {
    origin,
    items: found.map(({ station: s, km, open }) => ({
      id: s.id,
      kind: s.kind,
      owner: s.owner as StationRow['owner'],
      ownerName: s.ownerName,
      name: s.name,
      address: s.address,
      unionName: s.unionName,
      lat: s.lat,
      lng: s.lng,
      gcj02: convert(s, 'wgs84', 'gcj02'),
      km: Math.round(km * 100) / 100,
      open,
      amenities: s.amenities,
      movable: s.movable,
    })),
  };
}

export async function memberStation(ctx: Ctx, { id, ...from }: { id: number } & z.infer<typeof nearbyStationQuery>) {
  const [s] = await ctx.db.query<StationRow>(sql`select s.*, u.name as union_name, false as is_manager, ${photoNames}
    from stations s join unions u on u.id = s.union_id where s.id = ${id} and s.status = 'active'`);
  if (!s) throw notFound();
  const rooms = await ctx.db.query<RoomRow>(
    sql`select * from station_rooms where station_id = ${id} and status = 'active' order by id`,
  );
  const [rating] = await ctx.db.query<{ average: number | null; count: number }>(sql`select
      round(avg(rating)::numeric, 1)::float8 as average, count(*)::int as count
    from station_reviews where station_id = ${id}`);
  const reviews =
    await ctx.db.query<ReviewRow>(sql`select r.id, m.name as member_name, r.rating, r.comment, r.reply, r.created_at
    from station_reviews r join members m on m.id = r.member_id
    where r.station_id = ${id} order by r.created_at desc, r.id desc limit 5`);
  const origin = from.lat !== undefined && from.lng !== undefined ? { lat: from.lat, lng: from.lng } : null;
  return {
    id: Number(s.id),
    kind: s.kind,
    owner: s.owner,
    ownerName: s.owner_name,
    name: s.name,
    address: s.address,
    unionName: s.union_name,
    lat: s.lat,
    lng: s.lng,
    gcj02: convert(s, 'wgs84', 'gcj02'),
    km: origin ? Math.round(distanceKm(origin, s) * 100) / 100 : 0,
    open: isOpen(s.hours, now(ctx), await loadCalendar(ctx)),
    amenities: s.amenities,
    movable: s.movable,
    hours: s.hours,
    story: s.story,
    contact: s.contact,
    photos: s.photos.map((name) => ({ name, url: photoUrl(name) })),
    navigation: navigationLinks(s, s.name, s.address),
    rooms: rooms.map(presentRoomSummary),
    rating: { average: rating?.average ?? null, count: rating?.count ?? 0 },
    reviews: reviews.map(presentPublicReview),
  };
}

/**
 * A typed place no station's name or address holds, from the geocoding service when one is configured (in WGS-84,
 * and only inside China); null when there is none or it knows no such place.
 */
async function geocoded(ctx: Ctx, place: string): Promise<LatLng | null> {
  const geocoder = ctx.services.geocoder;
  if (!geocoder) return null;
  let found: Awaited<ReturnType<typeof geocoder.geocode>>;
  try {
    found = await geocoder.geocode(place);
  } catch {
    throw new AppError('STATION_PLACE_SERVICE_DOWN', { field: 'place' });
  }
  if (!found) return null;
  const wgs = found.datum === 'wgs84' ? found : convert(found, 'gcj02', 'wgs84');
  try {
    checkInChina(wgs);
  } catch {
    return null;
  }
  return { lat: wgs.lat, lng: wgs.lng };
}

/** The map tiles of this installation (MAP_TILE_URL and friends). */
export function mapSettings(ctx: Ctx) {
  const m = ctx.services.config.mapTiles;
  return { tileUrl: m.url, subdomains: m.subdomains, datum: m.datum, attribution: m.attribution };
}
