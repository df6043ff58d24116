// Joining online: one form, routed to the right union, approved (or auto-approved) with every step
// recorded as an event the applicant can follow. Officers decide one by one or in batches.

import type { z } from 'zod';
import { authorize, can, inScope, requireMember, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { asSystem, type Ctx, transaction } from '../../platform/context.js';
import { AppError, type Lang, notFound } from '../../platform/errors.js';
import { wholeIdentifierFilter } from '../../platform/identifiers.js';
import { inbox, markInboxRead, notifyMember } from '../../platform/notify.js';
import { enforce } from '../../platform/ratelimit.js';
import { containsPattern, type Sql, sql } from '../../platform/sql.js';
import { type EventLog, recordEvent } from '../../platform/timeline.js';
import { withinSubtree } from '../../platform/tree.js';
import { normalizeQuery, parseIdNumber, parsePhone } from '../../platform/validators.js';
import {
  createMember,
  findActiveMembership,
  findActiveMembershipByPhone,
  recordJoined,
} from '../members/members.service.js';
import { requireVisibleUnion } from '../unions/unions.lookup.js';
import { applicationPolicy } from './membership.policy.js';
import { type ApplicationListRow, type EventListRow, presentApplication } from './membership.presenter.js';
import { routeApplication } from './membership.routing.js';
import type { applicationBody, batchBody, listApplicationsQuery } from './membership.schemas.js';
import type { ApplicationEventRow } from './membership.tables.js';

const MIN_AGE = 16;
type Body = z.infer<typeof applicationBody>;

const selectApplication = sql.raw(`select a.*, to_char(a.birth_date, 'YYYY-MM-DD') as birth_date,
    u.name as union_name, e.name as employer_name
  from membership_applications a join unions u on u.id = a.union_id left join employers e on e.id = a.employer_id`);

async function eventsOf(ctx: Ctx, ids: number[]): Promise<Map<number, EventListRow[]>> {
  const rows = ids.length
    ? await ctx.db.query<EventListRow>(sql`
        select ev.*, u.name as union_name from membership_application_events ev
        left join unions u on u.id = (ev.detail ->> 'unionId')::bigint
        where ev.application_id = any(${ids}::bigint[]) order by ev.id`)
    : [];
  const map = new Map<number, EventListRow[]>();
  for (const r of rows) map.set(r.application_id, [...(map.get(r.application_id) ?? []), r]);
  return map;
}

/** Gathers what the presenter needs (events, ancestor names) and presents each row. */
async function applicationViews(ctx: Ctx, rows: ApplicationListRow[]) {
  const events = await eventsOf(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentApplication(ctx.actor, ctx.services.pii, r, events.get(r.id) ?? []));
}

async function loadVisible(ctx: Ctx, id: number, forUpdate = false): Promise<ApplicationListRow> {
  const [row] = await ctx.db.query<ApplicationListRow>(
    sql`${selectApplication} where a.id = ${id}${forUpdate ? sql.raw(' for update of a') : sql.raw('')}`,
  );
  if (!row || !applicationPolicy.read?.(ctx.actor, row)) throw notFound();
  return row;
}

const applicationEvents: EventLog = { table: 'membership_application_events', recordColumn: 'application_id' };

const addEvent = (
  ctx: Ctx,
  applicationId: number,
  kind: ApplicationEventRow['kind'],
  detail: Record<string, unknown> = {},
) => recordEvent(ctx, { log: applicationEvents, recordId: applicationId, kind, detail });

/**
 * Validates the person: a real ID number, at least 16, not a member already. The answers never tell a
 * caller about someone else (issue 21 §6): the caller's own membership (by the phone they proved) is named;
 * an ID number held by another phone's membership or application gets one neutral answer, and attempts are
 * limited per phone and per address so the form cannot be used to look people up.
 */
async function checkApplicant(ctx: Ctx, body: Body, phoneHash: string) {
  await enforce(ctx.db, [
    { key: `apply-phone:${phoneHash}`, limit: 10, windowSeconds: 24 * 3600 },
    { key: `apply-ip:${ctx.ip}`, limit: 30, windowSeconds: 3600 },
  ]);
  const own = await findActiveMembershipByPhone(ctx, phoneHash);
  if (own) throw new AppError('MEMBER_ALREADY_MEMBER', { union: own.union_name });
  const parsed = parseIdNumber(body.idNumber);
  if (!parsed.ok) throw new AppError('ID_NUMBER_INVALID', { field: 'idNumber' });
  const birth = new Date(`${parsed.value.birthDate}T00:00:00Z`);
  const now = new Date();
  const age =
    now.getUTCFullYear() -
    birth.getUTCFullYear() -
    (now < new Date(Date.UTC(now.getUTCFullYear(), birth.getUTCMonth(), birth.getUTCDate())) ? 1 : 0);
  if (age < MIN_AGE) throw new AppError('MEMBER_TOO_YOUNG', { field: 'idNumber' });
  const idHash = ctx.services.pii.hash('id_number', parsed.value.idNumber);
  if (await findActiveMembership(ctx, idHash)) throw new AppError('APPLICATION_ID_UNAVAILABLE', { field: 'idNumber' });
  return { ...parsed.value, idHash };
}

/** A pending application blocked by a unique index: the caller's own (same phone), or someone else's. */
function pendingConflict(error: unknown): AppError | null {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code !== '23505') return null;
  return constraint === 'membership_applications_one_pending_per_phone'
    ? new AppError('APPLICATION_PENDING_EXISTS')
    : new AppError('APPLICATION_ID_UNAVAILABLE', { field: 'idNumber' });
}

