import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { routeDoc } from '../../platform/route-doc.js';
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
  const doc = routeDoc('employers');
  r.get(
    '/api/employers',
    doc('Search employers by name or credit code', { query: listEmployersQuery, ok: employerPage }),
    (req) => listEmployers(req.ctx, req.query),
  );
  r.get('/api/employers/:id', doc('One employer', { params: idParam, ok: employerView }), (req) =>
    getEmployer(req.ctx, req.params.id),
  );
  r.post('/api/employers', doc('Register an employer', { body: createEmployerBody, ok: employerView }), (req) =>
    createEmployer(req.ctx, req.body),
  );
  r.patch(
    '/api/employers/:id',
    doc('Edit an employer or change the union covering it', {
      params: idParam,
      body: updateEmployerBody,
      ok: employerView,
    }),
    (req) => updateEmployer(req.ctx, { id: req.params.id, body: req.body }),
  );
}
