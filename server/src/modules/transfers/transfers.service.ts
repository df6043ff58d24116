// Transfers between base unions ("转会"). The member (or a cadre) asks; the union left behind
// approves, then the union joined approves; a cadre who administers both completes it at once.
import { authorize, can, inScope, requireMember, requirePermissionSomewhere } from '../../platform/access.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { notifyMembers } from '../../platform/notify.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { moveMemberToUnion } from '../members/members.changes.js';
import { memberRecipients } from '../members/members.recipients.js';
import { getMember } from '../members/members.service.js';
import { transferPolicy } from './transfers.policy.js';
import { present, type TransferRow } from './transfers.presenter.js';

const selectTransfer = sql.raw(`select t.*, m.name as member_name, f.name as from_name, u.name as to_name
  from member_transfers t join members m on m.id = t.member_id join unions f on f.id = t.from_union_id
  join unions u on u.id = t.to_union_id`);

async function load(ctx: Ctx, id: number, forUpdate = false): Promise<TransferRow> {
  const [row] = await ctx.db.query<TransferRow>(
    sql`${selectTransfer} where t.id = ${id}${forUpdate ? sql.raw(' for update of t') : sql.raw('')}`,
  );
  if (!row || !transferPolicy.read?.(ctx.actor, row)) throw notFound();
  return row;
}

async function openTransfer(
  ctx: Ctx,
  memberId: number,
  toUnionId: number,
  reason: string | null,
  by: 'member' | 'admin',
) {
  const [member] = await ctx.db.query<{ union_id: number; union_path: string; status: string }>(
    sql`select union_id, union_path, status from members where id = ${memberId}`,
  );
  if (member?.status !== 'active') throw new AppError('MEMBER_NOT_ACTIVE');
  const [to] = await ctx.db.query<{ id: number; path: string; level: string; active: boolean }>(
    sql`select id, path, level, active from unions where id = ${toUnionId}`,
  );
  if (!to?.active || to.level !== 'base') throw new AppError('JOIN_UNION_INVALID', { field: 'toUnionId' });
  if (to.id === member.union_id) throw new AppError('TRANSFER_SAME_UNION', { field: 'toUnionId' });
  try {
    const [row] = await ctx.db.query<{ id: number }>(sql`
      insert into member_transfers (member_id, from_union_id, from_path, to_union_id, to_path, reason, requested_by)
      values (${memberId}, ${member.union_id}, ${member.union_path}, ${to.id}, ${to.path}, ${reason}, ${by}) returning id`);
    return { id: row?.id ?? 0, fromPath: member.union_path, to };
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw new AppError('TRANSFER_OPEN_EXISTS');
    throw error;
  }
}

async function complete(ctx: Ctx, t: { id: number; member_id: number }, to: { id: number; path: string }) {
  await moveMemberToUnion(ctx, { memberId: t.member_id, to, detail: { transferId: t.id } });
  await ctx.db.query(sql`update member_transfers set status = 'completed', decided_at = now() where id = ${t.id}`);
}

async function tellMember(ctx: Ctx, t: TransferRow, key: string, reason: string | null) {
  await notifyMembers(ctx, await memberRecipients(ctx.db, [t.member_id]), [
    {
      memberId: t.member_id,
      key,
      params: { from: t.from_name, to: t.to_name, reason: reason ?? '' },
      dedupeKey: `transfer:${t.id}:decided`,
    },
  ]);
}

/** '/1/4/12/' → '/1/4/': the federation a base union belongs to. */
const parentPath = (path: string) => path.replace(/[^/]+\/$/, '');

export async function requestMyTransfer(ctx: Ctx, { toUnionId, reason }: { toUnionId: number; reason: string | null }) {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId) throw new AppError('CARD_NOT_AVAILABLE');
  const memberId = actor.memberId;
  return transaction(ctx, async (ctx) => {
    const { id, fromPath, to } = await openTransfer(ctx, memberId, toUnionId, reason, 'member');
    // Between two base unions of one federation the move needs nobody's approval.
    if (parentPath(fromPath) === parentPath(to.path)) await complete(ctx, { id, member_id: memberId }, to);
    return present(ctx, await load(ctx, id));
  });
}

