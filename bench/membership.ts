// Membership at federation scale, on the default embedded database. Prints in one run:
// - a 100,000-row roster (10% bad rows) validated and committed: seconds and peak memory
//   (goals ≤ 60 s and ≤ 512 MB on a 2-core machine);
// - online join submission latency p50/p95 (goal p95 ≤ 50 ms), next to the no-op endpoint.
// Run: npm run bench:membership  (options: --rows N --joins M)
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { createImport, runCommit } from '../server/src/modules/imports/imports.service.js';
import type { SmsMessage } from '../server/src/platform/auth/sms.js';
import type { Ctx } from '../server/src/platform/context.js';
import { openPglite } from '../server/src/platform/db.js';
import { migrate } from '../server/src/platform/migrate.js';
import { createPii } from '../server/src/platform/pii.js';
import { JobQueue } from '../server/src/platform/queue.js';
import { DevScanner } from '../server/src/platform/scanner.js';
import { generateSigner } from '../server/src/platform/signing.js';
import { sql } from '../server/src/platform/sql.js';
import { LocalStore } from '../server/src/platform/storage.js';
import { idCheckChar } from '../server/src/platform/validators.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg('rows', 100_000);
const JOINS = arg('joins', 300);

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

const db = await openPglite(undefined);
await migrate(db);
const pii = createPii(crypto.randomBytes(32), crypto.randomBytes(32));
const codes = new Map<string, string>();
const sms = { send: async (m: SmsMessage) => void codes.set(m.phone, m.params.code ?? '') };
const config = { ...loadConfig({ NODE_ENV: 'test' }), demo: false, requireAdminMfa: false };
const services = {
  config,
  db,
  pii,
  sms,
  signer: generateSigner(),
  scanner: new DevScanner(),
  queue: new JobQueue(db),
  media: new LocalStore(fs.mkdtempSync(path.join(os.tmpdir(), 'zg-media-'))),
};

const [root] = await db.query<{ id: number }>(sql`insert into unions (parent_id, path, name, level, formation)
  values (null, 'x', '基准省总工会', 'province', 'area') returning id`);
await db.query(sql`update unions set path = '/' || id || '/' where id = ${root?.id}`);
const [base] = await db.query<{
  id: number;
  path: string;
}>(sql`insert into unions (parent_id, path, name, level, formation)
  values (${root?.id}, 'y', '基准联合工会', 'base', 'joint') returning id, path`);
await db.query(sql`update unions set path = '/' || ${root?.id} || '/' || id || '/' where id = ${base?.id}`);
const [union] = await db.query<{ id: number; path: string }>(sql`select id, path from unions where id = ${base?.id}`);
const [acc] = await db.query<{
  id: number;
}>(sql`insert into accounts (username, display_name, password_hash, must_change_password)
  values ('bench', 'bench', 'x', false) returning id`);
const ctx: Ctx = {
  services,
  db,
  inTransaction: false,
  actor: {
    kind: 'admin',
    accountId: acc?.id ?? 0,
    username: 'bench',
    merchantId: null,
    displayName: 'bench',
    grants: [
      { id: 1, role: 'membership_officer', unionId: union?.id ?? 0, unionPath: union?.path ?? '', unionName: '' },
    ],
  },
  requestId: 'bench',
  ip: '127.0.0.1',
};

// A roster of ROWS people, every tenth row broken in one of four ways.
const lines = ['会员花名册,,,', '姓名,身份证号,手机号,身份类别'];
for (let n = 0; n < ROWS; n++) {
  const date = new Date(Date.UTC(1970, 0, 1) + (n % 12_000) * 86_400_000);
  const body = `330825${date.getUTCFullYear()}${String(date.getUTCMonth() + 1).padStart(2, '0')}${String(date.getUTCDate()).padStart(2, '0')}${String(100 + Math.floor(n / 12_000)).padStart(3, '0')}`;
  let idNumber = body + idCheckChar(body);
  let phone = `139${String(n).padStart(8, '0')}`;
  if (n % 10 === 9) {
    if (n % 40 === 9) idNumber = `${idNumber.slice(0, 17)}${idNumber[17] === '1' ? '2' : '1'}`;
    else if (n % 40 === 19) phone = '12345';
    else if (n % 40 === 29) idNumber = '';
    else phone = '';
  }
  lines.push(`职工${n},${idNumber},${phone},${n % 3 ? '职工' : '外卖骑手'}`);
}
const file = Buffer.from(lines.join('\n'));
lines.length = 0;

