// Issue 19 item 2: the backup and restore drills of docs/deploy.md, run as an operator would. A server process seeds
// a database and stops; the backup is taken (pg_dump on PostgreSQL, a copy of the stopped DATA_DIR on the embedded
// database) and restored somewhere new; a server starts on the copy with the same keys and is ready; and the copy
// holds the same rows, table by table, with ledgers that reconcile, stock that adds up and personal data that opens.
// Started without its keys, the server refuses loudly.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../src/config.js';
import { ClaimEngine } from '../src/modules/offers/offers.engine.js';
import { checkStockInvariants } from '../src/modules/offers/offers.invariants.js';
import { type Db, openPglite, openPostgres } from '../src/platform/db.js';
import { createPii, type Pii } from '../src/platform/pii.js';
import { sql } from '../src/platform/sql.js';
import { findBin } from './pg-cluster.js';

const children = new Set<ChildProcess>();
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

let nextPort = 5200 + Math.floor(Math.random() * 400);

/** Runs the server as `npm start` would; resolves when it listens, or with its exit code and output if it stops. */
function runServer(env: Record<string, string>) {
  const port = nextPort++;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server/src/main.ts')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  const collect = (d: Buffer) => {
    output += d.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', () => output.includes('is running on') && resolve());
    void exited.then((code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    listening,
    exited,
    output: () => output,
    /** Resolves once the output holds `text` (a process prints its start-up lines over several chunks). */
    printed: async (text: string) => {
      for (let i = 0; i < 100 && !output.includes(text); i++) await new Promise((r) => setTimeout(r, 50));
      expect(output).toContain(text);
    },
    stop: async () => {
      child.kill('SIGTERM');
      const code = await exited;
      expect(code, output).toBe(0);
      children.delete(child);
    },
  };
}

const keys = () => ({
  PII_KEY: crypto.randomBytes(32).toString('base64'),
  PII_INDEX_KEY: crypto.randomBytes(32).toString('base64'),
  CARD_SIGNING_KEY: crypto
    .generateKeyPairSync('ed25519')
    .privateKey.export({ format: 'der', type: 'pkcs8' })
    .toString('base64'),
});

/**
 * What the demo does not seed, added to the live database before the backup: a rush (15 members, 10 places) and a
 * wage-arrears case from the hotline, whose caller's phone is encrypted.
 */
async function addActivity(db: Db, pii: Pii) {
  const [root] = await db.query<{ id: number; path: string }>(
    sql`select id, path from unions where parent_id is null order by id limit 1`,
  );
  const [offer] = await db.query<{ id: number }>(sql`
    insert into offers (union_id, union_path, kind, title, mode, capacity, opens_at, closes_at, status)
    values (${root?.id}, ${root?.path}, 'voucher', '备份演练', 'first_come', 10, now() - interval '1 minute',
      now() + interval '1 hour', 'published') returning id`);
  const members = await db.query<{ id: number; union_path: string }>(
    sql`select id, union_path from members order by id limit 15`,
  );
  const engine = new ClaimEngine(db, { maxBatch: 100 });
  const outcomes = await Promise.all(
    members.map((m) =>
      engine.claim({
        offerId: offer?.id as number,
        who: { memberId: m.id, unionPath: m.union_path, category: 'employee', joinedAt: 0, tags: [] },
        idemKey: `drill-${m.id}`,
        quantity: 1,
        surveyAnswer: null,
      }),
    ),
  );
  expect(outcomes.filter((o) => o.ok)).toHaveLength(10);
  await db.query(sql`
    insert into appeals (category, channel, worker_name, phone_cipher, phone_hash, employer_name, people_affected,
      description, union_id, union_path, routed_union_id, created_at)
    values ('wage_arrears', 'hotline', '王师傅', ${pii.encrypt('13912345678')}, ${pii.hash('phone', '13912345678')},
      '某某建筑公司', 12, '三个月工资未发', ${root?.id}, ${root?.path}, ${root?.id}, now())`);
}

/** Every table of the schema, each as its row count and a digest of its rows in a stable order. */
async function fingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await db.query<{ name: string }>(
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.query<{ n: number; digest: string | null }>(
      sql.raw(`select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as digest from "${name}" t`),
    );
    out[name] = `${row?.n}:${row?.digest}`;
  }
  return out;
}

