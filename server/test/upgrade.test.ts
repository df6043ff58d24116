// Issue 19 item 6: an upgrade from the previous release, as docs/deploy.md's rolling upgrade does it. The previous
// release's own code (its commit in server/migrations/releases.json, taken from git) seeds a PostgreSQL database
// and serves it from two processes. One is stopped; this release's migrations run while the other, still the old
// code, keeps serving; then both are replaced by this release. The migrations must leave every row of every old
// table as it was, the old process must keep working on the new schema, and the new processes must be ready and
// read the old data: ledgers that reconcile, stock that adds up, personal data that opens.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../src/config.js';
import { checkStockInvariants } from '../src/modules/offers/offers.invariants.js';
import { type Db, openPostgres } from '../src/platform/db.js';
import { migrate, migrationFiles } from '../src/platform/migrate.js';
import { createPii } from '../src/platform/pii.js';
import { sql } from '../src/platform/sql.js';
import { DEMO_MEMBER_PHONE, DEMO_PASSWORD } from '../src/seed/demo.js';

const releases = JSON.parse(fs.readFileSync(path.join(repoRoot, 'server/migrations/releases.json'), 'utf8')) as {
  releases: Array<{ version: string; commit: string }>;
};
const previous = releases.releases.at(-1) as { version: string; commit: string };
const children = new Set<ChildProcess>();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zg-upgrade-'));
const oldTree = path.join(tmp, 'previous');
let nextPort = 5700 + Math.floor(Math.random() * 400);
let url = '';
let db: Db;
const keys = {
  PII_KEY: crypto.randomBytes(32).toString('base64'),
  PII_INDEX_KEY: crypto.randomBytes(32).toString('base64'),
  CARD_SIGNING_KEY: crypto
    .generateKeyPairSync('ed25519')
    .privateKey.export({ format: 'der', type: 'pkcs8' })
    .toString('base64'),
};

