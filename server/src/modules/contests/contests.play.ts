// Taking part (member): an attempt draws its questions at random from the contest's pool and shuffles each one's
// options, then serves them one at a time. Everything that decides a score happens on the server, never on the phone:
//   - a question's text reaches the member only when it is served, its answer only after they answered;
//   - time is measured from the moment it was served, on the server's clock;
//   - one attempt runs at a time per member (a unique index), and attempts per day are counted by China's day;
//   - an answer faster than a person can read the question is kept but flagged on the leaderboard.
// Answering, the peak's hot path, runs in the answer engine (contests.engine.ts); every write of an answer, the
// engine's and a timed-out question closed here, goes through contests.commit.ts.
import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import { type MemberActor, requireMember } from '../../platform/access.js';
import { chinaDay, now } from '../../platform/clock.js';
import { type Ctx, transaction, whenCommitted } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { cachedPersonBoard } from './contests.board.js';
import { commitAnswers } from './contests.commit.js';
import { type AttemptRow, answerEngine, type Drawn, GRACE_MS } from './contests.engine.js';
import { type ContestRow, isOpen, presentContest, type QuestionRow } from './contests.presenter.js';
import type { answerBody, leaderboardQuery } from './contests.schemas.js';
import { selectContest } from './contests.service.js';

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

/** The same as `contestFor` without the counts a listing shows: from the engine's memory, for the peak's paths. */
async function publishedFor(ctx: Ctx, id: number, unionPath: string): Promise<ContestRow> {
  const c = await answerEngine(ctx.services).contest(id, ctx.db);
  if (c?.status !== 'published' || !unionPath.startsWith(c.union_path)) throw notFound();
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
    best: await answerEngine(ctx.services).rankOf(Number(c.id), memberId, ctx.db),
    pointsEarned: Number(used?.points ?? 0),
    runningAttemptId: used?.running ? Number(used.running) : null,
  };
}

/**
 * The leaderboard a member sees: names masked, the same ranks as the console's. Read at a contest's peak by every
 * member who finishes, so the contest comes from the engine's memory and the page from the board's cache.
 */
export async function myContestBoard(ctx: Ctx, { id, query }: { id: number; query: z.infer<typeof leaderboardQuery> }) {
  const m = member(ctx);
  await publishedFor(ctx, id, m.unionPath);
  return cachedPersonBoard(ctx, { contestId: id, page: query });
}

export async function startAttempt(ctx: Ctx, contestId: number) {
  const m = member(ctx);
  const c = await publishedFor(ctx, contestId, m.unionPath);
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
    return view(tx, await attemptRow(tx, Number(a?.id)));
  });
}

/** The attempt as the member sees it: the question being served (never its answer), or the result. */
export async function getAttempt(ctx: Ctx, id: number) {
  member(ctx);
  return transaction(ctx, async (tx) => {
    const a = await own(tx, id, true);
    if (a.status === 'running' && (await catchUp(tx, a, now(tx)))) return view(tx, await attemptRow(tx, id));
    return view(tx, a);
  });
}

export async function answer(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof answerBody> }) {
  const m = member(ctx);
  const engine = answerEngine(ctx.services);
  const outcome = await engine.answer({
    attemptId: id,
    memberId: m.memberId,
    position: body.position,
    choices: body.choices,
    at: now(ctx),
  });
  // Time ran out: the question was closed as unanswered (committed), and the member is told so.
  if (outcome.timedOut) throw new AppError('CONTEST_TIME_UP');
  const { attempt, ...result } = outcome;
  return { ...result, attempt: await view(ctx, attempt) };
}

async function own(ctx: Ctx, id: number, lock: boolean): Promise<AttemptRow> {
  const m = member(ctx);
  const [a] = await ctx.db.query<AttemptRow>(sql`select * from contest_attempts
    where id = ${id} and member_id = ${m.memberId} ${lock ? sql`for update` : sql``}`);
  if (!a) throw notFound();
  return a;
}

async function attemptRow(ctx: Ctx, id: number): Promise<AttemptRow> {
  const [a] = await ctx.db.query<AttemptRow>(sql`select * from contest_attempts where id = ${id}`);
  if (!a) throw notFound();
  return a;
}

async function contestOf(ctx: Ctx, id: number): Promise<ContestRow> {
  const c = await answerEngine(ctx.services).contest(id, ctx.db);
  if (!c) throw notFound();
  return c;
}

async function question(ctx: Ctx, id: number): Promise<QuestionRow> {
  const engine = answerEngine(ctx.services);
  await engine.loadQuestions([id], ctx.db);
  return engine.question(id);
}

/**
 * Closes the question being served as unanswered once its time is up (the member left, or came back late). For an
 * attempt left behind when a new one starts, every question still to come is closed too, so it ends. Says whether
 * it closed any. Written like any answer (contests.commit.ts), under the attempt's row lock.
 */
async function catchUp(ctx: Ctx, a: AttemptRow, at: Date, { wholeAttempt = false } = {}): Promise<boolean> {
  const c = await contestOf(ctx, Number(a.contest_id));
  if (at.getTime() - a.served_at.getTime() <= c.seconds_per_question * 1000 + GRACE_MS) return false;
  const engine = answerEngine(ctx.services);
  engine.forget(Number(a.id));
  const last = wholeAttempt ? a.draw.length : a.position + 1;
  for (let position = a.position; position < last; position++) {
    const q = await question(ctx, (a.draw[position] as Drawn).questionId);
    const [written] = await commitAnswers(ctx.db, [
      {
        attemptId: Number(a.id),
        contestId: Number(c.id),
        position,
        questionId: Number(q.id),
        chosen: [],
        correct: false,
        timedOut: true,
        ms: c.seconds_per_question * 1000,
        tooFast: false,
        at,
        last: position + 1 >= a.draw.length,
        pointsPerCorrect: c.points_per_correct,
      },
    ]);
    const finished = written?.finished;
    if (finished) {
      engine.noteFinish(Number(c.id), finished);
      if (finished.points > 0) await whenCommitted(ctx, async () => engine.queueAwards([finished.attemptId]));
    }
  }
  return true;
}

async function view(ctx: Ctx, a: AttemptRow) {
  const c = await contestOf(ctx, Number(a.contest_id));
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
      ? await answerEngine(ctx.services).rankOf(Number(a.contest_id), Number(a.member_id), ctx.db)
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
