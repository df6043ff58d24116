// Points: members' balances and history, monthly issuance by a union (a job, once per month),
// admin adjustments and reversals (never edits), expiry, bill payments, and reconciliation.
import { can, inScope, requireMember, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { type Ctx, transaction, whenCommitted } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { maskPhone } from '../../platform/mask.js';
import { type Sql, sql } from '../../platform/sql.js';
import { parsePhone } from '../../platform/validators.js';
import { earnedExpiry, memberAccount, partnerAccount, poolAccount, post } from './points.ledger.js';
import { billPartnerFor } from './points.partner.js';
import { type BillRow, presentBill } from './points.presenter.js';
import type { systemReasons, transactionKinds } from './points.schemas.js';

interface HistoryRow {
  id: number;
  transaction_id: number;
  kind: (typeof transactionKinds)[number];
  reason: string;
  title: string | null;
  amount: number;
  expires_at: Date | null;
  created_at: Date;
}

/** The code of a reason the system wrote (bills, expiry, a partner's refusal, an offer since deleted). */
export function systemReasonOf(reason: string): (typeof systemReasons)[number] | null {
  if (reason === 'phone bill') return 'bill.phone';
  if (reason === 'electricity bill') return 'bill.electricity';
  if (reason === 'expired') return 'expired';
  if (reason === 'account not found') return 'partner.accountNotFound';
  if (/^offer:\d+$/.test(reason)) return 'offer.removed';
  return null;
}

async function history(ctx: Ctx, accountId: number, page: number, pageSize: number) {
  const rows = await ctx.db.query<HistoryRow>(sql`
    select p.id, t.id as transaction_id, t.kind, t.reason, o.title,
      case when p.credit_account_id = ${accountId} then p.amount else -p.amount end as amount,
      p.expires_at, p.created_at
    from points_postings p join points_transactions t on t.id = p.transaction_id
    left join offers o on t.reason = 'offer:' || o.id
    where p.credit_account_id = ${accountId} or p.debit_account_id = ${accountId}
    order by p.id desc limit ${pageSize} offset ${(page - 1) * pageSize}`);
  const [count] = await ctx.db.query<{ n: number }>(sql`
    select count(*)::int as n from points_postings where credit_account_id = ${accountId} or debit_account_id = ${accountId}`);
  const [acc] = await ctx.db.query<{ balance: number }>(
    sql`select balance from points_accounts where id = ${accountId}`,
  );
  return {
    balance: Number(acc?.balance ?? 0),
    items: rows.map((r) => ({
      id: r.id,
      transactionId: r.transaction_id,
      kind: r.kind,
      reason: r.title ?? r.reason,
      reasonCode: r.title ? null : systemReasonOf(r.reason),
      amount: Number(r.amount),
      expiresAt: r.expires_at?.toISOString() ?? null,
      createdAt: r.created_at.toISOString(),
    })),
    total: count?.n ?? 0,
    page,
    pageSize,
  };
}

export async function myPoints(ctx: Ctx, { page, pageSize }: { page: number; pageSize: number }) {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId) throw new AppError('OFFER_NOT_MEMBER');
  const account = await memberAccount(ctx.db, actor.memberId);
  return history(ctx, account, page, pageSize);
}

async function scopedMember(ctx: Ctx, memberId: number) {
  requirePermissionSomewhere(ctx.actor, 'points.manage');
  const [m] = await ctx.db.query<{ id: number; union_id: number; union_path: string }>(
    sql`select id, union_id, union_path from members where id = ${memberId}`,
  );
  if (!m || !can(ctx.actor, 'points.manage', m.union_path)) throw notFound();
  return m;
}

export async function memberPoints(
  ctx: Ctx,
  { memberId, page, pageSize }: { memberId: number; page: number; pageSize: number },
) {
  await scopedMember(ctx, memberId);
  return history(ctx, await memberAccount(ctx.db, memberId), page, pageSize);
}

export async function adjust(
  ctx: Ctx,
  { memberId, amount, reason, idemKey }: { memberId: number; amount: number; reason: string; idemKey: string },
) {
  return transaction(ctx, async (tx) => {
    const m = await scopedMember(tx, memberId);
    const admin = tx.actor.kind === 'admin' ? tx.actor.accountId : null;
    const [done] = await tx.db.query(sql`select 1 from points_transactions where idem_key = ${`adjust:${idemKey}`}`);
    if (!done) {
      const member = await memberAccount(tx.db, memberId);
      const pool = await poolAccount(tx.db, m.union_id);
      await post(tx.db, [
        {
          kind: 'adjustment',
          reason,
          source: `member:${memberId}`,
          idemKey: `adjust:${idemKey}`,
          unionId: m.union_id,
          actorAccountId: admin,
          postings: [
            amount > 0
              ? {
                  debit: pool,
                  credit: member,
                  amount,
                  expiresAt: earnedExpiry(new Date(), tx.services.config.pointsExpiry),
                }
              : { debit: member, credit: pool, amount: -amount },
          ],
        },
      ]);
      await audit(tx, {
        action: 'points.adjust',
        targetType: 'member',
        targetId: memberId,
        unionId: m.union_id,
        unionPath: m.union_path,
        detail: { amount, reason },
      });
    }
    return history(tx, await memberAccount(tx.db, memberId), 1, 20);
  });
}

