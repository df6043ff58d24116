// The database schema the migrations build, as one readable SQL file (server/schema.sql): pg_dump of a fresh
// database on a throwaway PostgreSQL cluster, without the lines that name the server version. Also adds each new
// migration's checksum to server/migrations.sha256. Read it to see
// the whole schema at once; test/schema.test.ts fails when it is stale.
//
//   npm run gen:schema --workspace server
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openPostgres } from '../src/platform/db.js';
import { migrate, migrationChecksum, migrationFiles } from '../src/platform/migrate.js';

export const schemaPath = path.resolve(import.meta.dirname, '../schema.sql');
/** Each committed migration's SHA-256 (`sha256sum` format): released migrations are never edited (forward-only). */
export const migrationsLockPath = path.resolve(import.meta.dirname, '../migrations.sha256');

export const sha256 = migrationChecksum;

/** The lock with every migration not yet in it added. An entry already there is kept as it is, even if stale. */
export function lockedMigrations(): string {
  const existing = fs.existsSync(migrationsLockPath) ? fs.readFileSync(migrationsLockPath, 'utf8') : '';
  const lines = existing.split('\n').filter(Boolean);
  const named = new Set(lines.map((l) => l.split('  ')[1]));
  for (const [name, file] of migrationFiles()) if (!named.has(name)) lines.push(`${sha256(file)}  ${name}`);
  return `${lines.join('\n')}\n`;
}
const architecturePath = path.resolve(import.meta.dirname, '../../docs/architecture.md');

/** The table-to-owner map of docs/architecture.md (between its markers), from the module registry. */
export async function tableMap(): Promise<string> {
  const { modules } = await import('../src/app.js');
  const { platformTables } = await import('../src/platform/module.js');
  const rows: Array<[string, readonly string[]]> = [
    ['platform', platformTables],
    ...modules.filter((m) => m.tables?.length).map((m) => [m.name, m.tables ?? []] as [string, readonly string[]]),
  ];
  const width = Math.max(...rows.map(([owner]) => owner.length), 'owner'.length);
  const cells = rows.map(([owner, tables]) => [owner, tables.map((t) => `\`${t}\``).join(', ')] as const);
  const tableWidth = Math.max(...cells.map(([, t]) => t.length), 'tables'.length);
  const line = (a: string, b: string) => `| ${a.padEnd(width)} | ${b.padEnd(tableWidth)} |`;
  return [
    line('owner', 'tables'),
    `| ${'-'.repeat(width)} | ${'-'.repeat(tableWidth)} |`,
    ...cells.map(([a, b]) => line(a, b)),
  ].join('\n');
}

async function writeTableMap(): Promise<void> {
  const doc = fs.readFileSync(architecturePath, 'utf8');
  const next = doc.replace(
    /(<!-- tables:start[^>]*-->\n)[\s\S]*?(\n<!-- tables:end -->)/,
    (_, start: string, end: string) => `${start}${'\n'}PLACEHOLDER${'\n'}${end}`,
  );
  fs.writeFileSync(architecturePath, next.replace('PLACEHOLDER', await tableMap()));
}

function pgDump(): string {
  const onPath = spawnSync('sh', ['-c', 'command -v pg_dump'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return onPath;
  const debian = fs.existsSync('/usr/lib/postgresql')
    ? fs
        .readdirSync('/usr/lib/postgresql')
        .sort()
        .reverse()
        .map((v) => `/usr/lib/postgresql/${v}/bin/pg_dump`)
    : [];
  const found = debian.find((p) => fs.existsSync(p));
  if (!found) throw new Error('pg_dump not found: install PostgreSQL (apt-get install postgresql)');
  return found;
}

/** Migrates a fresh database on the server at `adminUrl` and dumps its schema. */
export async function dumpSchema(adminUrl: string): Promise<string> {
  const name = `zg_schema_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const db = await openPostgres(url.toString(), 2);
    await migrate(db);
    await db.close();
    const dump = execFileSync(pgDump(), ['--schema-only', '--no-owner', '--no-privileges', url.toString()], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return normalise(dump);
  } finally {
    await admin.query(`drop database ${name} with (force)`);
    await admin.end();
  }
}

/** Without what differs between machines and runs: version lines, settings, the restrict key of pg_dump 15.14+. */
function normalise(dump: string): string {
  const kept = dump
    .split('\n')
    .filter((line) => !/^-- Dumped (from|by)/.test(line) && !/^\\(un)?restrict /.test(line) && !/^SET /.test(line))
    .filter((line) => !/^SELECT pg_catalog\.set_config/.test(line));
  const header = [
    '-- The schema server/migrations and server/src/modules/*/migrations build, dumped by scripts/schema-dump.ts.',
    '-- Generated: do not edit. test/schema.test.ts fails when it is stale (run `npm run gen:schema -w server`).',
  ];
  return `${[...header, ...kept]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { startCluster } = await import('../test/pg-cluster.js');
  const cluster = process.env.ZG_TEST_PG_URL ? null : await startCluster();
  try {
    fs.writeFileSync(schemaPath, await dumpSchema(process.env.ZG_TEST_PG_URL ?? (cluster?.url as string)));
    await writeTableMap();
    fs.writeFileSync(migrationsLockPath, lockedMigrations());
    console.log(`wrote ${schemaPath}, ${migrationsLockPath} and the table map of docs/architecture.md`);
  } finally {
    cluster?.stop();
  }
}
