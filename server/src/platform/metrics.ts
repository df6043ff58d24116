// Prometheus metrics with prom-client, the Node client the field uses (docs/architecture.md, "Metrics"): the
// process's own (CPU, memory, event-loop lag, GC), requests by route, the database pool, the job queue and, from
// the modules, whatever they declare here (the claim engine's batches). Each process serves its own figures at
// GET /metrics; Prometheus scrapes every process (docs/deploy.md has the scrape config and alert rules).
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import client from 'prom-client';
import type { Services } from './context.js';

export const registry = new client.Registry();
let defaultsCollected = false;

/** A histogram of this process, registered once by name (a module's file may be loaded by several apps in tests). */
export function histogram(name: string, help: string, buckets: number[], labelNames: string[] = []) {
  const known = registry.getSingleMetric(name);
  if (known) return known as client.Histogram;
  return new client.Histogram({ name, help, buckets, labelNames, registers: [registry] });
}

export function gauge(name: string, help: string, labelNames: string[] = []) {
  const known = registry.getSingleMetric(name);
  if (known) return known as client.Gauge;
  return new client.Gauge({ name, help, labelNames, registers: [registry] });
}

const requestSeconds = histogram(
  'zg_http_request_duration_seconds',
  'Time to answer a request, by method, route template and status (its _count is the request rate)',
  [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  ['method', 'route', 'status'],
);

/** The services whose database the scrape reads: the scraped app's (one per process, outside tests). */
let scraped: Services | undefined;

new client.Gauge({
  name: 'zg_db_pool_connections',
  help: "The PostgreSQL pool's connections by state (total, idle, waiting clients); absent on the embedded database",
  labelNames: ['state'],
  registers: [registry],
  collect() {
    const stats = scraped?.db.poolStats?.();
    if (!stats) return;
    for (const [state, n] of Object.entries(stats)) this.set({ state }, n);
  },
});

new client.Gauge({
  name: 'zg_jobs',
  help: 'Background jobs by queue and state: created and retry are the backlog (the text outbox among them), failed used up their retries',
  labelNames: ['queue', 'state'],
  registers: [registry],
  async collect() {
    this.reset();
    if (!scraped) return;
    // pg-boss makes its tables on the queue's first use: before that there are no job figures, which is not an error.
    const rows = await scraped.db
      .raw(
        `select name, state, count(*)::int as n from pgboss.job
          where state in ('created', 'retry', 'active', 'failed') group by name, state`,
      )
      .then((r) => r.rows)
      .catch(() => []);
    for (const r of rows as Array<{ name: string; state: string; n: number }>) {
      this.set({ queue: r.name, state: r.state }, r.n);
    }
  },
});

/** GET /metrics, and the request timing hook. */
export function registerMetrics(app: FastifyInstance, services: Services) {
  if (!defaultsCollected) {
    client.collectDefaultMetrics({ register: registry, prefix: 'zg_' });
    defaultsCollected = true;
  }
  app.addHook('onResponse', (request, reply, done) => {
    requestSeconds
      .labels(request.method, request.routeOptions.url ?? 'unmatched', String(reply.statusCode))
      .observe(reply.elapsedTime / 1000);
    done();
  });
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!mayScrape(request, services.config.metricsToken)) {
      return reply.status(404).send();
    }
    reply.header('content-type', registry.contentType).header('cache-control', 'no-store');
    scraped = services;
    return registry.metrics();
  });
}

/**
 * With METRICS_TOKEN, a bearer token; without, only a connection from this machine that no proxy forwarded (nginx
 * on the same host is a loopback peer too, so a forwarded request is refused). Refused scrapes get a 404: the route
 * does not advertise itself.
 */
function mayScrape(request: FastifyRequest, token: string | undefined): boolean {
  if (token) {
    const given = Buffer.from(request.headers.authorization ?? '');
    const wanted = Buffer.from(`Bearer ${token}`);
    return given.length === wanted.length && crypto.timingSafeEqual(given, wanted);
  }
  const peer = request.socket.remoteAddress ?? '';
  const loopback = peer === '::1' || peer.startsWith('127.') || peer.startsWith('::ffff:127.');
  return loopback && request.headers['x-forwarded-for'] === undefined && request.headers.forwarded === undefined;
}