/** A reversal posts the same amounts the other way; the original stays. */
export async function reverse(ctx: Ctx, { transactionId, reason }: { transactionId: number; reason: string }) {
  requirePermissionSomewhere(ctx.actor, 'points.manage');
  return transaction(ctx, async (tx) => {
    const [t] = await tx.db.query<{ id: number; kind: string; union_id: number | null; path: string | null }>(sql`
      select t.id, t.kind, t.union_id, u.path from points_transactions t left join unions u on u.id = t.union_id
      where t.id = ${transactionId}`);
    if (!t?.path || !can(tx.actor, 'points.manage', t.path)) throw notFound();
    if (t.kind === 'reversal' || t.kind === 'offer_spend' || t.kind === 'bill_payment') {
      // Spends are undone by cancelling the claim or by the partner's refund, which keep the stock right.
      throw new AppError('VALIDATION_FAILED', { field: 'transactionId' });
    }
    const postings = await tx.db.query<{ debit_account_id: number; credit_account_id: number; amount: number }>(
      sql`select debit_account_id, credit_account_id, amount from points_postings where transaction_id = ${t.id}`,
    );
    const [already] = await tx.db.query(sql`select 1 from points_transactions where reverses_id = ${t.id}`);
    if (already) throw new AppError('POINTS_ALREADY_REVERSED');
    await post(tx.db, [
      {
        kind: 'reversal',
        reason,
        source: `transaction:${t.id}`,
        idemKey: `reverse:${t.id}`,
        unionId: t.union_id,
        reversesId: t.id,
        actorAccountId: tx.actor.kind === 'admin' ? tx.actor.accountId : null,
        postings: postings.map((p) => ({
          debit: p.credit_account_id,
          credit: p.debit_account_id,
          amount: Number(p.amount),
        })),
      },
    ]);
    await audit(tx, {
      action: 'points.reverse',
      targetType: 'points_transaction',
      targetId: t.id,
      unionId: t.union_id,
      unionPath: t.path,
      detail: { reason },
    });
    return { ok: true as const };
  });
}

// ---- Reconciliation (LG-1..3) ---------------------------------------------------------------------
export async function reconcile(ctx: Ctx) {
  requirePermissionSomewhere(ctx.actor, 'points.manage');
  const scope: Sql = inScope(ctx.actor, 'points.manage', sql.raw('m.union_path'));
  const mismatches = await ctx.db.query<{ id: number; member_id: number; balance: number; computed: number }>(sql`
    select a.id, a.member_id, a.balance,
      coalesce((select sum(amount) from points_postings where credit_account_id = a.id), 0)
        - coalesce((select sum(amount) from points_postings where debit_account_id = a.id), 0) as computed
    from points_accounts a join members m on m.id = a.member_id
    where ${scope} and a.balance <> coalesce((select sum(amount) from points_postings where credit_account_id = a.id), 0)
        - coalesce((select sum(amount) from points_postings where debit_account_id = a.id), 0)`);
  const [stats] = await ctx.db.query<{ accounts: number; negative: number; total: number }>(sql`
    select count(*)::int as accounts, count(*) filter (where a.balance < 0)::int as negative,
      coalesce(sum(a.balance), 0)::bigint as total
    from points_accounts a join members m on m.id = a.member_id where ${scope}`);
  // Postings always balance; the whole ledger's balances must sum to zero (LG-1).
  const [all] = await ctx.db.query<{ sum: number }>(
    sql`select coalesce(sum(balance), 0)::bigint as sum from points_accounts`,
  );
  return {
    accounts: stats?.accounts ?? 0,
    memberPointsOutstanding: Number(stats?.total ?? 0),
    negativeBalances: stats?.negative ?? 0,
    ledgerSum: Number(all?.sum ?? 0),
    mismatches: mismatches.map((m) => ({
      memberId: m.member_id,
      balance: Number(m.balance),
      computed: Number(m.computed),
    })),
    checkedAt: new Date().toISOString(),
  };
}

