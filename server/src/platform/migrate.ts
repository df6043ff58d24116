// Applies the checked-in SQL migrations in order, once each: the core's (server/migrations/*.sql) and each
// module's own (server/src/modules/<name>/migrations/*.sql), all timestamp-named and applied in name order
// across folders, so a new module brings its tables in its own folder. Released migrations are never
// edited; a change is a new file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';
import { sql } from './sql.js';

const migrationsDir = fileURLToPath(new URL('../../migrations', import.meta.url));
const modulesDir = fileURLToPath(new URL('../modules', import.meta.url));

/** Every migration file by name, with its path: the core's and the modules'. A name used twice is refused. */
export function migrationFiles(): Map<string, string> {
  const dirs = [
    migrationsDir,
    ...fs
      .readdirSync(modulesDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => path.join(modulesDir, e.name, 'migrations'))
      .filter((dir) => fs.existsSync(dir)),
  ];
  const files = new Map<string, string>();
  for (const dir of dirs) {
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.sql'))) {
      if (files.has(name)) throw new Error(`migration ${name} exists twice`);
      files.set(name, path.join(dir, name));
    }
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A migration file's SHA-256: recorded when it is applied, and in server/migrations.sha256. */
export const migrationChecksum = (filePath: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');

/** A migration that was applied here has changed since: the database is not what the files say it is. */
export class MigrationEditedError extends Error {
  constructor(readonly names: string[]) {
    super(
      `These migrations changed after this database applied them: ${names.join(', ')}. Migrations are forward-only: ` +
        'restore the released files and put the change in a new migration (docs/deploy.md, "Upgrades").',
    );
  }
}

export async function migrate(db: Db): Promise<string[]> {
  const files = migrationFiles();
  const applied: string[] = [];
  // Serialise migrators across processes sharing one PostgreSQL (two app processes starting at once). The lock comes
  // first: two `create table if not exists` at once on a new database collide in the catalogue (pg_type).
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query(sql`select pg_advisory_xact_lock(727001)`);
    await tx.query(sql`
      create table if not exists schema_migrations (
        name text primary key,
        applied_at timestamptz not null default now()
      )`);
    // Each applied migration's checksum. Rows from before it was kept (or written by an older release running beside
    // this one) get it at the next start: trusted on first sight, checked ever after.
    await tx.query(sql`alter table schema_migrations add column if not exists checksum text`);
    const done = new Map(
      (
        await tx.query<{ name: string; checksum: string | null }>(sql`select name, checksum from schema_migrations`)
      ).map((r) => [r.name, r.checksum]),
    );
    const edited = [...done]
      .filter(([name, sum]) => sum !== null && files.has(name) && migrationChecksum(files.get(name) as string) !== sum)
      .map(([name]) => name);
    if (edited.length > 0) throw new MigrationEditedError(edited);
    for (const [name, sum] of done) {
      const filePath = files.get(name);
      if (sum === null && filePath)
        await tx.query(
          sql`update schema_migrations set checksum = ${migrationChecksum(filePath)} where name = ${name}`,
        );
    }
    for (const [file, filePath] of files) {
      if (done.has(file)) continue;
      const script = fs.readFileSync(filePath, 'utf8');
      // Statements run one by one inside the transaction so a failing migration leaves nothing behind.
      for (const statement of splitStatements(script)) await tx.query(sql.raw(statement));
      await tx.query(
        sql`insert into schema_migrations (name, checksum) values (${file}, ${migrationChecksum(filePath)})`,
      );
      applied.push(file);
    }
  });
  return applied;
}

/** Splits on semicolons at line ends, keeping $$-quoted function bodies whole. */
export function splitStatements(script: string): string[] {
  const out: string[] = [];
  let current = '';
  let inDollar = false;
  for (const line of script.split('\n')) {
    if (line.trim().startsWith('--') && !inDollar) continue;
    current += `${line}\n`;
    const dollars = line.match(/\$\$/g)?.length ?? 0;
    if (dollars % 2 === 1) inDollar = !inDollar;
    if (!inDollar && line.trimEnd().endsWith(';')) {
      if (current.trim()) out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
