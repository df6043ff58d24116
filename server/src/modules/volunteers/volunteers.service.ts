// Volunteers and their teams: a member registers (skills, availability, areas, a model worker's intention), joins
// the teams of their union and the unions above it (at once, or on a cadre's approval), and a team's leader or a
// cadre keeps the team's work log with photos. Cadres (volunteer.manage) set up teams over their subtree.
import type { z } from 'zod';
import { inScope, requireAdmin, requireMember, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { chinaDay, now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { maskPhone } from '../../platform/mask.js';
import { notifyMember } from '../../platform/notify.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { memberRecipients } from '../members/members.recipients.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { presentTeam, presentVolunteer } from './volunteers.presenter.js';
import type {
  teamBody,
  teamPatch,
  teamRequestBody,
  teamsQuery,
  volunteerBody,
  volunteersQuery,
} from './volunteers.schemas.js';
import type { TeamRow, VolunteerRow } from './volunteers.tables.js';

export const selectVolunteer = sql.raw(`select v.*, m.union_id, m.union_path, u.name as union_name, m.name,
    m.phone_cipher
  from volunteers v join members m on m.id = v.member_id join unions u on u.id = m.union_id`);

export const selectTeam = sql.raw(`select t.*, u.name as union_name,
    (select count(*) from volunteer_team_members x where x.team_id = t.id and x.status = 'active')::int as member_count,
    (select count(*) from volunteer_team_members x where x.team_id = t.id and x.status = 'pending')::int as pending_count,
    l.volunteer_id as leader_id, lm.name as leader_name
  from volunteer_teams t join unions u on u.id = t.union_id
  left join volunteer_team_members l on l.team_id = t.id and l.role = 'leader' and l.status = 'active'
  left join volunteers lv on lv.id = l.volunteer_id
  left join members lm on lm.id = lv.member_id`);

/** The signed-in member's volunteer record (active or withdrawn), or null. */
export async function myVolunteerRow(ctx: Ctx): Promise<VolunteerRow | null> {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId) return null;
  const [v] = await ctx.db.query<VolunteerRow>(sql`${selectVolunteer} where v.member_id = ${actor.memberId}`);
  return v ?? null;
}

/** The caller as an active volunteer, or VOLUNTEER_NOT_REGISTERED. */
export async function requireVolunteer(ctx: Ctx): Promise<VolunteerRow> {
  const v = await myVolunteerRow(ctx);
  if (v?.status !== 'active') throw new AppError('VOLUNTEER_NOT_REGISTERED');
  return v;
}

/** Teams a member may see and join: those of their own union and of every union above it. */
const teamsOnPathOf = (unionPath: string) => sql`starts_with(${unionPath}, t.union_path)`;

/** The teams the volunteer is in or has asked to join, each with their place in it. */
async function myTeams(ctx: Ctx, volunteerId: number) {
  const places = await ctx.db.query<{ team_id: number; status: string; role: string }>(sql`select team_id, status, role
    from volunteer_team_members where volunteer_id = ${volunteerId} and status in ('pending', 'active')`);
  if (places.length === 0) return [];
  const rows = await ctx.db.query<TeamRow>(sql`${selectTeam}
    where t.id = any(${places.map((p) => Number(p.team_id))}::bigint[]) order by t.id`);
  return withMine(rows, places);
}

/** Teams with the caller's place in each (none, a request waiting, member or leader). */
function withMine(rows: TeamRow[], places: Array<{ team_id: number; status: string; role: string }>) {
  return rows.map((t) => {
    const p = places.find((x) => Number(x.team_id) === Number(t.id));
    return { ...presentTeam(t), mine: mineOf(p?.status, p?.role) };
  });
}

const mineOf = (status: string | undefined, role: string | undefined): 'none' | 'pending' | 'member' | 'leader' =>
  status === 'active' ? (role === 'leader' ? 'leader' : 'member') : status === 'pending' ? 'pending' : 'none';

export async function myVolunteer(ctx: Ctx) {
  const actor = requireMember(ctx.actor);
  const v = await myVolunteerRow(ctx);
  return {
    canRegister: actor.memberId !== null,
    volunteer: v ? presentVolunteer(v, ctx.services.pii) : null,
    teams: v && v.status === 'active' ? await myTeams(ctx, v.id) : [],
  };
}

/** Registers the caller as a volunteer, or updates their registration (and takes back a withdrawal). */
export async function registerVolunteer(ctx: Ctx, body: z.infer<typeof volunteerBody>) {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId) throw new AppError('VOLUNTEER_NOT_MEMBER');
  const memberId = actor.memberId;
  const skills = [...new Set(body.skills)];
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`insert into volunteers (member_id, skills, availability, areas, intention, model_worker)
      values (${memberId}, ${skills}::text[], ${body.availability ?? ''}, ${body.areas ?? ''},
        ${body.intention ?? ''}, ${body.modelWorker})
      on conflict (member_id) do update set skills = excluded.skills, availability = excluded.availability,
        areas = excluded.areas, intention = excluded.intention, model_worker = excluded.model_worker,
        status = 'active', updated_at = now()`);
    return myVolunteer(tx);
  });
}

