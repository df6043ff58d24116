// Applies the checked-in SQL migrations (server/migrations/*.sql, timestamp-named) in order, once each.
// Released migrations are never edited; a change is a new file.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';
import { sql } from './sql.js';

const migrationsDir = fileURLToPath(new URL('../../migrations', import.meta.url));

export async function migrate(db: Db): Promise<string[]> {
  await db.exec(`
    create table if not exists schema_migrations (
      name text primary key,
      applied_at timestamptz not null default now()
    )`);
  const files = fs
    .readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const applied: string[] = [];
  // Serialise migrators across processes sharing one PostgreSQL (two app processes starting at once).
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query(sql`select pg_advisory_xact_lock(727001)`);
    const done = new Set(
      (await tx.query<{ name: string }>(sql`select name from schema_migrations`)).map((r) => r.name),
    );
    for (const file of files) {
      if (done.has(file)) continue;
      const script = fs.readFileSync(`${migrationsDir}/${file}`, 'utf8');
      // Statements run one by one inside the transaction so a failing migration leaves nothing behind.
      for (const statement of splitStatements(script)) await tx.query(sql.raw(statement));
      await tx.query(sql`insert into schema_migrations (name) values (${file})`);
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
