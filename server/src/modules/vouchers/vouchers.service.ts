// Vouchers in use: the member's wallet, merchants and their tills (verify and redeem, once only), and
// the yearly budgets that publishing a voucher offer draws on.
import { can, inScope, requireAdmin, requireMember, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { normalizeText } from '../../platform/validators.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import {
  type MerchantRow,
  presentMerchant,
  presentRedemption,
  shownStatus,
  type VoucherRow,
} from './vouchers.presenter.js';

const selectMerchant = sql.raw(
  'select mc.*, u.name as union_name from merchants mc join unions u on u.id = mc.union_id',
);

export async function listMerchants(ctx: Ctx) {
  requirePermissionSomewhere(ctx.actor, 'offer.manage');
  // Merchants of my subtree and of my ancestors (a city-wide partner serves every county).
  const roots = ctx.actor.kind === 'admin' ? ctx.actor.grants.map((g) => g.unionPath) : [];
  const rows = await ctx.db.query<MerchantRow>(sql`
    ${selectMerchant} where ${inScope(ctx.actor, 'offer.manage', sql.raw('mc.union_path'))}
      or mc.union_path = any(select unnest(${roots}::text[]))
      or exists (select 1 from unnest(${roots}::text[]) r where starts_with(r, mc.union_path))
    order by mc.active desc, mc.name limit 500`);
  return { items: rows.map(presentMerchant) };
}

export async function createMerchant(ctx: Ctx, body: { unionId: number; name: string; address?: string | null }) {
  const path = await unionPathFor(ctx, { unionId: body.unionId, permission: 'offer.manage' });
  return transaction(ctx, async (tx) => {
    const [row] = await tx.db.query<{ id: number }>(sql`
      insert into merchants (union_id, union_path, name, address) values (${body.unionId}, ${path}, ${body.name},
        ${body.address ?? ''}) returning id`);
    await audit(tx, {
      action: 'merchant.create',
      targetType: 'merchant',
      targetId: row?.id,
      unionId: body.unionId,
      unionPath: path,
      after: body,
    });
    const [m] = await tx.db.query<MerchantRow>(sql`${selectMerchant} where mc.id = ${row?.id}`);
    return presentMerchant(m as MerchantRow);
  });
}

export async function updateMerchant(
  ctx: Ctx,
  { id, patch }: { id: number; patch: { name?: string; address?: string | null; active?: boolean } },
) {
  requirePermissionSomewhere(ctx.actor, 'offer.manage');
  return transaction(ctx, async (tx) => {
    const [m] = await tx.db.query<MerchantRow>(sql`${selectMerchant} where mc.id = ${id} for update of mc`);
    if (!m || !can(tx.actor, 'offer.manage', m.union_path)) throw notFound();
    await tx.db.query(sql`
      update merchants set name = ${patch.name ?? m.name}, address = ${patch.address ?? m.address},
        active = ${patch.active ?? m.active} where id = ${id}`);
    await audit(tx, {
      action: 'merchant.update',
      targetType: 'merchant',
      targetId: id,
      unionId: m.union_id,
      unionPath: m.union_path,
      after: patch,
    });
    const [row] = await tx.db.query<MerchantRow>(sql`${selectMerchant} where mc.id = ${id}`);
    return presentMerchant(row as MerchantRow);
  });
}

// ---- Budgets --------------------------------------------------------------------------------------
async function budgetRow(ctx: Ctx, unionId: number, year: number) {
  const [b] = await ctx.db.query<{ amount_fen: number; committed_fen: number }>(
    sql`select amount_fen, committed_fen from union_budgets where union_id = ${unionId} and year = ${year}`,
  );
  const amount = Number(b?.amount_fen ?? 0);
  const committed = Number(b?.committed_fen ?? 0);
  return { unionId, year, amountFen: amount, committedFen: committed, leftFen: amount - committed };
}

export async function getBudget(ctx: Ctx, { unionId, year }: { unionId: number; year: number }) {
  await unionPathFor(ctx, { unionId, permission: 'offer.manage' });
  return budgetRow(ctx, unionId, year);
}

