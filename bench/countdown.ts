// The countdown before a rush: every member opens the app in the last minutes, loads the home and the offer, and
// fetches a claim pass; at opening they claim with it. Against real server processes, on the embedded database
// (one process, a county crowd) and on PostgreSQL (two processes, Zhongguancun's 110,000). Prints, measured in this
// one run beside the same servers' anonymous no-op:
// - page and pass requests/s at capacity (journeys back to back, each from a cold cookie, to an offer still counting
//   down) (goal ≥ 0.4× no-op);
// - a cookie-bearing no-op beside the anonymous one (goal ≥ 0.7×);
// - the share of members holding a pass at opening (goal ≥ 99 %), and p50 / p99 of each step of the countdown;
// - the claim burst at opening: requests/s beside the no-op, p50 / p99, oversold, duplicates, lost (must be 0);
// - server errors (5xx) over every phase (must be 0).
// Arrivals are a ramp that peaks at the end: member k of N arrives at T·√((k+½)/N), so the last seconds bring
// twice the average rate. A member keeps one connection for the journey and does not pause between steps.
// Run: npm run bench:countdown   (options: --members N --seconds T --stock N --connections N
// --only pglite|postgres; without --members, 20,000 on the embedded database and 110,000 on PostgreSQL;
// COUNTDOWN_CPU_PROF=dir writes each server's CPU profile; COUNTDOWN_DUMP=file.json the claim answers)
import crypto from 'node:crypto';
import fs from 'node:fs';
import { bulkInsertMembers } from '../server/src/modules/members/members.changes.js';
import { hashToken } from '../server/src/platform/auth/sessions.js';
import { type Db, openDb } from '../server/src/platform/db.js';
import type { Pii } from '../server/src/platform/pii.js';
import { sql } from '../server/src/platform/sql.js';
import { rng } from '../server/src/seed/generators.js';
import { benchDatabase, benchMember } from './database.js';
import { arg, ms, pct } from './figures.js';
import { burst, type Connection, connect, disconnect, type LoadRequest, send, type Target } from './http-load.js';
import { startServer, stopServer } from './server-process.js';

const SECONDS = Number(arg('seconds', '120'));
const STOCK = Number(arg('stock', '5000'));
const CONNECTIONS = Number(arg('connections', '1000'));
const ONLY = arg('only', '');
const progress = (what: string) => console.error(`  … ${what} (${new Date().toISOString().slice(11, 19)})`);
/** Members who take no part in the countdown: their cold cookies measure capacity afterwards. */
const COHORT = 10_000;
/** From seeding's end to the countdown's start: the servers start and the reference is measured. */
const LEAD_MS = 45_000;

interface Person {
  cookie: string;
  csrf: string;
}

