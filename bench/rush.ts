// The Zhongguancun rush: 110,000 distinct signed-in members race for 5,000 vouchers over ≥ 1,000
// concurrent connections, against real server processes. Runs on the embedded database (one process)
// and on PostgreSQL (two processes sharing the rush). Prints, measured in this one run:
// - claim requests/s next to the same server's no-op requests/s (goal ratio ≥ 0.4);
// - committed claims/s with group commit against one transaction per claim (goal ≥ 10×);
// - p50 and p99 latency (goal p99 ≤ 200 ms); the whole burst's duration (goal ≤ 10 s);
// - oversold, duplicate and lost counts (must be 0).
// Members fetch their claim pass during the countdown; here the benchmark signs them with the same key.
// Run: npm run bench:rush   (options: --members N --stock N --connections N --only pglite|postgres;
// RUSH_DUMP=file.json writes every rush answer's status, latency and arrival time; RUSH_CPU_PROF=dir
// writes each server process's V8 CPU profile, to open in Chrome DevTools)
import fs from 'node:fs';
import { bulkInsertMembers } from '../server/src/modules/members/members.changes.js';
import { ClaimEngine } from '../server/src/modules/offers/offers.engine.js';
import { checkStockInvariants } from '../server/src/modules/offers/offers.invariants.js';
import { issuePass } from '../server/src/modules/offers/offers.pass.js';
import { type Db, openDb } from '../server/src/platform/db.js';
import type { Pii } from '../server/src/platform/pii.js';
import { loadSigner } from '../server/src/platform/signing.js';
import { sql } from '../server/src/platform/sql.js';
import { chineseName, idNumber, rng } from '../server/src/seed/generators.js';
import { benchDatabase } from './database.js';
import { arg, pct } from './figures.js';
import { burst, connect, disconnect } from './http-load.js';
import { startServer, stopServer } from './server-process.js';

const MEMBERS = Number(arg('members', '110000'));
const STOCK = Number(arg('stock', '5000'));
const CONNECTIONS = Number(arg('connections', '1000'));
const ONLY = arg('only', '');

async function seed(db: Db, pii: Pii) {
  const [root] = await db.query<{ id: number }>(sql`
    insert into unions (parent_id, path, name, level, formation) values (null, 'x', '中关村工会联合会', 'city', 'area') returning id`);
  await db.query(sql`update unions set path = '/' || id || '/' where id = ${root?.id}`);
  const [u] = await db.query<{ id: number; path: string }>(sql`select id, path from unions where id = ${root?.id}`);
  const r = rng(7);
  const seen = new Set<string>();
  for (let from = 0; from < MEMBERS; from += 10_000) {
    const batch = [];
    for (let i = from; i < Math.min(MEMBERS, from + 10_000); i++) {
      let id = idNumber(r, '110108', 1970, 2004);
      while (seen.has(id)) id = idNumber(r, '110108', 1970, 2004);
      seen.add(id);
      batch.push({
        unionId: u?.id as number,
        unionPath: u?.path as string,
        employerId: null,
        name: chineseName(r),
        idNumber: id,
        // Distinct phones: a phone belongs to one member (random ones collide at this scale).
        phone: `137${String(seen.size).padStart(8, '0')}`,
        category: 'employee' as const,
        joinedAt: new Date(Date.now() - 86_400_000),
      });
    }
    await bulkInsertMembers(db, pii, batch);
  }
  const members = await db.query<{ id: number; union_path: string }>(
    sql`select id, union_path from members order by id`,
  );
  const offer = async (title: string, opensInMs: number, on: Db = db) => {
    const [o] = await on.query<{ id: number }>(sql`
      insert into offers (union_id, union_path, kind, title, mode, capacity, opens_at, closes_at, status)
      values (${u?.id}, ${u?.path}, 'voucher', ${title}, 'first_come', ${STOCK},
        now() + make_interval(secs => ${opensInMs / 1000}), now() + interval '1 day', 'published') returning id`);
    return o?.id as number;
  };
  return { members, offer };
}

