// Taking part (member): an attempt draws its questions at random from the contest's pool and shuffles each one's
// options, then serves them one at a time. Everything that decides a score happens here, never on the phone:
//   - a question's text reaches the member only when it is served, its answer only after they answered;
//   - time is measured from the moment it was served, on the server's clock;
//   - one attempt runs at a time per member (a unique index), and attempts per day are counted by China's day;
//   - an answer faster than a person can read the question is kept but flagged on the leaderboard.
import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import { type MemberActor, requireMember } from '../../platform/access.js';
import { chinaDay, now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { earnedExpiry, memberAccount, poolAccount, post } from '../points/points.ledger.js';
import { keepBest, personBoard, rankOf } from './contests.board.js';
import { type ContestRow, isOpen, presentContest, type QuestionRow } from './contests.presenter.js';
import type { answerBody, leaderboardQuery } from './contests.schemas.js';
import { selectContest } from './contests.service.js';

/** A network's worth of slack after the time is up, so an answer sent in the last second still counts. */
export const GRACE_MS = 1500;
/** Faster than this cannot be a person who read the question: 0.6 s plus 30 ms a character of the question. */
export const humanFloorMs = (stem: string) => 600 + 30 * [...stem].length;

interface Drawn {
  questionId: number;
  /** order[k] = the index in the question's own options of what is shown at k. */
  order: number[];
}
interface AttemptRow {
  id: number;
  contest_id: number;
  member_id: number;
  union_id: number;
  union_path: string;
  draw: Drawn[];
  position: number;
  served_at: Date;
  status: 'running' | 'finished';
  correct: number;
  total_ms: number;
  points: number;
}

function member(ctx: Ctx): MemberActor & { memberId: number; unionPath: string } {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId || !actor.unionPath) throw new AppError('CONTEST_NOT_MEMBER');
  return actor as MemberActor & { memberId: number; unionPath: string };
}

/** A published contest of the member's union or one above it; anything else is not found. */
async function contestFor(ctx: Ctx, id: number, unionPath: string): Promise<ContestRow> {
  const [c] = await ctx.db.query<ContestRow>(sql`${selectContest} where c.id = ${id} and c.status = 'published'
    and left(${unionPath}, length(c.union_path)) = c.union_path`);
  if (!c) throw notFound();
  return c;
}

const shuffled = (n: number) => {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [a[i], a[j]] = [a[j] as number, a[i] as number];
  }
  return a;
};

export async function myContests(ctx: Ctx) {
  const m = member(ctx);
  const at = now(ctx);
  const rows = await ctx.db.query<ContestRow>(sql`${selectContest} where c.status = 'published'
    and left(${m.unionPath}, length(c.union_path)) = c.union_path
    and c.closes_at > ${new Date(at.getTime() - 30 * 86_400_000)} order by c.opens_at desc, c.id desc limit 50`);
  return { items: await Promise.all(rows.map((c) => mine(ctx, c, m.memberId, at))) };
}

export async function myContest(ctx: Ctx, id: number) {
  const m = member(ctx);
  return mine(ctx, await contestFor(ctx, id, m.unionPath), m.memberId, now(ctx));
}

async function mine(ctx: Ctx, c: ContestRow, memberId: number, at: Date) {
  const [used] = await ctx.db.query<{ today: number; points: number; running: number | null }>(sql`select
      count(*) filter (where day = ${chinaDay(at)})::int as today,
      coalesce(sum(points), 0)::int as points,
      max(id) filter (where status = 'running') as running
    from contest_attempts where contest_id = ${c.id} and member_id = ${memberId}`);
  const { participants: _p, status: _s, ...view } = presentContest(c, at);
  return {
    ...view,
    attemptsLeftToday: Math.max(0, c.attempts_per_day - Number(used?.today ?? 0)),
    best: await rankOf(ctx, { contestId: Number(c.id), memberId }),
    pointsEarned: Number(used?.points ?? 0),
    runningAttemptId: used?.running ? Number(used.running) : null,
  };
}

/** The leaderboard a member sees: names masked, the same ranks as the console's. */
export async function myContestBoard(ctx: Ctx, { id, query }: { id: number; query: z.infer<typeof leaderboardQuery> }) {
  const m = member(ctx);
  await contestFor(ctx, id, m.unionPath);
  return personBoard(ctx, { contestId: id, page: query });
}

