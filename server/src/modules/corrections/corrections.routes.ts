import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam, itemsOf } from '../../platform/schemas.js';
import { smsRequestResponse } from '../auth/auth.schemas.js';
import {
  correctionBody,
  correctionPage,
  correctionView,
  listCorrectionsQuery,
  phoneCodeBody,
  rejectCorrectionBody,
} from './corrections.schemas.js';
import {
  cancelCorrection,
  decideCorrection,
  listCorrections,
  myCorrections,
  requestCorrection,
  sendPhoneChangeCode,
} from './corrections.service.js';

export async function correctionRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('corrections');
  r.post(
    '/api/me/phone-code',
    doc('Send a code to a new phone number before asking to change to it', {
      body: phoneCodeBody,
      ok: smsRequestResponse,
    }),
    (req) => sendPhoneChangeCode(req.ctx, req.body.phone),
  );
  r.post(
    '/api/me/corrections',
    doc('Ask to correct my phone, employer or address', { noStore: true, body: correctionBody, ok: correctionView }),
    (req) => requestCorrection(req.ctx, req.body),
  );
  r.get('/api/me/corrections', doc('My correction requests', { noStore: true, ok: itemsOf(correctionView) }), (req) =>
    myCorrections(req.ctx),
  );
  r.post(
    '/api/me/corrections/:id/cancel',
    doc('Withdraw my pending correction', { params: idParam, ok: correctionView }),
    (req) => cancelCorrection(req.ctx, req.params.id),
  );
  r.get(
    '/api/corrections',
    doc('Correction requests in your subtree', { noStore: true, query: listCorrectionsQuery, ok: correctionPage }),
    (req) => listCorrections(req.ctx, req.query),
  );
  r.post(
    '/api/corrections/:id/approve',
    doc('Apply a correction to the member record', { params: idParam, ok: correctionView }),
    (req) => decideCorrection(req.ctx, { id: req.params.id, decision: 'approve', reason: null }),
  );
  r.post(
    '/api/corrections/:id/reject',
    doc('Refuse a correction with a reason', { params: idParam, body: rejectCorrectionBody, ok: correctionView }),
    (req) => decideCorrection(req.ctx, { id: req.params.id, decision: 'reject', reason: req.body.reason }),
  );
}
