// What the benchmarks that run real server processes share: a fresh database of either kind, migrated, with the
// environment the servers are started with; and one generated member.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/src/config.js';
import type { NewMemberRecord } from '../server/src/modules/members/members.service.js';
import { openDb } from '../server/src/platform/db.js';
import { migrate } from '../server/src/platform/migrate.js';
import { loadPii } from '../server/src/platform/pii.js';
import { chineseName, idNumber, type rng } from '../server/src/seed/generators.js';
import { startCluster } from '../server/test/pg-cluster.js';

/** A fresh data directory (and, for PostgreSQL, a throwaway cluster with fsync on), migrated and open. */
export async function benchDatabase(kind: 'pglite' | 'postgres', name: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `zg-${name}-`));
  const cluster = kind === 'postgres' ? await startCluster({ fsync: true }) : null;
  const env: Record<string, string> = { DATA_DIR: dataDir, ...(cluster ? { DATABASE_URL: cluster.url } : {}) };
  const config = loadConfig({ ...process.env, ...env, NODE_ENV: 'development' });
  const pii = loadPii(config);
  const db = await openDb(config);
  await migrate(db);
  return { dataDir, cluster, env, config, pii, db };
}

/** Member number `i` of a union: an ID number not in `seen`, phone 137 followed by `i`, a member since yesterday. */
export function benchMember(
  r: ReturnType<typeof rng>,
  seen: Set<string>,
  { i, unionId, unionPath }: { i: number; unionId: number; unionPath: string },
): NewMemberRecord {
  let id = idNumber(r, '330825', 1970, 2004);
  while (seen.has(id)) id = idNumber(r, '330825', 1970, 2004);
  seen.add(id);
  return {
    unionId,
    unionPath,
    employerId: null,
    name: chineseName(r),
    idNumber: id,
    phone: `137${String(i).padStart(8, '0')}`,
    category: 'employee',
    joinedAt: new Date(Date.now() - 86_400_000),
  };
}