export async function myTransfers(ctx: Ctx) {
  const actor = requireMember(ctx.actor);
  const rows = actor.memberId
    ? await ctx.db.query<TransferRow>(
        sql`${selectTransfer} where t.member_id = ${actor.memberId} order by t.id desc limit 20`,
      )
    : [];
  return { items: rows.map((r) => present(ctx, r)) };
}

/** A cadre moves a member; done at once when they administer both unions, else it waits for the other side. */
export async function transferMember(
  ctx: Ctx,
  { memberId, toUnionId, reason }: { memberId: number; toUnionId: number; reason: string | null },
) {
  requirePermissionSomewhere(ctx.actor, 'member.manage');
  return transaction(ctx, async (ctx) => {
    const member = await getMember(ctx, memberId);
    if (!member.actions.includes('leave')) throw new AppError('FORBIDDEN');
    const { id, to } = await openTransfer(ctx, memberId, toUnionId, reason, 'admin');
    if (can(ctx.actor, 'member.manage', to.path)) {
      await complete(ctx, { id, member_id: memberId }, to);
      await tellMember(ctx, await load(ctx, id), 'transfers.completed', null);
    } else await ctx.db.query(sql`update member_transfers set status = 'pending_in' where id = ${id}`);
    return present(ctx, await load(ctx, id));
  });
}

export async function listTransfers(
  ctx: Ctx,
  query: { status?: TransferRow['status']; page: number; pageSize: number },
) {
  requirePermissionSomewhere(ctx.actor, 'member.read');
  const scope = sql`(${inScope(ctx.actor, 'member.read', sql.raw('t.from_path'))} or ${inScope(ctx.actor, 'member.read', sql.raw('t.to_path'))})`;
  const where = query.status ? sql`${scope} and t.status = ${query.status}` : scope;
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectTransfer} where ${where} order by t.id desc`,
      count: sql`select 1 from member_transfers t where ${where}`,
    },
    (rows: TransferRow[]) => rows.map((r) => present(ctx, r)),
  );
}

export async function decideTransfer(
  ctx: Ctx,
  { id, decision, reason }: { id: number; decision: 'approve' | 'reject'; reason: string | null },
) {
  requirePermissionSomewhere(ctx.actor, 'member.manage');
  return transaction(ctx, async (ctx) => {
    const t = await load(ctx, id, true);
    if (t.status !== 'pending_out' && t.status !== 'pending_in') throw new AppError('TRANSFER_NOT_PENDING');
    authorize(transferPolicy, ctx.actor, decision, t);
    if (decision === 'reject') {
      await ctx.db.query(
        sql`update member_transfers set status = 'rejected', decision_reason = ${reason}, decided_at = now() where id = ${id}`,
      );
      await tellMember(ctx, t, 'transfers.rejected', reason);
    } else if (t.status === 'pending_out' && !can(ctx.actor, 'member.manage', t.to_path)) {
      await ctx.db.query(sql`update member_transfers set status = 'pending_in' where id = ${id}`);
    } else {
      await complete(ctx, t, { id: t.to_union_id, path: t.to_path });
      await tellMember(ctx, t, 'transfers.completed', null);
    }
    return present(ctx, await load(ctx, id));
  });
}

export async function cancelMyTransfer(ctx: Ctx, id: number) {
  requireMember(ctx.actor);
  return transaction(ctx, async (ctx) => {
    const t = await load(ctx, id, true);
    authorize(transferPolicy, ctx.actor, 'cancel', t);
    await ctx.db.query(sql`update member_transfers set status = 'cancelled', decided_at = now() where id = ${id}`);
    return present(ctx, await load(ctx, id));
  });
}

/** Transfers waiting for the caller's side: leaving a union it manages, or joining one. */
export async function pendingTransfers(ctx: Ctx): Promise<number> {
  const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from member_transfers t
    where (t.status = 'pending_out' and ${inScope(ctx.actor, 'member.manage', sql.raw('t.from_path'))})
       or (t.status = 'pending_in' and ${inScope(ctx.actor, 'member.manage', sql.raw('t.to_path'))})`);
  return row?.n ?? 0;
}