/** A city union with ten county unions; members spread over the counties; each member signed in once. */
async function seed(db: Db, pii: Pii, count: number) {
  const [root] = await db.query<{ id: number }>(sql`insert into unions (parent_id, path, name, level, formation)
    values (null, 'x', '基准市总工会', 'city', 'area') returning id`);
  const rootPath = `/${root?.id}/`;
  await db.query(sql`update unions set path = ${rootPath} where id = ${root?.id}`);
  const counties: Array<{ id: number; path: string }> = [];
  for (let i = 0; i < 10; i++) {
    const [c] = await db.query<{ id: number }>(sql`insert into unions (parent_id, path, name, level, formation)
      values (${root?.id}, 'x', ${`基准县总工会${i + 1}`}, 'county', 'area') returning id`);
    const countyPath = `${rootPath}${c?.id}/`;
    await db.query(sql`update unions set path = ${countyPath} where id = ${c?.id}`);
    counties.push({ id: Number(c?.id), path: countyPath });
  }
  const r = rng(20);
  const seen = new Set<string>();
  const people: Person[] = [];
  for (let from = 0; from < count; from += 10_000) {
    const batch = [];
    for (let i = from; i < Math.min(count, from + 10_000); i++) {
      const county = counties[i % counties.length] as { id: number; path: string };
      batch.push(benchMember(r, seen, { i, unionId: county.id, unionPath: county.path }));
    }
    await bulkInsertMembers(db, pii, batch);
    // Sessions as a member's sign-in writes them (platform/auth/sessions.ts createSession), in one statement a batch.
    const tokens = batch.map(() => crypto.randomBytes(32).toString('base64url'));
    const csrfs = batch.map(() => crypto.randomBytes(32).toString('base64url'));
    // Signed in days ago and last seen hours ago: a member's first request of the countdown slides the idle window.
    await db.query(sql`insert into sessions (token_hash, kind, member_id, phone_hash, phone_cipher, stage, csrf_token,
        ip, user_agent, created_at, last_seen_at, expires_at)
      select t.h, 'member', m.id, m.phone_hash, t.c, 'full', t.x, '127.0.0.1', 'bench', now() - interval '10 days',
        now() - interval '1 hour' * (1 + random() * 70), now() + interval '20 days'
      from unnest(${tokens.map(hashToken)}::text[], ${batch.map((p) => pii.hash('phone', p.phone))}::text[],
        ${batch.map((p) => pii.encrypt(p.phone))}::text[], ${csrfs}::text[]) as t(h, p, c, x)
      join members m on m.phone_hash = t.p and m.status = 'active'`);
    for (const [i, token] of tokens.entries()) people.push({ cookie: `zg_sid=${token}`, csrf: csrfs[i] as string });
  }
  // What the home lists: nine other published offers of the city and the counties, beside the rush's.
  for (let i = 0; i < 9; i++) {
    const at = i < 5 ? root?.id : counties[i]?.id;
    const atPath = i < 5 ? rootPath : counties[i]?.path;
    await db.query(sql`insert into offers (union_id, union_path, kind, title, mode, capacity, opens_at, closes_at,
        status, starts_at, place)
      values (${at}, ${atPath}, ${i % 2 ? 'activity' : 'course'}, ${`基准活动${i + 1}`}, 'first_come', 100,
        now() - interval '1 day', now() + interval '7 days', 'published', now() + interval '8 days', '职工之家')`);
  }
  return { rootId: Number(root?.id), rootPath, people };
}

/**
 * Members' journeys over a shared set of sockets: a member takes the socket freed longest ago, or waits for one.
 * Taken in turn, every socket stays in use through the countdown's last minute, as the crowd's phones are; the
 * server's keep-alive timeout (72 s) would otherwise close the ones left idle, and at opening hundreds would
 * reconnect at once: a storm of its own (seen at 1–5 s for 4 % of the claims), not what this benchmark measures.
 */
class SocketPool {
  private free: Array<[Target, Connection]>;
  private waiting: Array<(s: [Target, Connection]) => void> = [];
  constructor(targets: Target[]) {
    this.free = targets.flatMap((t) => t.connections.map((c) => [t, c] as [Target, Connection]));
  }
  take(): Promise<[Target, Connection]> {
    const s = this.free.shift();
    return s ? Promise.resolve(s) : new Promise((resolve) => this.waiting.push(resolve));
  }
  give(s: [Target, Connection]) {
    const next = this.waiting.shift();
    if (next) next(s);
    else this.free.push(s);
  }
}

/**
 * Member j is served by process j mod n, as behind a balancer that keeps a member on one process (nginx
 * `hash $cookie_zg_sid consistent`): each process then reads a member's session once. Requests/s over all processes.
 */
async function stickyBurst(targets: Target[], count: number, request: (member: number) => LoadRequest) {
  const n = targets.length;
  const started = performance.now();
  const parts = await Promise.all(targets.map((t, k) => burst([t], Math.ceil(count / n), (i) => request(i * n + k))));
  return {
    rps: (Math.ceil(count / n) * n) / ((performance.now() - started) / 1000),
    shots: parts.flatMap((p) => p.shots),
  };
}

