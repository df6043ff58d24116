import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '../../platform/schemas.js';
import {
  listTransfersQuery,
  rejectTransferBody,
  requestTransferBody,
  transferPage,
  transferView,
} from './transfers.schemas.js';
import {
  cancelMyTransfer,
  decideTransfer,
  listTransfers,
  myTransfers,
  requestMyTransfer,
  transferMember,
} from './transfers.service.js';

export async function transferRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['transfers'];
  r.post(
    '/api/me/transfers',
    {
      schema: {
        tags,
        summary: 'Ask to move my membership to another base union',
        body: requestTransferBody,
        response: { 200: transferView },
      },
    },
    (req) => requestMyTransfer(req.ctx, req.body.toUnionId, req.body.reason ?? null),
  );
  r.get(
    '/api/me/transfers',
    { schema: { tags, summary: 'My transfers', response: { 200: z.object({ items: z.array(transferView) }) } } },
    (req) => myTransfers(req.ctx),
  );
  r.post(
    '/api/me/transfers/:id/cancel',
    { schema: { tags, summary: 'Cancel my open transfer', params: idParam, response: { 200: transferView } } },
    (req) => cancelMyTransfer(req.ctx, req.params.id),
  );
  r.post(
    '/api/members/:id/transfer',
    {
      schema: {
        tags,
        summary: 'Transfer a member (done at once when you administer both unions)',
        params: idParam,
        body: requestTransferBody,
        response: { 200: transferView },
      },
    },
    (req) => transferMember(req.ctx, req.params.id, req.body.toUnionId, req.body.reason ?? null),
  );
  r.get(
    '/api/transfers',
    {
      schema: {
        tags,
        summary: 'Transfers out of or into your subtree',
        querystring: listTransfersQuery,
        response: { 200: transferPage },
      },
    },
    (req) => listTransfers(req.ctx, req.query),
  );
  r.post(
    '/api/transfers/:id/approve',
    { schema: { tags, summary: 'Approve your side of a transfer', params: idParam, response: { 200: transferView } } },
    (req) => decideTransfer(req.ctx, req.params.id, 'approve', null),
  );
  r.post(
    '/api/transfers/:id/reject',
    {
      schema: {
        tags,
        summary: 'Refuse a transfer with a reason',
        params: idParam,
        body: rejectTransferBody,
        response: { 200: transferView },
      },
    },
    (req) => decideTransfer(req.ctx, req.params.id, 'reject', req.body.reason),
  );
}
