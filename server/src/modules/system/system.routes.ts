import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAdmin } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { systemCtx } from '../../platform/context.js';
import { readiness } from '../../platform/lifecycle.js';
import { pendingCounts } from '../../platform/pending.js';
import { routeDoc } from '../../platform/route-doc.js';
import { pageOf, pageQuery } from '../../platform/schemas.js';
import { sql } from '../../platform/sql.js';
import { escalateOverdue } from '../appeals/appeals.escalation.js';
import { listFailedJobs, requireRootManager, retryFailedJob } from './system.jobs.js';

const readinessReport = z.object({
  ready: z.boolean(),
  phase: z.enum(['serving', 'draining', 'closing']),
  database: z.boolean(),
  migrations: z.object({ applied: z.number().int(), expected: z.number().int() }),
});

export async function systemRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('system');
  r.get(
    '/api/ping',
    doc('No-op: the cost of the HTTP stack alone', { ok: z.object({ ok: z.literal(true) }) }),
    async () => ({ ok: true as const }),
  );
  r.get(
    '/api/health',
    doc('Liveness and database reachability', {
      ok: z.object({ ok: z.boolean(), database: z.enum(['pglite', 'postgres']) }),
    }),
    async (req) => {
      await req.ctx.services.db.query(sql`select 1`);
      return { ok: true, database: req.ctx.services.db.kind };
    },
  );
  r.get(
    '/api/ready',
    doc('Readiness for a load balancer: serving, database reachable, every migration applied (503 when not)', {
      noStore: true,
      response: { 200: readinessReport, 503: readinessReport },
    }),
    async (req, reply) => {
      const report = await readiness(req.ctx.services);
      if (!report.ready) reply.status(503);
      return report;
    },
  );
  r.get(
    '/api/pending',
    doc('What waits for my decision, counted per kind within my subtree (the console’s menu badges)', {
      noStore: true,
      ok: z.object({ counts: z.record(z.string(), z.number().int()) }),
    }),
    async (req) => {
      requireAdmin(req.ctx.actor);
      return { counts: await pendingCounts(req.ctx) };
    },
  );
  r.get(
    '/api/jobs/failed',
    doc('Background jobs that used up their retries (a root union manager)', {
      noStore: true,
      query: z.object(pageQuery),
      ok: failedJobsPage,
    }),
    (req) => listFailedJobs(req.ctx, { page: req.query.page, pageSize: req.query.pageSize }),
  );
  r.post(
    '/api/jobs/:id/retry',
    doc('Put a failed job back in its queue (a root union manager)', {
      params: z.object({ id: z.uuid() }),
      ok: z.object({ ok: z.literal(true) }),
    }),
    (req) => retryFailedJob(req.ctx, req.params.id),
  );
}

const failedJobsPage = pageOf(
  z.object({
    id: z.string(),
    name: z.string(),
    error: z.string(),
    retries: z.number().int(),
    createdAt: z.string(),
    failedAt: z.string(),
  }),
);

/** Development only: the texts the dev SMS sender "sent", so a tester can read the code. */
export async function devInboxRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('system');
  r.get(
    '/api/dev/sms-inbox',
    doc('Development SMS inbox (demo mode only)', {
      ok: z.object({
        items: z.array(z.object({ id: z.number().int(), phone: z.string(), body: z.string(), at: z.string() })),
      }),
    }),
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      const rows = await req.ctx.services.db.query<{
        id: number;
        phone_masked: string;
        body: string;
        created_at: Date;
      }>(sql`select id, phone_masked, body, created_at from dev_sms_outbox order by id desc limit 20`);
      return {
        items: rows.map((m) => ({ id: m.id, phone: m.phone_masked, body: m.body, at: m.created_at.toISOString() })),
      };
    },
  );
  // Lets a tester watch deadlines pass without waiting days: moves the clock the care modules read
  // (assistance, appeals, consultations) and runs the escalation job at once. Demo mode only, and only
  // for whoever manages the whole tree: the clock is every union's, and a public demo must not let a
  // passer-by escalate everyone's cases. Audited like any system change.
  r.post(
    '/api/dev/clock',
    doc('Move the deadline clock forward and run the escalation job (demo mode; a root union manager)', {
      body: z.strictObject({ advanceMinutes: z.number().int().min(0).max(525_600) }),
      ok: z.object({ now: z.string(), escalated: z.number().int() }),
    }),
    async (req) => {
      const services = req.ctx.services;
      await requireRootManager(req.ctx);
      const offset =
        (services.clock ? services.clock.now().getTime() - Date.now() : 0) + req.body.advanceMinutes * 60_000;
      services.clock = { now: () => new Date(Date.now() + offset) };
      await audit(req.ctx, { action: 'dev.clock.advance', detail: { advanceMinutes: req.body.advanceMinutes } });
      const escalated = await escalateOverdue(systemCtx(services));
      return { now: services.clock.now().toISOString(), escalated };
    },
  );
}
