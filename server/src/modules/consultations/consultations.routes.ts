import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam, okResponse } from '../../platform/schemas.js';
import {
  bookBody,
  bookingView,
  outcomeBody,
  overviewQuery,
  overviewView,
  slotBody,
  slotView,
} from './consultations.schemas.js';
import {
  availableSlots,
  book,
  cancelBooking,
  cancelSlot,
  consultationOverview,
  myBookings,
  mySlots,
  publishSlot,
  recordOutcome,
} from './consultations.service.js';

export async function consultationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('legal consultations');
  const slots = { 200: z.object({ items: z.array(slotView) }) };
  const bookings = { 200: z.object({ items: z.array(bookingView) }) };
  r.get('/api/me/legal-slots', doc('Open consultation slots for my union', { noStore: true, response: slots }), (req) =>
    availableSlots(req.ctx),
  );
  r.post(
    '/api/me/consultations',
    doc('Book a slot (one person per slot, at most 2 upcoming)', { body: bookBody, ok: bookingView }),
    (req) => book(req.ctx, { slotId: req.body.slotId, topic: req.body.topic }),
  );
  r.get('/api/me/consultations', doc('My consultations', { noStore: true, response: bookings }), (req) =>
    myBookings(req.ctx),
  );
  r.post(
    '/api/me/consultations/:id/cancel',
    doc('Cancel my booking before it starts', { params: idParam, ok: bookingView }),
    (req) => cancelBooking(req.ctx, req.params.id),
  );
  r.get('/api/legal-slots', doc('My slots and their bookings (lawyers)', { noStore: true, response: slots }), (req) =>
    mySlots(req.ctx),
  );
  r.post('/api/legal-slots', doc('Publish a slot (lawyers)', { body: slotBody, ok: slotView }), (req) =>
    publishSlot(req.ctx, req.body),
  );
  r.post(
    '/api/legal-slots/:id/cancel',
    doc('Cancel a slot and its booking', { params: idParam, ok: okResponse }),
    (req) => cancelSlot(req.ctx, req.params.id),
  );
  r.post(
    '/api/consultations/:id/outcome',
    doc('Record how a consultation went (lawyers)', { params: idParam, body: outcomeBody, ok: bookingView }),
    (req) =>
      recordOutcome(req.ctx, { bookingId: req.params.id, status: req.body.status, outcome: req.body.outcome ?? null }),
  );
  r.get(
    '/api/legal-overview',
    doc('Use of the legal service in my subtree, per lawyer (no member identities or topics)', {
      noStore: true,
      query: overviewQuery,
      ok: overviewView,
    }),
    (req) => consultationOverview(req.ctx, req.query),
  );
}
