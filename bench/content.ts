// Content at federation scale, on the embedded database, in this process (one client at a time): a document sent
// by the city to every base union of the scale demo's 20,000 unions, a base union's unread list afterwards, and
// a member's search over 50,000 published articles. Prints, measured in this one run:
// - the dispatch's time (goal ≤ 5 s), beside the same rows written by one bare `insert … select` (the reference);
// - a base union cadre's received list, p50 / p95 (goal p95 ≤ 30 ms), beside the no-op endpoint;
// - a member's article search, p50 / p95 over several queries (goal p95 ≤ 50 ms), beside the no-op endpoint.
// Run: npm run bench:content   (options: --unions N --articles N --requests N)
import crypto from 'node:crypto';
import { articleVector } from '../server/src/modules/content/content.search.js';
import { createSession } from '../server/src/platform/auth/sessions.js';
import { openPglite } from '../server/src/platform/db.js';
import { migrate } from '../server/src/platform/migrate.js';
import { createPii } from '../server/src/platform/pii.js';
import { sql } from '../server/src/platform/sql.js';
import { rng } from '../server/src/seed/generators.js';
import { seedScale } from '../server/src/seed/scale.js';
import { arg, ms } from './figures.js';
import { adminSession, inProcessApp, measureGets } from './in-process.js';

const UNIONS = Number(arg('unions', '20000'));
const ARTICLES = Number(arg('articles', '50000'));
const REQUESTS = Number(arg('requests', '200'));

const db = await openPglite(undefined);
await migrate(db);
const pii = createPii(crypto.randomBytes(32), crypto.randomBytes(32));
let t = Date.now();
const { cityId } = await seedScale(db, pii, { unions: UNIONS, members: 2000 });
console.error(`  … seeded ${UNIONS} unions in ${((Date.now() - t) / 1000).toFixed(1)} s`);
const app = await inProcessApp(db, pii);
const city = await adminSession(app, db, { username: 'bench-city', role: 'union_admin', unionId: cityId });
const noop = await measureGets(app, { url: '/api/health', cookie: '', requests: REQUESTS });

// ---- Dispatch to every base union ----
const [cityRow] = await db.query<{ path: string }>(sql`select path from unions where id = ${cityId}`);
const [{ n: bases } = { n: 0 }] = await db.query<{ n: number }>(sql`select count(*)::int as n from unions
  where active and level = 'base' and path like ${`${cityRow?.path}%`}`);
// The reference: the same recipient rows written by one bare statement, rolled back.
t = performance.now();
await db.query(sql`begin`);
const [doc0] = await db.query<{ id: number }>(sql`insert into documents (union_id, union_path, title, body_html,
    recipient_level, reply_required, sent_by, sent_at)
  select ${cityId}, ${cityRow?.path}, '参照', '<p>参照</p>', 'base', false, id, now() from accounts limit 1
  returning id`);
await db.query(sql`insert into document_recipients (document_id, union_id, union_path)
  select ${doc0?.id}, u.id, u.path from unions u where u.active and u.level = 'base' and u.path like ${`${cityRow?.path}%`}`);
await db.query(sql`rollback`);
const bare = performance.now() - t;
t = performance.now();
const sent = await app.inject({
  method: 'POST',
  url: '/api/documents',
  headers: { cookie: city.cookie, 'x-csrf-token': city.csrf, 'content-type': 'application/json' },
  payload: JSON.stringify({
    unionId: cityId,
    title: '关于做好岁末年初职工帮扶工作的通知',
    bodyHtml: '<p>各基层工会：请于五个工作日内签收并报送困难职工摸底情况。</p>',
    recipientLevel: 'base',
    replyRequired: true,
    dueWorkingDays: 5,
  }),
});
const dispatch = performance.now() - t;
if (sent.statusCode !== 200) throw new Error(`dispatch: ${sent.statusCode} ${sent.body}`);

// ---- A base union's received list ----
const [base] = await db.query<{ id: number }>(sql`select union_id as id from document_recipients
  where document_id = ${sent.json().id} order by union_id desc limit 1`);
const cadre = await adminSession(app, db, { username: 'bench-base', role: 'union_admin', unionId: Number(base?.id) });
const received = await measureGets(app, {
  url: '/api/documents?box=received&pageSize=20',
  cookie: cadre.cookie,
  requests: REQUESTS,
});
const firstPage = (
  await app.inject({ method: 'GET', url: '/api/documents?box=received', headers: { cookie: cadre.cookie } })
).json();
if (firstPage.total !== 1) throw new Error(`the base union received ${firstPage.total} documents, not 1`);