async function scenario(kind: 'pglite' | 'postgres') {
  const opened = await benchDatabase(kind, 'rush');
  const { dataDir, cluster, env, config, pii } = opened;
  let db = opened.db;
  const signer = loadSigner(config);
  const t0 = performance.now();
  const { members, offer } = await seed(db, pii);
  console.log(`\n[${kind}] seeded ${members.length} members in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const rushOffer = await offer('共享单车骑行券 (rush)', 20_000);
  const warmOffer = await offer('warm-up', -1000);
  const groupOffer = await offer('commit test, group', -1000);
  const singleOffer = await offer('commit test, single', -1000);
  const [opens] = await db.query<{ at: Date }>(sql`select opens_at as at from offers where id = ${rushOffer}`);
  await db.close();

  const processes = kind === 'postgres' ? 2 : 1;
  const ports = Array.from({ length: processes }, (_, i) => 3900 + i + (kind === 'postgres' ? 10 : 0));
  const urls = ports.map((p) => `http://127.0.0.1:${p}`);
  // RUSH_CPU_PROF=dir writes each server process's V8 CPU profile.
  const profile = process.env.RUSH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.RUSH_CPU_PROF}`] : [];
  let servers = await Promise.all(ports.map((p) => startServer(env, p, profile)));
  const passes = members.map(
    (m) =>
      issuePass(signer, {
        memberId: m.id,
        unionPath: m.union_path,
        category: 'employee',
        joinedAt: Date.now() - 86_400_000,
        tags: [],
      }).pass,
  );
  const claim = (offerId: number, memberIndex: number) => ({
    path: '/api/claims',
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', 'x-zg-pass': passes[memberIndex] as string },
    body: JSON.stringify({ offerId, idempotencyKey: `rush-${offerId}-${memberIndex}` }),
  });

  let pools = connect(urls, CONNECTIONS);
  // Warm up the connections and the claim path, as a server that has been serving claims all day would be.
  await burst(pools, 5000, () => ({ path: '/api/ping', method: 'GET' }));
  await burst(pools, 5000, (i) => claim(warmOffer, i));
  const noop = await burst(pools, MEMBERS, () => ({ path: '/api/ping', method: 'GET' }));

  // The countdown: everyone fires the moment the offer opens.
  const wait = (opens?.at.getTime() ?? Date.now()) - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait + 50));
  const rush = await burst(
    pools,
    MEMBERS,
    (i) => claim(rushOffer, i),
    (status) => status === 200,
  );
  const ok = rush.shots.filter((s) => s.status === 200);
  const lastOk = Math.max(...ok.map((s) => s.at));
  const errors = rush.shots.filter((s) => s.status >= 500).length;

  const group = await burst(pools, STOCK, (i) => claim(groupOffer, i));
  disconnect(pools);
  for (const s of servers) await stopServer(s);
  servers = await Promise.all(ports.map((p) => startServer({ ...env, CLAIM_BATCH_MAX: '1' }, p, profile)));
  pools = connect(urls, CONNECTIONS);
  await burst(pools, 5000, () => ({ path: '/api/ping', method: 'GET' }));
  await burst(pools, 2000, (i) => claim(warmOffer, i));
  const single = await burst(pools, STOCK, (i) => claim(singleOffer, i));
  disconnect(pools);
  for (const s of servers) await stopServer(s);

  db = await openDb(config);
  // The engine alone, in this process, without HTTP: group commit against one transaction per claim.
  const engineRate = async (maxBatch: number) => {
    const id = await offer(`engine only, batch ${maxBatch}`, -1000, db);
    const engine = new ClaimEngine(db, { maxBatch });
    const t = performance.now();
    const outcomes = await Promise.all(
      members.slice(0, STOCK).map((m) =>
        engine.claim({
          offerId: id,
          who: {
            memberId: m.id,
            unionPath: m.union_path,
            category: 'employee',
            joinedAt: Date.now() - 86_400_000,
            tags: [],
          },
          idemKey: `engine-${id}-${m.id}`,
          quantity: 1,
          surveyAnswer: null,
        }),
      ),
    );
    const seconds = (performance.now() - t) / 1000;
    problems.push(...(await checkStockInvariants(db, id)));
    return outcomes.filter((o) => o.ok).length / seconds;
  };
  const problems: string[] = [];
  const engineGroup = await engineRate(1000);
  const engineSingle = await engineRate(1);
  problems.push(
    ...(await checkStockInvariants(db, rushOffer)),
    ...(await checkStockInvariants(db, groupOffer)),
    ...(await checkStockInvariants(db, singleOffer)),
  );
  const [counts] = await db.query<{ confirmed: number; members: number }>(sql`
    select count(*)::int as confirmed, count(distinct member_id)::int as members from claims
    where offer_id = ${rushOffer} and status = 'confirmed'`);
  const stored = new Set(
    (await db.query<{ id: number }>(sql`select id from claims where offer_id = ${rushOffer}`)).map((c) => c.id),
  );
  const lost = ok.filter((s) => !stored.has((JSON.parse(s.body as string) as { id: number }).id)).length;
  await db.close();
  cluster?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });

  const groupRate = STOCK / group.seconds;
  const singleRate = STOCK / single.seconds;
  const lat = rush.shots.map((s) => s.ms);
  if (process.env.RUSH_DUMP) fs.writeFileSync(process.env.RUSH_DUMP, JSON.stringify(rush.shots));
  const line = (label: string, value: string, goal = '') =>
    console.log(`  ${label.padEnd(44)} ${value.padStart(14)}  ${goal}`);
  console.log(
    `[${kind}] ${processes} server process(es), ${CONNECTIONS} connections, ${MEMBERS} members, ${STOCK} vouchers`,
  );
  line('claim requests/s (whole burst)', rush.rps.toFixed(0));
  line('no-op requests/s (same server)', noop.rps.toFixed(0));
  line('ratio claim / no-op', (rush.rps / noop.rps).toFixed(2), 'goal ≥ 0.4');
  line('committed claims/s over HTTP, group commit', groupRate.toFixed(0));
  line('committed claims/s over HTTP, one tx each', singleRate.toFixed(0));
  line('ratio group / single over HTTP', (groupRate / singleRate).toFixed(1), 'goal ≥ 10');
  line('engine only (no HTTP): group commit', engineGroup.toFixed(0));
  line('engine only (no HTTP): one transaction each', engineSingle.toFixed(0));
  line('engine only: ratio', (engineGroup / engineSingle).toFixed(1), 'goal ≥ 10');
  line('rush: vouchers gone after', `${(lastOk / 1000).toFixed(2)} s`);
  line('latency p50', `${pct(lat, 50).toFixed(1)} ms`);
  line('latency p99', `${pct(lat, 99).toFixed(1)} ms`, 'goal ≤ 200 ms');
  // The 5,000 winners are answered while the server is busiest: shown apart, so the mix cannot hide them.
  line(
    'latency p99 of accepted claims only',
    `${pct(
      ok.map((s) => s.ms),
      99,
    ).toFixed(1)} ms`,
  );
  line(`whole ${MEMBERS}-request burst`, `${rush.seconds.toFixed(2)} s`, 'goal ≤ 10 s');
  line('acknowledged claims', String(ok.length), `stock ${STOCK}`);
  line('oversold', String(Math.max(0, (counts?.confirmed ?? 0) - STOCK)), 'must be 0');
  line(
    'duplicates (members with two vouchers)',
    String((counts?.confirmed ?? 0) - (counts?.members ?? 0)),
    'must be 0',
  );
  line('acknowledged then lost', String(lost), 'must be 0');
  line('server errors (5xx)', String(errors), 'must be 0');
  line('connection resets retried', String(rush.retries));
  line('invariant violations (VC-1…VC-5)', String(problems.length), problems.slice(0, 3).join('; '));
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
