import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
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
  const tags = ['unions'];
  r.get(
    '/api/unions',
    {
      schema: {
        tags,
        summary: 'List unions: children of parentId, a name search, or the top of your view',
        querystring: listUnionsQuery,
        response: { 200: unionPage },
      },
    },
    (req) => listUnions(req.ctx, req.query),
  );
  r.get(
    '/api/unions/:id',
    { schema: { tags, summary: 'One union with counts', params: idParam, response: { 200: unionDetail } } },
    (req) => getUnion(req.ctx, req.params.id),
  );
  r.post(
    '/api/unions',
    {
      schema: { tags, summary: 'Create a union under a parent', body: createUnionBody, response: { 200: unionDetail } },
    },
    (req) => createUnion(req.ctx, req.body),
  );
  r.patch(
    '/api/unions/:id',
    {
      schema: { tags, summary: 'Edit a union', params: idParam, body: updateUnionBody, response: { 200: unionDetail } },
    },
    (req) => updateUnion(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/unions/:id/move',
    {
      schema: {
        tags,
        summary: 'Move a union and its subtree under a new parent',
        params: idParam,
        body: moveUnionBody,
        response: { 200: unionDetail },
      },
    },
    (req) => moveUnion(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/unions/:id/deactivate',
    {
      schema: {
        tags,
        summary: 'Deactivate a union without active children or members',
        params: idParam,
        response: { 200: unionDetail },
      },
    },
    (req) => setUnionActive(req.ctx, req.params.id, false),
  );
  r.post(
    '/api/unions/:id/reactivate',
    { schema: { tags, summary: 'Reactivate a union', params: idParam, response: { 200: unionDetail } } },
    (req) => setUnionActive(req.ctx, req.params.id, true),
  );
}
