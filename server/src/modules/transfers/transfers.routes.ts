import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam, itemsOf } from '../../platform/schemas.js';
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
  const doc = routeDoc('transfers');
  r.post(
    '/api/me/transfers',
    doc('Ask to move my membership to another base union', { body: requestTransferBody, ok: transferView }),
    (req) => requestMyTransfer(req.ctx, { toUnionId: req.body.toUnionId, reason: req.body.reason ?? null }),
  );
  r.get('/api/me/transfers', doc('My transfers', { ok: itemsOf(transferView) }), (req) => myTransfers(req.ctx));
  r.post('/api/me/transfers/:id/cancel', doc('Cancel my open transfer', { params: idParam, ok: transferView }), (req) =>
    cancelMyTransfer(req.ctx, req.params.id),
  );
  r.post(
    '/api/members/:id/transfer',
    doc('Transfer a member (done at once when you administer both unions)', {
      params: idParam,
      body: requestTransferBody,
      ok: transferView,
    }),
    (req) =>
      transferMember(req.ctx, {
        memberId: req.params.id,
        toUnionId: req.body.toUnionId,
        reason: req.body.reason ?? null,
      }),
  );
  r.get(
    '/api/transfers',
    doc('Transfers out of or into your subtree', { query: listTransfersQuery, ok: transferPage }),
    (req) => listTransfers(req.ctx, req.query),
  );
  r.post(
    '/api/transfers/:id/approve',
    doc('Approve your side of a transfer', { params: idParam, ok: transferView }),
    (req) => decideTransfer(req.ctx, { id: req.params.id, decision: 'approve', reason: null }),
  );
  r.post(
    '/api/transfers/:id/reject',
    doc('Refuse a transfer with a reason', { params: idParam, body: rejectTransferBody, ok: transferView }),
    (req) => decideTransfer(req.ctx, { id: req.params.id, decision: 'reject', reason: req.body.reason }),
  );
}
