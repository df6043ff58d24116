// Posts the points finished attempts earned (decided in the answer's own commit, contests.commit.ts) to the ledger:
// a `reward` transaction per member and contest (idempotency key contest:<id>:member:<id>), paid from the contest
// union's pool, and stamps points_posted_at in the same transaction. It runs in batches right after the answers'
// commits in the process that took them (the answer engine), off the answers' path, and every minute as the
// contests.awards job for any finish whose posting was cut short (a process stopped in between).
import type { Ctx } from '../../platform/context.js';
import type { Db, Queryable } from '../../platform/db.js';
import { sql } from '../../platform/sql.js';
import { earnedExpiry, type LedgerTx, memberAccounts, poolAccount, post } from '../points/points.ledger.js';

export type PointsExpiry = 'end_of_next_year' | 'never';

/** Posts what the given attempts earned and has not been posted; returns how many were posted. */
export async function postAwards(
  db: Db,
  { attemptIds, pointsExpiry }: { attemptIds: number[]; pointsExpiry: PointsExpiry },
): Promise<number> {
  if (attemptIds.length === 0) return 0;
  return db.transaction((tx) => postInTransaction(tx, { attemptIds, pointsExpiry }));
}

async function postInTransaction(
  tx: Queryable,
  { attemptIds, pointsExpiry }: { attemptIds: number[]; pointsExpiry: PointsExpiry },
): Promise<number> {
  const due = await tx.query<{
    id: number;
    contest_id: number;
    member_id: number;
    points: number;
    finished_at: Date;
    union_id: number;
    title: string;
  }>(sql`select a.id, a.contest_id, a.member_id, a.points, a.finished_at, c.union_id, c.title
    from contest_attempts a join contests c on c.id = a.contest_id
    where a.id = any(${attemptIds}::bigint[]) and a.points > 0 and a.points_posted_at is null
    order by a.id for update of a`);
  if (due.length === 0) return 0;
  const keyOf = (d: { contest_id: number; member_id: number }) => `contest:${d.contest_id}:member:${d.member_id}`;
  const posted = new Set(
    (
      await tx.query<{ idem_key: string }>(sql`select idem_key from points_transactions
        where idem_key = any(${due.map(keyOf)}::text[])`)
    ).map((r) => r.idem_key),
  );
  const fresh = due.filter((d) => !posted.has(keyOf(d)));
  if (fresh.length > 0) {
    const accounts = await memberAccounts(
      tx,
      fresh.map((d) => Number(d.member_id)),
    );
    const pools = new Map<number, number>();
    for (const unionId of new Set(fresh.map((d) => Number(d.union_id))))
      pools.set(unionId, await poolAccount(tx, unionId));
    const txs: LedgerTx[] = fresh.map((d) => ({
      kind: 'reward',
      reason: `知识竞赛：${d.title}`.slice(0, 200),
      source: `contest:${d.contest_id}`,
      idemKey: keyOf(d),
      unionId: Number(d.union_id),
      postings: [
        {
          debit: pools.get(Number(d.union_id)) as number,
          credit: accounts.get(Number(d.member_id)) as number,
          amount: Number(d.points),
          expiresAt: earnedExpiry(d.finished_at, pointsExpiry),
        },
      ],
    }));
    await post(tx, txs);
  }
  await tx.query(sql`update contest_attempts set points_posted_at = now()
    where id = any(${due.map((d) => Number(d.id))}::bigint[])`);
  return fresh.length;
}

/** The job: finishes whose points were decided and not posted, oldest first, a thousand at a time. */
export async function postPendingAwards(ctx: Ctx): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await ctx.db.query<{ id: number }>(sql`select id from contest_attempts
      where points > 0 and points_posted_at is null order by id limit 1000`);
    if (rows.length === 0) return total;
    total += await postAwards(ctx.services.db, {
      attemptIds: rows.map((r) => Number(r.id)),
      pointsExpiry: ctx.services.config.pointsExpiry,
    });
    if (rows.length < 1000) return total;
  }
}