/** 1 point = 1 fen. */
export async function payBill(
  ctx: Ctx,
  body: { kind: 'phone' | 'electricity'; account: string; amountFen: number; idempotencyKey: string },
) {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId) throw new AppError('OFFER_NOT_MEMBER');
  const memberId = actor.memberId;
  let account: string;
  if (body.kind === 'phone') {
    const phone = parsePhone(body.account);
    if (!phone) throw new AppError('VALIDATION_FAILED', { field: 'account' });
    account = phone;
  } else {
    account = body.account.replace(/\s/g, '');
    if (!/^\d{6,20}$/.test(account)) throw new AppError('VALIDATION_FAILED', { field: 'account' });
  }
  const masked = body.kind === 'phone' ? maskPhone(account) : `****${account.slice(-4)}`;
  const bill = await transaction(ctx, async (tx) => {
    const [existing] = await tx.db.query<BillRow>(
      sql`select * from bill_payments where member_id = ${memberId} and idem_key = ${body.idempotencyKey}`,
    );
    if (existing) return { row: existing, fresh: false };
    const [row] = await tx.db.query<BillRow>(sql`
      insert into bill_payments (member_id, bill_kind, account_cipher, account_masked, amount_fen, points, idem_key)
      values (${memberId}, ${body.kind}, ${tx.services.pii.encrypt(account)}, ${masked}, ${body.amountFen},
        ${body.amountFen}, ${body.idempotencyKey}) returning *`);
    const b = row as BillRow;
    const [m] = await tx.db.query<{ union_id: number }>(sql`select union_id from members where id = ${memberId}`);
    await post(tx.db, [
      {
        kind: 'bill_payment',
        reason: body.kind === 'phone' ? 'phone bill' : 'electricity bill',
        source: `bill:${b.id}`,
        idemKey: `bill:${b.id}`,
        unionId: m?.union_id ?? null,
        postings: [
          { debit: await memberAccount(tx.db, memberId), credit: await partnerAccount(tx.db), amount: body.amountFen },
        ],
      },
    ]);
    return { row: b, fresh: true };
  });
  if (!bill.fresh) return presentBill(bill.row);
  let settled = bill.row;
  await whenCommitted(ctx, async () => {
    settled = await settleBill(ctx, { billId: bill.row.id, account });
  });
  return presentBill(settled);
}

/** Calls the partner and records the result; a refusal refunds the points. */
export async function settleBill(
  ctx: Ctx,
  { billId, account }: { billId: number; account?: string },
): Promise<BillRow> {
  const [b] = await ctx.db.query<BillRow & { account_cipher: string; member_id: number }>(
    sql`select * from bill_payments where id = ${billId}`,
  );
  if (!b) throw notFound();
  if (b.status !== 'pending') return b;
  const result = await billPartnerFor(ctx.services.config).pay({
    orderNo: `ZGB${String(b.id).padStart(10, '0')}`,
    kind: b.bill_kind,
    account: account ?? ctx.services.pii.decrypt(b.account_cipher),
    amountFen: Number(b.amount_fen),
  });
  if (result.status === 'unknown') return b;
  return transaction(ctx, async (tx) => {
    const [row] = await tx.db.query<BillRow>(sql`
      update bill_payments set status = ${result.status}, settled_at = now(),
        partner_ref = ${result.status === 'paid' ? result.ref : null}, failure = ${result.status === 'failed' ? result.reason : null}
      where id = ${billId} and status = 'pending' returning *`);
    if (!row) return b;
    if (result.status === 'failed') {
      const [m] = await tx.db.query<{ union_id: number }>(sql`select union_id from members where id = ${b.member_id}`);
      await post(tx.db, [
        {
          kind: 'bill_refund',
          reason: result.reason,
          source: `bill:${b.id}`,
          idemKey: `bill_refund:${b.id}`,
          unionId: m?.union_id ?? null,
          postings: [
            {
              debit: await partnerAccount(tx.db),
              credit: await memberAccount(tx.db, b.member_id),
              amount: Number(b.points),
            },
          ],
        },
      ]);
    }
    return row;
  });
}

/** Job: payments left pending (partner timeout, crash between commit and call) are retried. */
export async function settlePendingBills(ctx: Ctx) {
  const pending = await ctx.db.query<{ id: number }>(
    sql`select id from bill_payments where status = 'pending' and created_at < now() - interval '1 minute'`,
  );
  for (const p of pending) await settleBill(ctx, { billId: p.id }).catch(() => undefined);
  return pending.length;
}

export async function myBills(ctx: Ctx) {
  const actor = requireMember(ctx.actor);
  const rows = await ctx.db.query<BillRow>(
    sql`select * from bill_payments where member_id = ${actor.memberId ?? 0} order by id desc limit 50`,
  );
  return { items: rows.map(presentBill) };
}
