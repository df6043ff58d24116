// The answering path of a contest's peak, kept in memory with group commit (docs/architecture.md, "Knowledge
// contests"). Thousands of members answer within the same second; answering used to cost a transaction of a dozen
// statements each. Now:
//   - a published contest and its questions never change, so each process reads them once;
//   - a running attempt is read once, then kept here and moved on as its answers commit;
//   - the answers of one turn of the event loop are written together (contests.commit.ts), and each member is
//     answered only after the commit that holds their answer; a finish's points are decided in that commit and
//     posted to the ledger right after, in a batch of their own (contests.award.ts);
//   - the database stays the judge: an attempt moves only from the position the answer was for, so a stale copy
//     here (another process took the answer) loses nothing and takes nothing twice, it is just read again;
//   - ranks come from the contest's standings in memory (contests.ranks.ts), read again from the database at most
//     every STANDINGS_MS, so another process's finishes show within that bound.
import type { Services } from '../../platform/context.js';
import type { Db, Queryable } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { histogram } from '../../platform/metrics.js';
import { registerProcessCache } from '../../platform/process-caches.js';
import { sql } from '../../platform/sql.js';
import { type PointsExpiry, postAwards } from './contests.award.js';
import { type AnswerWrite, commitAnswers, type Written } from './contests.commit.js';
import type { ContestRow, QuestionRow } from './contests.presenter.js';
import { type Best, Standings } from './contests.ranks.js';

/** A network's worth of slack after the time is up, so an answer sent in the last second still counts. */
export const GRACE_MS = 1500;
/** Faster than this cannot be a person who read the question: 0.6 s plus 30 ms a character of the question. */
export const humanFloorMs = (stem: string) => 600 + 30 * [...stem].length;

const STANDINGS_MS = 2000;
const MAX_BATCH = 1000;

export interface Drawn {
  questionId: number;
  /** order[k] = the index in the question's own options of what is shown at k. */
  order: number[];
}

