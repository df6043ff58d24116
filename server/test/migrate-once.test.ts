// Issue 19 item 6: processes starting together on one PostgreSQL database run each migration once. The advisory
// lock in platform/migrate.ts makes the others wait and then find nothing left to do.
import crypto from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type Db, openPostgres } from '../src/platform/db.js';
import { migrate, migrationFiles } from '../src/platform/migrate.js';
import { sql } from '../src/platform/sql.js';

const opened: Db[] = [];
afterAll(async () => {
  for (const db of opened) await db.close();
});

describe('migrations across processes', () => {
  it('applies every migration exactly once when four migrators start at the same moment', async () => {
    const adminUrl = inject('pgUrl');
    const name = `zg_migrate_${crypto.randomBytes(5).toString('hex')}`;
    const admin = await openPostgres(adminUrl, 1);
    await admin.exec(`create database ${name}`);
    await admin.close();
    const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
    // Four pools: four processes, each with its own connections.
    for (let i = 0; i < 4; i++) opened.push(await openPostgres(url, 2));
    const results = await Promise.all(opened.map((db) => migrate(db)));
    const files = [...migrationFiles().keys()];
    // One migrator did all the work, in order; the others found it done.
    expect(results.map((r) => r.length).sort((a, b) => b - a)).toEqual([files.length, 0, 0, 0]);
    expect(results.find((r) => r.length > 0)).toEqual(files);
    const rows = await opened[0]?.query<{ name: string; n: number }>(
      sql`select name, count(*)::int as n from schema_migrations group by name order by name`,
    );
    expect(rows).toEqual(files.map((f) => ({ name: f, n: 1 })));
  }, 120_000);
});
