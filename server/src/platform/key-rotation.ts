// Re-encrypts personal data under the current PII key (docs/deploy.md, "Rotating keys"). Every process runs with the
// new PII_KEY and the old one in PII_PREVIOUS_KEYS, so reads work throughout; this walks each encrypted column
// (ModuleDefinition.encrypted and the platform's) in batches, in physical order, and rewrites only what an older key
// wrote. Each row's update is guarded by its old value, so a row the app changed meanwhile is left as the app wrote
// it. A rerun finds nothing left: it is idempotent, and it resumes where a stopped run ended.
import type { Db } from './db.js';
import type { Pii } from './pii.js';
import { sql } from './sql.js';

export interface ColumnProgress {
  table: string;
  column: string;
  /** Rows to look at when the column started: text written under another key, or every stored file. */
  total: number;
  rewritten: number;
  /** Ciphertexts no configured key opens: left as they are, and reported. */
  unreadable: number;
}

/** Called after each batch (awaited: a caller may print, or read through the app in between). */
type Progress = (p: ColumnProgress) => Promise<void> | void;

const TEXT_BATCH = 500;
/** File contents are up to 20 MB each: a few at a time. */
const BYTES_BATCH = 10;

export async function rotateKeys(
  db: Db,
  pii: Pii,
  columns: ReadonlyArray<{ table: string; column: string }>,
  { onProgress = () => undefined, batch }: { onProgress?: Progress; batch?: number } = {},
): Promise<ColumnProgress[]> {
  const types = new Map(
    (
      await db.query<{ key: string; data_type: string }>(sql`
        select table_name || '.' || column_name as key, data_type from information_schema.columns
        where table_schema = current_schema()`)
    ).map((r) => [r.key, r.data_type]),
  );
  const done: ColumnProgress[] = [];
  for (const { table, column } of columns) {
    const type = types.get(`${table}.${column}`);
    if (!type) throw new Error(`${table}.${column} is declared encrypted but does not exist`);
    const progress = { table, column, total: 0, rewritten: 0, unreadable: 0 };
    if (type === 'bytea') await rotateBytes(db, pii, progress, onProgress, batch ?? BYTES_BATCH);
    else await rotateText(db, pii, progress, onProgress, batch ?? TEXT_BATCH);
    done.push(progress);
  }
  return done;
}

async function rotateText(db: Db, pii: Pii, p: ColumnProgress, onProgress: Progress, limit: number) {
  const t = sql.ident(p.table);
  const c = sql.ident(p.column);
  // Only what looks like a ciphertext (messages from before they were encrypted are plain text), under another key.
  const stale = sql`${c} ~ '^v[12]:' and ${c} not like ${`v2:${pii.keyId}:%`}`;
  const [count] = await db.query<{ n: number }>(sql`select count(*)::int as n from ${t} where ${stale}`);
  p.total = count?.n ?? 0;
  await onProgress(p);
  let last = '(0,0)';
  for (;;) {
    const batch = await db.query<{ rid: string; value: string }>(sql`
      select ctid::text as rid, ${c} as value from ${t}
      where ${stale} and ctid > ${last}::tid order by ctid limit ${limit}`);
    if (batch.length === 0) break;
    last = (batch.at(-1) as { rid: string }).rid;
    const rids: string[] = [];
    const olds: string[] = [];
    const news: string[] = [];
    for (const row of batch) {
      try {
        news.push(pii.encrypt(pii.decrypt(row.value)));
        rids.push(row.rid);
        olds.push(row.value);
      } catch {
        p.unreadable += 1;
      }
    }
    if (rids.length > 0) {
      const updated = await db.query(sql`
        update ${t} set ${c} = x.new from unnest(${rids}::tid[], ${olds}::text[], ${news}::text[]) as x(rid, old, new)
        where ${t}.ctid = x.rid and ${t}.${c} = x.old returning 1`);
      p.rewritten += updated.length;
    }
    await onProgress(p);
  }
}

async function rotateBytes(db: Db, pii: Pii, p: ColumnProgress, onProgress: Progress, limit: number) {
  const t = sql.ident(p.table);
  const c = sql.ident(p.column);
  // File contents name no key: each is tried with the current key, and only those it does not open are rewritten.
  const [count] = await db.query<{ n: number }>(sql`select count(*)::int as n from ${t} where ${c} is not null`);
  p.total = count?.n ?? 0;
  await onProgress(p);
  let last = '(0,0)';
  for (;;) {
    const batch = await db.query<{ rid: string; value: Uint8Array }>(sql`
      select ctid::text as rid, ${c} as value from ${t}
      where ${c} is not null and ctid > ${last}::tid order by ctid limit ${limit}`);
    if (batch.length === 0) break;
    last = (batch.at(-1) as { rid: string }).rid;
    for (const row of batch) {
      const stored = Buffer.from(row.value);
      if (pii.bytesAreCurrent(stored)) continue;
      let rewritten: Buffer;
      try {
        rewritten = pii.encryptBytes(pii.decryptBytes(stored));
      } catch {
        p.unreadable += 1;
        continue;
      }
      const updated = await db.query(sql`
        update ${t} set ${c} = ${rewritten} where ctid = ${row.rid}::tid and ${c} = ${stored} returning 1`);
      p.rewritten += updated.length;
    }
    await onProgress(p);
  }
}
