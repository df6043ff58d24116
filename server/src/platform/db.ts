// One database interface over two drivers: embedded PGlite (default) and a PostgreSQL pool (DATABASE_URL).
// Both speak PostgreSQL's dialect; the rest of the code never knows which one it has.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import pg from 'pg';
import { secureDataDir, tighten } from './data-dir.js';
import { compile, type Sql } from './sql.js';

export interface Queryable {
  query<T = Record<string, unknown>>(query: Sql): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a multi-statement script (migrations). */
  exec(script: string): Promise<void>;
  /**
   * Plain text with positional values, for a library that writes its own SQL (the job queue); the rest of the
   * code uses the `sql` tag. Without values the text may hold several statements; the last one's rows return.
   */
  raw(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /**
   * Calls `onNotify` for each NOTIFY on `channel` (delivered after the sender commits), and `onLost` if the
   * listening connection breaks (nothing more will arrive: listen again). Resolves to a function that stops.
   */
  listen(channel: string, onNotify: () => void, onLost: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** Connections of a server's pool, for the metrics: absent on the embedded database (one connection). */
  poolStats?(): { total: number; idle: number; waiting: number };
}

const INT8 = 20;

/**
 * PGlite runs each query synchronously on this thread, and hands its connection from one waiting query to the next
 * in a chain of microtasks. A burst of queries would then run back to back without the event loop turning: no socket
 * read, no timer, and the load shedder sees a stall of seconds. So each query, and each transaction once it holds the
 * connection, first lets the loop turn once. Not each statement within a transaction: the connection is held anyway,
 * and a turn between statements only delays the commit (a contest's answer batch took up to 3x longer).
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function openPglite(dataDir: string | undefined): Promise<Db> {
  if (dataDir) fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const lite = await PGlite.create({
    dataDir,
    // Ids and counts are bigint in SQL; they stay far below 2^53, so they travel as numbers.
    parsers: { [pgliteTypes.INT8]: (v: string) => Number(v) },
  });
  if (dataDir) tighten(dataDir);
  const run = async <T>(q: { query: PGlite['query'] }, query: Sql, turn = true): Promise<T[]> => {
    const { text, values } = compile(query);
    if (turn) await yieldToEventLoop();
    const result = await q.query<T>(text, values);
    return result.rows;
  };
  return {
    kind: 'pglite',
    query: (query) => run(lite, query),
    transaction: (fn) =>
      lite.transaction(async (tx) => {
        await yieldToEventLoop();
        return fn({ query: (query) => run(tx, query, false) });
      }),
    exec: async (script) => {
      await lite.exec(script);
    },
    raw: async (text, values) => {
      if (values?.length) return lite.query(text, values);
      const results = await lite.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
    // One process holds the embedded database: its notifications cannot be lost to a broken connection.
    listen: (channel, onNotify) => lite.listen(channel, () => onNotify()),
    close: () => lite.close(),
  };
}

export async function openPostgres(url: string, max = 10): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    // Connections stay open once made (node-postgres closes idle ones after 10 s by default): a room's release
    // at 08:00 after a quiet hour would otherwise begin by reconnecting, on fresh backends with cold caches.
    idleTimeoutMillis: 0,
    keepAlive: true,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === INT8
          ? (v: string) => Number(v)
          : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  const run = async <T>(client: pg.Pool | pg.PoolClient, query: Sql): Promise<T[]> => {
    const { text, values } = compile(query);
    const result = await client.query(text, values);
    return result.rows as T[];
  };
  return {
    kind: 'postgres',
    query: (query) => run(pool, query),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: (query) => run(client, query) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (script) => {
      await pool.query(script);
    },
    raw: async (text, values) => {
      const result = (await pool.query(text, values)) as pg.QueryResult | pg.QueryResult[];
      return Array.isArray(result) ? (result.at(-1) ?? { rows: [] }) : result;
    },
    // A connection of its own, outside the pool: LISTEN holds it for as long as the process listens.
    listen: async (channel, onNotify, onLost) => {
      const client = new pg.Client({ connectionString: url });
      let stopping = false;
      const lost = () => {
        if (!stopping) onLost();
        stopping = true;
      };
      client.on('notification', (n) => {
        if (n.channel === channel) onNotify();
      });
      client.on('error', lost);
      client.on('end', lost);
      await client.connect();
      await client.query(`listen ${pg.escapeIdentifier(channel)}`);
      return async () => {
        stopping = true;
        await client.end().catch(() => undefined);
      };
    },
    close: () => pool.end(),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}

export async function openDb(opts: { databaseUrl?: string; dataDir?: string }): Promise<Db> {
  // Key files live in the data folder even when the database is a server.
  if (opts.dataDir) secureDataDir(opts.dataDir);
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(opts.dataDir ? path.join(opts.dataDir, 'pgdata') : undefined);
}
