// Confirming volunteer hours at scale, on the embedded database, in this process: one activity with 10,000
// checked-out volunteers, confirmed by the organiser in one request, which posts each one's points to the ledger.
// Prints, measured in this one run:
// - the confirmation's time (goal ≤ 5 s), beside the reference: the same number of bare ledger transactions
//   written by one `insert … select` (rolled back);
// - that exactly one posting was made per volunteer, and that confirming again posts nothing.
// Members here are rows with placeholder ciphers (nothing is decrypted), written by generate_series.
// Run: npm run bench:volunteers   (option: --volunteers N)
import crypto from 'node:crypto';
import { openPglite } from '../server/src/platform/db.js';
import { migrate } from '../server/src/platform/migrate.js';
import { createPii } from '../server/src/platform/pii.js';
import { sql } from '../server/src/platform/sql.js';
import { arg, ms } from './figures.js';
import { adminSession, inProcessApp } from './in-process.js';

const VOLUNTEERS = Number(arg('volunteers', '10000'));

const db = await openPglite(undefined);
await migrate(db);
const pii = createPii(crypto.randomBytes(32), crypto.randomBytes(32));

const [county] = await db.query<{ id: number }>(sql`insert into unions (parent_id, path, name, level, formation)
  values (null, 'x', '基准县总工会', 'county', 'area') returning id`);
const path = `/${county?.id}/`;
await db.query(sql`update unions set path = ${path} where id = ${county?.id}`);
const [maker] = await db.query<{ id: number }>(sql`insert into accounts (username, display_name, password_hash,
    must_change_password) values ('bench-maker', 'bench', 'x', false) returning id`);
await db.query(sql`insert into members (union_id, union_path, name, id_number_cipher, id_number_hash, id_number_last4,
    phone_cipher, phone_hash, gender, birth_date, category, joined_at)
  select ${county?.id}, ${path}, '基准志愿者', 'x', 'id' || g, '0000', 'x', 'ph' || g, 'male', date '1990-01-01',
    'rider', now()
  from generate_series(1, ${VOLUNTEERS}) g`);
await db.query(sql`insert into volunteers (member_id) select id from members`);
const [activity] = await db.query<{ id: number }>(sql`insert into volunteer_activities (union_id, union_path, title,
    place, starts_at, ends_at, created_by)
  values (${county?.id}, ${path}, '基准植树', '基准公园', now() - interval '5 hours', now() - interval '1 hour',
    ${maker?.id})
  returning id`);
await db.query(sql`insert into volunteer_hours (activity_id, volunteer_id, union_path, status, checkin_at, checkout_at,
    hours)
  select ${activity?.id}, id, ${path}, 'checked_out', now() - interval '5 hours',
    now() - interval '5 hours' + ((1 + id % 40) * interval '6 minutes'), (1 + id % 40) / 10.0
  from volunteers`);
await db.query(sql`insert into volunteer_point_rules (union_id, union_path, version, order_points, bonus_min_rating,
    bonus_points, hour_points, published_by)
  values (${county?.id}, ${path}, 1, 10, 5, 5, 12, ${maker?.id})`);
await db.query(sql`analyze`);

// The reference: as many bare ledger transactions, one statement, rolled back.
let t = performance.now();
await db.query(sql`begin`);
await db.query(sql`insert into points_transactions (kind, reason, source, idem_key)
  select 'reward', '基准', 'bench', 'bench:' || g from generate_series(1, ${VOLUNTEERS}) g`);
await db.query(sql`rollback`);
const bare = performance.now() - t;

const app = await inProcessApp(db, pii);
const admin = await adminSession(app, db, {
  username: 'bench-organiser',
  role: 'union_admin',
  unionId: Number(county?.id),
});
const confirm = () =>
  app.inject({
    method: 'POST',
    url: `/api/volunteer-activities/${activity?.id}/hours`,
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
    payload: JSON.stringify({ approve: true }),
  });
t = performance.now();
const first = await confirm();
const took = performance.now() - t;
if (first.statusCode !== 200) throw new Error(`confirm: ${first.statusCode} ${first.body}`);
const again = await confirm();
const [posted] = await db.query<{ n: number; sum: number }>(sql`select count(*)::int as n, sum(p.amount)::int as sum
  from points_transactions x join points_postings p on p.transaction_id = x.id
  where x.source = ${`volunteer-activity:${activity?.id}`}`);
const [expected] = await db.query<{ sum: number }>(sql`select sum(round(hours * 12))::int as sum from volunteer_hours`);
await app.close();

console.log('\n| figure | this run | goal |\n|---|---|---|');
console.log(`| ${VOLUNTEERS} bare ledger transactions in one statement (reference) | ${ms(bare)} | |`);
console.log(
  `| confirming ${first.json().count} volunteers' hours in one request, points posted | **${ms(took)}** (${(took / bare).toFixed(1)}× the reference) | ≤ 5 s |`,
);
console.log(
  `| postings / points posted / points the rules give | ${posted?.n} / ${posted?.sum} / ${expected?.sum} | all once |`,
);
console.log(`| confirming again: sign-ups decided | ${again.json().count} | 0 |`);