/** Stops volunteering: the record stays (its hours and orders are history), and the caller leaves every team. */
export async function withdrawVolunteer(ctx: Ctx) {
  const v = await requireVolunteer(ctx);
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`update volunteers set status = 'withdrawn', updated_at = now() where id = ${v.id}`);
    await tx.db.query(sql`update volunteer_team_members set status = 'left', role = 'member'
      where volunteer_id = ${v.id} and status <> 'left'`);
    return myVolunteer(tx);
  });
}

/** Teams open to the caller (their union's and those above), each with the caller's place in it. */
export async function teamsForMe(ctx: Ctx, query: z.infer<typeof teamsQuery>) {
  const actor = requireMember(ctx.actor);
  if (!actor.unionPath) throw new AppError('VOLUNTEER_NOT_MEMBER');
  const v = await myVolunteerRow(ctx);
  const where = sql`t.status = 'active' and ${teamsOnPathOf(actor.unionPath)}
    ${query.specialty ? sql`and t.specialty = ${query.specialty}` : sql``}`;
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectTeam} where ${where} order by t.union_path desc, t.id`,
      count: sql`select 1 from volunteer_teams t where ${where}`,
    },
    async (rows: TeamRow[]) => {
      const places = v
        ? await ctx.db.query<{ team_id: number; status: string; role: string }>(sql`select team_id, status, role
            from volunteer_team_members where volunteer_id = ${v.id}
              and team_id = any(${rows.map((r) => Number(r.id))}::bigint[])`)
        : [];
      return withMine(rows, places);
    },
  );
}

async function teamOnMyPath(ctx: Ctx, teamId: number): Promise<TeamRow> {
  const actor = requireMember(ctx.actor);
  if (!actor.unionPath) throw new AppError('VOLUNTEER_NOT_MEMBER');
  const [t] = await ctx.db.query<TeamRow>(sql`${selectTeam} where t.id = ${teamId}
    and ${teamsOnPathOf(actor.unionPath)}`);
  if (!t) throw notFound();
  return t;
}

export async function joinTeam(ctx: Ctx, teamId: number) {
  const v = await requireVolunteer(ctx);
  const team = await teamOnMyPath(ctx, teamId);
  if (team.status !== 'active') throw new AppError('VOLUNTEER_TEAM_CLOSED');
  const status = team.open_to_join ? 'active' : 'pending';
  return transaction(ctx, async (tx) => {
    const [joined] = await tx.db.query<{ joined_at: Date }>(sql`insert into volunteer_team_members (team_id,
        volunteer_id, status)
      values (${teamId}, ${v.id}, ${status})
      on conflict (team_id, volunteer_id) do update set status = excluded.status, role = 'member', joined_at = now()
        where volunteer_team_members.status = 'left'
      returning joined_at`);
    if (!joined) throw new AppError('VOLUNTEER_TEAM_JOINED');
    if (status === 'active') await toldJoined(tx, { memberId: v.member_id, team, joinedAt: joined.joined_at });
    return myVolunteer(tx);
  });
}

/** Tells a member they are in the team; the key is the membership's start, so a retry never tells twice. */
async function toldJoined(ctx: Ctx, { memberId, team, joinedAt }: { memberId: number; team: TeamRow; joinedAt: Date }) {
  const to = (await memberRecipients(ctx.db, [memberId])).get(Number(memberId));
  if (!to) return;
  const key = `volunteer-team:${team.id}:member:${memberId}:joined:${new Date(joinedAt).getTime()}`;
  await notifyMember(ctx, to, 'volunteers.team_joined', { team: team.name }, key);
}

export async function leaveTeam(ctx: Ctx, teamId: number) {
  const v = await requireVolunteer(ctx);
  await teamOnMyPath(ctx, teamId);
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`update volunteer_team_members set status = 'left', role = 'member'
      where team_id = ${teamId} and volunteer_id = ${v.id} and status <> 'left'`);
    return myVolunteer(tx);
  });
}

// ---- Console ----

export async function listVolunteers(ctx: Ctx, query: z.infer<typeof volunteersQuery>) {
  requirePermissionSomewhere(ctx.actor, 'volunteer.manage');
  const where = sql`${inScope(ctx.actor, 'volunteer.manage', sql.raw('m.union_path'))}
    ${query.unionId ? sql`and m.union_id = ${query.unionId}` : sql``}
    ${query.modelWorker ? sql`and v.model_worker = ${query.modelWorker === 'true'}` : sql``}`;
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectVolunteer} where ${where} order by v.id desc`,
      count: sql`select 1 from volunteers v join members m on m.id = v.member_id where ${where}`,
    },
    (rows: VolunteerRow[]) => rows.map((v) => presentVolunteer(v, ctx.services.pii)),
  );
}

