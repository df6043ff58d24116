// "Find the nearest station": every active station's position, kind, amenities and hours are held in memory in a
// k-d tree (kdbush, with geokdbush's great-circle nearest-neighbour walk), so a search is a walk of the tree that
// stops after the first `limit` stations passing the filters, nearest first. Before each search one indexed query
// (the stations' count and the sum of their revisions, and a digest of the working calendar) says whether any process changed a station
// or a holiday since the tree was built; only then is it rebuilt. A station is a few hundred bytes, so a county's or a province's fit easily.
import { around } from 'geokdbush';
import KDBush from 'kdbush';
import { now } from '../../platform/clock.js';
import type { Ctx, Services } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';
import type { WorkCalendar } from '../../platform/worktime.js';
import { loadCalendar } from '../appeals/appeals.calendar.js';
import { distanceKm, type LatLng } from './stations.geo.js';
import { type Hours, isOpen } from './stations.hours.js';
import type { StationKind } from './stations.schemas.js';

export interface Listed {
  id: number;
  unionId: number;
  unionPath: string;
  unionName: string;
  kind: StationKind;
  owner: string;
  ownerName: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  hours: Hours;
  amenities: string[];
  movable: boolean;
}

interface Tree {
  stamp: string;
  stations: Listed[];
  index: KDBush | null;
  calendar: WorkCalendar;
}

interface Finder {
  tree: Tree | null;
  building: Promise<Tree> | null;
}

const finders = new WeakMap<Services, Finder>();

async function stampOf(ctx: Ctx): Promise<string> {
  // The stations' last change and count, and the working calendar's days (a holiday closes some stations).
  const [row] = await ctx.db.query<{ stamp: string }>(sql`select concat(
      (select concat(count(*), '#', coalesce(sum(revision), 0)) from stations), '#',
      (select concat(count(*), '#', coalesce(sum((day - date '2000-01-01') * (case when kind = 'holiday' then 1 else 7 end)), 0))
        from work_calendar_days)) as stamp`);
  return row?.stamp ?? '';
}

async function build(ctx: Ctx, stamp: string): Promise<Tree> {
  const rows = await ctx.db.query<{
    id: number;
    union_id: number;
    union_path: string;
    union_name: string;
    kind: StationKind;
    owner: string;
    owner_name: string;
    name: string;
    address: string;
    lat: number;
    lng: number;
    hours: Hours;
    amenities: string[];
    movable: boolean;
  }>(sql`select s.id, s.union_id, s.union_path, u.name as union_name, s.kind, s.owner, s.owner_name, s.name,
      s.address, s.lat, s.lng, s.hours, s.amenities, s.movable
    from stations s join unions u on u.id = s.union_id where s.status = 'active' order by s.id`);
  const stations = rows.map((r) => ({
    id: Number(r.id),
    unionId: Number(r.union_id),
    unionPath: r.union_path,
    unionName: r.union_name,
    kind: r.kind,
    owner: r.owner,
    ownerName: r.owner_name,
    name: r.name,
    address: r.address,
    lat: r.lat,
    lng: r.lng,
    hours: r.hours,
    amenities: r.amenities,
    movable: r.movable,
  }));
  let index: KDBush | null = null;
  if (stations.length > 0) {
    index = new KDBush(stations.length);
    for (const s of stations) index.add(s.lng, s.lat);
    index.finish();
  }
  return { stamp, stations, index, calendar: await loadCalendar(ctx) };
}

/** The tree as of now: rebuilt once when the stations changed, shared by the searches that wait for it. */
async function currentTree(ctx: Ctx): Promise<Tree> {
  let finder = finders.get(ctx.services);
  if (!finder) {
    finder = { tree: null, building: null };
    finders.set(ctx.services, finder);
  }
  const stamp = await stampOf(ctx);
  if (finder.tree?.stamp === stamp) return finder.tree;
  if (!finder.building) {
    const f = finder;
    f.building = build(ctx, stamp).finally(() => {
      f.building = null;
    });
    f.tree = await f.building;
    return f.tree;
  }
  return finder.building;
}

export interface Search {
  origin: LatLng;
  kinds?: readonly string[];
  amenities?: readonly string[];
  openNow?: boolean;
  limit: number;
  /** Only stations within this distance. */
  maxKm?: number;
}

export async function nearest(ctx: Ctx, search: Search) {
  const tree = await currentTree(ctx);
  if (!tree.index) return [];
  const at = now(ctx);
  const { kinds, amenities, openNow } = search;
  const passes = (i: number) => {
    const s = tree.stations[i] as Listed;
    if (kinds && kinds.length > 0 && !kinds.includes(s.kind)) return false;
    if (amenities && !amenities.every((a) => s.amenities.includes(a))) return false;
    if (openNow && !isOpen(s.hours, at, tree.calendar)) return false;
    return true;
  };
  const found = around(tree.index, search.origin.lng, search.origin.lat, search.limit, search.maxKm, passes);
  return found.map((i) => {
    const s = tree.stations[i] as Listed;
    return { station: s, km: distanceKm(search.origin, s), open: isOpen(s.hours, at, tree.calendar) };
  });
}

/**
 * A typed place when the phone's position is refused: the first station whose name holds the words, else whose
 * address does, as the point to search around. Other place names go to the geocoding service, when
 * one is configured (stations.find.ts).
 */
export async function placeNamed(ctx: Ctx, place: string): Promise<Listed | null> {
  const tree = await currentTree(ctx);
  const words = place.replace(/\s+/g, '');
  if (!words) return null;
  const hit = tree.stations.find((s) => s.name.includes(words)) ?? tree.stations.find((s) => s.address.includes(words));
  return hit ?? null;
}