export async function startAttempt(ctx: Ctx, contestId: number) {
  const m = member(ctx);
  const c = await contestFor(ctx, contestId, m.unionPath);
  const at = now(ctx);
  if (!isOpen(c, at)) throw new AppError('CONTEST_NOT_OPEN');
  return transaction(ctx, async (tx) => {
    // An attempt left behind (the phone closed) ends once its question's time is up, so it blocks no one for long.
    const [running] = await tx.db.query<AttemptRow>(sql`select * from contest_attempts
      where member_id = ${m.memberId} and status = 'running' for update`);
    if (running) {
      await catchUp(tx, running, at, { wholeAttempt: true });
      const [still] = await tx.db.query<{ status: string }>(sql`select status from contest_attempts
        where id = ${running.id}`);
      if (still?.status === 'running') throw new AppError('CONTEST_ATTEMPT_RUNNING');
    }
    const [today] = await tx.db.query<{ n: number }>(sql`select count(*)::int as n from contest_attempts
      where contest_id = ${contestId} and member_id = ${m.memberId} and day = ${chinaDay(at)}`);
    if (Number(today?.n) >= c.attempts_per_day) throw new AppError('CONTEST_DAILY_LIMIT');
    const picked = await tx.db.query<{ id: number; n: number }>(sql`select q.id, jsonb_array_length(q.options) as n
      from contest_questions cq join quiz_questions q on q.id = cq.question_id
      where cq.contest_id = ${contestId} order by random() limit ${c.questions_per_attempt}`);
    const draw: Drawn[] = picked.map((q) => ({ questionId: Number(q.id), order: shuffled(Number(q.n)) }));
    const [a] = await tx.db.query<{ id: number }>(sql`insert into contest_attempts
        (contest_id, member_id, union_id, union_path, day, draw, served_at, started_at)
      values (${contestId}, ${m.memberId}, ${m.unionId}, ${m.unionPath}, ${chinaDay(at)}, ${JSON.stringify(draw)}::jsonb,
        ${at}, ${at})
      returning id`);
    return view(tx, Number(a?.id));
  });
}

/** The attempt as the member sees it: the question being served (never its answer), or the result. */
export async function getAttempt(ctx: Ctx, id: number) {
  member(ctx);
  return transaction(ctx, async (tx) => {
    const a = await own(tx, id, true);
    if (a.status === 'running') await catchUp(tx, a, now(tx));
    return view(tx, id);
  });
}

export async function answer(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof answerBody> }) {
  member(ctx);
  const at = now(ctx);
  const outcome = await transaction(ctx, async (tx) => {
    const a = await own(tx, id, true);
    if (a.status === 'finished') throw new AppError('CONTEST_ATTEMPT_FINISHED');
    if (body.position > a.position) throw new AppError('CONTEST_NOT_SERVED');
    if (body.position < a.position) throw new AppError('CONTEST_ALREADY_ANSWERED');
    const c = await contestOf(tx, a.contest_id);
    const drawn = a.draw[a.position] as Drawn;
    const q = await question(tx, drawn.questionId);
    const ms = at.getTime() - a.served_at.getTime();
    if (ms > c.seconds_per_question * 1000 + GRACE_MS) {
      await record(tx, a, c, { q, chosen: [], ms: c.seconds_per_question * 1000, timedOut: true, at });
      return { timedOut: true as const };
    }
    if (body.choices.some((k) => k >= drawn.order.length)) throw new AppError('VALIDATION_FAILED');
    const chosen = [...new Set(body.choices.map((k) => drawn.order[k] as number))].sort((x, y) => x - y);
    const correct = await record(tx, a, c, { q, chosen, ms, timedOut: false, at });
    return {
      correct,
      rightChoices: q.answer.map((i) => drawn.order.indexOf(i)).sort((x, y) => x - y),
      explanation: q.explanation,
    };
  });
  // Time ran out: the question was closed as unanswered (committed above), and the member is told so.
  if ('timedOut' in outcome) throw new AppError('CONTEST_TIME_UP');
  return { ...outcome, attempt: await view(ctx, id) };
}

async function own(ctx: Ctx, id: number, lock: boolean): Promise<AttemptRow> {
  const m = member(ctx);
  const [a] = await ctx.db.query<AttemptRow>(sql`select * from contest_attempts
    where id = ${id} and member_id = ${m.memberId} ${lock ? sql`for update` : sql``}`);
  if (!a) throw notFound();
  return a;
}

/** The contest's own row, without the counts a listing shows: what answering needs, read on every answer. */
async function contestOf(ctx: Ctx, id: number): Promise<ContestRow> {
  const [c] = await ctx.db.query<ContestRow>(sql`select c.*, '' as union_name, 0 as question_count,
    0 as participants from contests c where c.id = ${id}`);
  if (!c) throw notFound();
  return c;
}

async function question(ctx: Ctx, id: number): Promise<QuestionRow> {
  const [q] = await ctx.db.query<QuestionRow>(
    sql`select q.*, '' as union_name from quiz_questions q where q.id = ${id}`,
  );
  if (!q) throw notFound();
  return q;
}

/**
 * Closes the question being served as unanswered once its time is up (the member left, or came back late). For an
 * attempt left behind when a new one starts, every question still to come is closed too, so it ends.
 */
