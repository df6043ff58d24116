import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { routeDoc } from '../../platform/route-doc.js';
import { overviewQuery, overviewResponse } from './cockpit.schemas.js';
import { overview } from './cockpit.service.js';

export async function cockpitRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('cockpit');
  r.get(
    '/api/cockpit/overview',
    doc('Union and member figures for a union subtree, with its children for drill-down', {
      query: overviewQuery,
      ok: overviewResponse,
    }),
    (req) => overview(req.ctx, req.query.unionId),
  );
}
