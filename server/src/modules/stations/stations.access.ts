// Loading a station for the console with the caller's rights over it (stations.policy.ts). Out of reach answers
// 404, as a missing station does; a station the caller operates but does not manage answers 403 to `manage`.
import { type Actor, allowedActions, inScope, requireAdmin } from '../../platform/access.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { type Sql, sql } from '../../platform/sql.js';
import { stationPolicy } from './stations.policy.js';
import type { StationRow } from './stations.presenter.js';

export type StationAction = 'operate' | 'manage';

/** SQL: the stations (alias `s`) the actor may operate. */
export function operableStations(actor: Actor): Sql {
  const admin = requireAdmin(actor);
  return sql`(${inScope(actor, 'station.manage', sql.raw('s.union_path'))}
    or (${inScope(actor, 'station.operate', sql.raw('s.union_path'))} and exists (select 1 from station_managers sm
      where sm.station_id = s.id and sm.account_id = ${admin.accountId})))`;
}

/** A station's photos' file names, cover first. */
export const photoNames = sql`coalesce((select array_agg(p.name order by p.position, p.id) from station_photos p
    where p.station_id = s.id), '{}') as photos`;

export const selectStation = (accountId: number) => sql`select s.*, u.name as union_name, ${photoNames},
    exists (select 1 from station_managers sm where sm.station_id = s.id and sm.account_id = ${accountId}) as is_manager
  from stations s join unions u on u.id = s.union_id`;

export async function stationFor(ctx: Ctx, { id, need }: { id: number; need: StationAction }): Promise<StationRow> {
  const admin = requireAdmin(ctx.actor);
  const [s] = await ctx.db.query<StationRow>(sql`${selectStation(admin.accountId)} where s.id = ${id}`);
  if (!s) throw notFound();
  const actions = allowedActions(stationPolicy, ctx.actor, s);
  if (actions.length === 0) throw notFound();
  if (!actions.includes(need)) throw new AppError('FORBIDDEN');
  return s;
}