export async function listTeams(ctx: Ctx, query: z.infer<typeof teamsQuery>) {
  requirePermissionSomewhere(ctx.actor, 'volunteer.manage');
  const where = sql`${inScope(ctx.actor, 'volunteer.manage', sql.raw('t.union_path'))}
    ${query.unionId ? sql`and t.union_id = ${query.unionId}` : sql``}
    ${query.specialty ? sql`and t.specialty = ${query.specialty}` : sql``}`;
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectTeam} where ${where} order by t.status, t.id desc`,
      count: sql`select 1 from volunteer_teams t where ${where}`,
    },
    (rows: TeamRow[]) => rows.map(presentTeam),
  );
}

export async function loadTeam(ctx: Ctx, id: number): Promise<TeamRow> {
  requireAdmin(ctx.actor);
  const [t] = await ctx.db.query<TeamRow>(sql`${selectTeam} where t.id = ${id}
    and ${inScope(ctx.actor, 'volunteer.manage', sql.raw('t.union_path'))}`);
  if (!t) throw notFound();
  return t;
}

export async function getTeam(ctx: Ctx, id: number) {
  const t = await loadTeam(ctx, id);
  const members = await ctx.db.query<{
    volunteer_id: number;
    name: string;
    phone_cipher: string;
    role: 'leader' | 'member';
    status: 'pending' | 'active' | 'left';
    joined_at: Date;
  }>(sql`select x.volunteer_id, m.name, m.phone_cipher, x.role, x.status, x.joined_at
    from volunteer_team_members x join volunteers v on v.id = x.volunteer_id join members m on m.id = v.member_id
    where x.team_id = ${id} and x.status <> 'left' order by x.role, x.status desc, x.joined_at`);
  return {
    ...presentTeam(t),
    members: members.map((m) => ({
      volunteerId: Number(m.volunteer_id),
      name: m.name,
      phone: maskPhone(ctx.services.pii.decrypt(m.phone_cipher)),
      role: m.role,
      status: m.status,
      joinedAt: new Date(m.joined_at).toISOString(),
    })),
  };
}

/** Makes `volunteerId` the team's leader: a registered volunteer whose union is within the team's subtree. */
async function setLeader(ctx: Ctx, team: { id: number; union_path: string }, volunteerId: number) {
  const [v] = await ctx.db.query<{ id: number }>(sql`select v.id from volunteers v join members m on m.id = v.member_id
    where v.id = ${volunteerId} and v.status = 'active' and m.status = 'active'
      and starts_with(m.union_path, ${team.union_path})`);
  if (!v) throw new AppError('VOLUNTEER_LEADER_INVALID', { field: 'leaderVolunteerId' });
  await ctx.db.query(sql`update volunteer_team_members set role = 'member'
    where team_id = ${team.id} and role = 'leader'`);
  await ctx.db.query(sql`insert into volunteer_team_members (team_id, volunteer_id, role, status)
    values (${team.id}, ${volunteerId}, 'leader', 'active')
    on conflict (team_id, volunteer_id) do update set role = 'leader', status = 'active'`);
}

export async function createTeam(ctx: Ctx, body: z.infer<typeof teamBody>) {
  const admin = requireAdmin(ctx.actor);
  const path = await unionPathFor(ctx, { unionId: body.unionId, permission: 'volunteer.manage' });
  return transaction(ctx, async (tx) => {
    const [t] = await tx.db.query<{ id: number }>(sql`insert into volunteer_teams (union_id, union_path, name,
        specialty, description, open_to_join, created_by)
      values (${body.unionId}, ${path}, ${body.name}, ${body.specialty}, ${body.description ?? ''},
        ${body.openToJoin}, ${admin.accountId})
      returning id`);
    const id = Number(t?.id);
    if (body.leaderVolunteerId) await setLeader(tx, { id, union_path: path }, body.leaderVolunteerId);
    await audit(tx, { action: 'volunteers.team_create', targetType: 'volunteer_team', targetId: id, unionPath: path });
    return getTeam(tx, id);
  });
}

export async function updateTeam(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof teamPatch> }) {
  const t = await loadTeam(ctx, id);
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`update volunteer_teams set
        name = coalesce(${body.name ?? null}, name),
        specialty = coalesce(${body.specialty ?? null}, specialty),
        description = coalesce(${body.description ?? null}, description),
        open_to_join = coalesce(${body.openToJoin ?? null}::boolean, open_to_join),
        status = coalesce(${body.status ?? null}, status)
      where id = ${id}`);
    if (body.leaderVolunteerId) await setLeader(tx, t, body.leaderVolunteerId);
    await audit(tx, {
      action: 'volunteers.team_update',
      targetType: 'volunteer_team',
      targetId: id,
      unionPath: t.union_path,
      after: body,
    });
    return getTeam(tx, id);
  });
}

/** A cadre approves or turns down a volunteer's request to join a team that asks for approval. */
export async function decideJoinRequest(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof teamRequestBody> }) {
  const t = await loadTeam(ctx, id);
  return transaction(ctx, async (tx) => {
    const [row] = await tx.db.query<{ member_id: number; joined_at: Date }>(sql`update volunteer_team_members x
      set status = ${body.approve ? 'active' : 'left'}, joined_at = now()
      from volunteers v where v.id = x.volunteer_id
        and x.team_id = ${id} and x.volunteer_id = ${body.volunteerId} and x.status = 'pending'
      returning v.member_id, x.joined_at`);
    if (!row) throw new AppError('VOLUNTEER_TEAM_NO_REQUEST');
    if (body.approve) await toldJoined(tx, { memberId: row.member_id, team: t, joinedAt: row.joined_at });
    await audit(tx, {
      ...(body.approve ? { action: 'volunteers.join_approve' } : { action: 'volunteers.join_refuse' }),
      targetType: 'volunteer_team',
      targetId: id,
      unionPath: t.union_path,
      after: { volunteerId: body.volunteerId },
    });
    return getTeam(tx, id);
  });
}

/** China's today: a log is written after the work, never for a day to come. */
export const notInFuture = (ctx: Ctx, day: string) => {
  if (day > chinaDay(now(ctx))) throw new AppError('VOLUNTEER_DATE_FUTURE', { field: 'happenedOn' });
};