/** A server process of `tree` (this checkout or the previous release's) on the test database. */
function runServer(tree: string) {
  const port = nextPort++;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(tree, 'server/src/main.ts')], {
    cwd: tree,
    env: {
      ...process.env,
      ...keys,
      DATABASE_URL: url,
      DATA_DIR: path.join(tmp, `data-${port}`),
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      WEB_DIST: path.join(tmp, 'no-web'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d));
  child.stderr?.on('data', (d: Buffer) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const listening = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', () => output.includes('is running on') && resolve());
    void exited.then((code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    listening,
    stop: async () => {
      child.kill('SIGTERM');
      expect(await exited, output).toBe(0);
      children.delete(child);
    },
  };
}

/**
 * Signs a demo cadre in on one process and reads the root union with its counts of members, employers and child
 * unions (computed over the whole subtree): the process reads and writes the database.
 */
async function cadreReads(base: string): Promise<{ memberCount: number; employerCount: number; childCount: number }> {
  const login = await fetch(`${base}/api/auth/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-zg-client': 'upgrade-test' },
    body: JSON.stringify({ username: 'sysadmin', password: DEMO_PASSWORD }),
  });
  expect(login.status, await login.clone().text()).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const [root] = await db.query<{ id: number }>(sql`select id from unions where parent_id is null order by id limit 1`);
  const res = await fetch(`${base}/api/unions/${root?.id}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  const { memberCount, employerCount, childCount } = (await res.json()) as Record<string, number>;
  return { memberCount, employerCount, childCount } as {
    memberCount: number;
    employerCount: number;
    childCount: number;
  };
}

/**
 * Every table as its row count and a digest of its rows in a stable order, over the columns `columns` names for it
 * (by default all it has now). After the migrations the digest is taken over the columns the table had before, so a
 * column added by a migration does not read as a rewrite of the old rows, while any change to an old value does.
 */
async function fingerprint(columns?: Map<string, string[]>): Promise<Record<string, string>> {
  const tables = await db.query<{ name: string }>(
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const cols = columns?.get(name) ?? (await columnsOf(name));
    const rowText = `row(${cols.map((c) => `t."${c}"`).join(', ')})::text`;
    const [row] = await db.query<{ n: number; digest: string | null }>(
      sql.raw(`select count(*)::int as n, md5(string_agg(${rowText}, '|' order by ${rowText})) as digest
        from "${name}" t`),
    );
    out[name] = `${row?.n}:${row?.digest}`;
  }
  return out;
}

async function columnsOf(table: string): Promise<string[]> {
  const rows = await db.query<{ name: string }>(sql`select column_name as name from information_schema.columns
    where table_schema = 'public' and table_name = ${table} order by ordinal_position`);
  return rows.map((r) => r.name);
}

beforeAll(async () => {
  // The previous release's code, from git (a shallow clone lacks it: say so rather than skip).
  const has = (() => {
    try {
      execFileSync('git', ['-C', repoRoot, 'cat-file', '-e', `${previous.commit}^{commit}`], { stdio: 'pipe' });
      return true;
    } catch {
      return false;
    }
  })();
  if (!has)
    throw new Error(
      `release ${previous.version} (${previous.commit}) is not in this clone's history: git fetch --unshallow`,
    );
  fs.mkdirSync(oldTree);
  execFileSync('sh', ['-c', `git -C "${repoRoot}" archive ${previous.commit} | tar -x -C "${oldTree}"`]);
  // Its dependencies are this checkout's: a release's code runs on the packages of the next (they only grow).
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(oldTree, 'node_modules'));

  const adminUrl = inject('pgUrl');
  const name = `zg_upgrade_${crypto.randomBytes(5).toString('hex')}`;
  const admin = await openPostgres(adminUrl, 1);
  await admin.exec(`create database ${name}`);
  await admin.close();
  url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  db = await openPostgres(url, 2);
}, 60_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await db?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe(`upgrading from the previous release (${previous.version})`, () => {
  it('runs the new migrations once beside an old process, keeps every old row, and serves the old data', async () => {
    // The previous release seeds its demo data and serves from two processes.
    const oldA = runServer(oldTree);
    await oldA.listening;
    const oldB = runServer(oldTree);
    await oldB.listening;
    const unions = await cadreReads(oldA.url);
    expect(unions.memberCount).toBeGreaterThan(100);
    const applied = new Set(
      (await db.query<{ name: string }>(sql`select name from schema_migrations`)).map((r) => r.name),
    );
    const pending = [...migrationFiles().keys()].filter((n) => !applied.has(n));
    // The test means something only while this release brings a migration the previous one lacks.
    expect(pending.length).toBeGreaterThan(0);

    // Rolling: the first process stops; the rows as the old code left them.
    await oldA.stop();
    await oldB.stop();
    const before = await fingerprint();
    const oldColumns = new Map<string, string[]>();
    for (const table of Object.keys(before)) oldColumns.set(table, await columnsOf(table));
    const stillOld = runServer(oldTree);
    await stillOld.listening;

    // This release's migrations, while an old process serves (what the new process does at its start).
    expect(await migrate(db)).toEqual(pending);
    const after = await fingerprint(oldColumns);
    // A migration that rewrites rows on purpose (a backfill) adds its table to this list, with a check of its own.
    const rewrittenOnPurpose = new Set(['schema_migrations']);
    for (const [table, print] of Object.entries(before)) {
      if (rewrittenOnPurpose.has(table)) continue;
      expect(after[table], `${table} after the migrations`).toBe(print);
    }
    expect(await cadreReads(stillOld.url)).toEqual(unions);

    // The new processes replace the old one.
    const newA = runServer(repoRoot);
    await newA.listening;
    await stillOld.stop();
    const newB = runServer(repoRoot);
    await newB.listening;
    for (const p of [newA, newB]) {
      const ready = await fetch(`${p.url}/api/ready`);
      expect(ready.status).toBe(200);
      expect(await cadreReads(p.url)).toEqual(unions);
    }

    // The old data, read by this release: the demo member's phone opens with the keys, ledgers reconcile, stock
    // adds up.
    const pii = createPii(Buffer.from(keys.PII_KEY, 'base64'), Buffer.from(keys.PII_INDEX_KEY, 'base64'));
    const [member] = await db.query<{ phone_cipher: string }>(
      sql`select phone_cipher from members where phone_hash = ${pii.hash('phone', DEMO_MEMBER_PHONE)}`,
    );
    expect(pii.decrypt(member?.phone_cipher ?? '')).toBe(DEMO_MEMBER_PHONE);
    const [ledger] = await db.query<{ off: number; total: number }>(sql`
      select count(*) filter (where a.balance <> coalesce(c.s, 0) - coalesce(d.s, 0))::int as off,
        coalesce(sum(a.balance), 0)::bigint as total
      from points_accounts a
      left join (select credit_account_id id, sum(amount) s from points_postings group by 1) c on c.id = a.id
      left join (select debit_account_id id, sum(amount) s from points_postings group by 1) d on d.id = a.id`);
    expect(ledger).toEqual({ off: 0, total: 0 });
    for (const { id } of await db.query<{ id: number }>(sql`select id from offers`))
      expect(await checkStockInvariants(db, id), `offer ${id}`).toEqual([]);
    await newA.stop();
    await newB.stop();
  }, 300_000);
});
