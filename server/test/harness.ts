// Test harness: a real app on a real database (in-memory PGlite, or a fresh database on the test
// PostgreSQL cluster), factories that build what a test needs, and an HTTP agent that keeps cookies
// and the CSRF token like a browser.

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp, loggerOptions } from '../src/app.js';
import { type Config, loadConfig } from '../src/config.js';
import { bulkInsertMembers } from '../src/modules/members/members.changes.js';
import type { Role } from '../src/platform/access.js';
import { hashPassword } from '../src/platform/auth/passwords.js';
import { SessionCache } from '../src/platform/auth/session-cache.js';
import { DevSmsSender, type SmsMessage, type SmsSender } from '../src/platform/auth/sms.js';
import type { Services } from '../src/platform/context.js';
import { type Db, openPglite, openPostgres } from '../src/platform/db.js';
import { createGeocoder } from '../src/platform/geocoder.js';
import { Lifecycle } from '../src/platform/lifecycle.js';
import { migrate } from '../src/platform/migrate.js';
import { createPii } from '../src/platform/pii.js';
import { clearProcessCaches } from '../src/platform/process-caches.js';
import { JobQueue } from '../src/platform/queue.js';
import { DevScanner } from '../src/platform/scanner.js';
import { generateSigner } from '../src/platform/signing.js';
import { type Sql, sql } from '../src/platform/sql.js';
import { LocalStore } from '../src/platform/storage.js';
import { chineseName, creditCode, idNumber, mobile, rng } from '../src/seed/generators.js';

export type DbKind = 'pglite' | 'postgres';
/** Both databases; ZG_TEST_DB=pglite narrows a run to the embedded one (the mutation run uses it). */
export const dbKinds: DbKind[] =
  process.env.ZG_TEST_DB === 'pglite'
    ? ['pglite']
    : process.env.ZG_TEST_DB === 'postgres'
      ? ['postgres']
      : ['pglite', 'postgres'];

/** The development sender (writing the outbox through the pool, as in a real run) that also remembers. */
export class CapturingSms extends DevSmsSender implements SmsSender {
  sent: SmsMessage[] = [];
  override async send(message: SmsMessage) {
    this.sent.push(message);
    await super.send(message);
  }
  lastCode(phone: string): string {
    const m = [...this.sent].reverse().find((s) => s.phone === phone);
    if (!m?.params.code) throw new Error(`no SMS to ${phone}`);
    return m.params.code;
  }
}