async function catchUp(ctx: Ctx, a: AttemptRow, at: Date, { wholeAttempt = false } = {}) {
  const c = await contestOf(ctx, a.contest_id);
  let current = a;
  if (at.getTime() - current.served_at.getTime() <= c.seconds_per_question * 1000 + GRACE_MS) return;
  while (current.status === 'running') {
    const q = await question(ctx, (current.draw[current.position] as Drawn).questionId);
    await record(ctx, current, c, { q, chosen: [], ms: c.seconds_per_question * 1000, timedOut: true, at });
    if (!wholeAttempt) return;
    const [next] = await ctx.db.query<AttemptRow>(sql`select * from contest_attempts where id = ${a.id}`);
    if (!next) return;
    current = next;
  }
}

/** Writes one answer and moves on: the next question is served now, or the attempt ends and points are posted. */
async function record(
  ctx: Ctx,
  a: AttemptRow,
  c: ContestRow,
  r: { q: QuestionRow; chosen: number[]; ms: number; timedOut: boolean; at: Date },
): Promise<boolean> {
  const right = [...r.q.answer].sort((x, y) => x - y);
  const correct = !r.timedOut && r.chosen.length === right.length && r.chosen.every((v, i) => v === right[i]);
  await ctx.db.query(sql`insert into contest_answers
      (attempt_id, position, question_id, chosen, correct, timed_out, ms, too_fast, answered_at)
    values (${a.id}, ${a.position}, ${r.q.id}, ${JSON.stringify(r.chosen)}::jsonb, ${correct}, ${r.timedOut}, ${r.ms},
      ${!r.timedOut && r.ms < humanFloorMs(r.q.stem)}, ${r.at})`);
  const last = a.position + 1 >= a.draw.length;
  const score = a.correct + (correct ? 1 : 0);
  await ctx.db.query(sql`update contest_attempts set position = position + 1, served_at = ${r.at},
      correct = ${score}, total_ms = total_ms + ${r.ms},
      status = ${last ? 'finished' : 'running'}, finished_at = ${last ? r.at : null}
    where id = ${a.id}`);
  if (last) {
    const [fast] = await ctx.db.query(
      sql`select 1 from contest_answers where attempt_id = ${a.id} and too_fast limit 1`,
    );
    await keepBest(ctx, {
      contestId: Number(a.contest_id),
      memberId: Number(a.member_id),
      unionId: Number(a.union_id),
      unionPath: a.union_path,
      correct: score,
      ms: Number(a.total_ms) + r.ms,
      flagged: fast !== undefined,
    });
    await award(ctx, a, c, score);
  }
  return correct;
}

/** Points for right answers, once per member and contest (the ledger's idempotency key): the first finish counts. */
async function award(ctx: Ctx, a: AttemptRow, c: ContestRow, score: number) {
  const amount = score * c.points_per_correct;
  if (amount <= 0) return;
  const key = `contest:${c.id}:member:${a.member_id}`;
  const [done] = await ctx.db.query(sql`select 1 from points_transactions where idem_key = ${key}`);
  if (done) return;
  await post(ctx.db, [
    {
      kind: 'reward',
      reason: `知识竞赛：${c.title}`.slice(0, 200),
      source: `contest:${c.id}`,
      idemKey: key,
      unionId: Number(c.union_id),
      postings: [
        {
          debit: await poolAccount(ctx.db, Number(c.union_id)),
          credit: await memberAccount(ctx.db, Number(a.member_id)),
          amount,
          expiresAt: earnedExpiry(now(ctx), ctx.services.config.pointsExpiry),
        },
      ],
    },
  ]);
  await ctx.db.query(sql`update contest_attempts set points = ${amount} where id = ${a.id}`);
}

async function view(ctx: Ctx, id: number) {
  const [a] = await ctx.db.query<AttemptRow>(sql`select * from contest_attempts where id = ${id}`);
  if (!a) throw notFound();
  const c = await contestOf(ctx, a.contest_id);
  let served = null;
  if (a.status === 'running') {
    const drawn = a.draw[a.position] as Drawn;
    const q = await question(ctx, drawn.questionId);
    served = {
      position: a.position,
      total: a.draw.length,
      kind: q.kind,
      stem: q.stem,
      options: drawn.order.map((i) => q.options[i] as string),
      servedAt: a.served_at.toISOString(),
      deadline: new Date(a.served_at.getTime() + c.seconds_per_question * 1000).toISOString(),
      seconds: c.seconds_per_question,
    };
  }
  const best =
    a.status === 'finished'
      ? await rankOf(ctx, { contestId: Number(a.contest_id), memberId: Number(a.member_id) })
      : null;
  return {
    id: Number(a.id),
    contestId: Number(a.contest_id),
    status: a.status,
    question: served,
    correct: Number(a.correct),
    total: a.draw.length,
    ms: Number(a.total_ms),
    points: Number(a.points),
    rank: best?.rank ?? null,
    serverTime: now(ctx).toISOString(),
  };
}
