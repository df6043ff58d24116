// The stock invariants of SECURITY.md §5.C as SQL checks, run after every concurrency test, the crash
// test and the rush benchmark. Each returns the violations found; an empty list means the offer is sound.
import type { Queryable } from '../../platform/db.js';
import { sql } from '../../platform/sql.js';

export async function checkStockInvariants(db: Queryable, offerId: number): Promise<string[]> {
  const problems: string[] = [];
  const [o] = await db.query<{ capacity: number; taken: number; per_member_limit: number; kind: string; mode: string }>(
    sql`select capacity, taken, per_member_limit, kind, mode from offers where id = ${offerId}`,
  );
  if (!o) return [`offer ${offerId} missing`];
  // VC-1 and VC-4: taken never exceeds capacity, and equals the places actually held.
  const [held] = await db.query<{ n: number }>(sql`
    select coalesce(sum(quantity), 0)::int as n from claims where offer_id = ${offerId} and status in ('confirmed', 'offered')`);
  if (o.taken > o.capacity) problems.push(`VC-1 taken ${o.taken} > capacity ${o.capacity}`);
  if ((held?.n ?? 0) !== o.taken) problems.push(`VC-4 taken ${o.taken} but ${held?.n} places held`);
  // VC-2: no member above the limit, and the holdings counter matches the claims.
  const over = await db.query<{ member_id: number; units: number }>(sql`
    select member_id, sum(quantity)::int as units from claims
    where offer_id = ${offerId} and status in ('confirmed', 'applied') group by member_id
    having sum(quantity) > ${o.per_member_limit}`);
  for (const m of over) problems.push(`VC-2 member ${m.member_id} holds ${m.units}`);
  const drift = await db.query<{ member_id: number }>(sql`
    select h.member_id from offer_holdings h
    left join (select member_id, sum(quantity)::int as units from claims
      where offer_id = ${offerId} and status in ('confirmed', 'applied') group by member_id) c on c.member_id = h.member_id
    where h.offer_id = ${offerId} and h.units <> coalesce(c.units, 0)`);
  for (const m of drift) problems.push(`VC-2 holdings of member ${m.member_id} drifted`);
  // VC-3: every confirmed voucher claim has exactly its quantity of live codes; codes are unique by constraint.
  if (o.kind === 'voucher') {
    const wrong = await db.query<{ id: number }>(sql`
      select c.id from claims c
      where c.offer_id = ${offerId} and c.status = 'confirmed'
        and c.quantity <> (select count(*) from vouchers v where v.claim_id = c.id and v.status <> 'void')`);
    for (const c of wrong) problems.push(`VC-3 claim ${c.id} has the wrong number of vouchers`);
    const stray = await db.query<{ id: number }>(sql`
      select v.id from vouchers v join claims c on c.id = v.claim_id
      where v.offer_id = ${offerId} and v.status <> 'void' and c.status <> 'confirmed'`);
    for (const v of stray) problems.push(`VC-3 voucher ${v.id} live without a confirmed claim`);
  }
  // VC-5: a claim that cost points has its debit, and every debit has its claim.
  const unpaid = await db.query<{ id: number }>(sql`
    select c.id from claims c where c.offer_id = ${offerId} and c.points_spent > 0
      and not exists (select 1 from points_transactions t where t.idem_key = 'claim:' || c.id)`);
  for (const c of unpaid) problems.push(`VC-5 claim ${c.id} has no points debit`);
  const orphan = await db.query<{ id: number }>(sql`
    select t.id from points_transactions t where t.kind = 'offer_spend' and t.reason = ${`offer:${offerId}`}
      and not exists (select 1 from claims c where 'claim:' || c.id = t.idem_key and c.points_spent > 0)`);
  for (const t of orphan) problems.push(`VC-5 debit ${t.id} without its claim`);
  return problems;
}
