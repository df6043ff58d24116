// The app built in this process on an open database (no HTTP, `app.inject`), for benchmarks that measure reads by
// one client at a time: a signed-in admin's cookie, and p50 / p95 of repeated GETs beside the no-op endpoint.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import type { Db } from '../server/src/platform/db.js';
import type { Pii } from '../server/src/platform/pii.js';
import { JobQueue } from '../server/src/platform/queue.js';
import { DevScanner } from '../server/src/platform/scanner.js';
import { generateSigner } from '../server/src/platform/signing.js';
import { sql } from '../server/src/platform/sql.js';
import { LocalStore } from '../server/src/platform/storage.js';

export async function inProcessApp(db: Db, pii: Pii): Promise<FastifyInstance> {
  // No load shedding: these benchmarks send one request at a time, and the seeding that runs on this same event loop
  // just before (the embedded database's long inserts) would otherwise read as a stall and turn the first away.
  const config = { ...loadConfig({ NODE_ENV: 'test' }), demo: false, requireAdminMfa: false, loadShedDelayMs: 0 };
  const app = await buildApp({
    services: {
      config,
      db,
      pii,
      sms: { send: async () => undefined },
      signer: generateSigner(),
      scanner: new DevScanner(),
      queue: new JobQueue(db),
      media: new LocalStore(fs.mkdtempSync(path.join(os.tmpdir(), 'zg-media-'))),
    },
    logger: false,
    serveWeb: false,
  });
  await app.ready();
  return app;
}

/** An admin holding `role` on `unionId`, signed in: the cookie and CSRF token to send. */
export async function adminSession(
  app: FastifyInstance,
  db: Db,
  { username, role, unionId }: { username: string; role: string; unionId: number },
) {
  const password = `Bench#${crypto.randomBytes(6).toString('hex')}`;
  const [acc] = await db.query<{ id: number }>(sql`insert into accounts (username, display_name, password_hash,
      must_change_password)
    values (${username}, ${username}, ${await hashPassword(password)}, false) returning id`);
  await db.query(sql`insert into role_grants (account_id, role, union_id) values (${acc?.id}, ${role}, ${unionId})`);
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/admin/login',
    headers: { 'x-zg-client': 'bench', 'content-type': 'application/json' },
    payload: JSON.stringify({ username, password }),
  });
  if (login.statusCode !== 200) throw new Error(`login ${username}: ${login.statusCode} ${login.body}`);
  return { cookie: String(login.headers['set-cookie']).split(';')[0] ?? '', csrf: login.json().csrfToken as string };
}

/** p50 and p95 of `requests` GETs of `url`, one at a time, each required to answer 200. */
export async function measureGets(
  app: FastifyInstance,
  { url, cookie, requests }: { url: string; cookie: string; requests: number },
) {
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const start = process.hrtime.bigint();
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length * 0.5)] ?? 0, p95: times[Math.floor(times.length * 0.95)] ?? 0 };
}
