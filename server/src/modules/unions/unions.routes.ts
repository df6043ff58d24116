import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam } from '../../platform/schemas.js';
import {
  createUnionBody,
  listUnionsQuery,
  moveUnionBody,
  unionDetail,
  unionPage,
  updateUnionBody,
} from './unions.schemas.js';
import { createUnion, getUnion, listUnions, moveUnion, setUnionActive, updateUnion } from './unions.service.js';

export async function unionRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('unions');
  r.get(
    '/api/unions',
    doc('List unions: children of parentId, a name search, or the top of your view', {
      query: listUnionsQuery,
      ok: unionPage,
    }),
    (req) => listUnions(req.ctx, req.query),
  );
  r.get('/api/unions/:id', doc('One union with counts', { params: idParam, ok: unionDetail }), (req) =>
    getUnion(req.ctx, req.params.id),
  );
  r.post('/api/unions', doc('Create a union under a parent', { body: createUnionBody, ok: unionDetail }), (req) =>
    createUnion(req.ctx, req.body),
  );
  r.patch('/api/unions/:id', doc('Edit a union', { params: idParam, body: updateUnionBody, ok: unionDetail }), (req) =>
    updateUnion(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.post(
    '/api/unions/:id/move',
    doc('Move a union and its subtree under a new parent', { params: idParam, body: moveUnionBody, ok: unionDetail }),
    (req) => moveUnion(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.post(
    '/api/unions/:id/deactivate',
    doc('Deactivate a union without active children or members', { params: idParam, ok: unionDetail }),
    (req) => setUnionActive(req.ctx, { id: req.params.id, active: false }),
  );
  r.post('/api/unions/:id/reactivate', doc('Reactivate a union', { params: idParam, ok: unionDetail }), (req) =>
    setUnionActive(req.ctx, { id: req.params.id, active: true }),
  );
}
