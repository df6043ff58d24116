// A database remembers each migration's checksum (platform/migrate.ts): a start whose migration files differ from
// what the database applied refuses and names them, instead of running on a schema the files no longer describe.
// Rows from before the checksum was kept get it at the next start. (The files cannot be edited by a test: the
// database's record is changed instead, which is the same mismatch seen from the other side.)
import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openPglite } from '../src/platform/db.js';
import { MigrationEditedError, migrate, migrationChecksum, migrationFiles } from '../src/platform/migrate.js';
import { sql } from '../src/platform/sql.js';

let db: Db;
const files = migrationFiles();
const [first, second] = [...files.keys()] as [string, string];

beforeAll(async () => {
  db = await openPglite(undefined);
  await migrate(db);
});
afterAll(() => db?.close());

describe('migration checksums', () => {
  it('records each applied migration’s checksum, computed from the file here', async () => {
    const rows = await db.query<{ name: string; checksum: string }>(
      sql`select name, checksum from schema_migrations order by name`,
    );
    expect(rows).toEqual(
      [...files].map(([name, file]) => ({
        name,
        checksum: crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
      })),
    );
  });

  it('fills a checksum an older release left empty, and then starts', async () => {
    await db.query(sql`update schema_migrations set checksum = null where name = ${first}`);
    expect(await migrate(db)).toEqual([]);
    const [row] = await db.query<{ checksum: string }>(
      sql`select checksum from schema_migrations where name = ${first}`,
    );
    expect(row?.checksum).toBe(migrationChecksum(files.get(first) as string));
  });

  it('refuses, naming each migration whose file no longer matches, and changes nothing', async () => {
    await db.query(sql`update schema_migrations set checksum = 'edited' where name in (${first}, ${second})`);
    const refused = await migrate(db).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(MigrationEditedError);
    expect((refused as MigrationEditedError).names).toEqual([first, second]);
    expect((refused as Error).message).toContain('forward-only');
    const rows = await db.query<{ checksum: string }>(
      sql`select checksum from schema_migrations where name in (${first}, ${second})`,
    );
    expect(rows).toEqual([{ checksum: 'edited' }, { checksum: 'edited' }]);
  });
});