/** What the drill proves on the restored copy, computed here from the tables, not by the app's own checks. */
async function checkRestored(db: Db, pii: Pii, original: Record<string, string>) {
  const restored = await fingerprint(db);
  expect(restored).toEqual(original);
  const count = (table: string) => Number(restored[table]?.split(':')[0]);
  // The drill means something only if the seed wrote each kind of record.
  for (const table of ['members', 'points_postings', 'claims', 'appeals', 'audit_events']) {
    expect(count(table), table).toBeGreaterThan(0);
  }
  // Ledgers: each account's balance is its credits less its debits, and the whole ledger sums to zero.
  const [ledger] = await db.query<{ off: number; total: number }>(sql`
    select count(*) filter (where a.balance <> coalesce(c.s, 0) - coalesce(d.s, 0))::int as off,
      coalesce(sum(a.balance), 0)::bigint as total
    from points_accounts a
    left join (select credit_account_id id, sum(amount) s from points_postings group by 1) c on c.id = a.id
    left join (select debit_account_id id, sum(amount) s from points_postings group by 1) d on d.id = a.id`);
  expect(ledger).toEqual({ off: 0, total: 0 });
  // Stock: no offer holds more than its places, none counts a claim twice.
  const offers = await db.query<{ id: number }>(sql`select id from offers`);
  expect(offers.length).toBeGreaterThan(0);
  for (const o of offers) expect(await checkStockInvariants(db, o.id)).toEqual([]);
  // Personal data opens with the keys, and its keyed hash matches: a member's phone.
  const [m] = await db.query<{ phone_cipher: string; phone_hash: string }>(
    sql`select phone_cipher, phone_hash from members order by id limit 1`,
  );
  const phone = pii.decrypt(m?.phone_cipher as string);
  expect(phone).toMatch(/^1[3-9]\d{9}$/);
  expect(pii.hash('phone', phone)).toBe(m?.phone_hash);
  const [appeal] = await db.query<{ phone_cipher: string }>(sql`select phone_cipher from appeals`);
  expect(pii.decrypt(appeal?.phone_cipher as string)).toBe('13912345678');
}

