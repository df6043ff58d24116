// A knowledge contest's peak, against the real server process on the embedded database: 5,000 signed-in members
// start an attempt at once, then answer their questions round after round (each round every member answers the
// question just served, as fast as the server takes them: the worst case of "one question each second"), then
// read the leaderboard. Prints, measured in this one run:
// - answer requests/s next to the same server's no-op requests/s (goal ratio ≥ 0.4);
// - answer p99 latency (goal ≤ 150 ms) and leaderboard read p95 (goal ≤ 50 ms), under the peak's load and,
//   for the leaderboard, also by one reader at a time;
// - that every answer was taken once (no lost or double answers).
// Run: npm run bench:contest   (options: --members N --questions N --connections N)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/src/config.js';
import { bulkInsertMembers } from '../server/src/modules/members/members.changes.js';
import { createSession } from '../server/src/platform/auth/sessions.js';
import { openDb } from '../server/src/platform/db.js';
import { migrate } from '../server/src/platform/migrate.js';
import { loadPii } from '../server/src/platform/pii.js';
import { sql } from '../server/src/platform/sql.js';
import { chineseName, idNumber, rng } from '../server/src/seed/generators.js';
import { arg, pct } from './figures.js';
import { burst, connect, disconnect, type LoadRequest } from './http-load.js';
import { startServer, stopServer } from './server-process.js';

const MEMBERS = Number(arg('members', '5000'));
const QUESTIONS = Number(arg('questions', '10'));
const CONNECTIONS = Number(arg('connections', '500'));
const PORT = 3950;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zg-contest-'));
const env = { DATA_DIR: dataDir };
const config = loadConfig({ ...process.env, ...env, NODE_ENV: 'development' });
const pii = loadPii(config);
const db = await openDb(config);
await migrate(db);

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
console.log(`seeded ${MEMBERS} members with sessions, a contest of ${QUESTIONS} questions an attempt`);

const server = await startServer(env, PORT);
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
  for (let position = 0; position < QUESTIONS; position++) {
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
      if (s.status === 200) taken += 1;
      else
        refusals.set(
          `${s.status} ${s.body?.slice(0, 80)}`,
          (refusals.get(`${s.status} ${s.body?.slice(0, 80)}`) ?? 0) + 1,
        );
    }
  }
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

  const answerRps = (MEMBERS * QUESTIONS) / answerSeconds;
  const ms = (shots: Array<{ ms: number }>, p: number) =>
    pct(
      shots.map((s) => s.ms),
      p,
    );
  const line = (what: string, value: string, goal = '') => console.log(`| ${what} | ${value} | ${goal} |`);
  console.log('\n| figure | this run | goal |\n|---|---|---|');
  line('no-op requests/s (same server, reference)', noop.rps.toFixed(0));
  line('attempts started', `${started} of ${MEMBERS} in ${startSeconds.toFixed(1)} s (${startRetries} tapped again)`);
  line('answer requests/s', answerRps.toFixed(0));
  line('ratio answer / no-op', (answerRps / noop.rps).toFixed(2), 'goal ≥ 0.4');
  line('answer p50 / p99', `${pct(answers, 50).toFixed(1)} / ${pct(answers, 99).toFixed(1)} ms`, 'goal p99 ≤ 150 ms');
  line(
    'no-op p50 / p99 (reference, same sockets)',
    `${ms(noop.shots, 50).toFixed(1)} / ${ms(noop.shots, 99).toFixed(1)} ms`,
  );
  line('answer p99 × no-op p99', (pct(answers, 99) / ms(noop.shots, 99)).toFixed(2));
  line(
    'leaderboard read p50 / p95',
    `${ms(board.shots, 50).toFixed(1)} / ${ms(board.shots, 95).toFixed(1)} ms`,
    'goal p95 ≤ 50 ms',
  );
  line(
    'no-op p50 / p95, the same burst of 2,000 (reference)',
    `${ms(boardNoop.shots, 50).toFixed(1)} / ${ms(boardNoop.shots, 95).toFixed(1)} ms`,
  );
  line('leaderboard p95 × no-op p95', (ms(board.shots, 95) / ms(boardNoop.shots, 95)).toFixed(2));
  line('leaderboard read p95, one reader at a time', `${ms(alone.shots, 95).toFixed(1)} ms`);
  line('answers taken / stored / expected', `${taken} / ${stored?.n} / ${MEMBERS * QUESTIONS}`, 'all equal');
  line('attempts finished', `${stored?.finished} of ${started}`);
  for (const [what, n] of refusals) line('answers refused', `${n} × ${what}`);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
