// Member records as the foundation needs them: scoped lists, masked views, audited reveal, the
// member's own record. The membership issue adds joining, import, transfer and the e-card.

import type { z } from 'zod';
import { authorize, inScope, recordedActor, requireMember, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import type { SessionRow } from '../../platform/auth/sessions.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { wholeIdentifierFilter } from '../../platform/identifiers.js';
import { maskPhone } from '../../platform/mask.js';
import { auditUnmaskedRead } from '../../platform/reveal-watch.js';
import { containsPattern, sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';
import { normalizeQuery, parseIdNumber, parsePhone } from '../../platform/validators.js';
import { requireVisibleUnion } from '../unions/unions.lookup.js';
import { memberPolicy } from './members.policy.js';
import { type MemberListRow, presentMember } from './members.presenter.js';
import type { listMembersQuery, revealBody } from './members.schemas.js';
import type { MemberRow } from './members.tables.js';

const selectMember = sql.raw(`select m.*, to_char(m.birth_date, 'YYYY-MM-DD') as birth_date,
    u.name as union_name, e.name as employer_name
  from members m join unions u on u.id = m.union_id left join employers e on e.id = m.employer_id`);

export async function countActiveMembers(ctx: Ctx, path: string): Promise<number> {
  const [row] = await ctx.db.query<{ n: number }>(sql`
    select count(*)::bigint as n from members where ${withinSubtree(sql.raw('union_path'), path)} and status = 'active'`);
  return row?.n ?? 0;
}

async function loadVisible(ctx: Ctx, id: number): Promise<MemberListRow> {
  const [row] = await ctx.db.query<MemberListRow>(sql`${selectMember} where m.id = ${id}`);
  if (!row || !memberPolicy.read?.(ctx.actor, row)) throw notFound();
  return row;
}

export type MemberFilters = Omit<z.infer<typeof listMembersQuery>, 'page' | 'pageSize'> & {
  phone?: string;
  idNumber?: string;
};

/** The filter every member list and export uses: the caller's subtree, then the query's filters. */
async function memberWhere(ctx: Ctx, query: MemberFilters) {
  const filters = [inScope(ctx.actor, 'member.read', sql.raw('m.union_path'))];
  if (query.unionId) {
    const union = await requireVisibleUnion(ctx, query.unionId);
    filters.push(withinSubtree(sql.raw('m.union_path'), union.path));
  }
  if (query.status) filters.push(sql`m.status = ${query.status}`);
  if (query.category) filters.push(sql`m.category = ${query.category}`);
  if (query.employerId) filters.push(sql`m.employer_id = ${query.employerId}`);
  // Whole numbers are matched by their keyed hash; a malformed one matches nobody.
  if (query.phone) filters.push(sql`m.phone_hash = ${ctx.services.pii.hash('phone', parsePhone(query.phone) ?? '-')}`);
  if (query.idNumber) {
    const id = parseIdNumber(query.idNumber);
    filters.push(sql`m.id_number_hash = ${ctx.services.pii.hash('id_number', id.ok ? id.value.idNumber : '-')}`);
  }
  const q = normalizeQuery(query.q)?.toUpperCase();
  // A whole number typed into the name box (only possible in a POST body) is an exact look-up by its hash.
  const exact = wholeIdentifierFilter(ctx.services.pii, q, {
    phone: sql.raw('m.phone_hash'),
    idNumber: sql.raw('m.id_number_hash'),
  });
  if (exact) filters.push(exact);
  else if (q) {
    // A name fragment or the last 4 of the ID number. Whole phone or ID numbers never travel in a URL
    // (AS-65): look-ups by them belong in a POST body.
    const like = containsPattern(q);
    const alternatives = [sql`m.name ilike ${like}`];
    if (/^\d{3}[\dX]$/.test(q)) alternatives.push(sql`m.id_number_last4 = ${q}`);
    filters.push(sql`(${sql.join(alternatives, sql.raw(' or '))})`);
  }
  return sql.join(filters, sql.raw(' and '));
}

export async function listMembers(ctx: Ctx, query: MemberFilters & { page: number; pageSize: number }) {
  requirePermissionSomewhere(ctx.actor, 'member.read');
  const { pii } = ctx.services;
  const where = await memberWhere(ctx, query);
  const offset = (query.page - 1) * query.pageSize;
  const rows = await ctx.db.query<MemberListRow>(
    sql`${selectMember} where ${where} order by m.id desc limit ${query.pageSize} offset ${offset}`,
  );
  const [count] = await ctx.db.query<{ n: number }>(sql`select count(*)::bigint as n from members m where ${where}`);
  return {
    items: rows.map((r) => presentMember(ctx.actor, pii, r)),
    total: count?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export const EXPORT_LIMIT = 100_000;

/** Members matching the filters as rows for a spreadsheet: personal data masked, audited. */
/** How many members the filters select within the caller's scope (what an export would hold). */
export async function countMembers(ctx: Ctx, query: MemberFilters): Promise<number> {
  requirePermissionSomewhere(ctx.actor, 'member.read');
  const [row] = await ctx.db.query<{ n: number }>(
    sql`select count(*)::int as n from members m where ${await memberWhere(ctx, query)}`,
  );
  return Math.min(row?.n ?? 0, EXPORT_LIMIT);
}

/**
 * The roster (masked). Above `exportApprovalRows` rows it needs an approved export request (PI-15): the
 * console's direct export refuses, and the request's download passes its id.
 */
export async function exportMembers(
  ctx: Ctx,
  { query, approvedRequestId }: { query: MemberFilters; approvedRequestId?: number },
) {
  requirePermissionSomewhere(ctx.actor, 'member.read');
  const limit = ctx.services.config.exportApprovalRows;
  if (approvedRequestId === undefined) {
    const rows = await countMembers(ctx, query);
    if (rows > limit) throw new AppError('EXPORT_NEEDS_APPROVAL', { rows, limit });
  }
  const where = await memberWhere(ctx, query);
  const rows = await ctx.db.query<MemberListRow>(
    sql`${selectMember} where ${where} order by m.id limit ${EXPORT_LIMIT}`,
  );
  await audit(ctx, {
    action: 'member.export',
    detail: { filters: query, rows: rows.length, ...(approvedRequestId ? { requestId: approvedRequestId } : {}) },
  });
  return rows.map((r) => presentMember(ctx.actor, ctx.services.pii, r));
}

export async function getMember(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'member.read');
  return presentMember(ctx.actor, ctx.services.pii, await loadVisible(ctx, id));
}

/** The full value of one personal field: authorized, given a reason, and audited (AS-69). */
export async function revealMemberField(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof revealBody> }) {
  requirePermissionSomewhere(ctx.actor, 'member.reveal');
  return transaction(ctx, async (ctx) => {
    const row = await loadVisible(ctx, id);
    authorize(memberPolicy, ctx.actor, 'reveal', row);
    const cipher = body.field === 'idNumber' ? row.id_number_cipher : row.phone_cipher;
    await auditUnmaskedRead(ctx, {
      action: 'member.reveal',
      targetType: 'member',
      targetId: id,
      unionId: row.union_id,
      unionPath: row.union_path,
      detail: { field: body.field, reason: body.reason },
    });
    return { field: body.field, value: ctx.services.pii.decrypt(cipher) };
  });
}

/** The signed-in member's own record (full phone is theirs to see; ID stays masked on screen). */
export async function getMe(
  ctx: Ctx,
  session: (Pick<SessionRow, 'phone_cipher'> & Partial<Pick<SessionRow, 'active_member_record'>>) | null,
) {
  const actor = requireMember(ctx.actor);
  const phone = session?.phone_cipher ? maskPhone(ctx.services.pii.decrypt(session.phone_cipher)) : '';
  if (!actor.memberId) return { phone, member: null };
  // The record read with the session (and cached with it) when it is this member's; else one indexed read.
  const record = session?.active_member_record;
  const row =
    record && record.id === actor.memberId ? memberFromSession(record) : await loadVisible(ctx, actor.memberId);
  return { phone, member: presentMember(ctx.actor, ctx.services.pii, row) };
}

/** The record as the session's statement wrote it out (JSON: its times are strings). */
function memberFromSession(record: Record<string, unknown>): MemberListRow {
  const row = record as unknown as Omit<MemberListRow, 'joined_at' | 'created_at'> & {
    joined_at: string;
    created_at: string;
  };
  return { ...row, joined_at: new Date(row.joined_at), created_at: new Date(row.created_at) };
}

export interface NewMemberRecord {
  unionId: number;
  unionPath: string;
  employerId: number | null;
  name: string;
  /** Already validated and normalised. */
  idNumber: string;
  phone: string;
  category: MemberRow['category'];
  joinedAt: Date;
}

/** The active membership held under this ID number anywhere in the tree (one person, one membership). */
export async function findActiveMembership(ctx: Ctx, idNumberHash: string) {
  const [row] = await ctx.db.query<{ id: number; union_id: number; union_name: string }>(sql`
    select m.id, m.union_id, u.name as union_name from members m join unions u on u.id = m.union_id
    where m.id_number_hash = ${idNumberHash} and m.status = 'active'`);
  return row;
}

/** The active membership signed in with this phone: a phone belongs to at most one member. */
export async function findActiveMembershipByPhone(ctx: Ctx, phoneHash: string) {
  const [row] = await ctx.db.query<{ id: number; union_id: number; union_name: string }>(sql`
    select m.id, m.union_id, u.name as union_name from members m join unions u on u.id = m.union_id
    where m.phone_hash = ${phoneHash} and m.status = 'active'`);
  return row;
}

export interface NewMember extends NewMemberRecord {
  job: string | null;
  politicalStatus: string | null;
  education: string | null;
}

/**
 * Creates one member (an approved application). A person who left before is reinstated in place: the ID
 * number stays unique across the tree, and history stays on the same record.
 */
export async function createMember(ctx: Ctx, m: NewMember): Promise<{ id: number; cardNo: string }> {
  const { pii } = ctx.services;
  const idHash = pii.hash('id_number', m.idNumber);
  const [row] = await ctx.db.query<{ id: number }>(sql`
    insert into members (union_id, union_path, employer_id, name, id_number_cipher, id_number_hash, id_number_last4,
      phone_cipher, phone_hash, gender, birth_date, category, joined_at, job, political_status, education)
    values (${m.unionId}, ${m.unionPath}, ${m.employerId}, ${m.name}, ${pii.encrypt(m.idNumber)}, ${idHash},
      ${m.idNumber.slice(-4)}, ${pii.encrypt(m.phone)}, ${pii.hash('phone', m.phone)},
      ${Number(m.idNumber[16]) % 2 === 1 ? 'male' : 'female'},
      ${`${m.idNumber.slice(6, 10)}-${m.idNumber.slice(10, 12)}-${m.idNumber.slice(12, 14)}`}::date, ${m.category},
      ${m.joinedAt.toISOString()}::timestamptz, ${m.job}, ${m.politicalStatus}, ${m.education})
    on conflict (id_number_hash) do update set
      union_id = excluded.union_id, union_path = excluded.union_path, employer_id = excluded.employer_id,
      name = excluded.name, phone_cipher = excluded.phone_cipher, phone_hash = excluded.phone_hash,
      category = excluded.category, job = excluded.job, political_status = excluded.political_status,
      education = excluded.education, status = 'active', joined_at = excluded.joined_at, left_at = null,
      left_reason = null
    where members.status = 'left'
    returning id`);
  if (!row) throw new AppError('MEMBER_ALREADY_MEMBER', { union: '' });
  const cardNo = `ZG${String(row.id).padStart(10, '0')}`;
  await ctx.db.query(sql`update members set card_no = ${cardNo} where id = ${row.id} and card_no is null`);
  return { id: row.id, cardNo };
}

export async function addMemberEvent(
  ctx: Ctx,
  {
    memberId,
    kind,
    detail = {},
  }: {
    memberId: number;
    kind: 'joined' | 'left' | 'reinstated' | 'transferred' | 'corrected';
    detail?: Record<string, unknown>;
  },
) {
  const actor = recordedActor(ctx.actor);
  await ctx.db.query(sql`insert into member_events (member_id, kind, actor_kind, actor_id, detail)
    values (${memberId}, ${kind}, ${actor.kind}, ${actor.accountId}, ${JSON.stringify(detail)}::jsonb)`);
}

/** Records the joining of a member created elsewhere (an approved application). */
export async function recordJoined(
  ctx: Ctx,
  { memberId, detail }: { memberId: number; detail: Record<string, unknown> },
) {
  await addMemberEvent(ctx, { memberId, kind: 'joined', detail });
}

export async function setMemberActive(
  ctx: Ctx,
  { id, active, reason }: { id: number; active: boolean; reason: string | null },
) {
  requirePermissionSomewhere(ctx.actor, 'member.manage');
  return transaction(ctx, async (ctx) => {
    const row = await loadVisible(ctx, id);
    if (active && row.status === 'active') throw new AppError('MEMBER_ALREADY_ACTIVE');
    if (!active && row.status !== 'active') throw new AppError('MEMBER_NOT_ACTIVE');
    authorize(memberPolicy, ctx.actor, active ? 'reinstate' : 'leave', row);
    await ctx.db.query(sql`update members set status = ${active ? 'active' : 'left'},
        left_at = ${active ? null : sql`now()`}, left_reason = ${active ? null : reason} where id = ${id}`);
    await addMemberEvent(ctx, { memberId: id, kind: active ? 'reinstated' : 'left', detail: reason ? { reason } : {} });
    await audit(ctx, {
      action: active ? 'member.reinstate' : 'member.leave',
      targetType: 'member',
      targetId: id,
      unionId: row.union_id,
      unionPath: row.union_path,
      before: { status: row.status },
      after: { status: active ? 'active' : 'left', reason },
    });
    return getMember(ctx, id);
  });
}

export async function setMemberTags(ctx: Ctx, { id, tags }: { id: number; tags: string[] }) {
  requirePermissionSomewhere(ctx.actor, 'member.manage');
  return transaction(ctx, async (ctx) => {
    const row = await loadVisible(ctx, id);
    authorize(memberPolicy, ctx.actor, 'tag', row);
    const unique = [...new Set(tags)];
    await ctx.db.query(sql`update members set tags = ${unique}::text[] where id = ${id}`);
    await audit(ctx, {
      action: 'member.tags',
      targetType: 'member',
      targetId: id,
      unionId: row.union_id,
      unionPath: row.union_path,
      before: { tags: row.tags },
      after: { tags: unique },
    });
    return getMember(ctx, id);
  });
}

export async function memberHistory(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'member.read');
  await loadVisible(ctx, id);
  const rows = await ctx.db.query<{
    id: number;
    at: Date;
    kind: 'joined' | 'left' | 'reinstated';
    actor_kind: 'member' | 'admin' | 'system';
    detail: { reason?: string } | null;
  }>(sql`select * from member_events where member_id = ${id} order by id`);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      kind: r.kind,
      actor: r.actor_kind,
      reason: r.detail?.reason ?? null,
    })),
  };
}

/** Which of these phone hashes are active members' phones, and under which ID-number hash. */
export async function activePhonesByHash(ctx: Ctx, phoneHashes: string[]) {
  if (!phoneHashes.length) return new Map<string, string>();
  const rows = await ctx.db.query<{ phone_hash: string; id_number_hash: string }>(
    sql`select phone_hash, id_number_hash from members where phone_hash = any(${phoneHashes}::text[]) and status = 'active'`,
  );
  return new Map(rows.map((r) => [r.phone_hash, r.id_number_hash]));
}

/** Which of these ID-number hashes are active members, and where. */
export async function activeMembershipsByHash(ctx: Ctx, hashes: string[]) {
  if (!hashes.length) return new Map<string, number>();
  const rows = await ctx.db.query<{ id_number_hash: string; union_id: number }>(
    sql`select id_number_hash, union_id from members where id_number_hash = any(${hashes}::text[]) and status = 'active'`,
  );
  return new Map(rows.map((r) => [r.id_number_hash, r.union_id]));
}

export type MemberChange =
  | { field: 'phone'; phone: string; phoneHash: string }
  | { field: 'employer'; employerId: number }
  | { field: 'address'; address: string };
