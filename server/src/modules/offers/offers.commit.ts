import type { Queryable } from '../../platform/db.js';
import { sql } from '../../platform/sql.js';
import { type LedgerTx, memberAccounts, poolAccount, post } from '../points/points.ledger.js';
import { issueVouchers } from '../vouchers/vouchers.issue.js';
import type { ClaimRequest, Outcome } from './offers.engine.js';
import { findOffer } from './offers.lookup.js';
import { eligibilityError, engineOffer } from './offers.tables.js';

/**
 * Commits a batch in arrival order, in one transaction. Everything a claim depends on is read under the
 * offer's row lock, so processes serving the same offer take turns; constraints back every limit.
 */

export async function commitBatch(
  tx: Queryable,
  { offerId, reqs }: { offerId: number; reqs: ClaimRequest[] },
): Promise<Outcome[]> {
  const row = await findOffer(tx, offerId, true);
  if (!row) return reqs.map(() => ({ ok: false, code: 'NOT_FOUND' }));
  const offer = engineOffer(row);
  const memberIds = [...new Set(reqs.map((r) => r.who.memberId))];
  const existing = await tx.query<{
    id: number;
    offer_id: number;
    member_id: number;
    idem_key: string;
    quantity: number;
    status: 'confirmed' | 'applied';
    created_at: Date;
  }>(sql`
    select id, offer_id, member_id, idem_key, quantity, status, created_at from claims
    where member_id = any(${memberIds}::bigint[]) and idem_key = any(${reqs.map((r) => r.idemKey)}::text[])`);
  const holdings = new Map(
    (
      await tx.query<{ member_id: number; units: number }>(sql`
        select member_id, units from offer_holdings where offer_id = ${offerId} and member_id = any(${memberIds}::bigint[])`)
    ).map((h) => [h.member_id, h.units]),
  );
  const active = new Set(
    (
      await tx.query<{ id: number }>(
        sql`select id from members where id = any(${memberIds}::bigint[]) and status = 'active'`,
      )
    ).map((m) => m.id),
  );
  const cost = offer.pointsCost;
  const accounts = cost > 0 ? await memberAccounts(tx, memberIds) : new Map<number, number>();
  const balances = new Map<number, number>();
  if (cost > 0) {
    const rows = await tx.query<{ member_id: number; balance: number }>(sql`
      select member_id, balance from points_accounts where member_id = any(${memberIds}::bigint[]) for update`);
    for (const r of rows) balances.set(r.member_id, Number(r.balance));
  }

  const priorCodes = new Map<number, string[]>();
  if (existing.length > 0) {
    const rows = await tx.query<{ claim_id: number; code: string }>(sql`
      select claim_id, code from vouchers where claim_id = any(${existing.map((e) => e.id)}::bigint[]) order by id`);
    for (const r of rows) priorCodes.set(r.claim_id, [...(priorCodes.get(r.claim_id) ?? []), r.code]);
  }
  let available = offer.capacity - offer.taken;
  const now = Date.now();
  const outcomes: Outcome[] = [];
  const accepted: Array<{ index: number; req: ClaimRequest }> = [];
  // Keyed lookups: a batch holds up to a thousand claims, and a scan per claim made the batch quadratic.
  const priorByKey = new Map(existing.map((e) => [`${e.member_id}:${e.idem_key}`, e]));
  const acceptedKeys = new Set<string>();
  for (const [index, req] of reqs.entries()) {
    const key = `${req.who.memberId}:${req.idemKey}`;
    const prior = priorByKey.get(key);
    if (prior) {
      outcomes[index] =
        prior.offer_id === offerId && prior.quantity === req.quantity
          ? {
              ok: true,
              replay: true,
              claim: {
                id: prior.id,
                offerId,
                status: prior.status,
                quantity: prior.quantity,
                createdAt: prior.created_at.toISOString(),
                voucherCodes: priorCodes.get(prior.id) ?? [],
              },
            }
          : { ok: false, code: 'IDEMPOTENCY_KEY_REUSED' };
      continue;
    }
    if (acceptedKeys.has(key)) {
      outcomes[index] = { ok: false, code: 'CLAIM_IN_FLIGHT' };
      continue;
    }
    const early =
      offer.status !== 'published'
        ? ({ code: 'OFFER_NOT_PUBLISHED' } as const)
        : now < offer.opensAt
          ? ({ code: 'OFFER_NOT_OPEN', params: { opensAt: new Date(offer.opensAt).toISOString() } } as const)
          : now >= offer.closesAt
            ? ({ code: 'OFFER_CLOSED' } as const)
            : !active.has(req.who.memberId)
              ? ({ code: 'OFFER_NOT_MEMBER' } as const)
              : eligibilityError(offer, req.who, now);
    if (early) {
      outcomes[index] = { ok: false, code: early.code, ...('params' in early ? { params: early.params } : {}) };
      continue;
    }
    const held = holdings.get(req.who.memberId) ?? 0;
    if (held + req.quantity > offer.perMemberLimit) {
      outcomes[index] = { ok: false, code: 'CLAIM_LIMIT_REACHED', params: { limit: offer.perMemberLimit } };
      continue;
    }
    if (offer.mode === 'first_come' && req.quantity > available) {
      outcomes[index] = { ok: false, code: 'OFFER_SOLD_OUT' };
      continue;
    }
    const price = cost * req.quantity;
    if (price > 0 && (balances.get(req.who.memberId) ?? 0) < price) {
      outcomes[index] = { ok: false, code: 'POINTS_INSUFFICIENT' };
      continue;
    }
    if (price > 0) balances.set(req.who.memberId, (balances.get(req.who.memberId) ?? 0) - price);
    holdings.set(req.who.memberId, held + req.quantity);
    if (offer.mode === 'first_come') available -= req.quantity;
    accepted.push({ index, req });
    acceptedKeys.add(key);
  }
  if (accepted.length === 0) return outcomes;

  const status = offer.mode === 'first_come' ? 'confirmed' : 'applied';
  const inserted = await tx.query<{ id: number; member_id: number; idem_key: string; created_at: Date }>(sql`
    insert into claims (offer_id, member_id, idem_key, quantity, status, points_spent, survey_answer)
    select ${offerId}::bigint, m, k, q, ${status}, p, s from unnest(
      ${accepted.map((a) => a.req.who.memberId)}::bigint[], ${accepted.map((a) => a.req.idemKey)}::text[],
      ${accepted.map((a) => a.req.quantity)}::int[], ${accepted.map((a) => cost * a.req.quantity)}::bigint[],
      ${accepted.map((a) => a.req.surveyAnswer)}::text[]) as u(m, k, q, p, s)
    returning id, member_id, idem_key, created_at`);
  const claimId = new Map(inserted.map((r) => [`${r.member_id}:${r.idem_key}`, r]));
  const perMember = new Map<number, number>();
  for (const a of accepted)
    perMember.set(a.req.who.memberId, (perMember.get(a.req.who.memberId) ?? 0) + a.req.quantity);
  await tx.query(sql`
    insert into offer_holdings (offer_id, member_id, units, limit_units)
    select ${offerId}::bigint, m, u, ${offer.perMemberLimit}::int
    from unnest(${[...perMember.keys()]}::bigint[], ${[...perMember.values()]}::int[]) as x(m, u)
    on conflict (offer_id, member_id) do update set units = offer_holdings.units + excluded.units`);
  if (offer.mode === 'first_come') {
    const takenNow = accepted.reduce((n, a) => n + a.req.quantity, 0);
    await tx.query(sql`update offers set taken = taken + ${takenNow} where id = ${offerId}`);
  }

  let codes = new Map<number, string[]>();
  if (offer.kind === 'voucher' && status === 'confirmed') {
    const issued = accepted.flatMap((a) => {
      const c = claimId.get(`${a.req.who.memberId}:${a.req.idemKey}`);
      return c ? [{ claimId: c.id, memberId: a.req.who.memberId, quantity: a.req.quantity }] : [];
    });
    codes = await issueVouchers(tx, offerId, issued);
  }

  if (cost > 0) {
    const pool = await poolAccount(tx, offer.unionId);
    const txs: LedgerTx[] = accepted.map((a) => {
      const c = claimId.get(`${a.req.who.memberId}:${a.req.idemKey}`);
      return {
        kind: 'offer_spend',
        reason: `offer:${offerId}`,
        source: `claim:${c?.id}`,
        idemKey: `claim:${c?.id}`,
        unionId: offer.unionId,
        postings: [{ debit: accounts.get(a.req.who.memberId) as number, credit: pool, amount: cost * a.req.quantity }],
      };
    });
    await post(tx, txs);
  }

  for (const a of accepted) {
    const c = claimId.get(`${a.req.who.memberId}:${a.req.idemKey}`);
    if (!c) continue;
    outcomes[a.index] = {
      ok: true,
      replay: false,
      claim: {
        id: c.id,
        offerId,
        status,
        quantity: a.req.quantity,
        createdAt: c.created_at.toISOString(),
        voucherCodes: codes.get(c.id) ?? [],
      },
    };
  }
  return outcomes;
}
