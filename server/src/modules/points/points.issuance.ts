// ---- Issuance -------------------------------------------------------------------------------------
/** The month in China time, as YYYY-MM. */

import { audit } from '../../platform/audit.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { earnedExpiry, poolAccount, post } from './points.ledger.js';

export const monthOf = (d: Date) => new Date(d.getTime() + 8 * 3600000).toISOString().slice(0, 7);
/** Issues `amount` to every active member of the union's subtree for `month`, once (idempotent key). */

export async function issueForMonth(
  ctx: Ctx,
  { unionId, month, amount, reason }: { unionId: number; month: string; amount: number; reason: string },
) {
  return transaction(ctx, async (tx) => {
    const [u] = await tx.db.query<{ path: string }>(sql`select path from unions where id = ${unionId} and active`);
    if (!u) throw notFound();
    const key = `issuance:${unionId}:${month}`;
    const [done] = await tx.db.query(sql`select 1 from points_transactions where idem_key = ${key}`);
    if (done) throw new AppError('POINTS_ALREADY_ISSUED');
    const subtree = sql`m.union_path >= ${u.path} and m.union_path < ${`${u.path}~`} and m.status = 'active'`;
    await tx.db.query(sql`
      insert into points_accounts (kind, member_id) select 'member', m.id from members m where ${subtree}
      on conflict (member_id) do nothing`);
    const pool = await poolAccount(tx.db, unionId);
    const [t] = await tx.db.query<{ id: number }>(sql`
      insert into points_transactions (kind, reason, source, idem_key, union_id, actor_account_id)
      values ('issuance', ${reason}, ${`union:${unionId}:${month}`}, ${key}, ${unionId},
        ${tx.actor.kind === 'admin' ? tx.actor.accountId : null}) returning id`);
    const credited = await tx.db.query<{ n: number }>(sql`
      with ins as (
        insert into points_postings (transaction_id, debit_account_id, credit_account_id, amount, expires_at)
        select ${t?.id}::bigint, ${pool}::bigint, a.id, ${amount}::bigint, ${earnedExpiry(new Date(), tx.services.config.pointsExpiry)?.toISOString() ?? null}::timestamptz
        from members m join points_accounts a on a.member_id = m.id where ${subtree}
        returning credit_account_id)
      update points_accounts a set balance = a.balance + ${amount} from ins where a.id = ins.credit_account_id
      returning 1 as n`);
    await tx.db.query(
      sql`update points_accounts set balance = balance - ${amount * credited.length} where id = ${pool}`,
    );
    await audit(tx, {
      action: 'points.issue',
      targetType: 'union',
      targetId: unionId,
      unionId,
      unionPath: u.path,
      detail: { month, amount, members: credited.length },
    });
    return { month, members: credited.length, total: amount * credited.length };
  });
}
export async function issueNow(
  ctx: Ctx,
  { unionId, month, amount, reason }: { unionId: number; month: string; amount: number; reason: string },
) {
  await unionPathFor(ctx, { unionId, permission: 'points.manage' });
  return issueForMonth(ctx, { unionId, month, amount, reason });
}
export async function setPlan(
  ctx: Ctx,
  { unionId, plan }: { unionId: number; plan: { amountPerMember: number; reason: string; active: boolean } },
) {
  const path = await unionPathFor(ctx, { unionId, permission: 'points.manage' });
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`
      insert into points_issuance_plans (union_id, amount_per_member, reason, active, updated_by)
      values (${unionId}, ${plan.amountPerMember}, ${plan.reason}, ${plan.active}, ${tx.actor.kind === 'admin' ? tx.actor.accountId : null})
      on conflict (union_id) do update set amount_per_member = excluded.amount_per_member, reason = excluded.reason,
        active = excluded.active, updated_by = excluded.updated_by, updated_at = now()`);
    await audit(tx, {
      action: 'points.plan',
      targetType: 'union',
      targetId: unionId,
      unionId,
      unionPath: path,
      after: plan,
    });
    return issuanceOverview(tx, unionId);
  });
}
export async function issuanceOverview(ctx: Ctx, unionId: number) {
  await unionPathFor(ctx, { unionId, permission: 'points.manage' });
  const [plan] = await ctx.db.query<{ amount_per_member: number; reason: string; active: boolean }>(
    sql`select amount_per_member, reason, active from points_issuance_plans where union_id = ${unionId}`,
  );
  const runs = await ctx.db.query<{
    id: number;
    source: string;
    reason: string;
    created_at: Date;
    members: number;
    total: number;
  }>(sql`
    select t.id, t.source, t.reason, t.created_at, count(p.id)::int as members, coalesce(sum(p.amount), 0)::bigint as total
    from points_transactions t left join points_postings p on p.transaction_id = t.id
    where t.kind = 'issuance' and t.union_id = ${unionId} group by t.id order by t.id desc limit 24`);
  return {
    plan: plan ? { amountPerMember: Number(plan.amount_per_member), reason: plan.reason, active: plan.active } : null,
    runs: runs.map((r) => ({
      transactionId: r.id,
      month: r.source.split(':').pop() ?? '',
      reason: r.reason,
      members: r.members,
      total: Number(r.total),
      at: r.created_at.toISOString(),
    })),
  };
}
/** Job: every active plan issues once for the current month. Safe to run any number of times. */

export async function runMonthlyIssuance(ctx: Ctx, now = new Date()) {
  const plans = await ctx.db.query<{ union_id: number; amount_per_member: number; reason: string }>(
    sql`select union_id, amount_per_member, reason from points_issuance_plans where active`,
  );
  let issued = 0;
  for (const p of plans) {
    await issueForMonth(ctx, {
      unionId: p.union_id,
      month: monthOf(now),
      amount: Number(p.amount_per_member),
      reason: p.reason,
    })
      .then(() => {
        issued += 1;
      })
      .catch((e: unknown) => {
        if (!(e instanceof AppError && e.code === 'POINTS_ALREADY_ISSUED')) throw e;
      });
  }
  return issued;
}
/**
 * Job: expire earned points past their date. Spending uses the oldest points first, so what has expired
 * and not been spent is (earned with expiry ≤ now) − (everything debited so far), capped by the balance.
 */

export async function runExpiry(ctx: Ctx, now = new Date()) {
  const due = await ctx.db.query<{ id: number; union_id: number; amount: number }>(sql`
    with per as (
      select a.id, m.union_id, a.balance,
        coalesce((select sum(amount) from points_postings p where p.credit_account_id = a.id and p.expires_at <= ${now.toISOString()}::timestamptz), 0) as lapsed,
        coalesce((select sum(amount) from points_postings p where p.debit_account_id = a.id), 0) as debited
      from points_accounts a join members m on m.id = a.member_id where a.kind = 'member' and a.balance > 0)
    select id, union_id, least(balance, lapsed - debited)::bigint as amount from per where lapsed > debited`);
  const day = now.toISOString().slice(0, 10);
  await transaction(ctx, async (tx) => {
    const txs = [];
    for (const d of due) {
      const [done] = await tx.db.query(
        sql`select 1 from points_transactions where idem_key = ${`expiry:${d.id}:${day}`}`,
      );
      if (done || Number(d.amount) <= 0) continue;
      txs.push({
        kind: 'expiry' as const,
        reason: 'expired',
        source: `account:${d.id}`,
        idemKey: `expiry:${d.id}:${day}`,
        unionId: d.union_id,
        postings: [{ debit: d.id, credit: await poolAccount(tx.db, d.union_id), amount: Number(d.amount) }],
      });
    }
    await post(tx.db, txs);
  });
  return due.length;
}
