import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { overviewQuery, overviewResponse } from './cockpit.schemas.js';
import { overview } from './cockpit.service.js';

export async function cockpitRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/cockpit/overview',
    {
      schema: {
        tags: ['cockpit'],
        summary: 'Union and member figures for a union subtree, with its children for drill-down',
        querystring: overviewQuery,
        response: { 200: overviewResponse },
      },
    },
    (req) => overview(req.ctx, req.query.unionId),
  );
}