const STEPS = ['session', 'me', 'offers', 'offer', 'pass'] as const;
type Step = (typeof STEPS)[number];

function journey(p: Person, offerId: number): Array<[Step, LoadRequest]> {
  const headers = { cookie: p.cookie };
  return [
    ['session', { path: '/api/auth/session', method: 'GET', headers }],
    ['me', { path: '/api/me', method: 'GET', headers }],
    ['offers', { path: '/api/me/offers', method: 'GET', headers }],
    ['offer', { path: `/api/me/offers/${offerId}`, method: 'GET', headers }],
    ['pass', { path: '/api/me/claim-pass', method: 'POST', headers: { ...headers, 'x-csrf-token': p.csrf }, body: '' }],
  ];
}

interface Walk {
  /** When the pass arrived (epoch ms), or null when the journey failed. */
  passAt: number | null;
  pass: string | null;
}

async function walk(
  pool: SocketPool,
  p: Person,
  offerId: number,
  record: (step: Step, status: number, took: number) => void,
): Promise<Walk> {
  const socket = await pool.take();
  try {
    for (const [step, request] of journey(p, offerId)) {
      const res = await send(socket[0], socket[1], request);
      record(step, res.status, res.ms);
      if (res.status !== 200) return { passAt: null, pass: null };
      if (step === 'pass') return { passAt: Date.now(), pass: (JSON.parse(res.body) as { pass: string }).pass };
    }
    return { passAt: null, pass: null };
  } finally {
    pool.give(socket);
  }
}

