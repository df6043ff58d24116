// What other modules may do to vouchers and budgets, through this module (it owns the tables): the claim
// engine issues codes for confirmed claims and voids them when claims are released; publishing an offer with
// a face value commits part of the union's yearly budget, and cancelling it gives that back.
import crypto from 'node:crypto';
import type { Queryable } from '../../platform/db.js';
import { sql } from '../../platform/sql.js';

/** Unambiguous letters and digits (no 0/O, 1/I). */
const VOUCHER_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function voucherCode(): string {
  const bytes = crypto.randomBytes(12);
  let code = '';
  for (const b of bytes) code += VOUCHER_ALPHABET[b % VOUCHER_ALPHABET.length];
  return code;
}

/** Issues `quantity` codes per claim in one statement; returns the codes by claim id. */
export async function issueVouchers(
  db: Queryable,
  offerId: number,
  claims: ReadonlyArray<{ claimId: number; memberId: number; quantity: number }>,
): Promise<Map<number, string[]>> {
  const codes = new Map<number, string[]>();
  const claimIds: number[] = [];
  const members: number[] = [];
  const all: string[] = [];
  for (const c of claims) {
    const list = Array.from({ length: c.quantity }, voucherCode);
    codes.set(c.claimId, list);
    for (const code of list) {
      claimIds.push(c.claimId);
      members.push(c.memberId);
      all.push(code);
    }
  }
  if (all.length > 0) {
    await db.query(sql`
      insert into vouchers (claim_id, offer_id, member_id, code)
      select c, ${offerId}::bigint, m, k from unnest(${claimIds}::bigint[], ${members}::bigint[], ${all}::text[]) as x(c, m, k)`);
  }
  return codes;
}

/** Voids the still-valid vouchers of released claims. */
export async function voidVouchersOfClaims(db: Queryable, claimIds: readonly number[]): Promise<void> {
  await db.query(
    sql`update vouchers set status = 'void' where claim_id = any(${[...claimIds]}::bigint[]) and status = 'valid'`,
  );
}

/** Commits `amountFen` of the union's budget for `year`; when it does not fit, returns what is left. */
export async function commitBudget(
  db: Queryable,
  unionId: number,
  year: number,
  amountFen: number,
): Promise<{ ok: true } | { ok: false; leftFen: number }> {
  const updated = await db.query(sql`
    update union_budgets set committed_fen = committed_fen + ${amountFen}
    where union_id = ${unionId} and year = ${year} and committed_fen + ${amountFen} <= amount_fen returning union_id`);
  if (updated.length > 0) return { ok: true };
  const [b] = await db.query<{ left: number }>(
    sql`select amount_fen - committed_fen as left from union_budgets where union_id = ${unionId} and year = ${year}`,
  );
  return { ok: false, leftFen: Number(b?.left ?? 0) };
}

/** Gives back what a cancelled offer had committed. */
export async function releaseBudget(db: Queryable, unionId: number, year: number, amountFen: number): Promise<void> {
  await db.query(sql`
    update union_budgets set committed_fen = committed_fen - ${amountFen} where union_id = ${unionId} and year = ${year}`);
}
