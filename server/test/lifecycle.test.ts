// Issue 19 items 4 and 5, in process: readiness apart from liveness, the phases of a stop as clients see them,
// Prometheus metrics and who may read them, and load shedding. The stop of a real process under a rush is in
// rush-processes.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationFiles } from '../src/platform/migrate.js';
import { sql } from '../src/platform/sql.js';
import { createTestApp, dbKinds, type TestApp } from './harness.js';

/** The value of one sample line of a Prometheus text page, or undefined. */
function sample(page: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of page.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = line.match(/^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/);
    if (!m || m[1] !== name) continue;
    const have = (m[2] ?? '').split(/,(?=[a-zA-Z_]+=)/).filter(Boolean);
    if (wanted.every((w) => have.includes(w))) return Number(m[3]);
  }
  return undefined;
}

describe.each(dbKinds)('readiness and stopping (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('is ready when serving with every migration applied, and says how many', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/ready' });
    expect(res.statusCode).toBe(200);
    const total = migrationFiles().size;
    expect(total).toBeGreaterThan(20);
    expect(res.json()).toEqual({
      ready: true,
      phase: 'serving',
      database: true,
      migrations: { applied: total, expected: total },
    });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('is not ready while a migration of this release is missing (an older schema), and ready again once applied', async () => {
    const last = [...migrationFiles().keys()].at(-1) as string;
    await t.db.query(sql`delete from schema_migrations where name = ${last}`);
    try {
      const res = await t.app.inject({ method: 'GET', url: '/api/ready' });
      expect(res.statusCode).toBe(503);
      const total = migrationFiles().size;
      expect(res.json()).toMatchObject({
        ready: false,
        database: true,
        migrations: { applied: total - 1, expected: total },
      });
      // Alive all the same: a process waiting for its migrations is not restarted.
      expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await t.db.query(sql`insert into schema_migrations (name) values (${last})`);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/ready' })).statusCode).toBe(200);
  });

  it('draining: not ready, but every request is still served; closing: new requests get a retryable 503', async () => {
    const lifecycle = t.services.lifecycle;
    if (!lifecycle) throw new Error('the harness gives every app a lifecycle');
    try {
      lifecycle.phase = 'draining';
      const ready = await t.app.inject({ method: 'GET', url: '/api/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ ready: false, phase: 'draining', database: true });
      expect((await t.app.inject({ method: 'GET', url: '/api/ping' })).json()).toEqual({ ok: true });

      lifecycle.phase = 'closing';
      const refused = await t.app.inject({ method: 'GET', url: '/api/ping' });
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.json().error).toMatchObject({
        code: 'SERVICE_RESTARTING',
        messages: { 'zh-CN': '服务正在重启，请稍后重试', en: 'The service is restarting; try again in a moment' },
      });
      // The same for a member's claim: refused before anything is read or written, so a retry is safe.
      const claim = await t.app.inject({
        method: 'POST',
        url: '/api/claims',
        payload: { offerId: 1, idempotencyKey: 'k' },
      });
      expect(claim.statusCode).toBe(503);
      expect(claim.json().error.code).toBe('SERVICE_RESTARTING');
      expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: '/api/ready' })).json()).toMatchObject({ phase: 'closing' });
    } finally {
      lifecycle.phase = 'serving';
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/ping' })).statusCode).toBe(200);
  });
});

describe('metrics', () => {
  let t: TestApp;
  let guarded: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    guarded = await createTestApp('pglite', { metricsToken: 'scrape-secret-0123456789' });
  });
  afterAll(async () => {
    await t.close();
    await guarded.close();
  });

  it('counts requests by route template and status, exactly', async () => {
    const scrape = async () => (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    const before = await scrape();
    const count = (page: string, route: string, status: string) =>
      sample(page, 'zg_http_request_duration_seconds_count', { method: 'GET', route, status }) ?? 0;
    for (let i = 0; i < 3; i++) await t.app.inject({ method: 'GET', url: '/api/ping' });
    await t.app.inject({ method: 'GET', url: '/api/articles/12345' });
    await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    const after = await scrape();
    expect(count(after, '/api/ping', '200') - count(before, '/api/ping', '200')).toBe(3);
    // The template, not the URL: one series per route whatever the id.
    const articleStatuses = ['401', '403', '404'].map(
      (s) => count(after, '/api/articles/:id', s) - count(before, '/api/articles/:id', s),
    );
    expect(articleStatuses.reduce((a, b) => a + b, 0)).toBe(1);
    expect(after).not.toContain('/api/articles/12345');
    expect(count(after, 'unmatched', '404') - count(before, 'unmatched', '404')).toBe(1);
    // The process's own figures and the job queue's are there too.
    expect(sample(after, 'zg_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(after).toContain('# TYPE zg_jobs gauge');
    expect(after).toContain('# TYPE zg_claim_batch_size histogram');
  });

  it('shows the job backlog by queue and state', async () => {
    await t.services.queue.send('notify.sms', { test: true });
    const page = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(sample(page, 'zg_jobs', { queue: 'notify.sms', state: 'created' })).toBeGreaterThanOrEqual(1);
  });

  it('is served only to this machine unforwarded, or with the configured token', async () => {
    const forwarded = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { 'x-forwarded-for': '10.1.2.3' },
    });
    expect(forwarded.statusCode).toBe(404);
    const remote = await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '10.1.2.3' });
    expect(remote.statusCode).toBe(404);
    expect((await guarded.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    const wrong = await guarded.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer scrape-secret-0123456788' },
    });
    expect(wrong.statusCode).toBe(404);
    const right = await guarded.app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '10.1.2.3',
      headers: { authorization: 'Bearer scrape-secret-0123456789' },
    });
    expect(right.statusCode).toBe(200);
    expect(right.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  });
});

describe('load shedding', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite', { loadShedDelayMs: 40 });
  });
  afterAll(() => t.close());

  it('answers 503 SERVER_BUSY with Retry-After while the event loop stalls, keeps liveness, and recovers', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/ping' })).statusCode).toBe(200);
    // A stall: the event loop is held for 1.5 s, as a runaway synchronous task would.
    const until = Date.now() + 1500;
    while (Date.now() < until) {
      /* busy */
    }
    let shed: Awaited<ReturnType<typeof t.app.inject>> | undefined;
    let healthWhileShedding = 0;
    for (let i = 0; i < 50 && !shed; i++) {
      const res = await t.app.inject({ method: 'GET', url: '/api/ping' });
      if (res.statusCode === 503) {
        shed = res;
        healthWhileShedding = (await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode;
      } else await new Promise((r) => setTimeout(r, 20));
    }
    expect(shed?.json().error).toMatchObject({
      code: 'SERVER_BUSY',
      messages: { 'zh-CN': '当前访问人数较多，请稍后重试' },
    });
    expect(shed?.headers['retry-after']).toBe('2');
    // The security headers come first: a shed answer is still a JSON answer of this API.
    expect(shed?.headers['x-content-type-options']).toBe('nosniff');
    expect(healthWhileShedding).toBe(200);
    // Once the loop is idle for a sample or two, requests are served again.
    let recovered = false;
    for (let i = 0; i < 50 && !recovered; i++) {
      await new Promise((r) => setTimeout(r, 50));
      recovered = (await t.app.inject({ method: 'GET', url: '/api/ping' })).statusCode === 200;
    }
    expect(recovered).toBe(true);
  });
});
