// A knowledge contest's peak, against the real server process on the embedded database: 5,000 signed-in members
// start an attempt at once, then answer their questions. The first half of the questions goes as fast as the server
// takes them (each round every member answers the question just served): that measures throughput. The second half
// goes as the issue describes the peak, one question each second per member, open loop; after the last, which
// finishes every attempt, each member opens the leaderboard. Prints, measured in this one run:
// - answer requests/s at saturation next to the same server's no-op requests/s (goal ratio ≥ 0.4);
// - answer p99 at one question a second per member (goal ≤ 150 ms), beside the no-op at the same pace;
// - leaderboard read p95 as every member opens it on finishing (goal ≤ 50 ms), and in a saturating burst beside
//   the no-op in the same burst;
// - that every answer was taken once (no lost or double answers).
// Run: npm run bench:contest   (options: --members N --questions N --connections N --pace answers/s
// --db postgres for a throwaway PostgreSQL cluster instead of the embedded database)
import fs from 'node:fs';
import { bulkInsertMembers } from '../server/src/modules/members/members.changes.js';
import { createSession } from '../server/src/platform/auth/sessions.js';
import { openDb } from '../server/src/platform/db.js';
import { sql } from '../server/src/platform/sql.js';
import { chineseName, idNumber, rng } from '../server/src/seed/generators.js';
import { benchDatabase } from './database.js';
import { arg, pct } from './figures.js';
import { burst, connect, disconnect, type LoadRequest, send } from './http-load.js';
import { startServer, stopServer } from './server-process.js';

const MEMBERS = Number(arg('members', '5000'));
const QUESTIONS = Number(arg('questions', '10'));
const CONNECTIONS = Number(arg('connections', '500'));
/** Answers a second in the paced half: the issue's peak is every member once a second. */
const PACE = Number(arg('pace', String(MEMBERS)));
/** Questions answered as fast as the server takes them; the rest at one a second per member. */
const SATURATED = Math.ceil(QUESTIONS / 2);
const PORT = 3950;

/** The database the server runs on: the embedded one by default, or a throwaway PostgreSQL cluster. */
const KIND = arg('db', 'pglite') === 'postgres' ? 'postgres' : 'pglite';
const { dataDir, cluster, env, config, pii, db } = await benchDatabase(KIND, 'contest');

// A county with 50 base unions, MEMBERS members spread over them, a bank of 20 questions and an open contest.
const [county] = await db.query<{ id: number }>(sql`insert into unions (parent_id, path, name, level, formation)
  values (null, 'x', '基准县总工会', 'county', 'area') returning id`);
await db.query(sql`update unions set path = '/' || id || '/' where id = ${county?.id}`);
const bases: Array<{ id: number; path: string }> = [];
for (let i = 0; i < 50; i++) {
  const [u] = await db.query<{
    id: number;
    path: string;
  }>(sql`insert into unions (parent_id, path, name, level, formation)
    values (${county?.id}, 'y', ${`基准基层工会${i}`}, 'base', 'single') returning id, path`);
  const [p] = await db.query<{
    id: number;
    path: string;
  }>(sql`update unions set path = '/' || ${county?.id} || '/' || id || '/'
    where id = ${u?.id} returning id, path`);
  bases.push(p as { id: number; path: string });
}
const r = rng(11);
const seen = new Set<string>();
const people = Array.from({ length: MEMBERS }, (_, i) => {
  let id = idNumber(r, '330825', 1970, 2004);
  while (seen.has(id)) id = idNumber(r, '330825', 1970, 2004);
  seen.add(id);
  const u = bases[i % bases.length] as { id: number; path: string };
  return {
    unionId: u.id,
    unionPath: u.path,
    employerId: null,
    name: chineseName(r),
    idNumber: id,
    phone: `136${String(i).padStart(8, '0')}`,
    category: 'employee' as const,
    joinedAt: new Date(Date.now() - 86_400_000),
  };
});
await bulkInsertMembers(db, pii, people);
const [editor] = await db.query<{ id: number }>(sql`insert into accounts (username, display_name, password_hash,
    must_change_password) values ('bench-editor', 'bench', 'x', false) returning id`);