let t0 = performance.now();
const imp = await createImport(ctx, { unionId: union?.id ?? 0, fileName: 'bench.csv', file });
const validateSeconds = (performance.now() - t0) / 1000;
t0 = performance.now();
await db.query(sql`update member_imports set status = 'committing' where id = ${imp.id}`);
await runCommit(ctx, imp.id);
const commitSeconds = (performance.now() - t0) / 1000;
const [members] = await db.query<{ n: number }>(sql`select count(*)::bigint as n from members`);
const importPeak = peakRss;

// Join submissions through the HTTP layer (in process): each applicant signs in first.
const app = await buildApp({ services, logger: false, serveWeb: false });
await app.ready();
const noopTimes: number[] = [];
for (let i = 0; i < 200; i++) {
  const s = performance.now();
  await app.inject({ method: 'GET', url: '/api/health' });
  noopTimes.push(performance.now() - s);
}
const joinTimes: number[] = [];
for (let i = 0; i < JOINS; i++) {
  const ip = `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;
  const phone = `136${String(i).padStart(8, '0')}`;
  const headers = { 'x-zg-client': 'bench', 'content-type': 'application/json' };
  await app.inject({
    method: 'POST',
    url: '/api/auth/sms/request',
    remoteAddress: ip,
    headers,
    payload: JSON.stringify({ phone }),
  });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/member/login',
    remoteAddress: ip,
    headers,
    payload: JSON.stringify({ phone, code: codes.get(phone) }),
  });
  const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
  const body = `44052419900101${String(100 + (i % 900)).padStart(3, '0')}`.slice(0, 14) + String(100 + i).slice(-3);
  const idNumber = body + idCheckChar(body);
  const s = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: '/api/me/applications',
    remoteAddress: ip,
    headers: { cookie, 'x-csrf-token': login.json().csrfToken, 'content-type': 'application/json' },
    payload: JSON.stringify({ name: `申请人${i}`, idNumber, category: 'rider', viaUnionId: union?.id }),
  });
  joinTimes.push(performance.now() - s);
  if (res.statusCode !== 200) throw new Error(`join ${i}: ${res.body}`);
}
clearInterval(sampler);
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

console.log(`\nMembership benchmark (embedded PGlite, ${ROWS.toLocaleString()} roster rows, ${JOINS} joins)`);
console.log(
  `import rows: ${imp.totalRows} (valid ${imp.validRows}, errors ${imp.errorRows}); members now ${members?.n}`,
);
console.log(
  `import validate: ${validateSeconds.toFixed(1)} s, commit: ${commitSeconds.toFixed(1)} s, total: ${(validateSeconds + commitSeconds).toFixed(1)} s (goal ≤ 60 s)`,
);
console.log(`peak memory during import: ${(importPeak / 1024 / 1024).toFixed(0)} MB RSS (goal ≤ 512 MB)`);
console.log(
  `join submission: p50 ${pct(joinTimes, 0.5).toFixed(1)} ms, p95 ${pct(joinTimes, 0.95).toFixed(1)} ms (goal p95 ≤ 50 ms); no-op endpoint p50 ${pct(noopTimes, 0.5).toFixed(2)} ms, p95/no-op ratio ${(pct(joinTimes, 0.95) / pct(noopTimes, 0.5)).toFixed(1)}x`,
);
await app.close();
await db.close();