describe('backup and restore drills', () => {
  it('PostgreSQL: pg_dump, pg_restore into a new database, the server starts on it with the same keys', async () => {
    const adminUrl = inject('pgUrl');
    const suffix = crypto.randomBytes(4).toString('hex');
    const admin = await openPostgres(adminUrl, 1);
    await admin.exec(`create database zg_live_${suffix}`);
    await admin.exec(`create database zg_restored_${suffix}`);
    await admin.close();
    const liveUrl = adminUrl.replace(/\/[^/]*$/, `/zg_live_${suffix}`);
    const restoredUrl = adminUrl.replace(/\/[^/]*$/, `/zg_restored_${suffix}`);
    const productionKeys = keys();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zg-drill-'));

    const live = runServer({ ...productionKeys, DATABASE_URL: liveUrl, DATA_DIR: dataDir, SEED_DEMO: 'true' });
    await live.listening;
    await live.stop();
    const pii = createPii(
      Buffer.from(productionKeys.PII_KEY, 'base64'),
      Buffer.from(productionKeys.PII_INDEX_KEY, 'base64'),
    );
    const seeded = await openPostgres(liveUrl, 4);
    await addActivity(seeded, pii);
    await seeded.close();

    const dump = path.join(dataDir, 'zhigong.dump');
    execFileSync(findBin('pg_dump'), ['--format=custom', `--file=${dump}`, liveUrl]);
    execFileSync(findBin('pg_restore'), ['--no-owner', `--dbname=${restoredUrl}`, dump]);

    // The copy is compared before a server runs on it: a server's start jobs may add rows of their own (tomorrow's
    // room slots, once the clock passes a release time), which is no fault of the restore.
    const liveDb = await openPostgres(liveUrl, 2);
    const restoredDb = await openPostgres(restoredUrl, 2);
    try {
      await checkRestored(restoredDb, pii, await fingerprint(liveDb));
    } finally {
      await liveDb.close();
      await restoredDb.close();
    }

    const restored = runServer({ ...productionKeys, DATABASE_URL: restoredUrl, DATA_DIR: dataDir, SEED_DEMO: 'true' });
    await restored.listening;
    await restored.printed('Demo data already present.');
    const ready = await fetch(`${restored.url}/api/ready`);
    expect(ready.status).toBe(200);
    await restored.stop();

    // Without its keys (another key set), the server refuses to start and says what to restore.
    const keyless = runServer({ ...keys(), DATABASE_URL: restoredUrl, DATA_DIR: dataDir });
    await expect(keyless.listening).rejects.toThrow(/do not open this database's data \(PII_KEY\)/);
    expect(await keyless.exited).toBe(1);
  }, 240_000);

  it('embedded database: a copy of the stopped DATA_DIR, restored elsewhere, keys file included', async () => {
    const live = fs.mkdtempSync(path.join(os.tmpdir(), 'zg-drill-live-'));
    const server = runServer({ DATA_DIR: live, SEED_DEMO: 'true' });
    await server.listening;
    await server.stop();
    const fileKeys = JSON.parse(fs.readFileSync(path.join(live, 'keys.json'), 'utf8')) as {
      piiKey: string;
      piiIndexKey: string;
    };
    const pii = createPii(Buffer.from(fileKeys.piiKey, 'base64'), Buffer.from(fileKeys.piiIndexKey, 'base64'));
    const seeded = await openPglite(path.join(live, 'pgdata'));
    await addActivity(seeded, pii);
    await seeded.close();

    // The documented backup: the stopped process's folder, as one archive.
    const archive = path.join(os.tmpdir(), `zg-drill-${crypto.randomBytes(4).toString('hex')}.tar.gz`);
    execFileSync('tar', ['-czf', archive, '-C', live, '.']);
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'zg-drill-restored-'));
    execFileSync('tar', ['-xzf', archive, '-C', copy]);

    const restored = runServer({ DATA_DIR: copy, SEED_DEMO: 'true' });
    await restored.listening;
    await restored.printed('Demo data already present.');
    expect((await fetch(`${restored.url}/api/ready`)).status).toBe(200);
    await restored.stop();

    // The restored folder's own keys file is what opens it.
    const copiedKeys = JSON.parse(fs.readFileSync(path.join(copy, 'keys.json'), 'utf8')) as typeof fileKeys;
    const restoredPii = createPii(
      Buffer.from(copiedKeys.piiKey, 'base64'),
      Buffer.from(copiedKeys.piiIndexKey, 'base64'),
    );
    const liveDb = await openPglite(path.join(live, 'pgdata'));
    const original = await fingerprint(liveDb);
    await liveDb.close();
    const restoredDb = await openPglite(path.join(copy, 'pgdata'));
    try {
      await checkRestored(restoredDb, restoredPii, original);
    } finally {
      await restoredDb.close();
    }

    // The database folder restored without keys.json: new keys would be generated, and the start is refused.
    fs.rmSync(path.join(copy, 'keys.json'));
    const keyless = runServer({ DATA_DIR: copy });
    await expect(keyless.listening).rejects.toThrow(/do not open this database's data/);
    expect(await keyless.exited).toBe(1);
    fs.rmSync(archive);
  }, 240_000);
});