const [c] = await db.query<{ id: number }>(sql`insert into contests (union_id, union_path, title, opens_at, closes_at,
    questions_per_attempt, seconds_per_question, attempts_per_day, points_per_correct, status, created_by)
  values (${county?.id}, ${`/${county?.id}/`}, '基准竞赛', now() - interval '1 hour', now() + interval '1 day',
    ${QUESTIONS}, 120, 1, 1, 'published', ${editor?.id}) returning id`);
const contestId = Number(c?.id);
for (let i = 0; i < 20; i++) {
  const [q] = await db.query<{ id: number }>(sql`insert into quiz_questions (union_id, union_path, kind, stem, options,
      answer, created_by)
    values (${county?.id}, ${`/${county?.id}/`}, 'single', ${`基准题目 ${i}：下列哪一项正确？`},
      '["甲","乙","丙","丁"]'::jsonb, ${JSON.stringify([i % 4])}::jsonb, ${editor?.id}) returning id`);
  await db.query(sql`insert into contest_questions values (${contestId}, ${q?.id})`);
}
const sessions: Array<{ cookie: string; csrf: string }> = [];
for (const p of people) {
  const s = await createSession(db, {
    kind: 'member',
    phoneHash: pii.hash('phone', p.phone),
    stage: 'full',
    ip: '127.0.0.1',
    userAgent: 'bench',
  });
  sessions.push({ cookie: `zg_sid=${s.token}`, csrf: s.csrfToken });
}
await db.close();
console.log(`[${KIND}] seeded ${MEMBERS} members with sessions, a contest of ${QUESTIONS} questions an attempt`);

