import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sql } from '../../platform/sql.js';

export async function systemRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/ping',
    {
      schema: {
        tags: ['system'],
        summary: 'No-op: the cost of the HTTP stack alone',
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async () => ({ ok: true as const }),
  );
  r.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database reachability',
        response: { 200: z.object({ ok: z.boolean(), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async (req) => {
      await req.ctx.services.db.query(sql`select 1`);
      return { ok: true, database: req.ctx.services.db.kind };
    },
  );
}

/** Development only: the texts the dev SMS sender "sent", so a tester can read the code. */
export async function devInboxRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/dev/sms-inbox',
    {
      schema: {
        tags: ['system'],
        summary: 'Development SMS inbox (demo mode only)',
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.number().int(), phone: z.string(), body: z.string(), at: z.string() })),
          }),
        },
      },
    },
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
}
