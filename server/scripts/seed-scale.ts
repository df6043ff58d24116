// Scales the database for benchmarks: adds a city federation with N unions (counties → townships →
// base unions), one employer per base union and M members, in batches.
//   npm run seed:scale -- --unions 20000 --members 1000000
// Uses DATABASE_URL when set, else the embedded database in DATA_DIR (./data).
import { loadConfig } from '../src/config.js';
import { openDb } from '../src/platform/db.js';
import { migrate } from '../src/platform/migrate.js';
import { loadPii } from '../src/platform/pii.js';
import { sql } from '../src/platform/sql.js';
import { seedScale } from '../src/seed/scale.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const unions = arg('unions', 20_000);
const members = arg('members', 1_000_000);
const config = loadConfig();
const db = await openDb(config);
await migrate(db);
const pii = loadPii(config);
const started = Date.now();
const result = await seedScale(db, pii, { unions, members, log: (line) => console.log(line) });
const [counts] = await db.query<{ unions: number; members: number }>(
  sql`select (select count(*) from unions)::bigint as unions, (select count(*) from members)::bigint as members`,
);
console.log(
  `seeded ${result.unions} unions, ${result.employers} employers, ${result.members} members in ${((Date.now() - started) / 1000).toFixed(1)} s; database now holds ${counts?.unions} unions and ${counts?.members} members`,
);
await db.close();
