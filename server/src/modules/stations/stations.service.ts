// Stations and venues in the console: the system portal (union admins: every station of the subtree, managers,
// posters, amenities) and the manager's portal (their own stations' data and, for a movable station, its
// position). Members find stations in stations.find.ts, visit them in stations.visits.ts, book rooms in
// stations.rooms.ts and review them in stations.reviews.ts.
import type { z } from 'zod';
import { can, requireAdmin, requirePermissionSomewhere, rolePermissions } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { operableStations, selectStation, stationFor } from './stations.access.js';
import { distanceKm, toStored } from './stations.geo.js';
import { checkHours } from './stations.hours.js';
import { type ManagerRow, presentStation, type StationRow } from './stations.presenter.js';
import { signStationToken } from './stations.qr.js';
import type {
  amenityBody,
  managerBody,
  positionBody,
  stationBody,
  stationPatch,
  stationsQuery,
} from './stations.schemas.js';

/** A move faster than this (and farther than a street) is flagged for a look: a typo, or a swapped device. */
const PLAUSIBLE_KMH = 300;
const PLAUSIBLE_NEAR_KM = 5;

async function managersOf(ctx: Ctx, ids: number[]): Promise<ManagerRow[]> {
  if (ids.length === 0) return [];
  return ctx.db.query<ManagerRow>(sql`select sm.station_id, a.id, a.username, a.display_name
    from station_managers sm join accounts a on a.id = sm.account_id
    where sm.station_id = any(${ids}::bigint[]) order by a.username`);
}

async function withManagers(ctx: Ctx, s: StationRow) {
  return presentStation(ctx.actor, s, await managersOf(ctx, [Number(s.id)]));
}

/** A station as the console shows it, read afresh (after a change). */
export async function stationView(ctx: Ctx, id: number) {
  const admin = requireAdmin(ctx.actor);
  const [s] = await ctx.db.query<StationRow>(sql`${selectStation(admin.accountId)} where s.id = ${id}`);
  if (!s) throw notFound();
  return withManagers(ctx, s);
}

/** Every amenity named exists (built in, or added by an administrator). */
async function checkAmenities(ctx: Ctx, keys: readonly string[]) {
  if (keys.length === 0) return;
  const rows = await ctx.db.query<{ key: string }>(sql`select key from station_amenities
    where key = any(${[...keys]}::text[])`);
  const unknown = keys.find((k) => !rows.some((r) => r.key === k));
  if (unknown) throw new AppError('STATION_AMENITY_UNKNOWN', { field: 'amenities', amenity: unknown });
}

export async function createStation(ctx: Ctx, body: z.infer<typeof stationBody>) {
  const admin = requireAdmin(ctx.actor);
  const path = await unionPathFor(ctx, { unionId: body.unionId, permission: 'station.manage' });
  const at = toStored(body, body.datum);
  checkHours(body.hours);
  await checkAmenities(ctx, body.amenities);
  return transaction(ctx, async (tx) => {
    const [row] = await tx.db.query<{ id: number }>(sql`insert into stations (union_id, union_path, kind, owner,
        owner_name, name, address, lat, lng, hours, amenities, story, contact, movable, created_by, created_at,
        updated_at)
      values (${body.unionId}, ${path}, ${body.kind}, ${body.owner}, ${body.ownerName ?? ''}, ${body.name},
        ${body.address}, ${at.lat}, ${at.lng}, ${JSON.stringify(body.hours)}::jsonb, ${body.amenities}::text[],
        ${body.story ?? ''}, ${body.contact ?? ''}, ${body.movable}, ${admin.accountId}, ${now(tx)}, ${now(tx)})
      returning id`);
    const id = Number(row?.id);
    await audit(tx, { action: 'station.create', targetType: 'station', targetId: id });
    return stationView(tx, id);
  });
}

