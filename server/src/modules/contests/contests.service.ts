// Knowledge contests (知识竞赛) in the console: an editor sets one up on a union from questions of the bank,
// publishes it to every member of that union's subtree, and reads the leaderboards.
import type { z } from 'zod';
import { can, inScope, requireAdmin } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { personBoard, unionBoard } from './contests.board.js';
import { type ContestRow, presentContest } from './contests.presenter.js';
import type { contestBody, contestsQuery, leaderboardQuery } from './contests.schemas.js';

export const selectContest = sql.raw(`select c.*, u.name as union_name,
    (select count(*) from contest_questions cq where cq.contest_id = c.id) as question_count,
    (select count(*) from contest_bests b where b.contest_id = c.id) as participants
  from contests c join unions u on u.id = c.union_id`);

/** A contest an editor of its union (or above) may manage; 404 for anyone else. */
export async function loadContest(ctx: Ctx, id: number): Promise<ContestRow> {
  const [c] = await ctx.db.query<ContestRow>(sql`${selectContest} where c.id = ${id}`);
  if (!c || !can(ctx.actor, 'content.edit', c.union_path)) throw notFound();
  return c;
}

export async function createContest(ctx: Ctx, body: z.infer<typeof contestBody>) {
  const admin = requireAdmin(ctx.actor);
  const path = await unionPathFor(ctx, { unionId: body.unionId, permission: 'content.edit' });
  const ids = [...new Set(body.questionIds)];
  // Only active questions the editor may use (their own subtree's bank, or a bank above the contest's union).
  const usable = await ctx.db.query<{ id: number }>(sql`select id from quiz_questions
    where id = any(${ids}::bigint[]) and active and ${inScope(ctx.actor, 'content.edit', sql.raw('union_path'))}`);
  if (usable.length !== ids.length) throw notFound();
  if (ids.length < body.questionsPerAttempt) throw new AppError('CONTEST_TOO_FEW_QUESTIONS', { field: 'questionIds' });
  if (Date.parse(body.closesAt) <= Date.parse(body.opensAt)) throw invalid('closesAt');
  return transaction(ctx, async (tx) => {
    const [c] = await tx.db.query<{ id: number }>(sql`insert into contests (union_id, union_path, title, description,
        opens_at, closes_at, questions_per_attempt, seconds_per_question, attempts_per_day, points_per_correct,
        created_by)
      values (${body.unionId}, ${path}, ${body.title}, ${body.description ?? ''}, ${body.opensAt}, ${body.closesAt},
        ${body.questionsPerAttempt}, ${body.secondsPerQuestion}, ${body.attemptsPerDay}, ${body.pointsPerCorrect},
        ${admin.accountId})
      returning id`);
    const id = Number(c?.id);
    await tx.db.query(sql`insert into contest_questions (contest_id, question_id)
      select ${id}, q from unnest(${ids}::bigint[]) as q`);
    await audit(tx, { action: 'contest.create', targetType: 'contest', targetId: id });
    return presentContest(await loadContest(tx, id), now(tx));
  });
}

export async function publishContest(ctx: Ctx, id: number) {
  requireAdmin(ctx.actor);
  const c = await loadContest(ctx, id);
  if (c.status !== 'draft') throw new AppError('CONTEST_NOT_DRAFT');
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`update contests set status = 'published' where id = ${id} and status = 'draft'`);
    await audit(tx, { action: 'contest.publish', targetType: 'contest', targetId: id });
    return presentContest(await loadContest(tx, id), now(tx));
  });
}

export async function getContest(ctx: Ctx, id: number) {
  requireAdmin(ctx.actor);
  return presentContest(await loadContest(ctx, id), now(ctx));
}

export async function listContests(ctx: Ctx, query: z.infer<typeof contestsQuery>) {
  requireAdmin(ctx.actor);
  const where = inScope(ctx.actor, 'content.edit', sql.raw('c.union_path'));
  const at = now(ctx);
  return paginate<ContestRow, ReturnType<typeof presentContest>>(
    ctx,
    query,
    {
      rows: sql`${selectContest} where ${where} order by c.opens_at desc, c.id desc`,
      count: sql`select 1 from contests c where ${where}`,
    },
    (rows) => rows.map((c) => presentContest(c, at)),
  );
}

export async function contestPersonBoard(
  ctx: Ctx,
  { id, query }: { id: number; query: z.infer<typeof leaderboardQuery> },
) {
  requireAdmin(ctx.actor);
  await loadContest(ctx, id);
  return personBoard(ctx, { contestId: id, page: query });
}

export async function contestUnionBoard(ctx: Ctx, id: number) {
  requireAdmin(ctx.actor);
  const c = await loadContest(ctx, id);
  return unionBoard(ctx, { id, union_path: c.union_path });
}