export async function submitApplication(ctx: Ctx, body: Body) {
  const actor = requireMember(ctx.actor);
  const session = ctx.sessionPhoneCipher;
  if (!session) throw new AppError('UNAUTHENTICATED');
  const phone = parsePhone(ctx.services.pii.decrypt(session)) ?? '';
  const phoneHash = ctx.services.pii.hash('phone', phone);
  const person = await checkApplicant(ctx, body, phoneHash);
  return transaction(ctx, async (ctx) => {
    const union = await routeApplication(ctx, body);
    const { pii } = ctx.services;
    let id: number;
    try {
      const [row] = await ctx.db.query<{ id: number }>(sql`
        insert into membership_applications (applicant_phone_hash, name, id_number_cipher, id_number_hash, id_number_last4,
          phone_cipher, phone_hash, gender, birth_date, employer_id, category, job, political_status, education, lng, lat,
          union_id, union_path, channel)
        values (${actor.phoneHash}, ${body.name}, ${pii.encrypt(person.idNumber)}, ${person.idHash}, ${person.idNumber.slice(-4)},
          ${session}, ${phoneHash}, ${person.gender}, ${person.birthDate}::date, ${body.employerId ?? null},
          ${body.category}, ${body.job ?? null}, ${body.politicalStatus ?? null}, ${body.education ?? null}, ${body.lng ?? null},
          ${body.lat ?? null}, ${union.id}, ${union.path}, ${body.viaUnionId ? 'qr' : 'online'})
        returning id`);
      id = row?.id ?? 0;
    } catch (error) {
      throw pendingConflict(error) ?? error;
    }
    await addEvent(ctx, id, 'submitted', { unionId: union.id });
    await notifyMember(
      ctx,
      { phone_hash: actor.phoneHash, phone_cipher: session },
      'membership.submitted',
      { union: union.name },
      `application:${id}:submitted`,
    );
    if (union.auto_approve && union.level === 'base') {
      await decide(asSystem(ctx), id, 'approve', null, true);
    }
    return applicationViews(ctx, [await loadVisible(ctx, id)]).then((r) => r[0]);
  });
}

export async function myApplications(ctx: Ctx) {
  const actor = requireMember(ctx.actor);
  const rows = await ctx.db.query<ApplicationListRow>(
    sql`${selectApplication} where a.applicant_phone_hash = ${actor.phoneHash} order by a.id desc limit 20`,
  );
  return { items: await applicationViews(ctx, rows) };
}

export async function editApplication(ctx: Ctx, { id, body }: { id: number; body: Body }) {
  requireMember(ctx.actor);
  const session = ctx.sessionPhoneCipher;
  if (!session) throw new AppError('UNAUTHENTICATED');
  const phoneHash = ctx.services.pii.hash('phone', parsePhone(ctx.services.pii.decrypt(session)) ?? '');
  const person = await checkApplicant(ctx, body, phoneHash);
  return transaction(ctx, async (ctx) => {
    const before = await loadVisible(ctx, id, true);
    if (before.status !== 'pending') throw new AppError('APPLICATION_NOT_PENDING');
    authorize(applicationPolicy, ctx.actor, 'edit', before);
    const union = await routeApplication(ctx, { ...body, viaUnionId: body.viaUnionId ?? null });
    try {
      await ctx.db.query(sql`update membership_applications set name = ${body.name},
          id_number_cipher = ${ctx.services.pii.encrypt(person.idNumber)}, id_number_hash = ${person.idHash},
          id_number_last4 = ${person.idNumber.slice(-4)}, gender = ${person.gender}, birth_date = ${person.birthDate}::date,
          employer_id = ${body.employerId ?? null}, category = ${body.category}, job = ${body.job ?? null},
          political_status = ${body.politicalStatus ?? null}, education = ${body.education ?? null},
          lng = ${body.lng ?? null}, lat = ${body.lat ?? null}, union_id = ${union.id}, union_path = ${union.path},
          updated_at = now()
        where id = ${id}`);
    } catch (error) {
      throw pendingConflict(error) ?? error;
    }
    await addEvent(ctx, id, 'edited', union.id !== before.union_id ? { unionId: union.id } : {});
    return applicationViews(ctx, [await loadVisible(ctx, id)]).then((r) => r[0]);
  });
}

