// Jobs at scale, on the embedded database, in this process (one client at a time). Prints, measured in this one run:
// - a member's search "near me, pay ≥ X, gig" over 100,000 open jobs: p50 / p95 (goal p95 ≤ 30 ms), beside the
//   no-op endpoint;
// - matching a newly published job to 1,000,000 members' opted-in profiles (the jobs.match job's statement): its
//   time (goal ≤ 2 s), beside one bare pass over the same profiles (a count of the consenting ones), the reference.
// Members here are rows with placeholder ciphers (the matching never decrypts), written by generate_series.
// Run: npm run bench:jobs   (options: --jobs N --seekers N --requests N)
import crypto from 'node:crypto';
import { matchJob } from '../server/src/modules/jobs/jobs.matching.js';
import { createSession } from '../server/src/platform/auth/sessions.js';
import type { Ctx } from '../server/src/platform/context.js';
import { openPglite } from '../server/src/platform/db.js';
import { migrate } from '../server/src/platform/migrate.js';
import { createPii } from '../server/src/platform/pii.js';
import { sql } from '../server/src/platform/sql.js';
import { arg, ms } from './figures.js';
import { adminSession, inProcessApp, measureGets } from './in-process.js';

const JOBS = Number(arg('jobs', '100000'));
const SEEKERS = Number(arg('seekers', '1000000'));
const REQUESTS = Number(arg('requests', '200'));
const CENTRE = { lat: 29.03, lng: 119.17 };
const SKILLS = [
  '电动车维修',
  '驾驶',
  '收银',
  '烹饪',
  '保洁',
  '搬运',
  '电工',
  '焊工',
  '育婴',
  '护理',
  '快递分拣',
  '仓管',
];