async function openTestDb(kind: DbKind): Promise<Db> {
  if (kind === 'pglite') return openPglite(undefined);
  const adminUrl = inject('pgUrl');
  const name = `zg_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = await openPostgres(adminUrl, 1);
  await admin.exec(`create database ${name}`);
  await admin.close();
  return openPostgres(adminUrl.replace(/\/[^/]*$/, `/${name}`), 20);
}

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  services: Services;
  sms: CapturingSms;
  close(): Promise<void>;
}

export const PASSWORD = 'Tr1al#Passw0rd-x';

export async function createTestApp(
  kind: DbKind,
  overrides: Partial<Config> = {},
  opts: { logStream?: { write(line: string): void }; serveWeb?: boolean } = {},
): Promise<TestApp> {
  const db = await openTestDb(kind);
  await migrate(db);
  // No load shedding unless a test asks: a slow CI machine stalling a second must not turn a test's request into a 503.
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test' }),
    demo: false,
    requireAdminMfa: false,
    loadShedDelayMs: 0,
    ...overrides,
  };
  const sms = new CapturingSms(db, () => undefined);
  const pii = createPii(crypto.randomBytes(32), crypto.randomBytes(32));
  const services: Services = {
    config,
    db,
    pii,
    sms,
    signer: generateSigner(),
    scanner: new DevScanner(),
    queue: new JobQueue(db),
    media: new LocalStore(fs.mkdtempSync(path.join(os.tmpdir(), 'zg-media-'))),
    sessionCache: config.sessionCache ? new SessionCache(db) : undefined,
    geocoder: createGeocoder(config),
    lifecycle: new Lifecycle(),
  };
  await services.sessionCache?.start();
  // TEST_LOG=1 prints server errors (500s) while debugging a test.
  const logger = opts.logStream
    ? loggerOptions('info', opts.logStream)
    : process.env.TEST_LOG
      ? { level: 'error' }
      : false;
  const app = await buildApp({ services, logger, serveWeb: opts.serveWeb ?? false });
  await app.ready();
  return {
    app,
    // What a test writes straight into the database (a grant, a disabled account) is at once what the next
    // request sees, as a change through the API is: the process's session cache and module caches are cleared
    // first. (The notice the database sends on commit would do it too, or a cache's own bound, a moment later; a
    // test sends its next request sooner.)
    db: {
      ...db,
      query: <T>(q: Sql) =>
        db.query<T>(q).finally(() => {
          services.sessionCache?.clear();
          clearProcessCaches(services);
        }),
    },
    services,
    sms,
    close: async () => {
      await app.close();
      await services.queue.stop();
      await services.sessionCache?.close();
      await db.close();
    },
  };
}

// ---- Factories --------------------------------------------------------------------------------
export interface BuiltUnion {
  id: number;
  path: string;
  name: string;
}

let seq = 0;
const r = rng(4242);

export async function buildUnion(
  t: TestApp,
  opts: { parent?: BuiltUnion; level?: string; formation?: string; name?: string; id?: number } = {},
): Promise<BuiltUnion> {
  seq += 1;
  const level = opts.level ?? (opts.parent ? 'base' : 'province');
  const name = opts.name ?? `测试工会${seq}`;
  const [row] = await t.db.query<BuiltUnion>(sql`
    with next as (select coalesce(${opts.id ?? null}::bigint, nextval(pg_get_serial_sequence('unions', 'id'))) as id)
    insert into unions (id, parent_id, path, name, level, formation)
    overriding system value
    select next.id, ${opts.parent?.id ?? null}, ${opts.parent?.path ?? '/'} || next.id || '/', ${name}, ${level},
      ${opts.formation ?? (level === 'base' ? 'single' : 'area')}
    from next returning id, path, name`);
  if (!row) throw new Error('buildUnion failed');
  return row;
}

/**
 * An id that begins with `id`'s digits (3 → 3000000): siblings like these catch a subtree test that
 * forgets the path's trailing '/' (`/1/2/3` would also cover `/1/2/3000000/`). Far above what the
 * sequence reaches in a test, and different for every `id`.
 */
export const prefixedId = (id: number) => Number(`${id}000000`);

/**
 * province → city → two counties (C1 with U1, U2; C2 with U3): the fixture tree of SECURITY.md §5.A.
 * Siblings share leading digits: C1's id extends C2's and U1's extends U2's, so the sibling admins of
 * the authorization tests (C2's, U2's) would see C1's and U1's objects through a prefix bug.
 */
export async function buildTree(t: TestApp) {
  const province = await buildUnion(t, { level: 'province', name: '测试省总工会' });
  const city = await buildUnion(t, { parent: province, level: 'city', name: '测试市总工会' });
  const c2 = await buildUnion(t, { parent: city, level: 'county', name: '乙县总工会' });
  const c1 = await buildUnion(t, { parent: city, level: 'county', name: '甲县总工会', id: prefixedId(c2.id) });
  const u2 = await buildUnion(t, { parent: c1, level: 'base', name: '甲县二号公司工会' });
  const u1 = await buildUnion(t, { parent: c1, level: 'base', name: '甲县一号公司工会', id: prefixedId(u2.id) });
  const u3 = await buildUnion(t, { parent: c2, level: 'base', name: '乙县三号公司工会' });
  return { province, city, c1, c2, u1, u2, u3 };
}

export async function buildAccount(
  t: TestApp,
  opts: { role: Role; union: BuiltUnion; username?: string; password?: string; mustChange?: boolean },
) {
  seq += 1;
  const username = opts.username ?? `admin${seq}`;
  const [row] = await t.db.query<{ id: number }>(sql`
    insert into accounts (username, display_name, password_hash, must_change_password)
    values (${username}, ${`管理员${seq}`}, ${await hashPassword(opts.password ?? PASSWORD)}, ${opts.mustChange ?? false})
    returning id`);
  await t.db.query(
    sql`insert into role_grants (account_id, role, union_id) values (${row?.id}, ${opts.role}, ${opts.union.id})`,
  );
  return { id: row?.id ?? 0, username, password: opts.password ?? PASSWORD };
}

export async function buildMember(t: TestApp, union: BuiltUnion, opts: { phone?: string; name?: string } = {}) {
  const phone = opts.phone ?? mobile(r);
  const id = idNumber(r, '330825', 1970, 2000);
  await bulkInsertMembers(t.db, t.services.pii, [
    {
      unionId: union.id,
      unionPath: union.path,
      employerId: null,
      name: opts.name ?? chineseName(r),
      idNumber: id,
      phone,
      category: 'employee',
      joinedAt: new Date(),
    },
  ]);
  const [row] = await t.db.query<{ id: number }>(
    sql`select id from members where id_number_hash = ${t.services.pii.hash('id_number', id)}`,
  );
  return { id: row?.id ?? 0, phone, idNumber: id };
}

export const validCreditCode = () => creditCode(r, '330825');

// ---- HTTP agent -------------------------------------------------------------------------------
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

let agentSerial = 0;

export class Agent {
  cookie: string | undefined;
  csrf: string | undefined;
  /** Each agent is its own client address, so per-IP rate limits behave as for separate people. */
  readonly ip = `127.0.${Math.floor(++agentSerial / 250) % 250}.${(agentSerial % 250) + 1}`;
  constructor(readonly t: TestApp) {}

  async request(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    // A body `{ raw: string }` is sent as file bytes (application/octet-stream), as uploads are.
    const raw =
      typeof body === 'object' && body !== null && 'raw' in body
        ? (body as { raw: unknown }).raw instanceof Buffer
          ? (body as { raw: Buffer }).raw
          : Buffer.from(String((body as { raw: unknown }).raw))
        : null;
    const res = await this.t.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(method !== 'GET' ? (this.csrf ? { 'x-csrf-token': this.csrf } : { 'x-zg-client': 'test' }) : {}),
        ...(body !== undefined ? { 'content-type': raw ? 'application/octet-stream' : 'application/json' } : {}),
        ...headers,
      },
      payload: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const setCookie = res.headers['set-cookie'];
    for (const c of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair] = c.split(';');
      if (pair?.match(/zg_sid=/)) this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const json = String(res.headers['content-type']).includes('json')
      ? (res.json() as { csrfToken?: unknown })
      : undefined;
    if (json && typeof json.csrfToken === 'string') this.csrf = json.csrfToken;
    return res;
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body: unknown = {}) => this.request('POST', url, body);
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  put = (url: string, body: unknown) => this.request('PUT', url, body);
  delete = (url: string) => this.request('DELETE', url);
}

export async function adminAgent(t: TestApp, account: { username: string; password: string }): Promise<Agent> {
  const agent = new Agent(t);
  const res = await agent.post('/api/auth/admin/login', { username: account.username, password: account.password });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  return agent;
}

export async function memberAgent(t: TestApp, phone: string): Promise<Agent> {
  const agent = new Agent(t);
  await agent.post('/api/auth/sms/request', { phone });
  const res = await agent.post('/api/auth/member/login', { phone, code: t.sms.lastCode(phone) });
  if (res.statusCode !== 200) throw new Error(`member login failed: ${res.body}`);
  return agent;
}

export async function auditRows(t: TestApp, action: string) {
  return t.db.query<{
    actor_id: number;
    target_id: string;
    before: unknown;
    after: unknown;
    detail: unknown;
    outcome: string;
  }>(sql`select * from audit_events where action = ${action} order by id`);
}
