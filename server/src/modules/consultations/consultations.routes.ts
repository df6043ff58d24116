import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { noStore } from '../../platform/http.js';
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
  const tags = ['legal consultations'];
  const slots = { 200: z.object({ items: z.array(slotView) }) };
  const bookings = { 200: z.object({ items: z.array(bookingView) }) };
  r.get(
    '/api/me/legal-slots',
    { ...noStore, schema: { tags, summary: 'Open consultation slots for my union', response: slots } },
    (req) => availableSlots(req.ctx),
  );
  r.post(
    '/api/me/consultations',
    {
      schema: {
        tags,
        summary: 'Book a slot (one person per slot, at most 2 upcoming)',
        body: bookBody,
        response: { 200: bookingView },
      },
    },
    (req) => book(req.ctx, req.body.slotId, req.body.topic),
  );
  r.get(
    '/api/me/consultations',
    { ...noStore, schema: { tags, summary: 'My consultations', response: bookings } },
    (req) => myBookings(req.ctx),
  );
  r.post(
    '/api/me/consultations/:id/cancel',
    {
      schema: { tags, summary: 'Cancel my booking before it starts', params: idParam, response: { 200: bookingView } },
    },
    (req) => cancelBooking(req.ctx, req.params.id),
  );
  r.get(
    '/api/legal-slots',
    { ...noStore, schema: { tags, summary: 'My slots and their bookings (lawyers)', response: slots } },
    (req) => mySlots(req.ctx),
  );
  r.post(
    '/api/legal-slots',
    { schema: { tags, summary: 'Publish a slot (lawyers)', body: slotBody, response: { 200: slotView } } },
    (req) => publishSlot(req.ctx, req.body),
  );
  r.post(
    '/api/legal-slots/:id/cancel',
    { schema: { tags, summary: 'Cancel a slot and its booking', params: idParam, response: { 200: okResponse } } },
    (req) => cancelSlot(req.ctx, req.params.id),
  );
  r.post(
    '/api/consultations/:id/outcome',
    {
      schema: {
        tags,
        summary: 'Record how a consultation went (lawyers)',
        params: idParam,
        body: outcomeBody,
        response: { 200: bookingView },
      },
    },
    (req) => recordOutcome(req.ctx, req.params.id, req.body.status, req.body.outcome ?? null),
  );
  r.get(
    '/api/legal-overview',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Use of the legal service in my subtree, per lawyer (no member identities or topics)',
        querystring: overviewQuery,
        response: { 200: overviewView },
      },
    },
    (req) => consultationOverview(req.ctx, req.query),
  );
}