export async function updateStation(ctx: Ctx, { id, patch }: { id: number; patch: z.infer<typeof stationPatch> }) {
  const s = await stationFor(ctx, { id, need: 'operate' });
  if (patch.hours) checkHours(patch.hours);
  if (patch.amenities) await checkAmenities(ctx, patch.amenities);
  // Whose venue it is and whether it moves are the system portal's to say.
  if (
    (patch.owner !== undefined || patch.ownerName != null || patch.movable !== undefined || patch.kind) &&
    !can(ctx.actor, 'station.manage', s.union_path)
  )
    throw new AppError('FORBIDDEN');
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`update stations set revision = revision + 1,
        kind = ${patch.kind ?? s.kind}, owner = ${patch.owner ?? s.owner},
        owner_name = ${patch.ownerName ?? s.owner_name}, name = ${patch.name ?? s.name},
        address = ${patch.address ?? s.address},
        hours = ${JSON.stringify(patch.hours ?? s.hours)}::jsonb, amenities = ${patch.amenities ?? s.amenities}::text[],
        story = ${patch.story ?? s.story}, contact = ${patch.contact ?? s.contact},
        movable = ${patch.movable ?? s.movable}, updated_at = ${now(tx)}
      where id = ${id}`);
    await audit(tx, { action: 'station.update', targetType: 'station', targetId: id, detail: Object.keys(patch) });
    return stationView(tx, id);
  });
}

/**
 * A new position. A movable station's manager sets it as the station moves; a fixed station's only through the
 * system portal. A move that would mean travelling faster than 300 km/h is stored but flagged for a look.
 */
export async function moveStation(
  ctx: Ctx,
  { id, position: body }: { id: number; position: z.infer<typeof positionBody> },
) {
  const s = await stationFor(ctx, { id, need: 'operate' });
  if (!s.movable && !can(ctx.actor, 'station.manage', s.union_path)) throw new AppError('STATION_NOT_MOVABLE');
  const to = toStored(body, body.datum);
  const at = now(ctx);
  const since = s.moved_at ?? s.updated_at;
  const hours = Math.max(at.getTime() - since.getTime(), 60_000) / 3_600_000;
  const km = distanceKm(s, to);
  const flagged = km > PLAUSIBLE_NEAR_KM && km / hours > PLAUSIBLE_KMH;
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`update stations set revision = revision + 1, lat = ${to.lat}, lng = ${to.lng}, moved_at = ${at},
        position_flagged = ${flagged}, updated_at = ${at}
      where id = ${id}`);
    await audit(tx, {
      action: flagged ? 'station.move.flagged' : 'station.move',
      targetType: 'station',
      targetId: id,
      detail: { km: Math.round(km * 10) / 10 },
    });
    return stationView(tx, id);
  });
}

export async function retireStation(ctx: Ctx, id: number) {
  await stationFor(ctx, { id, need: 'manage' });
  return transaction(ctx, async (tx) => {
    await tx.db.query(
      sql`update stations set revision = revision + 1, status = 'retired', updated_at = ${now(tx)} where id = ${id}`,
    );
    await audit(tx, { action: 'station.retire', targetType: 'station', targetId: id });
    return stationView(tx, id);
  });
}

export async function getStation(ctx: Ctx, id: number) {
  return withManagers(ctx, await stationFor(ctx, { id, need: 'operate' }));
}

export async function listStations(ctx: Ctx, query: z.infer<typeof stationsQuery>) {
  const admin = requireAdmin(ctx.actor);
  const where = sql`${operableStations(ctx.actor)}
    and (${query.kind ?? null}::text is null or s.kind = ${query.kind ?? null})
    and s.status = ${query.status ?? 'active'}
    and (${query.q ?? null}::text is null or s.name like ${`%${query.q ?? ''}%`} or s.address like ${`%${query.q ?? ''}%`})`;
  return paginate<StationRow, ReturnType<typeof presentStation>>(
    ctx,
    query,
    {
      rows: sql`${selectStation(admin.accountId)} where ${where} order by s.union_path, s.id`,
      count: sql`select 1 from stations s where ${where}`,
    },
    async (rows) => {
      const managers = await managersOf(
        ctx,
        rows.map((r) => Number(r.id)),
      );
      return rows.map((r) => presentStation(ctx.actor, r, managers));
    },
  );
}

