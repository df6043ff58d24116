import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { noStore } from '../../platform/http.js';
import { idParam } from '../../platform/schemas.js';
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
  const tags = ['corrections'];
  r.post(
    '/api/me/phone-code',
    {
      schema: {
        tags,
        summary: 'Send a code to a new phone number before asking to change to it',
        body: phoneCodeBody,
        response: { 200: smsRequestResponse },
      },
    },
    (req) => sendPhoneChangeCode(req.ctx, req.body.phone),
  );
  r.post(
    '/api/me/corrections',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Ask to correct my phone, employer or address',
        body: correctionBody,
        response: { 200: correctionView },
      },
    },
    (req) => requestCorrection(req.ctx, req.body),
  );
  r.get(
    '/api/me/corrections',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'My correction requests',
        response: { 200: z.object({ items: z.array(correctionView) }) },
      },
    },
    (req) => myCorrections(req.ctx),
  );
  r.post(
    '/api/me/corrections/:id/cancel',
    { schema: { tags, summary: 'Withdraw my pending correction', params: idParam, response: { 200: correctionView } } },
    (req) => cancelCorrection(req.ctx, req.params.id),
  );
  r.get(
    '/api/corrections',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Correction requests in your subtree',
        querystring: listCorrectionsQuery,
        response: { 200: correctionPage },
      },
    },
    (req) => listCorrections(req.ctx, req.query),
  );
  r.post(
    '/api/corrections/:id/approve',
    {
      schema: {
        tags,
        summary: 'Apply a correction to the member record',
        params: idParam,
        response: { 200: correctionView },
      },
    },
    (req) => decideCorrection(req.ctx, req.params.id, 'approve', null),
  );
  r.post(
    '/api/corrections/:id/reject',
    {
      schema: {
        tags,
        summary: 'Refuse a correction with a reason',
        params: idParam,
        body: rejectCorrectionBody,
        response: { 200: correctionView },
      },
    },
    (req) => decideCorrection(req.ctx, req.params.id, 'reject', req.body.reason),
  );
}