/** Set by the union's administrators; never below what published offers already committed. */
export async function setBudget(
  ctx: Ctx,
  { unionId, year, amountFen }: { unionId: number; year: number; amountFen: number },
) {
  const path = await unionPathFor(ctx, { unionId, permission: 'union.manage' });
  return transaction(ctx, async (tx) => {
    const current = await budgetRow(tx, unionId, year);
    if (amountFen < current.committedFen) throw new AppError('BUDGET_EXCEEDED', { left: current.leftFen });
    await tx.db.query(sql`
      insert into union_budgets (union_id, year, amount_fen) values (${unionId}, ${year}, ${amountFen})
      on conflict (union_id, year) do update set amount_fen = excluded.amount_fen`);
    await audit(tx, {
      action: 'budget.set',
      targetType: 'union',
      targetId: unionId,
      unionId,
      unionPath: path,
      before: current,
      after: { year, amountFen },
    });
    return budgetRow(tx, unionId, year);
  });
}

const selectVoucher =
  sql.raw(`select v.id, v.code, v.status, v.offer_id, o.title, o.merchant_id, mc.name as merchant_name,
  o.face_value_fen, o.valid_until, v.redeemed_at, v.created_at, m.name as member_name
  from vouchers v join offers o on o.id = v.offer_id join members m on m.id = v.member_id
  left join merchants mc on mc.id = o.merchant_id`);

export async function wallet(ctx: Ctx, status?: 'valid' | 'used' | 'expired') {
  const actor = requireMember(ctx.actor);
  const rows = await ctx.db.query<VoucherRow>(
    sql`${selectVoucher} where v.member_id = ${actor.memberId ?? 0} and v.status <> 'void' order by v.id desc limit 200`,
  );
  return {
    items: rows
      .map((v) => ({
        id: v.id,
        code: v.code,
        status: shownStatus(v),
        offer: { id: v.offer_id, title: v.title },
        merchant: v.merchant_name,
        faceValueFen: Number(v.face_value_fen),
        validUntil: v.valid_until?.toISOString() ?? null,
        redeemedAt: v.redeemed_at?.toISOString() ?? null,
        createdAt: v.created_at.toISOString(),
      }))
      .filter((v) => !status || v.status === status),
  };
}

/** Codes are typed from paper or a phone: spaces, dashes, lower case and full-width letters are forgiven. */
export const normalizeCode = (code: string) => normalizeText(code).toUpperCase().replace(/[\s-]/g, '');

async function clerkVoucher(ctx: Ctx, code: string) {
  const admin = requireAdmin(ctx.actor);
  requirePermissionSomewhere(admin, 'voucher.redeem');
  const [v] = await ctx.db.query<VoucherRow>(sql`${selectVoucher} where v.code = ${normalizeCode(code)}`);
  // Another merchant's voucher looks exactly like a missing one.
  if (!v || !admin.merchantId || v.merchant_id !== admin.merchantId) throw new AppError('VOUCHER_NOT_FOUND');
  return v;
}

export async function verifyVoucher(ctx: Ctx, code: string) {
  return presentRedemption(await clerkVoucher(ctx, code));
}

export async function redeemVoucher(ctx: Ctx, code: string) {
  return transaction(ctx, async (tx) => {
    const v = await clerkVoucher(tx, code);
    const status = shownStatus(v);
    if (status === 'used') throw new AppError('VOUCHER_ALREADY_REDEEMED', { at: v.redeemed_at?.toISOString() ?? '' });
    if (status === 'void') throw new AppError('VOUCHER_VOID');
    if (status === 'expired') throw new AppError('VOUCHER_EXPIRED');
    // Once only, even for two tills scanning the same code at the same moment.
    const [done] = await tx.db.query<{ redeemed_at: Date }>(sql`
      update vouchers set status = 'redeemed', redeemed_at = now(), redeemed_by = ${requireAdmin(tx.actor).accountId}
      where id = ${v.id} and status = 'valid' returning redeemed_at`);
    if (!done) throw new AppError('VOUCHER_ALREADY_REDEEMED', { at: '' });
    return presentRedemption({ ...v, status: 'redeemed', redeemed_at: done.redeemed_at });
  });
}

export async function recentRedemptions(ctx: Ctx) {
  const admin = requireAdmin(ctx.actor);
  requirePermissionSomewhere(admin, 'voucher.redeem');
  const rows = await ctx.db.query<VoucherRow>(sql`
    ${selectVoucher} where o.merchant_id = ${admin.merchantId ?? 0} and v.status = 'redeemed'
    order by v.redeemed_at desc limit 50`);
  return { items: rows.map(presentRedemption) };
}