export interface AttemptRow {
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

export type AnswerOutcome =
  | { timedOut: true }
  | { timedOut: false; correct: boolean; rightChoices: number[]; explanation: string; attempt: AttemptRow };

interface Pending {
  write: AnswerWrite;
  resolve: (w: Written) => void;
  reject: (e: unknown) => void;
}

interface StandingsEntry {
  table: Standings;
  /** When the table was read from the database (0: never). */
  at: number;
  loading?: Promise<void>;
  /**
   * Finishes committed here since the last read of the table began: a read that began before one committed may not
   * see it, so they are offered again over the read, then dropped.
   */
  local: Array<{ memberId: number; best: Best; at: number }>;
}

const batchSize = histogram(
  'zg_contest_answer_batch_size',
  'Contest answers committed per transaction (group commit)',
  [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
);

export class AnswerEngine {
  private readonly attempts = new Map<number, AttemptRow>();
  private readonly loadingAttempts = new Map<number, Promise<AttemptRow | null>>();
  private readonly toLoad = new Map<
    number,
    { resolve: (a: AttemptRow | null) => void; reject: (e: unknown) => void }
  >();
  /** Attempts with an answer of this process not yet committed: at most one each. */
  private readonly writing = new Set<number>();
  private readonly contests = new Map<number, ContestRow>();
  private readonly questions = new Map<number, QuestionRow>();
  private readonly standings = new Map<number, StandingsEntry>();
  private queue: Pending[] = [];
  private flushing = false;
  private awards: number[] = [];
  private awarding = false;

  constructor(
    private readonly db: Db,
    private readonly pointsExpiry: PointsExpiry,
  ) {}

  /** Drops what this process keeps: after an admin's write, or a path that moved an attempt outside the engine. */
  clear(): void {
    this.attempts.clear();
    this.contests.clear();
    this.standings.clear();
  }

  forget(attemptId: number): void {
    this.attempts.delete(attemptId);
  }

  // The readers below take the caller's database handle: inside a transaction (on the embedded database there is
  // one connection) a read must go through it.

  /** A published contest's row (it never changes once published); anything else is read fresh each time. */
  async contest(id: number, db: Queryable = this.db): Promise<ContestRow | null> {
    const kept = this.contests.get(id);
    if (kept) return kept;
    const [c] = await db.query<ContestRow>(sql`select c.*, u.name as union_name, 0 as question_count,
      0 as participants from contests c join unions u on u.id = c.union_id where c.id = ${id}`);
    if (c?.status === 'published') this.contests.set(id, c);
    return c ?? null;
  }

  /** Questions never change (retiring one keeps it in the attempts that drew it). */
  async loadQuestions(ids: number[], db: Queryable = this.db): Promise<void> {
    const missing = ids.filter((id) => !this.questions.has(id));
    if (missing.length === 0) return;
    const rows = await db.query<QuestionRow>(sql`select q.*, '' as union_name from quiz_questions q
      where q.id = any(${missing}::bigint[])`);
    for (const q of rows) this.questions.set(Number(q.id), q);
  }

  question(id: number): QuestionRow {
    const q = this.questions.get(id);
    if (!q) throw new Error(`question ${id} not loaded`);
    return q;
  }

  private async attempt(id: number, memberId: number, fresh: boolean): Promise<AttemptRow | null> {
    if (fresh) this.attempts.delete(id);
    const kept = this.attempts.get(id);
    if (kept) return kept.member_id === memberId ? kept : null;
    let loading = this.loadingAttempts.get(id);
    if (!loading) {
      loading = new Promise<AttemptRow | null>((resolve, reject) => {
        this.toLoad.set(id, { resolve, reject });
        if (this.toLoad.size === 1) setImmediate(() => void this.loadAttempts());
      }).finally(() => this.loadingAttempts.delete(id));
      this.loadingAttempts.set(id, loading);
    }
    const a = await loading;
    return a && a.member_id === memberId ? a : null;
  }

  /** The attempts asked for in one turn of the event loop are read together: at a peak's first question, thousands. */
  private async loadAttempts(): Promise<void> {
    const waiting = new Map(this.toLoad);
    this.toLoad.clear();
    try {
      const rows = await this.db.query<AttemptRow>(sql`select * from contest_attempts
        where id = any(${[...waiting.keys()]}::bigint[])`);
      await this.loadQuestions([...new Set(rows.flatMap((a) => a.draw.map((d) => d.questionId)))]);
      const found = new Map<number, AttemptRow>();
      for (const a of rows) {
        const row: AttemptRow = {
          ...a,
          id: Number(a.id),
          contest_id: Number(a.contest_id),
          member_id: Number(a.member_id),
          total_ms: Number(a.total_ms),
        };
        found.set(row.id, row);
        if (row.status === 'running') this.attempts.set(row.id, row);
      }
      for (const [id, w] of waiting) w.resolve(found.get(id) ?? null);
    } catch (e) {
      for (const w of waiting.values()) w.reject(e);
    }
  }

  /**
   * Takes a member's answer to the question at `position`: scored here, acknowledged after it is committed.
   * `choices` index the options as they were shown.
   */
  async answer(input: {
    attemptId: number;
    memberId: number;
    position: number;
    choices: number[];
    at: Date;
  }): Promise<AnswerOutcome> {
    let a = await this.attempt(input.attemptId, input.memberId, false);
    // A copy here may lag behind an answer another process took: read it again before refusing. Not while an
    // answer of this process is being written: then the copy is ahead of the database, not behind it.
    if (a && !this.writing.has(a.id) && (a.status !== 'running' || a.position !== input.position))
      a = await this.attempt(input.attemptId, input.memberId, true);
    if (!a) throw notFound();
    const c = await this.contest(a.contest_id);
    if (!c) throw notFound();
    // From here on nothing waits until the attempt has moved on, so a second request for the same question (a
    // double tap) finds it answered.
    if (a.status === 'finished') throw new AppError('CONTEST_ATTEMPT_FINISHED');
    if (input.position > a.position) throw new AppError('CONTEST_NOT_SERVED');
    if (input.position < a.position) throw new AppError('CONTEST_ALREADY_ANSWERED');
    const drawn = a.draw[a.position] as Drawn;
    const q = this.question(drawn.questionId);
    const limit = c.seconds_per_question * 1000;
    const elapsed = input.at.getTime() - a.served_at.getTime();
    const timedOut = elapsed > limit + GRACE_MS;
    if (!timedOut && input.choices.some((k) => k >= drawn.order.length)) throw new AppError('VALIDATION_FAILED');
    const chosen = timedOut
      ? []
      : [...new Set(input.choices.map((k) => drawn.order[k] as number))].sort((x, y) => x - y);
    const right = [...q.answer].sort((x, y) => x - y);
    const correct = !timedOut && chosen.length === right.length && chosen.every((v, i) => v === right[i]);
    const ms = timedOut ? limit : elapsed;
    const last = a.position + 1 >= a.draw.length;
    const write: AnswerWrite = {
      attemptId: a.id,
      contestId: Number(c.id),
      position: a.position,
      questionId: Number(q.id),
      chosen,
      correct,
      timedOut,
      ms,
      tooFast: !timedOut && ms < humanFloorMs(q.stem),
      at: input.at,
      last,
      pointsPerCorrect: c.points_per_correct,
    };
    a.position += 1;
    a.served_at = input.at;
    a.correct += correct ? 1 : 0;
    a.total_ms += ms;
    if (last) a.status = 'finished';

    let written: Written;
    this.writing.add(a.id);
    try {
      written = await this.enqueue(write);
    } catch (e) {
      this.forget(a.id);
      throw e;
    } finally {
      this.writing.delete(a.id);
    }
    if (!written.taken) {
      // Another process took this question's answer first: this copy was stale.
      this.forget(a.id);
      throw new AppError('CONTEST_ALREADY_ANSWERED');
    }
    if (written.finished) {
      this.forget(a.id);
      a.points = written.finished.points;
      this.offerStanding(Number(c.id), written.finished.memberId, written.finished);
    }
    if (timedOut) return { timedOut: true };
    return {
      timedOut: false,
      correct,
      rightChoices: q.answer.map((i) => drawn.order.indexOf(i)).sort((x, y) => x - y),
      explanation: q.explanation,
      attempt: { ...a, draw: a.draw },
    };
  }

  private enqueue(write: AnswerWrite): Promise<Written> {
    return new Promise<Written>((resolve, reject) => {
      this.queue.push({ write, resolve, reject });
      if (this.flushing) return;
      this.flushing = true;
      // Let the answers that arrived in this turn of the event loop join the batch.
      setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      batchSize.observe(batch.length);
      try {
        const written = await this.db.transaction((tx) =>
          commitAnswers(
            tx,
            batch.map((p) => p.write),
          ),
        );
        this.queueAwards(written.flatMap((w) => (w.finished && w.finished.points > 0 ? [w.finished.attemptId] : [])));
        for (const [i, p] of batch.entries()) p.resolve(written[i] as Written);
      } catch {
        // A batch fails as a whole only on the unexpected: commit one by one, so one bad answer cannot take the
        // others down, and nothing not committed is acknowledged.
        for (const p of batch) {
          await this.db
            .transaction((tx) => commitAnswers(tx, [p.write]))
            .then((w) => {
              const finished = w[0]?.finished;
              if (finished && finished.points > 0) this.queueAwards([finished.attemptId]);
              p.resolve(w[0] as Written);
            }, p.reject);
        }
      }
    }
    this.flushing = false;
  }

  /**
   * Posts the points of committed finishes to the ledger in a batch of their own, off the answers' path. A posting
   * that fails here is left to the contests.awards job, which finds it by its missing stamp.
   */
  queueAwards(attemptIds: number[]): void {
    if (attemptIds.length === 0) return;
    this.awards.push(...attemptIds);
    if (this.awarding) return;
    this.awarding = true;
    setImmediate(() => void this.flushAwards());
  }

  private async flushAwards(): Promise<void> {
    while (this.awards.length > 0) {
      const batch = this.awards.splice(0, MAX_BATCH);
      try {
        await postAwards(this.db, { attemptIds: batch, pointsExpiry: this.pointsExpiry });
      } catch (e) {
        console.error('contest awards: left to the contests.awards job:', (e as Error).message);
      }
    }
    this.awarding = false;
  }

  private standingsEntry(contestId: number): StandingsEntry {
    let entry = this.standings.get(contestId);
    if (!entry) {
      entry = { table: new Standings(), at: 0, local: [] };
      this.standings.set(contestId, entry);
    }
    return entry;
  }

  /** A finish committed outside the engine (a question closed by time): it joins the standings the same way. */
  noteFinish(contestId: number, finish: { memberId: number } & Best): void {
    this.offerStanding(contestId, finish.memberId, finish);
  }

  private offerStanding(contestId: number, memberId: number, best: Best): void {
    const entry = this.standingsEntry(contestId);
    entry.local.push({ memberId, best, at: Date.now() });
    entry.table.offer(memberId, best);
  }

  /** A member's place in a contest: one more than the members whose best is strictly better; null before a finish. */
  async rankOf(contestId: number, memberId: number, db: Queryable = this.db) {
    const entry = this.standingsEntry(contestId);
    if (Date.now() - entry.at > STANDINGS_MS) {
      const began = Date.now();
      entry.loading ??= db
        .query<{ member_id: number; correct: number; total_ms: number }>(sql`select member_id, correct, total_ms
          from contest_bests where contest_id = ${contestId}`)
        .then((rows) => {
          const table = new Standings(
            rows.map((r) => ({ memberId: Number(r.member_id), correct: Number(r.correct), ms: Number(r.total_ms) })),
          );
          // A finish committed just before the read began is in it already; one within its first second may not be.
          entry.local = entry.local.filter((l) => l.at >= began - 1000);
          for (const l of entry.local) table.offer(l.memberId, l.best);
          entry.table = table;
          entry.at = Date.now();
        })
        .finally(() => {
          entry.loading = undefined;
        });
      await entry.loading;
    }
    return entry.table.rankOf(memberId);
  }
}

const engines = new WeakMap<Services, AnswerEngine>();
/** One engine per server process (per services object in tests). */
export function answerEngine(services: Services): AnswerEngine {
  let engine = engines.get(services);
  if (!engine) {
    engine = new AnswerEngine(services.db, services.config.pointsExpiry);
    engines.set(services, engine);
    registerProcessCache(services, engine);
  }
  return engine;
}