// ZG_PROF=<dir> writes the server's CPU profile there (node --cpu-prof), to see where an answer's time goes.
const profile = process.env.ZG_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.ZG_PROF}`] : [];
const server = await startServer(env, PORT, profile);
const pools = connect([`http://127.0.0.1:${PORT}`], CONNECTIONS);
const as = (i: number, req: Omit<LoadRequest, 'headers'>): LoadRequest => {
  const s = sessions[i] as { cookie: string; csrf: string };
  return {
    ...req,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(req.body ? { 'content-type': 'application/json' } : {}) },
  };
};
try {
  // Warm up, then the reference: the no-op endpoint over the same sockets.
  await burst(pools, 5000, () => ({ path: '/api/ping', method: 'GET' }));
  const noop = await burst(pools, MEMBERS * 2, () => ({ path: '/api/ping', method: 'GET' }));

  // Everyone starts at once. A member turned away (503, "busy, try again") taps again after the Retry-After, as the
  // app does; every member must be answering before the answer rounds are measured.
  const attempts: number[] = new Array(MEMBERS).fill(0);
  let startSeconds = 0;
  let startRetries = 0;
  for (let pass = 0; pass < 5; pass++) {
    const todo = attempts.flatMap((id, i) => (id === 0 ? [i] : []));
    if (todo.length === 0) break;
    if (pass > 0) {
      startRetries += todo.length;
      await new Promise((r) => setTimeout(r, 2000));
    }
    const start = await burst(
      pools,
      todo.length,
      (k) => as(todo[k] as number, { path: `/api/me/contests/${contestId}/attempts`, method: 'POST' }),
      () => true,
    );
    startSeconds += start.seconds;
    start.shots.forEach((s, k) => {
      if (s.status === 200) attempts[todo[k] as number] = (JSON.parse(s.body ?? '{}') as { id: number }).id;
      else if (s.status !== 503) throw new Error(`start refused: ${s.status} ${s.body}`);
    });
  }
  const started = attempts.filter((id) => id > 0).length;
  if (started < MEMBERS) throw new Error(`only ${started} of ${MEMBERS} attempts started`);

  const answers: number[] = [];
  let answerSeconds = 0;
  let taken = 0;
  const refusals = new Map<string, number>();
  const tally = (status: number, body: string | undefined) => {
    if (status === 200) taken += 1;
    else refusals.set(`${status} ${body?.slice(0, 80)}`, (refusals.get(`${status} ${body?.slice(0, 80)}`) ?? 0) + 1);
  };
  // First half: each round every member answers the question just served, as fast as the server takes them. This
  // saturates the server: the throughput is the figure here, and latency is only the connections' queue.
  for (let position = 0; position < SATURATED; position++) {
    const round = await burst(
      pools,
      MEMBERS,
      (i) =>
        as(i, {
          path: `/api/me/contest-attempts/${attempts[i]}/answer`,
          method: 'POST',
          body: JSON.stringify({ position, choices: [i % 4] }),
        }),
      (status) => status !== 200,
    );
    answerSeconds += round.seconds;
    for (const s of round.shots) {
      answers.push(s.ms);
      tally(s.status, s.body);
    }
  }
  // Second half, as the issue puts the peak: every member answers one question each second (their moments spread
  // over the second), the last one finishing every attempt, then opens the leaderboard. Open loop: a request's
  // time counts from its scheduled moment, so waiting for a socket or a slow server shows in it.
  const sockets = pools.flatMap((t) => t.connections.map((c) => ({ target: t, connection: c })));
  const waiting: Array<(s: (typeof sockets)[number]) => void> = [];
  const acquire = () =>
    new Promise<(typeof sockets)[number]>((resolve) => {
      const free = sockets.pop();
      if (free) resolve(free);
      else waiting.push(resolve);
    });
  const release = (s: (typeof sockets)[number]) => {
    const next = waiting.shift();
    if (next) next(s);
    else sockets.push(s);
  };
  const timed = async (due: number, r: LoadRequest) => {
    const wait = due - performance.now();
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    const from = Math.max(due, performance.now());
    const s = await acquire();
    try {
      const res = await send(s.target, s.connection, r);
      return { status: res.status, body: res.body, ms: performance.now() - from };
    } finally {
      release(s);
    }
  };
  // The reference at the same pace: every member sends the no-op once a second, for two seconds.
  const noopStart = performance.now() + 500;
  const pacedNoop = (
    await Promise.all(
      attempts.flatMap((_, i) =>
        [0, 1].map((k) =>
          timed(noopStart + (k * MEMBERS * 1000) / PACE + (i * 1000) / PACE, { path: '/api/ping', method: 'GET' }),
        ),
      ),
    )
  ).map((r) => r.ms);
  const pacedAnswers: number[] = [];
  const lastAnswers: number[] = [];
  const boardAtPeak: number[] = [];
  const pacedStart = performance.now() + 500;
  await Promise.all(
    attempts.map(async (attemptId, i) => {
      for (let position = SATURATED; position < QUESTIONS; position++) {
        const due = pacedStart + ((position - SATURATED) * (MEMBERS * 1000)) / PACE + (i * 1000) / PACE;
        const res = await timed(
          due,
          as(i, {
            path: `/api/me/contest-attempts/${attemptId}/answer`,
            method: 'POST',
            body: JSON.stringify({ position, choices: [i % 4] }),
          }),
        );
        pacedAnswers.push(res.ms);
        if (position === QUESTIONS - 1) lastAnswers.push(res.ms);
        tally(res.status, res.status === 200 ? undefined : res.body);
      }
      const read = await timed(
        performance.now(),
        as(i, { path: `/api/me/contests/${contestId}/leaderboard?pageSize=20`, method: 'GET' }),
      );
      boardAtPeak.push(read.ms);
    }),
  );
  // The leaderboard's reference: the no-op in a burst of the same size over the same sockets.
  const boardNoop = await burst(pools, 2000, () => ({ path: '/api/ping', method: 'GET' }));
  const board = await burst(pools, 2000, (i) =>
    as(i % MEMBERS, { path: `/api/me/contests/${contestId}/leaderboard?pageSize=20`, method: 'GET' }),
  );
  disconnect(pools);
  // The same read by one member at a time: what a page load costs when the server is not saturated.
  const single = connect([`http://127.0.0.1:${PORT}`], 1);
  const alone = await burst(single, 200, (i) =>
    as(i % MEMBERS, { path: `/api/me/contests/${contestId}/leaderboard?pageSize=20`, method: 'GET' }),
  );
  disconnect(single);
  await stopServer(server);

  const check = await openDb(config);
  const [stored] = await check.query<{ n: number; finished: number }>(sql`select
      (select count(*)::int from contest_answers) as n,
      (select count(*)::int from contest_attempts where status = 'finished') as finished`);
  await check.close();

  const answerRps = (MEMBERS * SATURATED) / answerSeconds;
  const ms = (shots: Array<{ ms: number }>, p: number) =>
    pct(
      shots.map((s) => s.ms),
      p,
    );
  const line = (what: string, value: string, goal = '') => console.log(`| ${what} | ${value} | ${goal} |`);
  console.log('\n| figure | this run | goal |\n|---|---|---|');
  line('no-op requests/s (same server, reference)', noop.rps.toFixed(0));
  line('attempts started', `${started} of ${MEMBERS} in ${startSeconds.toFixed(1)} s (${startRetries} tapped again)`);
  line(`answer requests/s, questions 1–${SATURATED} as fast as the server takes them`, answerRps.toFixed(0));
  line('ratio answer / no-op', (answerRps / noop.rps).toFixed(2), 'goal ≥ 0.4');
  line(
    '  answer p50 / p99 there (the queue of the connections)',
    `${pct(answers, 50).toFixed(1)} / ${pct(answers, 99).toFixed(1)} ms`,
  );
  line(
    '  no-op p50 / p99 in the same saturating burst (reference)',
    `${ms(noop.shots, 50).toFixed(1)} / ${ms(noop.shots, 99).toFixed(1)} ms`,
  );
  line(
    `answer p50 / p99, questions ${SATURATED + 1}–${QUESTIONS} paced at ${PACE} answers/s`,
    `${pct(pacedAnswers, 50).toFixed(1)} / ${pct(pacedAnswers, 99).toFixed(1)} ms`,
    'goal p99 ≤ 150 ms',
  );
  line(
    '  of which the last question (every attempt finishes)',
    `${pct(lastAnswers, 50).toFixed(1)} / ${pct(lastAnswers, 99).toFixed(1)} ms`,
  );
  line(
    `  no-op p50 / p99 at the same pace (reference)`,
    `${pct(pacedNoop, 50).toFixed(1)} / ${pct(pacedNoop, 99).toFixed(1)} ms`,
  );
  line('  answer p99 × no-op p99 at that pace', (pct(pacedAnswers, 99) / pct(pacedNoop, 99)).toFixed(2));
  line(
    'leaderboard read p50 / p95, every member on finishing',
    `${pct(boardAtPeak, 50).toFixed(1)} / ${pct(boardAtPeak, 95).toFixed(1)} ms`,
    'goal p95 ≤ 50 ms',
  );
  line(
    'leaderboard read p50 / p95, a burst of 2,000 over all sockets',
    `${ms(board.shots, 50).toFixed(1)} / ${ms(board.shots, 95).toFixed(1)} ms`,
  );
  line(
    '  no-op p50 / p95 in the same burst (reference)',
    `${ms(boardNoop.shots, 50).toFixed(1)} / ${ms(boardNoop.shots, 95).toFixed(1)} ms`,
  );
  line('leaderboard read p95, one reader at a time', `${ms(alone.shots, 95).toFixed(1)} ms`);
  line('answers taken / stored / expected', `${taken} / ${stored?.n} / ${MEMBERS * QUESTIONS}`, 'all equal');
  line('attempts finished', `${stored?.finished} of ${started}`);
  for (const [what, n] of refusals) line('answers refused', `${n} × ${what}`);
} finally {
  cluster?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
