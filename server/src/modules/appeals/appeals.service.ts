// Workers' appeals (诉求/维权): filed in the app or taken from a hotline call, routed to the
// responsible union, handled through explicit states to closure, rated by the worker. Deadlines are
// derived from the event history on a working-time calendar; overdue cases move up to the parent union.
import { authorize, inScope, requireMember, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { FileAccessRule } from '../../platform/file-access.js';
import { notifyMember } from '../../platform/notify.js';
import { sql } from '../../platform/sql.js';
import { type EventLog, recordEvent, timeline } from '../../platform/timeline.js';
import { idsInPath } from '../../platform/tree.js';
import { parseCreditCode, parsePhone } from '../../platform/validators.js';
import { attachFiles } from '../files/files.service.js';
import { loadCalendar, slaPolicyFor } from './appeals.calendar.js';
import { type appealsNotices, referralTargetNames } from './appeals.notices.js';
import { type AppealSubject, allowedFrom, appealPolicy, filer, handles, workerSteps } from './appeals.policy.js';
import type { AppealRow } from './appeals.presenter.js';
import type { AppealStatus, Category } from './appeals.schemas.js';
import { deadlineState, type SlaEvent } from './appeals.sla.js';
import { appealDetail, appealSummaries } from './appeals.views.js';

/** Who may read a file attached to one of this module's records (declared in the module definition). */
export const appealFileAccess: FileAccessRule = async (ctx, id) => {
  const [row] = await ctx.db.query<AppealSubject>(sql`
    select a.union_path, a.phone_hash, a.status, a.rating, ru.path as routed_path
    from appeals a join unions ru on ru.id = a.routed_union_id where a.id = ${id}`);
  return row && appealPolicy.read?.(ctx.actor, row) === true ? row.union_path : null;
};

export const selectAppeal = sql.raw(`select a.*, u.name as union_name, ru.path as routed_path from appeals a
  join unions u on u.id = a.union_id join unions ru on ru.id = a.routed_union_id`);

async function load(ctx: Ctx, id: number, forUpdate = false): Promise<AppealRow> {
  if (ctx.actor.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  const [row] = await ctx.db.query<AppealRow>(
    sql`${selectAppeal} where a.id = ${id}${sql.raw(forUpdate ? ' for update of a' : '')}`,
  );
  if (!row || !appealPolicy.read?.(ctx.actor, row)) throw notFound();
  return row;
}

const appealEvents: EventLog = { table: 'appeal_events', recordColumn: 'appeal_id', withUnion: true };

export const event = (
  ctx: Ctx,
  {
    appealId,
    kind,
    detail = null,
    unionId = null,
  }: { appealId: number; kind: string; detail?: Record<string, unknown> | null; unionId?: number | null },
) => recordEvent(ctx, { log: appealEvents, recordId: appealId, kind, detail, unionId });

/** Tells the filer about a step on their case (one message per event). */
export async function tellFiler(
  ctx: Ctx,
  {
    a,
    step,
    eventId,
    params = {},
  }: { a: AppealRow; step: keyof typeof appealsNotices & string; eventId: number; params?: Record<string, string> },
) {
  await notifyMember(
    ctx,
    { phone_hash: a.phone_hash, phone_cipher: a.phone_cipher },
    `appeals.${step}`,
    { employer: a.employer_name, union: a.union_name, ...params },
    `appeal-event:${eventId}`,
  );
}

// ---- Filing -----------------------------------------------------------------------------------
interface CaseInput {
  category: Category;
  employerName: string;
  employerCreditCode?: string;
  amountOwedFen?: number;
  peopleAffected: number;
  description: string;
  areaUnionId?: number;
  evidenceFileIds: number[];
  anonymous: boolean;
}

/**
 * The responsible union: the employer's base union when the employer is known (by credit code, or by
 * an exact, unambiguous name), else the federation of the area the worker names, else (for a member)
 * the federation above their own base union.
 */
async function route(ctx: Ctx, input: CaseInput, memberUnionPath: string | null) {
  let employer: { id: number; union_id: number; path: string } | undefined;
  if (input.employerCreditCode) {
    const code = parseCreditCode(input.employerCreditCode);
    if (!code) throw new AppError('VALIDATION_FAILED', { field: 'employerCreditCode' });
    [employer] = await ctx.db.query(sql`select e.id, e.union_id, u.path from employers e
      join unions u on u.id = e.union_id and u.active where e.credit_code = ${code}`);
  }
  if (!employer) {
    const byName = await ctx.db.query<{ id: number; union_id: number; path: string }>(sql`
      select e.id, e.union_id, u.path from employers e join unions u on u.id = e.union_id and u.active
      where e.name = ${input.employerName} limit 2`);
    if (byName.length === 1) employer = byName[0];
  }
  if (employer) return { unionId: Number(employer.union_id), path: employer.path, employerId: employer.id };
  if (input.areaUnionId) {
    const [area] = await ctx.db.query<{ id: number; path: string }>(
      sql`select id, path from unions where id = ${input.areaUnionId} and active and level <> 'base'`,
    );
    if (!area) throw new AppError('APPEAL_AREA_INVALID', { field: 'areaUnionId' });
    return { unionId: area.id, path: area.path, employerId: null };
  }
  if (memberUnionPath) {
    const ids = idsInPath(memberUnionPath);
    const parentId = ids.at(-2) ?? ids.at(-1);
    const [parent] = await ctx.db.query<{ id: number; path: string }>(
      sql`select id, path from unions where id = ${parentId}`,
    );
    if (parent) return { unionId: parent.id, path: parent.path, employerId: null };
  }
  throw new AppError('APPEAL_AREA_INVALID', { field: 'areaUnionId' });
}

async function insertAppeal(
  ctx: Ctx,
  input: CaseInput,
  who: { memberId: number | null; name: string; phone: string; channel: 'app' | 'hotline' },
  routed: { unionId: number; path: string; employerId: number | null },
) {
  const { pii } = ctx.services;
  const at = now(ctx);
  const [row] = await ctx.db.query<{ id: number }>(sql`
    insert into appeals (category, channel, member_id, worker_name, phone_cipher, phone_hash, anonymous, employer_id,
      employer_name, amount_owed_fen, people_affected, description, union_id, union_path, routed_union_id, created_at)
    values (${input.category}, ${who.channel}, ${who.memberId}, ${who.name}, ${pii.encrypt(who.phone)},
      ${pii.hash('phone', who.phone)}, ${input.anonymous}, ${routed.employerId}, ${input.employerName},
      ${input.amountOwedFen ?? null}, ${input.peopleAffected}, ${input.description}, ${routed.unionId}, ${routed.path},
      ${routed.unionId}, ${at})
    returning id`);
  const id = row?.id ?? 0;
  await attachFiles(ctx, { fileIds: input.evidenceFileIds, kind: 'appeal', attachedId: id });
  await event(ctx, { appealId: id, kind: 'submitted', detail: { channel: who.channel }, unionId: routed.unionId });
  return id;
}

export async function submitAppeal(ctx: Ctx, input: CaseInput & { workerName?: string }) {
  const actor = requireMember(ctx.actor);
  return transaction(ctx, async (ctx) => {
    const phone = parsePhone(ctx.services.pii.decrypt(ctx.sessionPhoneCipher ?? '')) ?? '';
    let name = input.workerName ?? null;
    let memberPath: string | null = null;
    if (actor.memberId) {
      const [m] = await ctx.db.query<{ name: string; union_path: string }>(
        sql`select name, union_path from members where id = ${actor.memberId}`,
      );
      name = m?.name ?? name;
      memberPath = m?.union_path ?? null;
    }
    if (!name) throw new AppError('VALIDATION_FAILED', { field: 'workerName' });
    const routed = await route(ctx, input, memberPath);
    const id = await insertAppeal(ctx, input, { memberId: actor.memberId, name, phone, channel: 'app' }, routed);
    return appealDetail(ctx, await load(ctx, id));
  });
}

/** A handler records a hotline call; the case is routed like any other and must land in their subtree. */
export async function recordHotlineCall(ctx: Ctx, input: CaseInput & { workerName: string; phone: string }) {
  requirePermissionSomewhere(ctx.actor, 'case.handle');
  const phone = parsePhone(input.phone);
  if (!phone) throw new AppError('PHONE_INVALID', { field: 'phone' });
  return transaction(ctx, async (ctx) => {
    const routed = await route(ctx, input, null);
    const id = await insertAppeal(
      ctx,
      input,
      { memberId: null, name: input.workerName, phone, channel: 'hotline' },
      routed,
    );
    // Routed outside the handler's subtree: as if the area did not exist (and nothing is kept).
    const row = await load(ctx, id);
    await audit(ctx, { action: 'appeal.hotline', targetType: 'appeal', targetId: id, unionPath: routed.path });
    return appealDetail(ctx, row);
  });
}

// ---- Reading ----------------------------------------------------------------------------------
export async function myAppeals(ctx: Ctx) {
  const actor = requireMember(ctx.actor);
  const rows = await ctx.db.query<AppealRow>(
    sql`${selectAppeal} where a.phone_hash = ${actor.phoneHash} order by a.id desc limit 50`,
  );
  return { items: await appealSummaries(ctx, rows) };
}

export async function getAppeal(ctx: Ctx, id: number) {
  return appealDetail(ctx, await load(ctx, id));
}

export async function listAppeals(
  ctx: Ctx,
  q: {
    status?: AppealStatus;
    category?: Category;
    overdue?: 'true';
    flagged?: 'true';
    watching?: 'true';
    page: number;
    pageSize: number;
  },
) {
  requirePermissionSomewhere(ctx.actor, 'case.handle');
  const handled = inScope(ctx.actor, 'case.handle', sql.raw('a.union_path'));
  // Cases escalated away from a union stay in its list, read-only ("watching"), or alone on request.
  const watched = sql`(${inScope(ctx.actor, 'case.handle', sql.raw('ru.path'))} and not ${handled})`;
  const where = [q.watching ? watched : sql`(${handled} or ${watched})`];
  if (q.status) where.push(sql`a.status = ${q.status}`);
  if (q.category) where.push(sql`a.category = ${q.category}`);
  if (q.flagged) where.push(sql`a.flagged`);
  if (q.overdue) {
    // Overdue is derived: open cases whose history shows an escalation, or that are past due now.
    where.push(sql`a.status in ('submitted', 'accepted', 'in_progress', 'awaiting_worker')`);
  }
  const cond = sql.join(where, sql.raw(' and '));
  if (q.overdue) {
    const rows = await ctx.db.query<AppealRow>(sql`${selectAppeal} where ${cond} order by a.id limit 2000`);
    const all = await appealSummaries(ctx, rows);
    const overdue = all.filter((a) => a.firstResponse.overdue || a.resolution.overdue || a.escalations > 0);
    const start = (q.page - 1) * q.pageSize;
    return {
      items: overdue.slice(start, start + q.pageSize),
      total: overdue.length,
      page: q.page,
      pageSize: q.pageSize,
    };
  }
  const rows = await ctx.db.query<AppealRow>(sql`${selectAppeal} where ${cond}
    order by (a.status in ('submitted', 'accepted', 'in_progress', 'awaiting_worker')) desc, a.id desc
    limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`);
  const [count] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from appeals a
    join unions ru on ru.id = a.routed_union_id where ${cond}`);
  return { items: await appealSummaries(ctx, rows), total: count?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

// ---- Handling ---------------------------------------------------------------------------------
async function transition(ctx: Ctx, id: number, action: string, change: (a: AppealRow, ctx: Ctx) => Promise<void>) {
  if (workerSteps.has(action)) requireMember(ctx.actor);
  else requirePermissionSomewhere(ctx.actor, 'case.handle');
  return transaction(ctx, async (ctx) => {
    const a = await load(ctx, id, true);
    // Who may take the step at all (403), then whether the case is in a state that allows it (409).
    if (!(workerSteps.has(action) ? filer(ctx.actor, a) : handles(ctx.actor, a))) throw new AppError('FORBIDDEN');
    if (action === 'rate' && a.rating !== null) throw new AppError('APPEAL_ALREADY_RATED');
    if (!allowedFrom[action]?.includes(a.status)) throw new AppError('APPEAL_WRONG_STATE', { status: a.status });
    authorize(appealPolicy, ctx.actor, action, a);
    await change(a, ctx);
    if (ctx.actor.kind === 'admin') {
      await audit(ctx, { action: `appeal.${action}`, targetType: 'appeal', targetId: id, unionPath: a.union_path });
    }
    return appealDetail(ctx, await load(ctx, id));
  });
}

const setStatus = (ctx: Ctx, id: number, status: AppealStatus) =>
  ctx.db.query(sql`update appeals set status = ${status} where id = ${id}`);

/**
 * Closing: the on-time verdict is read from the case's own history at that moment. A case that ever
 * escalated missed a deadline, even if it then closed within the fresh one its new union was given.
 */
async function close(
  ctx: Ctx,
  a: AppealRow,
  status: 'resolved' | 'referred' | 'refused',
  eventKind: string,
  detail: Record<string, unknown>,
) {
  const eventId = await event(ctx, { appealId: a.id, kind: eventKind, detail });
  const events = await eventsOf(ctx, a.id);
  const policy = await slaPolicyFor(ctx, { unionPath: a.union_path, category: a.category });
  const state = deadlineState('resolution', events, policy, await loadCalendar(ctx), now(ctx));
  const onTime = !state.overdue && !events.some((e) => e.kind === 'escalated');
  await ctx.db.query(sql`update appeals set status = ${status}, closed_at = ${now(ctx)}, on_time = ${onTime}
    where id = ${a.id}`);
  return eventId;
}

export async function eventsOf(ctx: Ctx, appealId: number): Promise<SlaEvent[]> {
  return (await timeline(ctx, appealEvents, appealId)).map((e) => ({ kind: e.kind, at: e.at, detail: e.detail }));
}

export const accept = (ctx: Ctx, id: number) =>
  transition(ctx, id, 'accept', async (a, ctx) => {
    await setStatus(ctx, a.id, 'accepted');
    await tellFiler(ctx, { a, step: 'accepted', eventId: await event(ctx, { appealId: a.id, kind: 'accepted' }) });
  });

export const start = (ctx: Ctx, id: number) =>
  transition(ctx, id, 'start', async (a, ctx) => {
    await setStatus(ctx, a.id, 'in_progress');
    await tellFiler(ctx, { a, step: 'started', eventId: await event(ctx, { appealId: a.id, kind: 'started' }) });
  });

export const refer = (ctx: Ctx, { id, to, note }: { id: number; to: string; note: string }) =>
  transition(ctx, id, 'refer', async (a, ctx) => {
    await ctx.db.query(sql`update appeals set referred_to = ${to}, referral_note = ${note} where id = ${a.id}`);
    const target = referralTargetNames[to as keyof typeof referralTargetNames] ?? referralTargetNames.other;
    const eventId = await close(ctx, a, 'referred', 'referred', { to, note });
    await tellFiler(ctx, { a, step: 'referred', eventId, params: { target: target.zh, targetEn: target.en, note } });
  });

export const refuse = (ctx: Ctx, { id, reason }: { id: number; reason: string }) =>
  transition(ctx, id, 'refuse', async (a, ctx) => {
    await ctx.db.query(sql`update appeals set refusal_reason = ${reason} where id = ${a.id}`);
    await tellFiler(ctx, {
      a,
      step: 'refused',
      eventId: await close(ctx, a, 'refused', 'refused', { reason }),
      params: { reason },
    });
  });

export const requestInfo = (ctx: Ctx, { id, question }: { id: number; question: string }) =>
  transition(ctx, id, 'requestInfo', async (a, ctx) => {
    await setStatus(ctx, a.id, 'awaiting_worker');
    await tellFiler(ctx, {
      a,
      step: 'info_requested',
      eventId: await event(ctx, { appealId: a.id, kind: 'info_requested', detail: { question } }),
      params: { question },
    });
  });

export const addNote = (ctx: Ctx, { id, text }: { id: number; text: string }) =>
  transition(ctx, id, 'note', async (a, ctx) => {
    await event(ctx, { appealId: a.id, kind: 'note', detail: { text } });
  });

export const resolve = (
  ctx: Ctx,
  { id, input }: { id: number; input: { outcome: string; recoveredFen: number; workersCovered: number } },
) =>
  transition(ctx, id, 'resolve', async (a, ctx) => {
    await ctx.db.query(sql`update appeals set outcome = ${input.outcome}, recovered_fen = ${input.recoveredFen},
      workers_covered = ${input.workersCovered} where id = ${a.id}`);
    const eventId = await close(ctx, a, 'resolved', 'resolved', input);
    await tellFiler(ctx, { a, step: 'resolved', eventId, params: { outcome: input.outcome } });
  });

export const reopen = (ctx: Ctx, { id, reason }: { id: number; reason: string }) =>
  transition(ctx, id, 'reopen', async (a, ctx) => {
    await ctx.db.query(
      sql`update appeals set status = 'in_progress', closed_at = null, on_time = null where id = ${a.id}`,
    );
    await tellFiler(ctx, {
      a,
      step: 'reopened',
      eventId: await event(ctx, { appealId: a.id, kind: 'reopened', detail: { reason } }),
      params: { reason },
    });
  });

export const reply = (
  ctx: Ctx,
  { id, text, evidenceFileIds }: { id: number; text: string; evidenceFileIds: number[] },
) =>
  transition(ctx, id, 'reply', async (a, ctx) => {
    await attachFiles(ctx, { fileIds: evidenceFileIds, kind: 'appeal', attachedId: a.id });
    await setStatus(ctx, a.id, 'in_progress');
    await event(ctx, { appealId: a.id, kind: 'worker_replied', detail: { text, files: evidenceFileIds.length } });
  });

/** The worker's rating; 2 or less flags the case for a supervisor's review. */
export const rate = (ctx: Ctx, { id, rating, comment }: { id: number; rating: number; comment: string | null }) =>
  transition(ctx, id, 'rate', async (a, ctx) => {
    await ctx.db.query(sql`update appeals set rating = ${rating}, rating_comment = ${comment}, flagged = ${rating <= 2}
      where id = ${a.id}`);
    await event(ctx, { appealId: a.id, kind: 'rated', detail: { rating, comment } });
  });
