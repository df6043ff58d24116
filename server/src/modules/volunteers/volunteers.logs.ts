// A team's work log (the leader's monthly record in the seeds): what was done on a day, how many people were
// served, and up to three photos. Written by the team's leader in the member app or by a cadre in the console;
// read by the team's members and by cadres over the team's union.
import type { z } from 'zod';
import { requireAdmin } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { type PageQuery, paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { storePicture } from '../files/files.images.js';
import { presentLog } from './volunteers.presenter.js';
import type { logBody } from './volunteers.schemas.js';
import { loadTeam, notInFuture, requireVolunteer } from './volunteers.service.js';
import type { TeamLogRow } from './volunteers.tables.js';

export const MAX_LOG_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTOS = 3;

const selectLog = sql.raw(`select l.id, l.team_id, l.union_path, to_char(l.happened_on, 'YYYY-MM-DD') as happened_on,
    l.body, l.people_served, l.photos, l.created_at, coalesce(am.name, a.display_name) as author_name
  from volunteer_team_logs l
  left join volunteers av on av.id = l.author_volunteer_id left join members am on am.id = av.member_id
  left join accounts a on a.id = l.author_account_id`);

/** Who is writing to or reading the team's log: a cadre over it, or (in the member app) one of its members. */
async function teamForCaller(ctx: Ctx, { teamId, write, as }: { teamId: number; write: boolean; as: Face }) {
  if (as === 'admin') {
    const team = await loadTeam(ctx, teamId);
    return { team, volunteerId: null, accountId: requireAdmin(ctx.actor).accountId };
  }
  const v = await requireVolunteer(ctx);
  const [m] = await ctx.db.query<{ role: string; union_path: string }>(sql`select x.role, t.union_path
    from volunteer_team_members x join volunteer_teams t on t.id = x.team_id
    where x.team_id = ${teamId} and x.volunteer_id = ${v.id} and x.status = 'active'`);
  if (!m) throw notFound();
  if (write && m.role !== 'leader') throw new AppError('VOLUNTEER_NOT_LEADER');
  return { team: { id: teamId, union_path: m.union_path }, volunteerId: v.id, accountId: null };
}

/** The console (a cadre over the team) or the member app (one of the team's volunteers). */
type Face = 'admin' | 'member';

export async function listLogs(ctx: Ctx, { teamId, query, as }: { teamId: number; query: PageQuery; as: Face }) {
  await teamForCaller(ctx, { teamId, write: false, as });
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectLog} where l.team_id = ${teamId} order by l.happened_on desc, l.id desc`,
      count: sql`select 1 from volunteer_team_logs l where l.team_id = ${teamId}`,
    },
    (rows: TeamLogRow[]) => rows.map(presentLog),
  );
}

async function loadLog(ctx: Ctx, id: number) {
  const [l] = await ctx.db.query<TeamLogRow>(sql`${selectLog} where l.id = ${id}`);
  if (!l) throw notFound();
  return l;
}

export async function writeLog(
  ctx: Ctx,
  { teamId, body, as }: { teamId: number; body: z.infer<typeof logBody>; as: Face },
) {
  const { team, volunteerId, accountId } = await teamForCaller(ctx, { teamId, write: true, as });
  notInFuture(ctx, body.happenedOn);
  return transaction(ctx, async (tx) => {
    const [l] = await tx.db.query<{ id: number }>(sql`insert into volunteer_team_logs (team_id, union_path,
        happened_on, body, people_served, author_volunteer_id, author_account_id)
      values (${teamId}, ${team.union_path}, ${body.happenedOn}, ${body.body}, ${body.peopleServed}, ${volunteerId},
        ${accountId})
      returning id`);
    if (as === 'admin') {
      await audit(tx, {
        action: 'volunteers.log_write',
        targetType: 'volunteer_team',
        targetId: teamId,
        unionPath: team.union_path,
      });
    }
    return presentLog(await loadLog(tx, Number(l?.id)));
  });
}

export async function addLogPhoto(ctx: Ctx, { teamId, logId, body }: { teamId: number; logId: number; body: unknown }) {
  await teamForCaller(ctx, { teamId, write: true, as: 'member' });
  const log = await loadLog(ctx, logId);
  if (Number(log.team_id) !== teamId) throw notFound();
  if (log.photos.length >= PHOTOS) throw new AppError('VOLUNTEER_PHOTOS_FULL');
  const picture = await storePicture(ctx, {
    body,
    folder: 'volunteer-logs',
    maxBytes: MAX_LOG_PHOTO_BYTES,
    wrongType: 'VOLUNTEER_PHOTO_WRONG_TYPE',
  });
  return transaction(ctx, async (tx) => {
    // Checked again in the update: two uploads at once cannot make a fourth photo.
    const added = await tx.db.query(sql`update volunteer_team_logs set photos = photos || ${picture.key}::text
      where id = ${logId} and cardinality(photos) < ${PHOTOS} returning id`);
    if (added.length === 0) throw new AppError('VOLUNTEER_PHOTOS_FULL');
    return presentLog(await loadLog(tx, logId));
  });
}
