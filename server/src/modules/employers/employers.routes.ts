import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParam } from '../../platform/schemas.js';
import {
  createEmployerBody,
  employerPage,
  employerView,
  listEmployersQuery,
  updateEmployerBody,
} from './employers.schemas.js';
import { createEmployer, getEmployer, listEmployers, updateEmployer } from './employers.service.js';

export async function employerRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['employers'];
  r.get(
    '/api/employers',
    {
      schema: {
        tags,
        summary: 'Search employers by name or credit code',
        querystring: listEmployersQuery,
        response: { 200: employerPage },
      },
    },
    (req) => listEmployers(req.ctx, req.query),
  );
  r.get(
    '/api/employers/:id',
    { schema: { tags, summary: 'One employer', params: idParam, response: { 200: employerView } } },
    (req) => getEmployer(req.ctx, req.params.id),
  );
  r.post(
    '/api/employers',
    { schema: { tags, summary: 'Register an employer', body: createEmployerBody, response: { 200: employerView } } },
    (req) => createEmployer(req.ctx, req.body),
  );
  r.patch(
    '/api/employers/:id',
    {
      schema: {
        tags,
        summary: 'Edit an employer or change the union covering it',
        params: idParam,
        body: updateEmployerBody,
        response: { 200: employerView },
      },
    },
    (req) => updateEmployer(req.ctx, req.params.id, req.body),
  );
}
