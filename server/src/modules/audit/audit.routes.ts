import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { routeDoc } from '../../platform/route-doc.js';
import { auditPage, exportAuditQuery, listAuditQuery } from './audit.schemas.js';
import { exportAuditEvents, listAuditEvents } from './audit.service.js';

export async function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('audit');
  r.get(
    '/api/audit-events',
    doc('Search the audit trail', { noStore: true, query: listAuditQuery, ok: auditPage }),
    (req) => listAuditEvents(req.ctx, req.query),
  );
  r.get(
    '/api/audit-events/export',
    doc('Export matching audit events as CSV (audited)', { query: exportAuditQuery, ok: z.string() }),
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