export async function withdrawApplication(ctx: Ctx, id: number) {
  requireMember(ctx.actor);
  return transaction(ctx, async (ctx) => {
    const row = await loadVisible(ctx, id, true);
    if (row.status !== 'pending') throw new AppError('APPLICATION_NOT_PENDING');
    authorize(applicationPolicy, ctx.actor, 'withdraw', row);
    await ctx.db.query(
      sql`update membership_applications set status = 'withdrawn', decided_at = now(), updated_at = now() where id = ${id}`,
    );
    await addEvent(ctx, id, 'withdrawn');
    return applicationViews(ctx, [await loadVisible(ctx, id)]).then((r) => r[0]);
  });
}

// ---- Officers ---------------------------------------------------------------------------------
export async function listApplications(ctx: Ctx, query: z.infer<typeof listApplicationsQuery>) {
  requirePermissionSomewhere(ctx.actor, 'member.read');
  const filters: Sql[] = [inScope(ctx.actor, 'member.read', sql.raw('a.union_path'))];
  if (query.status) filters.push(sql`a.status = ${query.status}`);
  if (query.unionId)
    filters.push(withinSubtree(sql.raw('a.union_path'), (await requireVisibleUnion(ctx, query.unionId)).path));
  const q = normalizeQuery(query.q);
  // A whole phone or ID number (from the POST search) finds the applicant by keyed hash; otherwise a name.
  const exact = wholeIdentifierFilter(ctx.services.pii, q, {
    phone: sql.raw('a.phone_hash'),
    idNumber: sql.raw('a.id_number_hash'),
  });
  if (exact) filters.push(exact);
  else if (q) filters.push(sql`a.name ilike ${containsPattern(q)}`);
  const where = sql.join(filters, sql.raw(' and '));
  const rows = await ctx.db.query<ApplicationListRow>(
    sql`${selectApplication} where ${where} order by a.id desc limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  const [count] = await ctx.db.query<{ n: number }>(
    sql`select count(*)::bigint as n from membership_applications a where ${where}`,
  );
  return { items: await applicationViews(ctx, rows), total: count?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function getApplication(ctx: Ctx, id: number) {
  if (ctx.actor.kind !== 'member') requirePermissionSomewhere(ctx.actor, 'member.read');
  return applicationViews(ctx, [await loadVisible(ctx, id)]).then((r) => r[0]);
}

/** Approve (creating the member) or reject with a reason; `system` marks auto-approval. */
async function decide(ctx: Ctx, id: number, decision: 'approve' | 'reject', reason: string | null, system = false) {
  // Auto-approval acts for the union, not for the (member) caller, so it skips the caller's read check.
  const row = system
    ? (await ctx.db.query<ApplicationListRow>(sql`${selectApplication} where a.id = ${id} for update of a`))[0]
    : await loadVisible(ctx, id, true);
  if (!row) throw notFound();
  if (row.status !== 'pending') throw new AppError('APPLICATION_NOT_PENDING');
  if (!system) authorize(applicationPolicy, ctx.actor, 'decide', row);
  if (decision === 'reject' && !reason) throw new AppError('REJECTION_REASON_REQUIRED', { field: 'reason' });
  const [union] = await ctx.db.query<{ level: string }>(sql`select level from unions where id = ${row.union_id}`);
  // Only a base union holds members: a federation must re-route first.
  if (decision === 'approve' && union?.level !== 'base') throw new AppError('JOIN_UNION_INVALID', { field: 'unionId' });
  let memberId: number | null = null;
  if (decision === 'approve') {
    const { pii } = ctx.services;
    // One phone, one member: a phone that became a member's since the application cannot be approved.
    if (await findActiveMembershipByPhone(ctx, row.phone_hash)) throw new AppError('APPLICATION_PHONE_TAKEN');
    const member = await createMember(ctx, {
      unionId: row.union_id,
      unionPath: row.union_path,
      employerId: row.employer_id,
      name: row.name,
      idNumber: pii.decrypt(row.id_number_cipher),
      phone: pii.decrypt(row.phone_cipher),
      category: row.category,
      joinedAt: new Date(),
      job: row.job,
      politicalStatus: row.political_status,
      education: row.education,
    });
    memberId = member.id;
    await recordJoined(ctx, { memberId: member.id, detail: { applicationId: id, unionId: row.union_id } });
  }
  await ctx.db.query(sql`update membership_applications set status = ${decision === 'approve' ? 'approved' : 'rejected'},
      reason = ${reason}, member_id = ${memberId}, decided_at = now(), updated_at = now() where id = ${id}`);
  await addEvent(ctx, id, decision === 'approve' ? 'approved' : 'rejected', reason ? { reason } : {});
  if (!system) {
    await audit(ctx, {
      action: `membership.${decision}`,
      targetType: 'application',
      targetId: id,
      unionId: row.union_id,
      unionPath: row.union_path,
      after: { status: decision === 'approve' ? 'approved' : 'rejected', reason, memberId },
    });
  }
  await notifyMember(
    ctx,
    { phone_hash: row.applicant_phone_hash, phone_cipher: row.phone_cipher },
    decision === 'approve' ? 'membership.approved' : 'membership.rejected',
    { union: row.union_name, reason: reason ?? '' },
    `application:${id}:decided`,
  );
}

export async function approveApplication(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'member.manage');
  return transaction(ctx, async (ctx) => {
    await decide(ctx, id, 'approve', null);
    return applicationViews(ctx, [await loadVisible(ctx, id)]).then((r) => r[0]);
  });
}

export async function rejectApplication(ctx: Ctx, { id, reason }: { id: number; reason: string }) {
  requirePermissionSomewhere(ctx.actor, 'member.manage');
  return transaction(ctx, async (ctx) => {
    await decide(ctx, id, 'reject', reason);
    return applicationViews(ctx, [await loadVisible(ctx, id)]).then((r) => r[0]);
  });
}

/** Each item in its own transaction: one bad item does not undo the others. */
export async function batchDecide(ctx: Ctx, body: z.infer<typeof batchBody>) {
  requirePermissionSomewhere(ctx.actor, 'member.manage');
  if (body.decision === 'reject' && !body.reason) throw new AppError('REJECTION_REASON_REQUIRED', { field: 'reason' });
  const results: { id: number; ok: boolean; code: string | null }[] = [];
  for (const id of [...new Set(body.ids)]) {
    try {
      await transaction(ctx, (ctx) => decide(ctx, id, body.decision, body.reason ?? null));
      results.push({ id, ok: true, code: null });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id, ok: false, code: error.code });
    }
  }
  return { results };
}

export async function rerouteApplication(
  ctx: Ctx,
  { id, unionId, reason }: { id: number; unionId: number; reason: string | null },
) {
  requirePermissionSomewhere(ctx.actor, 'member.manage');
  return transaction(ctx, async (ctx) => {
    const row = await loadVisible(ctx, id, true);
    authorize(applicationPolicy, ctx.actor, 'reroute', row);
    const target = await requireVisibleUnion(ctx, unionId);
    if (!target.active || !can(ctx.actor, 'member.manage', target.path))
      throw new AppError('JOIN_UNION_INVALID', { field: 'unionId' });
    await ctx.db.query(
      sql`update membership_applications set union_id = ${target.id}, union_path = ${target.path}, updated_at = now() where id = ${id}`,
    );
    await addEvent(ctx, id, 'rerouted', {
      unionId: target.id,
      fromUnionId: row.union_id,
      ...(reason ? { reason } : {}),
    });
    await audit(ctx, {
      action: 'membership.reroute',
      targetType: 'application',
      targetId: id,
      unionId: target.id,
      unionPath: target.path,
      before: { unionId: row.union_id },
      after: { unionId: target.id },
    });
    return applicationViews(ctx, [await loadVisible(ctx, id)]).then((r) => r[0]);
  });
}

export async function myMessages(ctx: Ctx, lang: Lang) {
  return inbox(ctx, { phoneHash: requireMember(ctx.actor).phoneHash, lang });
}

export async function markMessagesRead(ctx: Ctx) {
  await markInboxRead(ctx, requireMember(ctx.actor).phoneHash);
  return { ok: true as const };
}

/** Applications waiting for a decision in the caller's subtree (the console's badge). */
export async function pendingApplications(ctx: Ctx): Promise<number> {
  const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from membership_applications a
    where a.status = 'pending' and ${inScope(ctx.actor, 'member.manage', sql.raw('a.union_path'))}`);
  return row?.n ?? 0;
}