// ---- 50,000 published articles, searched by a member ----
const words = {
  topic: ['工会会员', '职工', '劳动合同', '工资', '社会保险', '安全生产', '帮扶', '技能培训', '劳模', '女职工'],
  verb: ['维护', '保障', '推进', '开展', '落实', '提升', '关爱', '服务'],
  place: ['龙游', '衢州', '杭州', '海盐', '普陀', '江门', '湖州', '海门'],
};
const r = rng(7);
const pick = <T>(list: readonly T[]) => r.pick(list);
const [author] = await db.query<{ id: number }>(sql`select id from accounts limit 1`);
const unions = await db.query<{ id: number; path: string }>(sql`select id, path from unions
  where level <> 'base' order by id`);
const city0 = { id: cityId, path: cityRow?.path ?? '' };
t = Date.now();
for (let start = 0; start < ARTICLES; start += 500) {
  const rows = Array.from({ length: Math.min(500, ARTICLES - start) }, (_, k) => {
    // Half from the city federation (every member reads them), half spread over the unions below it.
    const u = (k % 2 === 0 ? city0 : unions[(start + k) % unions.length]) as { id: number; path: string };
    const title = `${pick(words.place)}${pick(words.verb)}${pick(words.topic)}第${start + k}期`;
    const body = Array.from(
      { length: 6 },
      () => `${pick(words.place)}总工会${pick(words.verb)}${pick(words.topic)}工作。`,
    ).join('');
    return sql`(${u.id}, ${u.path}, 'news', ${title}, ${`<p>${body}</p>`}, 'published', ${author?.id},
      now() - ${`${start + k} minutes`}::interval, ${articleVector(title, body)})`;
  });
  await db.query(sql`insert into articles (union_id, union_path, kind, title, body_html, status, author_account_id,
      published_at, search_vector) values ${sql.join(rows)}`);
}
await db.query(sql`analyze articles`);
console.error(`  … ${ARTICLES} articles written in ${((Date.now() - t) / 1000).toFixed(1)} s`);
const [member] = await db.query<{ id: number; phone_hash: string }>(sql`select id, phone_hash from members
  where status = 'active' order by id limit 1`);
const session = await createSession(db, {
  kind: 'member',
  phoneHash: member?.phone_hash,
  stage: 'full',
  ip: '127.0.0.1',
  userAgent: 'bench',
});
// The session cookie's name is the server's (`__Host-` when cookies are secure), as the admin's sign-in set it.
const memberCookie = `${city.cookie.split('=')[0]}=${session.token}`;
const queries = ['工会会员', '会员', '劳动合同', '安全生产 培训', '龙游 帮扶', '女职工关爱'];
const searchTimes: number[] = [];
let hits = 0;
for (const q of queries) {
  const url = `/api/me/articles?q=${encodeURIComponent(q)}&pageSize=20`;
  const m = await measureGets(app, {
    url,
    cookie: memberCookie,
    requests: Math.ceil(REQUESTS / queries.length),
  });
  searchTimes.push(m.p50, m.p95);
  hits += (await app.inject({ method: 'GET', url, headers: { cookie: memberCookie } })).json().total;
}
const search = {
  p50: [...searchTimes].filter((_, i) => i % 2 === 0).sort((a, b) => a - b)[Math.floor(queries.length / 2)] ?? 0,
  p95: Math.max(...searchTimes.filter((_, i) => i % 2 === 1)),
};

console.log(`\n| figure (PGlite, in process, ${UNIONS} unions, ${ARTICLES} articles) | this run | goal |`);
console.log('|---|---|---|');
console.log(`| no-op endpoint p50 / p95 (reference) | ${ms(noop.p50)} / ${ms(noop.p95)} | |`);
console.log(
  `| dispatch to ${bases} base unions | ${ms(dispatch)} (bare insert of the same rows: ${ms(bare)}, ${(dispatch / bare).toFixed(1)}×) | ≤ 5 s |`,
);
console.log(
  `| a base union's received list p50 / p95 | ${ms(received.p50)} / ${ms(received.p95)} (${(received.p95 / noop.p95).toFixed(1)}× no-op p95) | p95 ≤ 30 ms |`,
);
console.log(
  `| member search over ${ARTICLES} articles, ${queries.length} queries: median p50 / worst p95 | ${ms(search.p50)} / ${ms(search.p95)} (${(search.p95 / noop.p95).toFixed(1)}× no-op p95) | p95 ≤ 50 ms |`,
);
console.log(`| articles found by the ${queries.length} queries (total) | ${hits} | |`);
await app.close();
await db.close();