/** Names an account a manager of the station: it must hold the station-manager role (or more) over it. */
export async function addManager(ctx: Ctx, { id, username }: { id: number } & z.infer<typeof managerBody>) {
  const s = await stationFor(ctx, { id, need: 'manage' });
  const [account] = await ctx.db.query<{ id: number; roles: string[]; paths: string[] }>(sql`select a.id,
      array_agg(g.role) as roles, array_agg(u.path) as paths
    from accounts a join role_grants g on g.account_id = a.id join unions u on u.id = g.union_id
    where a.username = ${username} and not a.disabled group by a.id`);
  const covers =
    account?.roles.some(
      (role, i) =>
        rolePermissions[role as keyof typeof rolePermissions]?.includes('station.operate') &&
        s.union_path.startsWith(account.paths[i] as string),
    ) ?? false;
  if (!account || !covers) throw new AppError('STATION_MANAGER_NO_ROLE', { field: 'username' });
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`insert into station_managers (station_id, account_id) values (${id}, ${account.id})
      on conflict do nothing`);
    await audit(tx, { action: 'station.manager.add', targetType: 'station', targetId: id, detail: { username } });
    return stationView(tx, id);
  });
}

export async function removeManager(ctx: Ctx, { id, accountId }: { id: number; accountId: number }) {
  await stationFor(ctx, { id, need: 'manage' });
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`delete from station_managers where station_id = ${id} and account_id = ${accountId}`);
    await audit(tx, { action: 'station.manager.remove', targetType: 'station', targetId: id, detail: { accountId } });
    return stationView(tx, id);
  });
}

/** What the station's QR poster carries. */
export async function poster(ctx: Ctx, id: number) {
  const s = await stationFor(ctx, { id, need: 'operate' });
  const token = signStationToken(ctx.services.signer, { stationId: Number(s.id), version: s.qr_version });
  return { path: `/stations/${s.id}/visit?t=${encodeURIComponent(token)}`, token, version: s.qr_version };
}

/** A new poster: the old one (lost, copied, defaced) stops recording visits at once. */
export async function reissuePoster(ctx: Ctx, id: number) {
  await stationFor(ctx, { id, need: 'manage' });
  await transaction(ctx, async (tx) => {
    await tx.db.query(
      sql`update stations set revision = revision + 1, qr_version = qr_version + 1, updated_at = ${now(tx)} where id = ${id}`,
    );
    await audit(tx, { action: 'station.poster.reissue', targetType: 'station', targetId: id });
  });
  return poster(ctx, id);
}

/** Public, as finding a station is: the amenities' names in both languages. */
export async function listAmenities(ctx: Ctx) {
  const rows = await ctx.db.query<{ key: string; name_zh: string; name_en: string; builtin: boolean }>(
    sql`select key, name_zh, name_en, builtin from station_amenities order by builtin desc, created_at, key`,
  );
  return { items: rows.map((r) => ({ key: r.key, nameZh: r.name_zh, nameEn: r.name_en, builtin: r.builtin })) };
}

export async function addAmenity(ctx: Ctx, body: z.infer<typeof amenityBody>) {
  requirePermissionSomewhere(ctx.actor, 'station.manage');
  return transaction(ctx, async (tx) => {
    const added = await tx.db.query(sql`insert into station_amenities (key, name_zh, name_en)
      values (${body.key}, ${body.nameZh}, ${body.nameEn}) on conflict do nothing returning key`);
    if (added.length === 0) throw new AppError('STATION_AMENITY_EXISTS', { field: 'key' });
    await audit(tx, { action: 'station.amenity.add', targetType: 'station_amenity', targetId: body.key });
    return listAmenities(tx);
  });
}
