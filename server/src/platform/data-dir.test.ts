import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { openDb } from './db.js';
import { migrate } from './migrate.js';
import { loadPii } from './pii.js';
import { loadSigner } from './signing.js';
import { sql } from './sql.js';

function looseEntries(dir: string): string[] {
  const loose: string[] = [];
  const walk = (p: string) => {
    const st = fs.lstatSync(p);
    if (st.mode & 0o077) loose.push(`${path.relative(dir, p)} ${(st.mode & 0o777).toString(8)}`);
    if (st.isDirectory()) for (const n of fs.readdirSync(p)) walk(path.join(p, n));
  };
  walk(dir);
  return loose;
}

describe('the data folder', () => {
  const saved = process.umask();
  afterEach(() => process.umask(saved));

  it('is owner-only, with everything the database and key files write in it, even under umask 000', async () => {
    process.umask(0);
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zg-data-')), 'data');
    // What an older version left behind: a world-writable folder and file.
    fs.mkdirSync(path.join(dir, 'old'), { recursive: true, mode: 0o777 });
    fs.writeFileSync(path.join(dir, 'old', 'leftover'), 'x', { mode: 0o666 });
    expect(looseEntries(dir).length).toBeGreaterThan(0);

    const config = { ...loadConfig({ NODE_ENV: 'test', DATA_DIR: dir }), dataDir: dir };
    const db = await openDb({ dataDir: dir });
    await migrate(db);
    // Files the database writes after start-up: a new table, and rows in an old one.
    await db.exec('create table later (x text); insert into later values (repeat($$x$$, 10000));');
    await db.query(sql`insert into rate_limits (key, window_start, count) values (${crypto.randomUUID()}, now(), 1)`);
    loadPii(config);
    loadSigner(config);
    await db.close();

    expect(fs.readdirSync(dir).sort()).toEqual(['card-key.json', 'keys.json', 'old', 'pgdata']);
    expect(fs.readdirSync(path.join(dir, 'pgdata')).length).toBeGreaterThan(10);
    expect(looseEntries(dir)).toEqual([]);
  });
});
