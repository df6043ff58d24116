// Self-service corrections (PIPL Art. 46): a member asks to change their phone (proven by a code sent
// to the new number), employer or address; an officer of their union approves or refuses with a reason.

import type { z } from 'zod';
import { inScope, requireMember, requirePermissionSomewhere } from '../../platform/access.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { notifyMembers } from '../../platform/notify.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { consumeCode, issueCode } from '../auth/auth.member-login.js';
import { applyCorrection } from '../members/members.changes.js';
import { memberRecipients } from '../members/members.recipients.js';
import { findActiveMembershipByPhone, type MemberChange } from '../members/members.service.js';
import { correctionFieldNames } from './corrections.notices.js';
import { type CorrectionRow, correctionPolicy } from './corrections.policy.js';
import { present } from './corrections.presenter.js';
import type { correctionBody } from './corrections.schemas.js';

const selectCorrection = sql.raw(`select c.*, m.name as member_name, e.name as employer_name
  from member_corrections c join members m on m.id = c.member_id left join employers e on e.id = c.new_employer_id`);

async function load(ctx: Ctx, id: number, forUpdate = false) {
  const [c] = await ctx.db.query<CorrectionRow>(
    sql`${selectCorrection} where c.id = ${id}${forUpdate ? sql.raw(' for update of c') : sql.raw('')}`,
  );
  if (!c || !correctionPolicy.read?.(ctx.actor, c)) throw notFound();
  return c;
}

function activeMember(ctx: Ctx) {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId || !actor.unionPath) throw new AppError('CARD_NOT_AVAILABLE');
  return { memberId: actor.memberId, unionPath: actor.unionPath };
}

export async function sendPhoneChangeCode(ctx: Ctx, phone: string) {
  activeMember(ctx);
  return issueCode(ctx, { phoneInput: phone, purpose: 'change_phone' });
}

async function requirePhoneFree(ctx: Ctx, phoneHash: string, memberId: number) {
  const holder = await findActiveMembershipByPhone(ctx, phoneHash);
  if (holder && holder.id !== memberId) throw new AppError('CORRECTION_PHONE_TAKEN', { field: 'phone' });
}

export async function requestCorrection(ctx: Ctx, body: z.infer<typeof correctionBody>) {
  const { memberId, unionPath } = activeMember(ctx);
  const { pii } = ctx.services;
  let values: { cipher: string | null; phoneHash: string | null; employerId: number | null };
  if (body.field === 'phone') {
    const { phone, phoneHash } = await consumeCode(ctx, {
      phoneInput: body.phone,
      codeInput: body.code,
      purpose: 'change_phone',
    });
    // A phone signs one member in. The caller proved they hold this one, so saying so discloses nothing.
    await requirePhoneFree(ctx, phoneHash, memberId);
    values = { cipher: pii.encrypt(phone), phoneHash, employerId: null };
  } else if (body.field === 'employer') values = { cipher: null, phoneHash: null, employerId: body.employerId };
  else values = { cipher: pii.encrypt(body.address), phoneHash: null, employerId: null };
  return transaction(ctx, async (ctx) => {
    try {
      const [row] = await ctx.db.query<{ id: number }>(sql`
        insert into member_corrections (member_id, union_path, field, new_value_cipher, new_phone_hash, new_employer_id)
        values (${memberId}, ${unionPath}, ${body.field}, ${values.cipher}, ${values.phoneHash}, ${values.employerId}) returning id`);
      return present(ctx, await load(ctx, row?.id ?? 0));
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw new AppError('CORRECTION_PENDING_EXISTS', { field: 'field' });
      if ((error as { code?: string }).code === '23503')
        throw new AppError('CORRECTION_EMPLOYER_ELSEWHERE', { field: 'employerId' });
      throw error;
    }
  });
}

export async function myCorrections(ctx: Ctx) {
  const { memberId } = activeMember(ctx);
  const rows = await ctx.db.query<CorrectionRow>(
    sql`${selectCorrection} where c.member_id = ${memberId} order by c.id desc limit 20`,
  );
  return { items: rows.map((r) => present(ctx, r)) };
}

export async function listCorrections(
  ctx: Ctx,
  query: { status?: CorrectionRow['status']; page: number; pageSize: number },
) {
  requirePermissionSomewhere(ctx.actor, 'member.read');
  const scope = inScope(ctx.actor, 'member.read', sql.raw('c.union_path'));
  const where = query.status ? sql`${scope} and c.status = ${query.status}` : scope;
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectCorrection} where ${where} order by c.id desc`,
      count: sql`select 1 from member_corrections c where ${where}`,
    },
    (rows: CorrectionRow[]) => rows.map((r) => present(ctx, r)),
  );
}

export async function decideCorrection(
  ctx: Ctx,
  { id, decision, reason }: { id: number; decision: 'approve' | 'reject'; reason: string | null },
) {
  requirePermissionSomewhere(ctx.actor, 'member.manage');
  return transaction(ctx, async (ctx) => {
    const c = await load(ctx, id, true);
    if (c.status !== 'pending') throw new AppError('CORRECTION_NOT_PENDING');
    if (!correctionPolicy.decide?.(ctx.actor, c)) throw new AppError('FORBIDDEN');
    if (decision === 'approve') {
      const { pii } = ctx.services;
      if (c.field === 'phone') await requirePhoneFree(ctx, c.new_phone_hash ?? '', c.member_id);
      const change: MemberChange =
        c.field === 'phone'
          ? { field: 'phone', phone: pii.decrypt(c.new_value_cipher ?? ''), phoneHash: c.new_phone_hash ?? '' }
          : c.field === 'employer'
            ? { field: 'employer', employerId: c.new_employer_id ?? 0 }
            : { field: 'address', address: pii.decrypt(c.new_value_cipher ?? '') };
      await applyCorrection(ctx, { memberId: c.member_id, change });
    }
    await ctx.db.query(sql`update member_corrections set status = ${decision === 'approve' ? 'approved' : 'rejected'},
        decision_reason = ${reason}, decided_at = now() where id = ${id}`);
    // Read after the change: an approved new phone is where the member now reads.
    const field = correctionFieldNames[c.field];
    await notifyMembers(ctx, await memberRecipients(ctx.db, [c.member_id]), [
      {
        memberId: c.member_id,
        key: decision === 'approve' ? 'corrections.approved' : 'corrections.rejected',
        params: { field: field.zh, fieldEn: field.en, reason: reason ?? '' },
        dedupeKey: `correction:${id}:decided`,
      },
    ]);
    return present(ctx, await load(ctx, id));
  });
}

export async function cancelCorrection(ctx: Ctx, id: number) {
  activeMember(ctx);
  return transaction(ctx, async (ctx) => {
    const c = await load(ctx, id, true);
    if (!correctionPolicy.cancel?.(ctx.actor, c)) throw new AppError('CORRECTION_NOT_PENDING');
    await ctx.db.query(sql`update member_corrections set status = 'cancelled', decided_at = now() where id = ${id}`);
    return present(ctx, await load(ctx, id));
  });
}

/** Members' change requests waiting for a decision in the caller's subtree. */
export async function pendingCorrections(ctx: Ctx): Promise<number> {
  const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from member_corrections c
    where c.status = 'pending' and ${inScope(ctx.actor, 'member.manage', sql.raw('c.union_path'))}`);
  return row?.n ?? 0;
}