const db = await openPglite(undefined);
await migrate(db);
const pii = createPii(crypto.randomBytes(32), crypto.randomBytes(32));
const step = async (what: string, run: () => Promise<unknown>) => {
  const t = Date.now();
  await run();
  console.error(`  … ${what} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
};

// A county with 100 base unions; jobs posted by the county, seekers spread over the base unions.
const [county] = await db.query<{ id: number }>(sql`insert into unions (parent_id, path, name, level, formation)
  values (null, 'x', '基准县总工会', 'county', 'area') returning id`);
const countyPath = `/${county?.id}/`;
await db.query(sql`update unions set path = ${countyPath} where id = ${county?.id}`);
await db.query(sql`insert into unions (parent_id, path, name, level, formation)
  select ${county?.id}, 'p' || g, '基准基层工会' || g, 'base', 'single' from generate_series(1, 100) g`);
await db.query(sql`update unions set path = ${countyPath} || id || '/' where parent_id = ${county?.id}`);
const [poster] = await db.query<{ id: number }>(sql`insert into accounts (username, display_name, password_hash,
    must_change_password) values ('bench-poster', 'bench', 'x', false) returning id`);

await step(`seeded ${JOBS} open jobs`, () =>
  db.query(sql`insert into jobs (union_id, union_path, employer_name, title, skills, kind, place, lat, lng, pay_min,
      pay_max, pay_unit, headcount, closes_on, status, posted_by, published_at, matched_at)
    select ${county?.id}, ${countyPath}, '基准用人单位' || (g % 997), '基准岗位' || g,
      array[(${SKILLS}::text[])[1 + g % 12]], case when g % 3 = 0 then 'long_term' else 'gig' end, '基准地点',
      ${CENTRE.lat} + ((g::bigint * 7919) % 2000 - 1000) / 4000.0, ${CENTRE.lng} + ((g::bigint * 104729) % 2000 - 1000) / 4000.0,
      100 + g % 200, 150 + g % 400, 'day', 1 + g % 5, current_date + 30, 'published', ${poster?.id},
      now() - (g || ' seconds')::interval, now()
    from generate_series(1, ${JOBS}) g`),
);
await step(`seeded ${SEEKERS} members`, () =>
  db.query(sql`insert into members (union_id, union_path, name, id_number_cipher, id_number_hash, id_number_last4,
      phone_cipher, phone_hash, gender, birth_date, category, joined_at)
    select u.id, u.path, '基准会员', 'x', 'id' || g, '0000', 'x', 'ph' || g, 'male', date '1990-01-01', 'rider', now()
    from generate_series(1, ${SEEKERS}) g
    join unions u on u.parent_id = ${county?.id} and u.path = ${countyPath} || u.id || '/'
      and u.id = (select min(id) from unions where parent_id = ${county?.id}) + g % 100`),
);
await step(`seeded ${SEEKERS} job seekers (a tenth not consenting)`, () =>
  db.query(sql`insert into job_seekers (member_id, union_path, kinds, skills, lat, lng, within_km, min_pay, consent,
      consented_at)
    select id, union_path, case when id % 4 = 0 then '{long_term}'::text[] else '{gig,long_term}'::text[] end,
      array[(${SKILLS}::text[])[1 + id % 12], (${SKILLS}::text[])[1 + (id / 12) % 12]],
      case when id % 2 = 0 then ${CENTRE.lat} + ((id * 31) % 2000 - 1000) / 2000.0 end,
      case when id % 2 = 0 then ${CENTRE.lng} + ((id * 17) % 2000 - 1000) / 2000.0 end,
      case when id % 2 = 0 then 10 + id % 40 end, case when id % 5 = 0 then 200 end, id % 10 <> 0, now()
    from members`),
);
await db.query(sql`analyze`);

// ---- Search ----
const app = await inProcessApp(db, pii);
const admin = await adminSession(app, db, {
  username: 'bench-admin',
  role: 'union_admin',
  unionId: Number(county?.id),
});
const noop = await measureGets(app, { url: '/api/health', cookie: '', requests: REQUESTS });
const session = await createSession(db, {
  kind: 'member',
  phoneHash: 'ph1',
  stage: 'full',
  ip: '127.0.0.1',
  userAgent: 'bench',
});
const memberCookie = `${admin.cookie.split('=')[0]}=${session.token}`;
const searches = [200, 300, 400].map(
  (pay) =>
    `/api/me/jobs?kind=gig&payAtLeast=${pay}&lat=${CENTRE.lat + 0.01}&lng=${CENTRE.lng - 0.02}&withinKm=5&pageSize=20`,
);
let worst = { p50: 0, p95: 0 };
let hits = 0;
for (const url of searches) {
  const m = await measureGets(app, { url, cookie: memberCookie, requests: REQUESTS });
  if (m.p95 > worst.p95) worst = m;
  hits += (await app.inject({ method: 'GET', url, headers: { cookie: memberCookie } })).json().total;
}

// ---- Matching a new job to every opted-in profile ----
const [job] = await db.query<{ id: number }>(sql`insert into jobs (union_id, union_path, employer_name, title, skills,
    kind, place, lat, lng, pay_min, pay_max, pay_unit, headcount, closes_on, status, posted_by, published_at)
  values (${county?.id}, ${countyPath}, '基准用人单位', '新岗位', '{电动车维修}', 'gig', '基准地点', ${CENTRE.lat},
    ${CENTRE.lng}, 150, 260, 'day', 3, current_date + 30, 'published', ${poster?.id}, now())
  returning id`);
let t = performance.now();
const [{ n: consenting } = { n: 0 }] = await db.query<{ n: number }>(
  sql`select count(*)::int as n from job_seekers where consent`,
);
const bare = performance.now() - t;
t = performance.now();
const matches = await matchJob({ db } as unknown as Ctx, {
  id: Number(job?.id),
  union_path: countyPath,
  title: '新岗位',
  employer_name: '基准用人单位',
  kind: 'gig',
  skills: ['电动车维修'],
  lat: CENTRE.lat,
  lng: CENTRE.lng,
  pay_min: 150,
  pay_max: 260,
  pay_unit: 'day',
  station_id: null,
});
const matching = performance.now() - t;
await app.close();

console.log('\n| figure | this run | goal |\n|---|---|---|');
console.log(`| no-op endpoint p50 / p95 (reference) | ${ms(noop.p50)} / ${ms(noop.p95)} | |`);
console.log(
  `| search "near me, pay ≥ X, gig" over ${JOBS} jobs, worst p50 / p95 of ${searches.length} queries (${hits} hits) | ${ms(worst.p50)} / **${ms(worst.p95)}** (${(worst.p95 / noop.p95).toFixed(1)}× no-op p95) | p95 ≤ 30 ms |`,
);
console.log(
  `| one bare pass over ${SEEKERS} profiles, counting ${consenting} consenting (reference) | ${ms(bare)} | |`,
);
console.log(
  `| matching a new job to ${SEEKERS} profiles: ${matches.length} suggestions written | **${ms(matching)}** (${(matching / bare).toFixed(1)}× the bare pass) | ≤ 2 s |`,
);
