import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { noStore } from '../../platform/http.js';
import { auditPage, exportAuditQuery, listAuditQuery } from './audit.schemas.js';
import { exportAuditEvents, listAuditEvents } from './audit.service.js';

export async function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];
  r.get(
    '/api/audit-events',
    {
      ...noStore,
      schema: { tags, summary: 'Search the audit trail', querystring: listAuditQuery, response: { 200: auditPage } },
    },
    (req) => listAuditEvents(req.ctx, req.query),
  );
  r.get(
    '/api/audit-events/export',
    {
      schema: {
        tags,
        summary: 'Export matching audit events as CSV (audited)',
        querystring: exportAuditQuery,
        response: { 200: z.string() },
      },
    },
    async (req, reply) => {
      const csv = await exportAuditEvents(req.ctx, req.query);
      const name = `审计日志-${new Date().toISOString().slice(0, 10)}.csv`;
      reply
        .header('cache-control', 'no-store')
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="audit.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
        );
      return csv;
    },
  );
}
