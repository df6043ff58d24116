// The points ledger's one write path. A posting moves an amount from a debit account to a credit
// account, so every transaction balances by construction (LG-1); account balances are a cache kept in
// the same statement batch and proved by reconciliation (LG-3); a member balance below zero is refused
// by a CHECK constraint (LG-2); every transaction has a unique idempotency key (LG-5). Postings are
// written set-based so a whole group commit of claims costs a handful of statements.
import type { Queryable } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';

export type LedgerKind =
  | 'issuance'
  | 'checkin'
  | 'offer_spend'
  | 'offer_refund'
  | 'bill_payment'
  | 'bill_refund'
  | 'adjustment'
  | 'expiry'
  | 'reversal'
  | 'reward';

export interface Posting {
  debit: number;
  credit: number;
  amount: number;
  expiresAt?: Date | null;
}

export interface LedgerTx {
  kind: LedgerKind;
  reason: string;
  source: string;
  idemKey: string;
  unionId?: number | null;
  actorAccountId?: number | null;
  reversesId?: number | null;
  postings: Posting[];
}

const isCheckViolation = (e: unknown) => (e as { code?: string }).code === '23514';

/** Writes transactions and their postings and moves the cached balances. Returns ids by idempotency key. */
export async function post(db: Queryable, txs: LedgerTx[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (txs.length === 0) return ids;
  for (const t of txs) {
    for (const p of t.postings) {
      if (!Number.isSafeInteger(p.amount) || p.amount <= 0) throw new Error(`bad posting amount ${p.amount}`);
    }
  }
  const rows = await db.query<{ id: number; idem_key: string }>(sql`
    insert into points_transactions (kind, reason, source, idem_key, union_id, actor_account_id, reverses_id)
    select * from unnest(${txs.map((t) => t.kind)}::text[], ${txs.map((t) => t.reason)}::text[],
      ${txs.map((t) => t.source)}::text[], ${txs.map((t) => t.idemKey)}::text[],
      ${txs.map((t) => t.unionId ?? null)}::bigint[], ${txs.map((t) => t.actorAccountId ?? null)}::bigint[],
      ${txs.map((t) => t.reversesId ?? null)}::bigint[])
    returning id, idem_key`);
  for (const r of rows) ids.set(r.idem_key, r.id);
  const flat = txs.flatMap((t) => t.postings.map((p) => ({ ...p, tx: ids.get(t.idemKey) as number })));
  await db.query(sql`
    insert into points_postings (transaction_id, debit_account_id, credit_account_id, amount, expires_at)
    select * from unnest(${flat.map((p) => p.tx)}::bigint[], ${flat.map((p) => p.debit)}::bigint[],
      ${flat.map((p) => p.credit)}::bigint[], ${flat.map((p) => p.amount)}::bigint[],
      ${flat.map((p) => p.expiresAt?.toISOString() ?? null)}::timestamptz[])`);
  const delta = new Map<number, number>();
  for (const p of flat) {
    delta.set(p.debit, (delta.get(p.debit) ?? 0) - p.amount);
    delta.set(p.credit, (delta.get(p.credit) ?? 0) + p.amount);
  }
  try {
    await db.query(sql`
      update points_accounts a set balance = a.balance + d.delta
      from unnest(${[...delta.keys()]}::bigint[], ${[...delta.values()]}::bigint[]) as d(id, delta)
      where a.id = d.id`);
  } catch (e) {
    if (isCheckViolation(e)) throw new AppError('POINTS_INSUFFICIENT');
    throw e;
  }
  return ids;
}

/** Member accounts, created on first use. */
export async function memberAccounts(db: Queryable, memberIds: number[]): Promise<Map<number, number>> {
  const unique = [...new Set(memberIds)];
  if (unique.length === 0) return new Map();
  await db.query(sql`
    insert into points_accounts (kind, member_id) select 'member', m from unnest(${unique}::bigint[]) as m
    on conflict (member_id) do nothing`);
  const rows = await db.query<{ id: number; member_id: number }>(
    sql`select id, member_id from points_accounts where member_id = any(${unique}::bigint[])`,
  );
  return new Map(rows.map((r) => [r.member_id, r.id]));
}

export async function memberAccount(db: Queryable, memberId: number): Promise<number> {
  return (await memberAccounts(db, [memberId])).get(memberId) as number;
}

/** A union's pool: the source of what it issues and the sink of what its members spend. */
export async function poolAccount(db: Queryable, unionId: number): Promise<number> {
  await db.query(sql`
    insert into points_accounts (kind, union_id) values ('union_pool', ${unionId})
    on conflict (union_id) where kind = 'union_pool' do nothing`);
  const [row] = await db.query<{ id: number }>(
    sql`select id from points_accounts where kind = 'union_pool' and union_id = ${unionId}`,
  );
  return row?.id as number;
}

/** The bill-payment partner's settlement account. */
export async function partnerAccount(db: Queryable): Promise<number> {
  await db.query(sql`
    insert into points_accounts (kind) values ('partner') on conflict (kind) where kind = 'partner' do nothing`);
  const [row] = await db.query<{ id: number }>(sql`select id from points_accounts where kind = 'partner'`);
  return row?.id as number;
}

/** When points earned now expire: the end of the following year (configurable later per federation). */
export function earnedExpiry(now: Date, policy: 'end_of_next_year' | 'never' = 'end_of_next_year'): Date | null {
  if (policy === 'never') return null;
  return new Date(Date.UTC(now.getUTCFullYear() + 2, 0, 1) - 8 * 3600 * 1000);
}
