// The engine's contract for retries (LG-5): a retry with the same idempotency key gets the original
// result, whichever process it reaches and however stale that process's view is. Two engines on one
// database stand for two server processes.
import { describe, expect, it } from 'vitest';
import { buildMember, dbKinds } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';
import { ClaimEngine, type ClaimRequest } from './offers.engine.js';
import { checkStockInvariants } from './offers.invariants.js';

describe.each(dbKinds)('a retry that reaches another process on %s', (kind) => {
  const { t, tree } = useWorld(kind);

  async function offer(capacity: number, mode = 'first_come') {
    const [o] = await t.db.query<{ id: number }>(sql`
      insert into offers (union_id, union_path, kind, title, mode, capacity, opens_at, closes_at, status)
      values (${tree.c1.id}, ${tree.c1.path}, 'voucher', '重试', ${mode}, ${capacity}, now() - interval '1 minute',
        now() + interval '1 hour', 'published') returning id`);
    return o?.id as number;
  }
  const request = (offerId: number, memberId: number, idemKey: string): ClaimRequest => ({
    offerId,
    idemKey,
    quantity: 1,
    surveyAnswer: null,
    who: { memberId, unionPath: tree.u1.path, category: 'employee', joinedAt: Date.now() - 86_400_000, tags: [] },
  });

  it('answers the original claim, not "sold out", when the other process took the last place', async () => {
    const offerId = await offer(1);
    const ma = await buildMember(t, tree.u1);
    const mb = await buildMember(t, tree.u1);
    const first = new ClaimEngine(t.db, { maxBatch: 100 });
    const second = new ClaimEngine(t.db, { maxBatch: 100 });
    // The second process loads its view while the place is still free (a refusal from memory loads it).
    expect(await second.claim({ ...request(offerId, mb.id, 'too-many'), quantity: 2 })).toMatchObject({
      ok: false,
      code: 'CLAIM_LIMIT_REACHED',
    });
    // The first process commits member A's claim; the answer is lost on the way to the phone.
    const original = await first.claim(request(offerId, ma.id, 'key-a'));
    expect(original).toMatchObject({ ok: true });
    // Member B's claim on the second process finds the offer sold out; now its view knows it is full,
    // but not who holds the place.
    expect(await second.claim(request(offerId, mb.id, 'key-b'))).toMatchObject({
      ok: false,
      code: 'OFFER_SOLD_OUT',
    });
    // A retries with the same key and lands on the second process: the original claim, same voucher code.
    const retry = await second.claim(request(offerId, ma.id, 'key-a'));
    expect(retry).toMatchObject({ ok: true, replay: true });
    if (!original.ok || !retry.ok) throw new Error('unreachable');
    expect(retry.claim).toEqual(original.claim);
    expect(retry.claim.voucherCodes).toHaveLength(1);
    const codes = await t.db.query<{ code: string }>(sql`select code from vouchers where offer_id = ${offerId}`);
    expect(codes.map((c) => c.code)).toEqual(original.claim.voucherCodes);
    // A different key from the same member is still refused, and nothing was written twice.
    expect(await second.claim(request(offerId, ma.id, 'key-a2'))).toMatchObject({ ok: false });
    expect(await checkStockInvariants(t.db, offerId)).toEqual([]);
  });

  it('answers a retry that reaches the commit from the database with the original voucher codes', async () => {
    const offerId = await offer(5);
    const m = await buildMember(t, tree.u1);
    const first = new ClaimEngine(t.db, { maxBatch: 100 });
    const second = new ClaimEngine(t.db, { maxBatch: 100 });
    // The second process knows the offer (places left) but not the claim the first is about to commit.
    expect(await second.claim({ ...request(offerId, m.id, 'too-many'), quantity: 9 })).toMatchObject({ ok: false });
    const original = await first.claim({ ...request(offerId, m.id, 'key-m') });
    expect(original).toMatchObject({ ok: true, replay: false });
    // Its view still shows places left, so the retry goes to a commit, which finds the key already there.
    const retry = await second.claim(request(offerId, m.id, 'key-m'));
    expect(retry).toMatchObject({ ok: true, replay: true });
    if (!original.ok || !retry.ok) throw new Error('unreachable');
    expect(retry.claim).toEqual(original.claim);
    const codes = await t.db.query<{ code: string }>(sql`select code from vouchers where offer_id = ${offerId}`);
    expect(codes.map((c) => c.code)).toEqual(original.claim.voucherCodes);
  });
});