async function scenario(kind: 'pglite' | 'postgres') {
  const members = Number(arg('members', kind === 'postgres' ? '110000' : '20000'));
  const { dataDir, cluster, env, config, pii, db } = await benchDatabase(kind, 'countdown');
  const t0 = performance.now();
  const { rootId, rootPath, people } = await seed(db, pii, members + COHORT);
  const crowd = people.slice(0, members);
  const cohort = people.slice(members);
  // The rush's offer opens after the lead and the countdown; the embedded database is the server's own, so it is
  // written now, before the server opens it.
  const opensAt = Date.now() + LEAD_MS + SECONDS * 1000;
  const [offer] = await db.query<{ id: number }>(sql`insert into offers (union_id, union_path, kind, title, mode,
      capacity, opens_at, closes_at, status)
    values (${rootId}, ${rootPath}, 'voucher', '共享单车骑行券 (countdown)', 'first_come', ${STOCK},
      ${new Date(opensAt)}, now() + interval '1 day', 'published') returning id`);
  const offerId = Number(offer?.id);
  // Next week's rush: capacity is measured on an offer still counting down, as the crowd's pages were.
  const [nextWeek] = await db.query<{ id: number }>(sql`insert into offers (union_id, union_path, kind, title, mode,
      capacity, opens_at, closes_at, status)
    values (${rootId}, ${rootPath}, 'voucher', '下周的骑行券 (countdown)', 'first_come', ${STOCK},
      now() + interval '7 days', now() + interval '8 days', 'published') returning id`);
  const laterId = Number(nextWeek?.id);
  await db.close();
  console.log(
    `\n[${kind}] seeded ${people.length} members with sessions in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const processes = kind === 'postgres' ? 2 : 1;
  const ports = Array.from({ length: processes }, (_, i) => 3930 + i + (kind === 'postgres' ? 10 : 0));
  // COUNTDOWN_CPU_PROF=dir writes each server process's V8 CPU profile, to open in Chrome DevTools.
  const profile = process.env.COUNTDOWN_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.COUNTDOWN_CPU_PROF}`]
    : [];
  const servers = await Promise.all(ports.map((p) => startServer(env, p, profile)));
  progress('servers started');
  const targets = connect(
    ports.map((p) => `http://127.0.0.1:${p}`),
    CONNECTIONS,
  );
  const ping = (): LoadRequest => ({ path: '/api/ping', method: 'GET' });
  await burst(targets, 5000, ping);
  const noopBefore = await burst(targets, 50_000, ping);
  progress('reference measured, waiting for the countdown');
  const startAt = opensAt - SECONDS * 1000;
  if (Date.now() > startAt) throw new Error(`the lead of ${LEAD_MS} ms was too short to start the servers`);
  await new Promise((resolve) => setTimeout(resolve, startAt - Date.now()));

  // ---- The countdown ----
  const steps = new Map<Step, number[]>(STEPS.map((s) => [s, []]));
  const statuses = new Map<number, number>();
  const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const record = (step: Step, status: number, took: number) => {
    count(status);
    steps.get(step)?.push(took);
  };
  const pools = targets.map((t) => new SocketPool([t]));
  const walks: Array<Promise<Walk>> = [];
  for (let k = 0; k < members; k++) {
    const due = startAt + SECONDS * 1000 * Math.sqrt((k + 0.5) / members);
    const wait = due - Date.now();
    if (wait > 2) await new Promise((resolve) => setTimeout(resolve, wait));
    walks.push(walk(pools[k % pools.length] as SocketPool, crowd[k] as Person, offerId, record));
  }
  const done = await Promise.all(walks);
  const holding = done.filter((w) => w.passAt !== null && w.passAt <= opensAt).length;
  const lastPass = Math.max(...done.map((w) => w.passAt ?? 0));

  progress('countdown over');
  // ---- The claim at opening, by everyone holding a pass ----
  const passes = done.map((w) => w.pass).filter((p): p is string => p !== null);
  const wait = opensAt - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 50));
  const rush = await burst(
    targets,
    passes.length,
    (i) => ({
      path: '/api/claims',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zg-pass': passes[i] as string },
      body: JSON.stringify({ offerId, idempotencyKey: `countdown-${i}` }),
    }),
    (status) => status === 200,
  );
  for (const s of rush.shots) count(s.status);
  // COUNTDOWN_DUMP=file.json writes every claim answer's status, latency and arrival time.
  if (process.env.COUNTDOWN_DUMP) fs.writeFileSync(process.env.COUNTDOWN_DUMP, JSON.stringify(rush.shots));
  const won = rush.shots.filter((s) => s.status === 200);

  progress('claims over');
  // ---- Capacity, beside the anonymous no-op measured again now ----
  const noop = await burst(targets, 50_000, ping);
  const cohortSteps: number[] = [];
  const capacityStart = performance.now();
  let next = 0;
  const capacityPools = targets.map((t) => new SocketPool([t]));
  const walkers = Array.from({ length: CONNECTIONS }, async () => {
    while (next < cohort.length) {
      const j = next++;
      await walk(
        capacityPools[j % capacityPools.length] as SocketPool,
        cohort[j] as Person,
        laterId,
        (_step, status, took) => {
          count(status);
          cohortSteps.push(took);
        },
      );
    }
  });
  await Promise.all(walkers);
  progress('capacity measured');
  const capacityRps = cohortSteps.length / ((performance.now() - capacityStart) / 1000);
  // The cohort's cookies are now known to their servers: a cookie-bearing no-op as the issue measured it.
  const cookieNoop = await stickyBurst(targets, 50_000, (j) => ({
    ...ping(),
    headers: { cookie: (cohort[j % cohort.length] as Person).cookie },
  }));
  // Each step alone at capacity, with the cohort's cookies known to the servers: where a journey's time goes.
  const stepRates = new Map<Step, number>();
  for (const [index, step] of STEPS.entries()) {
    const alone = await stickyBurst(targets, 20_000, (j) => {
      const request = journey(cohort[j % cohort.length] as Person, laterId)[index] as [Step, LoadRequest];
      return request[1];
    });
    for (const s of alone.shots) count(s.status);
    stepRates.set(step, alone.rps);
  }
  for (const s of [...noopBefore.shots, ...noop.shots, ...cookieNoop.shots]) count(s.status);
  disconnect(targets);
  for (const s of servers) await stopServer(s);

  const check = await openDb(config);
  const [claims] = await check.query<{ confirmed: number; members: number }>(sql`select count(*)::int as confirmed,
      count(distinct member_id)::int as members from claims where offer_id = ${offerId} and status = 'confirmed'`);
  const stored = new Set(
    (await check.query<{ id: number }>(sql`select id from claims where offer_id = ${offerId}`)).map((c) => c.id),
  );
  await check.close();
  cluster?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  const lost = won.filter((s) => !stored.has((JSON.parse(s.body as string) as { id: number }).id)).length;

  const line = (what: string, value: string, goal = '') => console.log(`| ${what} | ${value} | ${goal} |`);
  console.log(
    `\n| figure (${kind}, ${processes} process(es), ${CONNECTIONS} connections, ${members} members over ${SECONDS} s) | this run | goal |\n|---|---|---|`,
  );
  line(
    'anonymous no-op requests/s: before / after the countdown (reference)',
    `${noopBefore.rps.toFixed(0)} / ${noop.rps.toFixed(0)}`,
  );
  line(
    `page and pass requests/s at capacity (${cohort.length} journeys from cold cookies)`,
    `${capacityRps.toFixed(0)} = ${(capacityRps / noop.rps).toFixed(2)}× no-op`,
    '≥ 0.4×',
  );
  line(
    'cookie-bearing no-op requests/s',
    `${cookieNoop.rps.toFixed(0)} = ${(cookieNoop.rps / noop.rps).toFixed(2)}× no-op`,
    '≥ 0.7×',
  );
  line(
    'members holding a pass at opening',
    `${holding} / ${members} = ${((100 * holding) / members).toFixed(2)} %; last pass ${((lastPass - opensAt) / 1000).toFixed(2)} s from opening`,
    '≥ 99 %',
  );
  for (const step of STEPS) {
    const took = steps.get(step) ?? [];
    line(
      `  step ${step}: countdown p50 / p99 (${took.length} answers); alone at capacity, warm`,
      `${ms(pct(took, 50))} / ${ms(pct(took, 99))}; ${(stepRates.get(step) ?? 0).toFixed(0)}/s = ${((stepRates.get(step) ?? 0) / noop.rps).toFixed(2)}×`,
    );
  }
  const lat = rush.shots.map((s) => s.ms);
  line(
    `claim burst at opening: requests/s (${passes.length} claims)`,
    `${rush.rps.toFixed(0)} = ${(rush.rps / noop.rps).toFixed(2)}× no-op`,
    '≥ 0.4×',
  );
  line('  claim p50 / p99', `${ms(pct(lat, 50))} / ${ms(pct(lat, 99))}`);
  line('  vouchers gone after', `${(Math.max(0, ...won.map((s) => s.at)) / 1000).toFixed(2)} s`);
  line('  acknowledged / stock', `${won.length} / ${STOCK}`);
  const confirmed = claims?.confirmed ?? 0;
  line(
    '  oversold; duplicates; acknowledged then lost',
    `${Math.max(0, confirmed - STOCK)}; ${confirmed - (claims?.members ?? 0)}; ${lost}`,
    '0; 0; 0',
  );
  const fives = [...statuses].filter(([s]) => s >= 500).reduce((n, [, v]) => n + v, 0);
  line('answers over every phase', [...statuses].map(([k, v]) => `${v} × ${k}`).join(', '));
  line('server errors (5xx)', String(fives), '0');
}

try {
  if (ONLY !== 'postgres') await scenario('pglite');
  if (ONLY !== 'pglite') await scenario('postgres');
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  process.exit();
}
