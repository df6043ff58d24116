// Union tree at federation scale: 20,000 unions and 200,000 members on the embedded database.
// Prints, in one run, latency of tree browsing, search, union detail and cockpit against the same
// server's no-op endpoint. Run: npm run bench:tree  (options: --unions N --members M --requests R)
import crypto from 'node:crypto';
import { openPglite } from '../server/src/platform/db.js';
import { migrate } from '../server/src/platform/migrate.js';
import { createPii } from '../server/src/platform/pii.js';
import { sql } from '../server/src/platform/sql.js';
import { seedScale } from '../server/src/seed/scale.js';
import { adminSession, inProcessApp, measureGets } from './in-process.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const UNIONS = arg('unions', 20_000);
const MEMBERS = arg('members', 200_000);
const REQUESTS = arg('requests', 200);

const db = await openPglite(undefined);
await migrate(db);
const pii = createPii(crypto.randomBytes(32), crypto.randomBytes(32));
let t = Date.now();
const { cityId } = await seedScale(db, pii, { unions: UNIONS, members: MEMBERS });
console.log(`seeded ${UNIONS} unions and ${MEMBERS} members in ${((Date.now() - t) / 1000).toFixed(1)} s`);

const app = await inProcessApp(db, pii);
const { cookie } = await adminSession(app, db, { username: 'bench', role: 'union_admin', unionId: cityId });

const [county] = await db.query<{ id: number }>(
  sql`select id from unions where parent_id = ${cityId} order by id limit 1`,
);
const [township] = await db.query<{ id: number }>(
  sql`select id from unions where parent_id = ${county?.id} order by id limit 1`,
);
const [{ n: townshipChildren } = { n: 0 }] = await db.query<{ n: number }>(
  sql`select count(*)::bigint as n from unions where parent_id = ${township?.id}`,
);

const measure = (url: string) => measureGets(app, { url, cookie, requests: REQUESTS });

const baseline = await measure('/api/health');
const cases: Array<[string, string]> = [
  [
    `children of a township (${townshipChildren} base unions, page of 100)`,
    `/api/unions?parentId=${township?.id}&pageSize=100`,
  ],
  ['name search across the subtree', `/api/unions?q=${encodeURIComponent('联合工会12')}&pageSize=50`],
  ['union detail with subtree counts (county)', `/api/unions/${county?.id}`],
  ['cockpit overview (city, all members)', `/api/cockpit/overview?unionId=${cityId}`],
];
t = Date.now();
console.log(
  `\nno-op endpoint: p50 ${baseline.p50.toFixed(2)} ms, p95 ${baseline.p95.toFixed(2)} ms (${REQUESTS} requests each, in process)`,
);
console.log('operation'.padEnd(58), 'p50 ms'.padStart(9), 'p95 ms'.padStart(9), 'p50 / no-op'.padStart(12));
for (const [name, url] of cases) {
  const m = await measure(url);
  console.log(
    name.padEnd(58),
    m.p50.toFixed(2).padStart(9),
    m.p95.toFixed(2).padStart(9),
    `${(m.p50 / baseline.p50).toFixed(1)}x`.padStart(12),
  );
}
await app.close();
await db.close();
